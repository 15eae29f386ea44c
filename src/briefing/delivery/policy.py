"""Release policy: who a brief of a given marking may be sent to.

Two rules, both set by the administrator in mail.yaml (`policy:`):

- allowed domains per marking: when a marking has a list, every recipient's domain must be
  on it (`example.org` matches that domain exactly, `*.example.org` any of its subdomains);
  the key `"*"` applies to markings without a list of their own;
- named recipients (TLP:RED by default): TLP:RED is "for the eyes and ears of individual
  recipients only", so such a brief needs at least one To address and every address must
  name one person: no group syntax (`Team: a@x, b@x;`) and no local part that matches the
  configured list patterns (`all-staff@`, `desk-list@`, `dl-europe@`, ...).

The policy guards against mistakes (a wrong auto-completed address, a list address); it is not
a security boundary against the analyst, who controls their own machine.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Sequence
from dataclasses import dataclass
from email import policy as email_policy
from email.headerregistry import Address

from briefing.checks import Finding
from briefing.delivery.settings import MailSettings
from briefing.model.marking import marking_key


@dataclass(frozen=True)
class Recipient:
    """One parsed address; `group` names the group it was written in, if any."""

    text: str
    addr_spec: str
    local: str
    domain: str
    display_name: str = ""
    group: str | None = None


def parse_recipients(values: Sequence[str], field_name: str) -> tuple[list[Recipient], list[Finding]]:
    """Parse address strings ("Name <a@x>", "a@x, b@y", group syntax) into recipients and syntax errors."""
    recipients: list[Recipient] = []
    findings: list[Finding] = []
    for value in values:
        if not value.strip():
            continue
        try:
            header = email_policy.default.header_factory(field_name, value)
            pairs = [(group, address) for group in getattr(header, "groups", ()) for address in group.addresses]
            defects = list(header.defects)
        except (IndexError, ValueError, TypeError):  # the stdlib parser trips over some malformed input ("a@")
            pairs, defects = [], ["unparsable"]
        if defects or not pairs or any(c in value for c in "\r\n\0"):
            findings.append(Finding("error", "bad-address", f"{value!r} is not a valid e-mail address"))
            continue
        for group, address in pairs:
            domain = ascii_domain(address.domain or "")
            if not address.username or not domain or "." not in domain:
                findings.append(Finding("error", "bad-address",
                                        f"{value!r} is not a complete e-mail address (name@domain.tld)"))
                continue
            if not address.username.isascii():
                findings.append(Finding("error", "bad-address",
                                        f"{value!r}: addresses with non-ASCII names before the @ are not supported"))
                continue
            plain = Address(address.display_name, address.username, domain)
            recipients.append(Recipient(str(plain), plain.addr_spec, address.username, domain,
                                        address.display_name, group.display_name))
    return recipients, findings


def ascii_domain(domain: str) -> str | None:
    """The domain in its ASCII (IDNA) form, lower case: `пример.рф` → `xn--e1afmkfd.xn--p1ai`; None if invalid."""
    domain = domain.strip().rstrip(".").lower()
    if domain.isascii():
        return domain
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None


def domain_allowed(domain: str, allowed: Sequence[str]) -> bool:
    domain = ascii_domain(domain) or domain.lower()
    for entry in allowed:
        if entry.startswith("*."):
            base = ascii_domain(entry[2:]) or entry[2:].lower()
            if domain.endswith(f".{base}"):
                return True
        elif domain == (ascii_domain(entry) or entry.lower()):
            return True
    return False


def is_list_address(recipient: Recipient, patterns: Sequence[str]) -> bool:
    local = recipient.local.lower()
    return any(fnmatch.fnmatchcase(local, pattern.lower()) for pattern in patterns)


def check_recipients(
    marking: str | None, to: Sequence[str], cc: Sequence[str], settings: MailSettings
) -> tuple[list[Recipient], list[Recipient], list[Finding]]:
    """Parse and check the recipients of a brief marked `marking`; errors mean it must not be sent."""
    to_list, findings = parse_recipients(to, "To")
    cc_list, cc_findings = parse_recipients(cc, "Cc")
    findings.extend(cc_findings)
    label = marking_key(marking or "")
    if not any(value.strip() for value in to):  # (a To that was given but is malformed is reported above)
        findings.append(Finding("error", "no-recipients", "name at least one recipient (--to)"))
    everyone = to_list + cc_list
    allowed = settings.allowed_domains.get(label) if label else None
    if allowed is None:
        allowed = settings.allowed_domains.get("*")
    if allowed is not None:
        where = settings.where()
        for recipient in everyone:
            if not domain_allowed(recipient.domain, allowed):
                shown = ", ".join(allowed) if allowed else "no domain"
                findings.append(Finding(
                    "error", "domain-not-allowed",
                    f"{recipient.addr_spec} is outside the domains a {marking or 'unmarked'} brief may be sent to "
                    f"({shown}; set by {where})",
                ))
    if label and label in settings.named_recipients:
        for recipient in everyone:
            if recipient.group is not None:
                findings.append(Finding(
                    "error", "group-address",
                    f"a {marking} brief goes to named individuals only; the group {recipient.group!r} "
                    f"is not allowed — list each person's address",
                ))
            elif is_list_address(recipient, settings.list_patterns):
                findings.append(Finding(
                    "error", "list-address",
                    f"a {marking} brief goes to named individuals only; {recipient.addr_spec} looks like a "
                    f"list or shared mailbox — address each person instead",
                ))
    unique = {r.addr_spec.lower() for r in everyone}
    if len(unique) < len(everyone):
        findings.append(Finding("warning", "duplicate-recipient", "a recipient is named more than once"))
    return to_list, cc_list, findings
