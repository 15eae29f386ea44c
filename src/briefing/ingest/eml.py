"""E-mail (.eml): subject, sender, date and body; attachments listed and importable on their own."""

from __future__ import annotations

import contextlib
import email
import email.parser
import email.policy
import mimetypes
from dataclasses import dataclass, field
from datetime import date
from email.headerregistry import BaseHeader
from email.message import EmailMessage, Message
from email.utils import getaddresses, parseaddr
from functools import lru_cache
from typing import Any

from briefing.ingest.base import Metadata, build_source
from briefing.ingest.decode import decode_bytes
from briefing.ingest.errors import IngestError
from briefing.ingest.html import html_blocks
from briefing.ingest.limits import IngestLimits, human_size
from briefing.ingest.normalize import normalize_text
from briefing.ingest.text import stem
from briefing.model.source import Source
from briefing.wording import safe_file_name


@dataclass(frozen=True)
class Attachment:
    """One attached file: its name as the sender gave it, its type, and its size; its bytes are
    decoded when asked for (`content`), one attachment at a time, so a large one is held in
    memory only while it is read."""

    filename: str
    content_type: str
    size: int
    part: Message | None = field(default=None, compare=False, repr=False)
    data: bytes | None = field(default=None, compare=False, repr=False)

    def content(self) -> bytes:
        if self.data is not None:
            return self.data
        payload = self.part.get_payload(decode=True) if self.part is not None else None
        return payload if isinstance(payload, bytes) else b""


class _Policy(email.policy.EmailPolicy):
    """The default policy, parsing each distinct header once.

    The standard library parses a header again on every access, and finding the body asks
    for a part's Content-Type many times over; most of the time reading an e-mail went there.
    A header object depends only on its name and raw value, so the parsed one is reused.
    """

    def header_fetch_parse(self, name: str, value: Any) -> Any:  # noqa: ANN401  (email.policy's own signature)
        if hasattr(value, "name"):
            return value
        return _parsed_header(name, value)


@lru_cache(maxsize=128)
def _parsed_header(name: str, value: str) -> BaseHeader:
    return email.policy.default.header_fetch_parse(name, value)


_POLICY = _Policy(header_factory=email.policy.EmailPolicy.header_factory)
_FEED_BYTES = 1 << 20


def parse_message(data: bytes) -> EmailMessage:
    if not data.strip():
        raise IngestError("contains no text")
    # Fed in slices: parsing the whole at once first makes a text copy of all of it, and a
    # large attachment then costs several times its size.
    parser = email.parser.BytesFeedParser(policy=_POLICY)
    view = memoryview(data)
    for start in range(0, len(data), _FEED_BYTES):
        parser.feed(bytes(view[start:start + _FEED_BYTES]))
    message = parser.close()
    headers = {name.lower() for name, _value in message.raw_items()}
    if not isinstance(message, EmailMessage) or not headers & {"from", "subject", "date", "to", "message-id",
                                                               "content-type"}:
        raise IngestError("is not an e-mail message (it has no mail headers)")
    return message


def read_eml(data: bytes, name: str, limits: IngestLimits) -> Source:
    """An e-mail as a source. Its text opens with the header lines an analyst cites (who wrote,
    when, to whom) and ends with the list of attachments; the body is the plain-text part, or
    the HTML part's text when there is no plain one."""
    message = parse_message(data)
    subject = _header(message, "Subject")
    sender = _header(message, "From")
    recipients = _header(message, "To")
    raw_date = _raw_header(message, "Date")
    sent = _date(message)
    head = [f"{label}: {value}" for label, value in
            (("From", sender), ("To", recipients), ("Date", raw_date), ("Subject", subject)) if value]
    blocks = ["\n".join(head), *_body_blocks(message)]
    attachments = list_attachments(message)
    if attachments:
        listing = ", ".join(f"{a.filename} ({human_size(a.size)})" for a in attachments)
        blocks.append(f"Attachments: {listing}")
    display, address = parseaddr(sender or "")
    extra = {key: value for key, value in (("from", sender), ("to", recipients), ("message_id", _header(
        message, "Message-ID"))) if value}
    if raw_date and sent is None:
        extra["date_unreadable"] = raw_date
    if attachments:
        extra["attachments"] = "; ".join(a.filename for a in attachments)
    meta = Metadata(title=subject or None, author=display or address or None, published=sent, extra=extra)
    return build_source(blocks=blocks, meta=meta, fallback_title=stem(name), media_type="message/rfc822",
                        origin=name, limits=limits)


