"""Finding a cited quote in a source, and the closest passage when it is not there.

Exact search is `str.find`. The fuzzy fallback must stay fast on megabyte sources, so it
never compares the quote with every window: words of the quote (rarest first) are looked up
exactly, each hit votes for where the quote would start, and only the few best-voted windows
are compared with difflib.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass

_WORD = re.compile(r"\w{3,}")
_MAX_SEEDS = 12
_MAX_HITS_PER_SEED = 400
_MAX_WINDOWS = 12
_SHOWN = 100


@dataclass(frozen=True)
class Passage:
    """A stretch of source text close to a quote, and how close (difflib ratio, 0–1)."""

    start: int
    end: int
    text: str
    ratio: float


def find_quote(text: str, quote: str, at: int | None = None) -> int | None:
    """Where `quote` starts in `text`: at `at` if given (and it is there), else its first occurrence."""
    if not quote:
        return None
    if at is not None:
        return at if at >= 0 and text[at:at + len(quote)] == quote else None
    index = text.find(quote)
    return index if index >= 0 else None


# Typographic variants people retype differently: one character for one, so offsets stay valid.
_LOOSE = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
})


def find_loosely(text: str, quote: str) -> int | None:
    """Where `quote` occurs if quotation marks, apostrophes, dashes and odd spaces are ignored.

    Used only to explain a failed exact match ("the source writes it with ’"), never to cite.
    """
    if not quote:
        return None
    index = text.translate(_LOOSE).find(quote.translate(_LOOSE))
    return index if index >= 0 else None


def closest_passage(text: str, quote: str) -> Passage | None:
    """The passage of `text` that most resembles `quote`, or None when nothing resembles it."""
    if not text or not quote:
        return None
    haystack, needle = text, quote
    starts = _candidate_starts(haystack, needle)
    lowered = text.lower()
    if not starts and len(lowered) == len(text):  # same offsets: compare without case
        haystack, needle = lowered, quote.lower()
        starts = _candidate_starts(haystack, needle)
    length = len(needle)
    if not starts and len(text) <= 4 * length + 200:
        starts = [0]
    best: Passage | None = None
    slack = max(20, length // 2)
    for start in starts:
        lo = max(0, start - slack)
        hi = min(len(text), start + length + slack)
        matcher = difflib.SequenceMatcher(None, needle, haystack[lo:hi], autojunk=False)
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        if not blocks:
            continue
        span_start, span_end = _widen_to_words(text, lo + blocks[0].b, lo + blocks[-1].b + blocks[-1].size)
        ratio = difflib.SequenceMatcher(None, needle, haystack[span_start:span_end], autojunk=False).ratio()
        if best is None or ratio > best.ratio:
            best = Passage(span_start, span_end, text[span_start:span_end], ratio)
    if best is None or best.ratio < 0.3:
        return None
    return best


def shown(passage: Passage) -> str:
    """The passage on one line, shortened for a message."""
    flat = " ".join(passage.text.split())
    return flat if len(flat) <= _SHOWN else flat[: _SHOWN - 1] + "…"


def _candidate_starts(text: str, quote: str) -> list[int]:
    """Start positions where the quote would begin if the words it shares with `text` are right."""
    seeds: list[tuple[int, int, str]] = []  # (occurrences, offset in quote, word): rarest first
    seen: set[str] = set()
    for match in _WORD.finditer(quote):
        word = match.group()
        if word in seen:
            continue
        seen.add(word)
        count = text.count(word)
        if count:
            seeds.append((count, match.start(), word))
    seeds.sort()
    votes: Counter[int] = Counter()
    bucket = max(8, len(quote) // 4)
    for _count, offset, word in seeds[:_MAX_SEEDS]:
        position = text.find(word)
        hits = 0
        while position >= 0 and hits < _MAX_HITS_PER_SEED:
            votes[max(0, position - offset) // bucket] += 1
            hits += 1
            position = text.find(word, position + 1)
    return [key * bucket for key, _ in votes.most_common(_MAX_WINDOWS)]


def _widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Extend a span to whole words (within reason: scripts without spaces are all one "word")."""
    floor, ceiling = max(0, start - 30), min(len(text), end + 30)
    while start > floor and text[start - 1].isalnum():
        start -= 1
    while end < ceiling and text[end].isalnum():
        end += 1
    return start, end
