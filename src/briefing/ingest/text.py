"""Plain text and Markdown: decode whatever encoding the sender used; the text is the file."""

from __future__ import annotations

from briefing.ingest.base import Metadata, build_source, first_line_title
from briefing.ingest.decode import decode_bytes
from briefing.ingest.limits import IngestLimits
from briefing.model.source import Source


def read_text(data: bytes, name: str, limits: IngestLimits, *, media_type: str = "text/plain") -> Source:
    """A text file as a source. Markdown stays Markdown: the analyst cites what the author wrote.

    The title is the first line when it is short enough to be a headline (how saved articles
    and notes begin), else the file name.
    """
    decoded = decode_bytes(data)
    meta = Metadata(title=first_line_title(decoded.text), extra={"encoding": decoded.encoding})
    return build_source(text=decoded.text, meta=meta, fallback_title=stem(name), media_type=media_type,
                        origin=name, limits=limits)


def read_markdown(data: bytes, name: str, limits: IngestLimits) -> Source:
    return read_text(data, name, limits, media_type="text/markdown")


def stem(name: str) -> str:
    """A file name without folder and suffix, as a fallback title."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[0] if "." in base.strip(".") else base
