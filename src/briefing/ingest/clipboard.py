"""Pasted text and HTML: the clipboard as a source, read the same way as a file."""

from __future__ import annotations

from datetime import date

from briefing.ingest.base import Metadata, build_source, first_line_title
from briefing.ingest.errors import IngestError
from briefing.ingest.html import html_to_source
from briefing.ingest.limits import DEFAULT_LIMITS, IngestLimits
from briefing.ingest.normalize import normalize_text
from briefing.model.source import Source

CLIPBOARD_ORIGIN = "clipboard"


def read_clipboard(text: str | None, html: str | None, limits: IngestLimits = DEFAULT_LIMITS) -> Source:
    """A source from what was pasted. The HTML flavour is preferred (it keeps paragraphs and
    a copied page's metadata); plain text is used when there is no HTML or it holds no text.

    The GUI reads the clipboard and calls this; nothing here touches Qt. The access date is
    today: pasting is the moment the analyst took the material.
    """
    if (text is None or not text.strip()) and (html is None or not html.strip()):
        raise IngestError("the clipboard holds no text to import")
    if len(html or "") > limits.max_file_bytes or len(text or "") > limits.max_file_bytes:
        raise IngestError("the pasted material is larger than the import size limit; save it to a file instead")
    source: Source | None = None
    if html and html.strip():
        try:
            source = html_to_source(html, name=CLIPBOARD_ORIGIN, limits=limits, article=False)
        except IngestError:
            source = None
        if source is not None and source.title == CLIPBOARD_ORIGIN:
            source.title = first_line_title(source.text, limit=80) or _shorten(source.text)
    if source is None:
        if not text or not text.strip():
            raise IngestError("the pasted HTML holds no text to import")
        if len(text) > limits.max_text_chars:
            raise IngestError(f"the pasted text is longer than the limit of {limits.max_text_chars:,} characters")
        body = normalize_text(text)
        meta = Metadata(title=first_line_title(body, limit=80) or _shorten(body))
        source = build_source(text=body, meta=meta, fallback_title="Pasted text", media_type="text/plain",
                              origin=CLIPBOARD_ORIGIN, limits=limits)
    source.accessed = date.today()
    return source


def _shorten(text: str, limit: int = 80) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rsplit(" ", 1)[0] + "…"
