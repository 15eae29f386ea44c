"""The e-mail writer: an RFC 5322 message with the brief attached, as a draft `.eml` or for SMTP.

The message is multipart/mixed: a multipart/alternative body (plain text and HTML, both
opening with the marking) followed by the PDF and, optionally, the DOCX. Drafts carry
`X-Unsent: 1`, which tells Outlook, Thunderbird and Apple Mail to open the file as a
message to address and send rather than as one received.
"""

from __future__ import annotations

import hashlib
import html
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from briefing.compose.email import EmailBlock, EmailContent, attachment_stem, compose_email
from briefing.model import Brief
from briefing.templating.model import Template

MEDIA_TYPES: dict[str, str] = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

DEFAULT_MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024

# RFC 5322 wants CRLF line ends; the SMTP policy also keeps header lines within 78 characters.
MESSAGE_POLICY = policy.SMTP


@dataclass(frozen=True)
class Attachment:
    """One attached file: its name as the recipient sees it, its bytes and its media type."""

    filename: str
    data: bytes
    media_type: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass
class EmlResult:
    """What `write_eml` wrote, with what a release record needs (names, sizes, digests)."""

    path: Path
    subject: str
    attachments: list[Attachment]
    size: int
    warnings: list[str] = field(default_factory=list)

    @property
    def main_attachment(self) -> Attachment:
        return self.attachments[0]


def size_warning(attachments: Sequence[Attachment], limit: int | None) -> str | None:
    """A warning when the attachments together exceed `limit` bytes (None: no limit)."""
    total = sum(a.size for a in attachments)
    if limit is None or limit <= 0 or total <= limit:
        return None
    return (
        f"the attachments total {total / 1_048_576:.1f} MB, over the {limit / 1_048_576:.1f} MB limit for mail; "
        "many mail servers refuse messages this large — consider sharing the PDF another way"
    )


def render_attachments(brief: Brief, template: Template, *, attach_docx: bool = False) -> list[Attachment]:
    """Export the brief to PDF (and DOCX) through the one export path, and read the bytes back.

    Going through `export_brief` guarantees the attachment is byte for byte what
    `briefing export -o X.pdf` writes, so the digest in the release record can be checked
    against a fresh export.
    """
    from briefing import exporting  # late: the export engine is heavy and the compose step is not

    stem = attachment_stem(brief)
    suffixes = [".pdf", ".docx"] if attach_docx else [".pdf"]
    attachments: list[Attachment] = []
    with tempfile.TemporaryDirectory(prefix="briefing-mail-") as folder:
        for suffix in suffixes:
            target = Path(folder) / f"export{suffix}"
            written = exporting.export_brief(brief, target, template=template, fmt=suffix.lstrip("."))
            attachments.append(Attachment(f"{stem}{suffix}", Path(written).read_bytes(), MEDIA_TYPES[suffix]))
    return attachments


def plain_body(content: EmailContent) -> str:
    """The text/plain part; also what the Send dialog previews."""
    lines: list[str] = []
    if content.marking:
        lines.append(content.marking.label)
        if content.marking.description:
            lines.append(content.marking.description)
        lines.append("")
    lines.extend([content.title, ""])
    for block in content.blocks:
        if block.kind == "heading":
            lines.extend([block.text, "-" * min(len(block.text), 60)])
        elif block.kind == "bullets":
            lines.extend(f"• {text}" for text in block.items)
            lines.append("")
        else:
            lines.extend([block.text, ""])
    if content.attachment_line:
        lines.extend([content.attachment_line, ""])
    if content.marking:
        lines.append(content.marking.label)
    return "\n".join(lines).rstrip() + "\n"


def _marking_html(content: EmailContent) -> str:
    if content.marking is None:
        return ""
    marking = content.marking
    background = marking.background or "#FFFFFF"
    style = (
        f"font-family:monospace;font-weight:bold;font-size:12pt;color:{html.escape(marking.colour)};"
        f"background-color:{html.escape(background)};padding:2px 6px"
    )
    return f'<p><span style="{style}">{html.escape(marking.label)}</span></p>\n'


