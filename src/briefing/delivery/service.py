"""Sending a brief, in two steps any front end can drive: prepare (render, check), then send.

`prepare_send` does the slow and the deciding part — render the attachments, compose the
message, check the recipients against the marking policy and the size limit — and returns a
`SendPlan` that a dialog can show (errors block, warnings ask for confirmation). `send`
hands the plan's exact bytes to the server and returns the `Release` to record. Neither
step touches Qt or the `.brief` file, so the CLI, the app and the tests share them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from briefing.checks import Finding, marking_errors
from briefing.compose.email import EmailContent, compose_email, effective_marking
from briefing.delivery.policy import Recipient, check_recipients
from briefing.delivery.secrets import PasswordProvider
from briefing.delivery.settings import MailSettings, load_mail_settings
from briefing.delivery.smtp import send_message
from briefing.errors import BriefingError
from briefing.exporting import render_attachments
from briefing.model import Brief, Release
from briefing.templating.model import Template
from briefing.writers.eml import Attachment, EmlResult, build_message, size_warning


@dataclass
class SendPlan:
    """Everything about one intended sending, decided before anything leaves the machine."""

    brief: Brief
    content: EmailContent
    attachments: list[Attachment]
    to: list[Recipient]
    cc: list[Recipient]
    marking: str | None
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def size(self) -> int:
        """Total size of the attachments in bytes (what the size guard measures)."""
        return sum(a.size for a in self.attachments)

    @property
    def recipients(self) -> list[str]:
        """Envelope addresses, To then Cc, each once."""
        seen: dict[str, str] = {}
        for recipient in self.to + self.cc:
            seen.setdefault(recipient.addr_spec.lower(), recipient.addr_spec)
        return list(seen.values())


def prepare_send(
    brief: Brief,
    template: Template,
    to: Sequence[str],
    cc: Sequence[str] = (),
    *,
    settings: MailSettings | None = None,
    attach_docx: bool = False,
    attachments: list[Attachment] | None = None,
) -> SendPlan:
    """Render and check; never sends. `attachments` lets a caller reuse ones it rendered already."""
    settings = settings if settings is not None else load_mail_settings()
    marking = effective_marking(brief, template)
    label = marking.label if marking else None
    to_list, cc_list, findings = check_recipients(label, to, cc, settings)
    refused = marking_errors(brief, template)  # what `check` calls an error in the marking is never sent
    findings[:0] = refused
    if attachments is None:  # (nothing to render for a brief that may not leave: its marking is the error)
        attachments = [] if refused else render_attachments(brief, template, attach_docx=attach_docx)
    content = compose_email(brief, template, attachment_names=[a.filename for a in attachments])
    warning = size_warning(attachments, settings.max_attachment_bytes)
    if warning:
        findings.append(Finding("warning", "attachment-size", warning))
    return SendPlan(brief, content, attachments, to_list, cc_list, label, findings)


def send(plan: SendPlan, settings: MailSettings, password_provider: PasswordProvider,
         *, now: datetime | None = None) -> Release:
    """Send a plan without errors; returns the Release to record (the caller stores it)."""
    if not plan.ok:
        raise BriefingError("; ".join(f.message for f in plan.errors))
    settings.require_server()
    message = build_message(
        plan.content, plan.attachments, sender=settings.sender,
        to=[r.text for r in plan.to], cc=[r.text for r in plan.cc], draft=False,
    )
    send_message(message, settings, password_provider, plan.recipients)
    return release_from(plan.attachments, action="sent", marking=plan.marking,
                        recipients=[r.addr_spec for r in plan.to + plan.cc],
                        detail=f"via {settings.server}", now=now)


def release_from(attachments: Sequence[Attachment], *, action: str, marking: str | None,
                 recipients: Sequence[str] = (), detail: str = "", now: datetime | None = None) -> Release:
    """A release record: the first attachment (the PDF) names the release; others go in `detail`."""
    if not attachments:
        raise BriefingError("nothing was attached, so there is nothing to record")
    main, *others = attachments
    extra = [f"also attached {a.filename} (sha256 {a.sha256})" for a in others]
    text = "; ".join(bit for bit in [detail, *extra] if bit)
    return Release(at=now or datetime.now(UTC), action=action, recipients=list(recipients),
                   marking=marking, filename=main.filename, sha256=main.sha256, detail=text)


def release_for_draft(result: EmlResult, brief: Brief, template: Template,
                      *, now: datetime | None = None) -> Release:
    """The record of a drafted `.eml` (not yet addressed: no recipients)."""
    marking = effective_marking(brief, template)
    return release_from(result.attachments, action="drafted", marking=marking.label if marking else None,
                        detail=f"draft {result.path.name}", now=now)
