"""The release policy: allow-listed domains per marking, and named recipients for TLP:RED."""

from __future__ import annotations

import email
from email import policy

import pytest

from briefing.delivery import prepare_send, send
from briefing.delivery.policy import check_recipients, domain_allowed
from briefing.delivery.secrets import fixed_password
from briefing.delivery.settings import MailSettings
from briefing.errors import BriefingError
from briefing.model import Brief
from briefing.templating import Template

from .conftest import PASSWORD, MailServer, make_brief


def codes(findings: list) -> list[str]:
    return [f.code for f in findings if f.severity == "error"]


def test_at_least_one_to_is_required() -> None:
    _, _, findings = check_recipients("TLP:GREEN", [], ["a@example.org"], MailSettings())
    assert codes(findings) == ["no-recipients"]


def test_malformed_addresses_are_errors_not_crashes() -> None:
    _, _, findings = check_recipients("TLP:GREEN", ["a@", "x@example.org\r\nBcc: spy@example.net", "ok@example.org"],
                                      [], MailSettings())
    assert codes(findings) == ["bad-address", "bad-address"]


def test_domains_are_checked_per_marking_with_a_default() -> None:
    settings = MailSettings(allowed_domains={"TLP:AMBER": ["example.org", "*.partner.example"],
                                             "*": ["example.org", "gov.example"]})
    _, _, ok = check_recipients("TLP:AMBER", ["a@example.org", "b@mail.partner.example"], [], settings)
    assert codes(ok) == []
    _, _, bad = check_recipients("TLP:AMBER", ["a@example.org"], ["c@gov.example"], settings)
    assert codes(bad) == ["domain-not-allowed"]
    assert "c@gov.example is outside the domains a TLP:AMBER brief may be sent to" in bad[0].message
    _, _, default = check_recipients("TLP:GREEN", ["c@gov.example"], [], settings)
    assert codes(default) == []


def test_domain_matching_is_exact_unless_wildcarded() -> None:
    assert domain_allowed("Example.ORG", ["example.org"])
    assert not domain_allowed("evil-example.org", ["example.org"])
    assert not domain_allowed("sub.example.org", ["example.org"])
    assert domain_allowed("sub.example.org", ["*.example.org"])
    assert not domain_allowed("example.org.evil.net", ["*.example.org"])


def test_red_needs_named_individuals() -> None:
    settings = MailSettings()
    _, _, ok = check_recipients("TLP:RED", ["Anna Berg <anna.berg@example.org>"], [], settings)
    assert codes(ok) == []
    _, _, listed = check_recipients("TLP:RED", ["anna@example.org", "all-staff@example.org"],
                                    ["europe-desk-list@example.org"], settings)
    assert codes(listed) == ["list-address", "list-address"]
    assert "all-staff@example.org looks like a list or shared mailbox" in listed[0].message
    _, _, grouped = check_recipients("TLP:RED", ["Desk: anna@example.org, bo@example.org;"], [], settings)
    assert codes(grouped) == ["group-address", "group-address"]
    _, _, amber = check_recipients("TLP:AMBER", ["all-staff@example.org"], [], settings)
    assert codes(amber) == []  # the named-recipient rule is for the markings the settings name


def test_configured_list_patterns_replace_the_defaults() -> None:
    settings = MailSettings(list_patterns=["grp-*"], named_recipients=["TLP:RED", "TLP:AMBER+STRICT"])
    _, _, findings = check_recipients("TLP:AMBER+STRICT", ["grp-europe@example.org", "all@example.org"], [],
                                      settings)
    assert codes(findings) == ["list-address"]


def test_a_refused_plan_cannot_be_sent(smtp_server: MailServer, template: Template) -> None:
    settings = smtp_server.settings(allowed_domains={"TLP:RED": ["example.org"]})
    plan = prepare_send(make_brief(marking="TLP:RED"), template, ["someone@elsewhere.example"], settings=settings)
    assert not plan.ok
    with pytest.raises(BriefingError, match="outside the domains a TLP:RED brief may be sent to"):
        send(plan, settings, fixed_password(PASSWORD))
    assert smtp_server.received == [] and smtp_server.logins == []


def test_the_brief_marking_or_the_template_default_decides(template: Template) -> None:
    settings = MailSettings(allowed_domains={"TLP:AMBER": ["example.org"]})
    unmarked: Brief = make_brief(marking=None)  # falls back to the template's default, TLP:AMBER
    plan = prepare_send(unmarked, template, ["x@elsewhere.example"], settings=settings)
    assert plan.marking == "TLP:AMBER"
    assert codes(plan.findings) == ["domain-not-allowed"]


def test_size_guard_is_a_warning_in_the_plan(template: Template) -> None:
    plan = prepare_send(make_brief(), template, ["a@example.org"], settings=MailSettings(max_attachment_mb=0.0001))
    assert plan.ok
    assert [w.code for w in plan.warnings] == ["attachment-size"]
    assert plan.size == sum(a.size for a in plan.attachments) > 0


def test_internationalized_domains_are_sent_in_their_ascii_form() -> None:
    settings = MailSettings(allowed_domains={"TLP:AMBER": ["пример.рф"]})
    to, _, findings = check_recipients("TLP:AMBER", ["Анна Берг <anna@Пример.рф>"], [], settings)
    assert codes(findings) == []
    assert to[0].addr_spec == "anna@xn--e1afmkfd.xn--p1ai"
    assert to[0].display_name == "Анна Берг"
    _, _, local = check_recipients("TLP:AMBER", ["анна@example.org"], [], MailSettings())
    assert codes(local) == ["bad-address"]


def test_an_internationalized_recipient_reaches_the_server(smtp_server: MailServer, template: Template) -> None:
    settings = smtp_server.settings()
    plan = prepare_send(make_brief(), template, ["Анна Берг <anna@пример.рф>"], settings=settings)
    send(plan, settings, fixed_password(PASSWORD))
    [received] = smtp_server.received
    assert received.recipients == ["anna@xn--e1afmkfd.xn--p1ai"]
    assert "Анна Берг" in str(email.message_from_bytes(received.data, policy=policy.default)["To"])
