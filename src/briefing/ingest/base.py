"""What every reader shares: the Source it builds, the checks it runs, its time budget."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from briefing.ingest.errors import IngestError
from briefing.ingest.limits import IngestLimits
from briefing.ingest.normalize import join_blocks, normalize_text
from briefing.model.source import Source, paragraph_spans

MAX_FIELD_CHARS = 500
"""Title, author, publisher and every other metadata value are clipped to this many characters."""
MAX_URL_CHARS = 2048
"""A longer URL is dropped rather than clipped (a clipped address leads nowhere)."""


@dataclass
class Metadata:
    """What a reader found out about a document besides its text (all optional)."""

    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: date | None = None
    url: str | None = None
    accessed: date | None = None
    extra: dict[str, str] = field(default_factory=dict)


class Deadline:
    """A wall-clock budget checked between pages and parts, so no single file runs unbounded."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() >= self._end:
            raise IngestError(
                f"took longer than {self.seconds:g} s to read and was stopped "
                "(the time limit can be raised in settings)"
            )


def build_source(
    *,
    blocks: Iterable[str] | None = None,
    text: str | None = None,
    meta: Metadata,
    fallback_title: str,
    media_type: str,
    origin: str | None,
    limits: IngestLimits,
) -> Source:
    """The one way a reader makes a Source: normalized text, honest paragraph offsets, checks.

    Structured readers (HTML, DOCX, PDF, e-mail) pass `blocks`, one per paragraph, and the
    offsets are where those blocks land; plain text passes `text` and its paragraphs are its
    blank-line-separated runs of lines.
    """
    if blocks is not None:
        body, spans = join_blocks(blocks)
    else:
        body = normalize_text(text or "")
        spans = paragraph_spans(body)
    if not body.strip():
        raise IngestError("contains no text")
    if len(body) > limits.max_text_chars:
        raise IngestError(
            f"has {len(body):,} characters of text, more than the limit of {limits.max_text_chars:,}"
        )
    return Source(
        title=_clean(meta.title) or _clean(fallback_title) or "Untitled",
        text=body,
        publisher=_clean(meta.publisher),
        author=_clean(meta.author),
        published=meta.published,
        url=_clean(meta.url) if meta.url and len(meta.url) <= MAX_URL_CHARS else None,
        accessed=meta.accessed,
        media_type=media_type,
        origin=origin,
        paragraphs=spans,
        extra={key: clipped for key, value in meta.extra.items() if (clipped := _clean(value))},
    )


def _clean(value: str | None) -> str | None:
    """One line of at most MAX_FIELD_CHARS characters: metadata names a document, it does not
    hold it (a 2 MB `author` meta tag is an error or an attack; the text keeps whatever of it was
    part of the document, such as an e-mail's Subject line)."""
    if not value:
        return None
    value = " ".join(value[: MAX_FIELD_CHARS * 4].split())
    if len(value) <= MAX_FIELD_CHARS:
        return value or None
    cut = value[: MAX_FIELD_CHARS - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > MAX_FIELD_CHARS * 0.8 else cut).rstrip() + "…"


def first_line_title(text: str, *, limit: int = 120) -> str | None:
    """A title from the first line of a text, when that line is short enough to be one."""
    for line in text.split("\n"):
        heading = line.lstrip().startswith("#")  # a Markdown heading is a title whatever its length
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= (300 if heading else limit) else None
    return None