def list_attachments(message: EmailMessage) -> list[Attachment]:
    """Every attached file, however deeply the sender's client nested the multiparts.

    A forwarded e-mail (message/rfc822) is one attachment; its own attachments belong to it.
    """
    found: list[Attachment] = []

    def visit(part: Message) -> None:
        content_type = part.get_content_type()
        if content_type == "message/rfc822" and part is not message:
            inner = part.get_payload()
            data = inner[0].as_bytes() if isinstance(inner, list) and inner and isinstance(inner[0], Message) else b""
            found.append(Attachment(_file_name(part.get_filename() or f"attachment-{len(found) + 1}.eml"),
                                    content_type, len(data), data=data))
            return
        if part.is_multipart():
            children = part.get_payload()
            for child in children if isinstance(children, list) else []:
                if isinstance(child, Message):
                    visit(child)
            return
        if part is message or (part.get_content_disposition() != "attachment" and not part.get_filename()):
            return
        found.append(Attachment(_file_name(part.get_filename() or _name_for(part, len(found) + 1)), content_type,
                                _decoded_size(part), part=part))

    visit(message)
    return found


def _decoded_size(part: Message) -> int:
    """The size of a part once decoded, told from its encoded form (base64 holds 3 bytes in 4
    characters) without decoding it."""
    payload = part.get_payload()
    if not isinstance(payload, str):
        return 0
    if str(part.get("Content-Transfer-Encoding", "")).strip().lower() == "base64":
        characters = len(payload) - sum(payload.count(c) for c in "\r\n \t=")
        return characters * 3 // 4
    return len(payload)


def _file_name(name: str) -> str:
    return safe_file_name(name, "attachment")


def _body_blocks(message: EmailMessage) -> list[str]:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return []
    text = _part_text(part)
    if part.get_content_subtype() == "html":
        return html_blocks(text)
    return normalize_text(text).split("\n\n")


def _part_text(part: Message) -> str:
    """A text part's content; an unknown or wrong charset falls back to detection, not failure."""
    try:
        content = part.get_content()  # type: ignore[attr-defined]
        if isinstance(content, str):
            return content
    except (LookupError, UnicodeError, ValueError, AttributeError):
        pass
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload:
        return ""
    try:
        return decode_bytes(payload, declared=part.get_content_charset()).text
    except IngestError:
        return ""


def _header(message: EmailMessage, key: str) -> str | None:
    try:
        value = message.get(key)
    except (ValueError, TypeError, IndexError, AttributeError):  # too malformed for the parser
        value = _raw_header(message, key)
    if value is None:
        return None
    text = " ".join(str(value).split())
    if key in ("From", "To") and text:
        with contextlib.suppress(ValueError, TypeError, IndexError):
            text = ", ".join(f"{n} <{a}>" if n else a for n, a in getaddresses([text]) if n or a) or text
    return text or None


def _raw_header(message: EmailMessage, key: str) -> str | None:
    """A header exactly as written (a malformed Date parses to nothing, but the analyst should see it)."""
    for name, value in message.raw_items():
        if name.lower() == key.lower():
            return " ".join(str(value).split()) or None
    return None


def _date(message: EmailMessage) -> date | None:
    """The Date header as a date, or None when it is missing or malformed (never an error)."""
    try:
        header = message.get("Date")
        moment = getattr(header, "datetime", None)
    except (ValueError, TypeError, IndexError, OverflowError):
        return None
    return moment.date() if moment is not None else None


def _name_for(part: Message, index: int) -> str:
    extension = mimetypes.guess_extension(part.get_content_type()) or ".bin"
    return f"attachment-{index}{extension}"