def _block_html(block: EmailBlock) -> str:
    if block.kind == "heading":
        return f"<h2>{html.escape(block.text)}</h2>\n"
    if block.kind == "bullets":
        items = "".join(f"<li>{html.escape(text)}</li>" for text in block.items)
        return f"<ul>{items}</ul>\n"
    if block.kind == "meta":
        return f'<p style="color:#555555">{html.escape(block.text)}</p>\n'
    return f"<p>{html.escape(block.text)}</p>\n"


def _html_body(content: EmailContent) -> str:
    parts = [
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">",
        f"<title>{html.escape(content.subject)}</title></head>\n",
        '<body style="font-family:sans-serif;font-size:11pt">\n',
        _marking_html(content),
    ]
    if content.marking and content.marking.description:
        parts.append(f'<p style="font-size:9pt">{html.escape(content.marking.description)}</p>\n')
    parts.append(f"<h1>{html.escape(content.title)}</h1>\n")
    parts.extend(_block_html(block) for block in content.blocks)
    if content.attachment_line:
        parts.append(f"<p><em>{html.escape(content.attachment_line)}</em></p>\n")
    parts.append(_marking_html(content))
    parts.append("</body></html>\n")
    return "".join(parts)


def build_message(
    content: EmailContent,
    attachments: Sequence[Attachment],
    *,
    sender: str | None = None,
    to: Sequence[str] = (),
    cc: Sequence[str] = (),
    draft: bool = True,
) -> EmailMessage:
    """The MIME message for `content`; a draft gets `X-Unsent: 1` and may leave From/To empty."""
    message = EmailMessage(policy=MESSAGE_POLICY)
    message["Subject"] = content.subject
    if sender:
        message["From"] = sender
    if to:
        message["To"] = ", ".join(to)
    if cc:
        message["Cc"] = ", ".join(cc)
    message["Date"] = formatdate(localtime=True)
    domain = sender.rpartition("@")[2].strip("<> ") if sender and "@" in sender else "briefing.invalid"
    message["Message-ID"] = make_msgid(domain=domain)
    if content.marking:
        message["X-Briefing-Marking"] = content.marking.label
    if draft:
        message["X-Unsent"] = "1"
    message.set_content(plain_body(content), subtype="plain", charset="utf-8")
    message.add_alternative(_html_body(content), subtype="html", charset="utf-8")
    for part in message.iter_parts():
        del part["MIME-Version"]  # only the top level carries it (RFC 2045); the library adds it to parts
    for attachment in attachments:
        maintype, _, subtype = attachment.media_type.partition("/")
        message.add_attachment(attachment.data, maintype=maintype, subtype=subtype, filename=attachment.filename)
    return message


def message_bytes(message: EmailMessage) -> bytes:
    return message.as_bytes(policy=MESSAGE_POLICY)


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file, so a crash never leaves half a message."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        umask = os.umask(0o022)
        os.umask(umask)
        Path(temp_name).chmod(0o666 & ~umask)  # mkstemp makes the file private; a draft is an ordinary file
        Path(temp_name).replace(path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def write_eml(
    brief: Brief,
    out_path: Path,
    *,
    template: Template,
    attach_docx: bool = False,
    sender: str | None = None,
    max_attachment_bytes: int | None = DEFAULT_MAX_ATTACHMENT_BYTES,
) -> EmlResult:
    """Write `brief` as a draft e-mail (`X-Unsent: 1`) with its PDF (and DOCX) attached."""
    attachments = render_attachments(brief, template, attach_docx=attach_docx)
    content = compose_email(brief, template, attachment_names=[a.filename for a in attachments])
    message = build_message(content, attachments, sender=sender, draft=True)
    data = message_bytes(message)
    out_path = Path(out_path)
    write_atomically(out_path, data)
    warning = size_warning(attachments, max_attachment_bytes)
    return EmlResult(out_path, content.subject, attachments, len(data), [warning] if warning else [])
