"""A source: the text an analyst read, exactly as citations index it, and what is known about it."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import date

from briefing.model.grading import Grade


def new_id() -> str:
    """A fresh identifier for sources and items; stable across saves and exports.

    Twelve random hex digits, as `uuid.uuid4().hex[:12]` gave (its first six bytes are all random): importing the uuid
    module (and the `platform` module it loads) cost ~3 ms of every `briefing` command's start."""
    return os.urandom(6).hex()


def content_hash(text: str) -> str:
    """SHA-256 of the text as ingested: two imports of the same content are the same source."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the non-blank paragraphs (runs of lines separated by blank lines)."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        if line.strip():
            if start is None:
                start = position
            last_end = end
        elif start is not None:
            spans.append((start, last_end))
            start = None
        position = end + 1
    if start is not None:
        spans.append((start, last_end))
    return spans


@dataclass
class Source:
    """One piece of source material.

    `text` is immutable once ingested: citations are character spans into it, so editing it
    would silently move every claim that rests on it. Metadata is freely editable.
    """

    title: str
    text: str
    id: str = field(default_factory=new_id)
    publisher: str | None = None
    author: str | None = None
    published: date | None = None
    url: str | None = None
    accessed: date | None = None
    grade: Grade = field(default_factory=Grade)
    marking: str | None = None
    notes: str = ""
    media_type: str = "text/plain"
    origin: str | None = None
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sha256: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.sha256:
            self.sha256 = content_hash(self.text)
        if not self.paragraphs and self.text:
            self.paragraphs = paragraph_spans(self.text)

    @property
    def originator(self) -> str:
        """Who the reference names first (ICD 206): the publisher, else the author, else the title."""
        return self.publisher or self.author or self.title
