"""The e-mail writer: an RFC 5322 message with the brief attached, as a draft `.eml` or for SMTP.

Like every writer it only writes: it takes the composed e-mail (`compose.email`) and the files to
attach, already rendered (`exporting.compose_mail` makes both from a brief).

The message is multipart/mixed: a multipart/alternative body (plain text and HTML, both
opening with the marking) followed by the PDF and, optionally, the DOCX. Drafts carry
`X-Unsent: 1`, which tells Outlook, Thunderbird and Apple Mail to open the file as a
message to address and send rather than as one received.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from briefing.characters import strip_format_characters
from briefing.compose.email import EmailBlock, EmailContent

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


@dataclass(frozen=True)
class Mail:
    """What the e-mail writer writes: the composed message and the files attached to it."""

    content: EmailContent
    attachments: list[Attachment]


@dataclass(frozen=True)
class EmlOptions:
    """How to write it: the sender (a draft may leave it empty), and whether it is a draft."""

    sender: str | None = None
    draft: bool = True


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
    set_text_header(message, "Subject", content.subject)
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
        set_text_header(message, "X-Briefing-Marking", content.marking.label)
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


def set_text_header(message: EmailMessage, name: str, value: str) -> None:
    """Set a free-text header so that mail clients show `value` exactly as typed.

    Format characters are dropped (an invisible override must not reorder what the reader sees).
    Text containing "=?" could be read as an RFC 2047 encoded word ("=?utf-8?q?...?=" is shown
    decoded, as other text), and the library writes ASCII text as it is: such a value is written
    encoded as a whole, so the literal characters are what a client decodes and shows.
    """
    value = " ".join(strip_format_characters(value).split())
    if "=?" not in value:
        message[name] = value
        return
    encoded = Header(value, "utf-8", header_name=name).encode(linesep="\n")
    message.set_raw(name, encoded)  # already encoded and folded within the line length: stored as is


def message_bytes(message: EmailMessage) -> bytes:
    return message.as_bytes(policy=MESSAGE_POLICY)


def write(mail: Mail, path: Path, options: EmlOptions | None = None) -> None:
    """Write `mail` as an RFC 5322 message at `path` (a draft, `X-Unsent: 1`, unless options say not)."""
    options = options or EmlOptions()
    message = build_message(mail.content, mail.attachments, sender=options.sender, draft=options.draft)
    Path(path).write_bytes(message_bytes(message))  # the caller writes to a temporary file and renames it
