"""Sending through a real SMTP server on 127.0.0.1: STARTTLS and implicit TLS, AUTH, and each failure."""

from __future__ import annotations

import email
import socket
from email import policy

import pytest

from briefing.delivery import DeliveryError, prepare_send, send
from briefing.delivery.secrets import fixed_password
from briefing.model import Brief
from briefing.templating import Template

from .conftest import PASSWORD, MailServer


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_send_with_starttls_and_auth_delivers_the_planned_message(
    smtp_server: MailServer, brief: Brief, template: Template
) -> None:
    settings = smtp_server.settings()
    plan = prepare_send(brief, template, ["Anna Berg <anna@example.org>"], ["desk.head@example.org"],
                        settings=settings)
    assert plan.ok, plan.findings
    release = send(plan, settings, fixed_password(PASSWORD))

    assert smtp_server.logins == ["analyst@example.org"]
    [received] = smtp_server.received
    assert received.sender == "analyst@example.org"
    assert sorted(received.recipients) == ["anna@example.org", "desk.head@example.org"]
    message = email.message_from_bytes(received.data, policy=policy.default)
    assert message["Subject"] == "TLP:AMBER — Draft peace plan delivered to Kyiv (21 Nov 2025)"
    assert message["To"] == "Anna Berg <anna@example.org>"
    assert message["Cc"] == "desk.head@example.org"
    assert message["From"] == "Desk Analyst <analyst@example.org>"
    assert message["X-Unsent"] is None  # a sent message is not a draft
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content() == plan.attachments[0].data

    assert release.action == "sent"
    assert release.marking == "TLP:AMBER"
    assert release.recipients == ["anna@example.org", "desk.head@example.org"]
    assert release.sha256 == plan.attachments[0].sha256
    assert release.filename == attachment.get_filename()


def test_send_with_implicit_tls(smtps_server: MailServer, brief: Brief, template: Template) -> None:
    settings = smtps_server.settings()
    plan = prepare_send(brief, template, ["anna@example.org"], settings=settings)
    send(plan, settings, fixed_password(PASSWORD))
    [received] = smtps_server.received
    assert received.recipients == ["anna@example.org"]
    assert smtps_server.logins == ["analyst@example.org"]


def test_a_refused_recipient_sends_nothing_to_anyone(
    smtp_server: MailServer, brief: Brief, template: Template
) -> None:
    smtp_server.refuse.add("gone@example.org")
    settings = smtp_server.settings()
    plan = prepare_send(brief, template, ["anna@example.org", "gone@example.org"], settings=settings)
    with pytest.raises(DeliveryError) as caught:
        send(plan, settings, fixed_password(PASSWORD))
    assert caught.value.kind == "refused"
    message = str(caught.value)
    assert "gone@example.org" in message and "550" in message and "nothing was sent" in message
    assert "\n" not in message
    assert smtp_server.received == []


def test_a_wrong_password_is_one_clear_message(smtp_server: MailServer, brief: Brief, template: Template) -> None:
    settings = smtp_server.settings()
    plan = prepare_send(brief, template, ["anna@example.org"], settings=settings)
    with pytest.raises(DeliveryError) as caught:
        send(plan, settings, fixed_password("not the password"))
    assert caught.value.kind == "auth"
    assert "refused the user name or password for analyst@example.org" in str(caught.value)
    assert smtp_server.received == []


def test_a_server_that_is_down_is_one_clear_message(brief: Brief, template: Template,
                                                      smtp_server: MailServer) -> None:
    settings = smtp_server.settings(port=closed_port())
    plan = prepare_send(brief, template, ["anna@example.org"], settings=settings)
    with pytest.raises(DeliveryError) as caught:
        send(plan, settings, fixed_password(PASSWORD))
    assert caught.value.kind == "unreachable"
    assert str(caught.value).startswith(f"could not reach the mail server 127.0.0.1:{settings.port}")
    assert "connection refused" in str(caught.value)


def test_an_untrusted_certificate_is_refused(smtp_server: MailServer, brief: Brief, template: Template) -> None:
    settings = smtp_server.settings(ca_file=None)  # the system CAs do not know the test CA
    plan = prepare_send(brief, template, ["anna@example.org"], settings=settings)
    with pytest.raises(DeliveryError) as caught:
        send(plan, settings, fixed_password(PASSWORD))
    assert caught.value.kind == "tls"
    assert "could not be verified" in str(caught.value)
    assert smtp_server.logins == []  # the password never went over the unverified connection


def test_no_password_over_an_unencrypted_connection(smtp_server: MailServer, brief: Brief,
                                                    template: Template) -> None:
    settings = smtp_server.settings(security="none")
    plan = prepare_send(brief, template, ["anna@example.org"], settings=settings)
    with pytest.raises(DeliveryError, match="unencrypted connection"):
        send(plan, settings, fixed_password(PASSWORD))
    assert smtp_server.logins == []


def test_a_server_that_never_answers_times_out(brief: Brief, template: Template, smtp_server: MailServer) -> None:
    with socket.socket() as silent:  # accepts connections (backlog) but never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        settings = smtp_server.settings(port=silent.getsockname()[1], timeout=0.3)
        plan = prepare_send(brief, template, ["anna@example.org"], settings=settings)
        with pytest.raises(DeliveryError) as caught:
            send(plan, settings, fixed_password(PASSWORD))
    assert caught.value.kind == "unreachable"
    assert "no answer within 0.3 s" in str(caught.value)


def test_a_message_over_the_server_limit_is_one_clear_message(small_smtp_server: MailServer, brief: Brief,
                                                               template: Template) -> None:
    settings = small_smtp_server.settings()
    plan = prepare_send(brief, template, ["anna@example.org"], settings=settings)
    with pytest.raises(DeliveryError) as caught:
        send(plan, settings, fixed_password(PASSWORD))
    assert caught.value.kind == "rejected"
    assert "does not accept messages of" in str(caught.value)
    assert small_smtp_server.received == []
