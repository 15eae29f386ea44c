"""MHTML (.mht, .mhtml): a web page saved as one file by a browser; its page is read as HTML."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from briefing.ingest.decode import decode_bytes
from briefing.ingest.errors import IngestError
from briefing.ingest.html import html_to_source
from briefing.ingest.limits import IngestLimits
from briefing.model.source import Source


def read_mhtml(data: bytes, name: str, limits: IngestLimits) -> Source:
    """The saved page's HTML part as a source; images and styles packed beside it are ignored.

    Browsers record where the page came from (Snapshot-Content-Location, or the HTML part's
    Content-Location), which serves as the URL when the page itself names no canonical one.
    """
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage):
        raise IngestError("is not a saved web page (MHTML)")  # pragma: no cover - policy.default guarantees it
    page = next((part for part in message.walk() if part.get_content_type() == "text/html"), None)
    if page is None:
        raise IngestError("is not a saved web page (it holds no HTML page)")
    payload = page.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raise IngestError("is not a saved web page (its HTML part is empty)")
    markup = decode_bytes(payload, declared=page.get_content_charset()).text
    source = html_to_source(markup, name=name, limits=limits, media_type="multipart/related")
    location = str(message.get("Snapshot-Content-Location") or page.get("Content-Location") or "").strip()
    if source.url is None and location.lower().startswith(("http://", "https://")):
        source.url = location
    return source
