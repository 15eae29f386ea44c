"""Normalization that keeps offsets honest: the text it returns is the text citations index.

Every reader ends here. Normalizing once, before the Source exists, is what lets citations
be plain character offsets: the stored text is exactly what the viewer shows, so there is
no second mapping between "what was read" and "what is displayed" to drift out of step.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Control characters and lone surrogates carry no text (and SQLite cannot store the latter);
# form feeds and the Unicode separators mean breaks.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b\ufeff\ufffe\ud800-\udfff]")
_PARAGRAPH_BREAKS = re.compile(r"[\x0c\u2029]")
_LINE_ENDINGS = re.compile(r"\r\n?|[\x85\u2028]")
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """Unicode NFC, `\\n` line endings, no control characters, at most one blank line in a row.

    Leading and trailing blank lines and trailing white space on lines are dropped: they are
    invisible in the viewer, and keeping them would make two copies of one article hash
    differently. Each step runs only when the text needs it (this is on every import's path).
    """
    if "\r" in text or "\x85" in text or "\u2028" in text:
        text = _LINE_ENDINGS.sub("\n", text)
    if "\x0c" in text or "\u2029" in text:
        text = _PARAGRAPH_BREAKS.sub("\n\n", text)
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    if "\n\n\n" in text:
        text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip("\n")


def collapse_spaces(text: str) -> str:
    """One paragraph of flowing text (as HTML renders it): runs of white space become one space."""
    return " ".join(text.split())


def join_blocks(blocks: Iterable[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join paragraphs with blank lines and record where each one is.

    Each block is normalized and its inner blank lines removed (a block is one paragraph), so
    that `text[start:end]` of every span is exactly that paragraph and the spans agree with
    what `model.paragraph_spans` would find in the joined text.
    """
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    position = 0
    for block in blocks:
        cleaned = normalize_text(block)
        if "\n\n" in cleaned:
            cleaned = "\n".join(line for line in cleaned.split("\n") if line.strip())
        if not cleaned.strip():
            continue
        if parts:
            position += 2
        spans.append((position, position + len(cleaned)))
        parts.append(cleaned)
        position += len(cleaned)
    return "\n\n".join(parts), spans
