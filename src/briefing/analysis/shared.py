"""What the English rules and the Russian and Ukrainian ones share: the hit records, a clause's bounds, an excerpt.

Kept apart from the English rule modules (caveats, questions, wording) so that a run whose sources have no
English sentence imports none of them: compiling their regular expressions takes ~0.1 s of every
`briefing analyze` process, and the Russian and Ukrainian rules need only these few pieces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.analysis.text import Sentence

MAX_EXCERPT_WORDS = 30


@dataclass(frozen=True)
class CaveatHit:
    kind: str
    start: int
    end: int
    cue: str


@dataclass(frozen=True)
class QuestionHit:
    text: str
    start: int
    end: int
    cue: str


def merge_overlaps(hits: list[CaveatHit]) -> list[CaveatHit]:
    """Overlapping hits of one kind become one, spanning both: one caveat per phrase, not per cue."""
    merged: list[CaveatHit] = []
    for hit in sorted(hits, key=lambda h: (h.kind, h.start, -h.end)):
        last = merged[-1] if merged else None
        if last is not None and last.kind == hit.kind and hit.start < last.end:
            if hit.end > last.end:
                merged[-1] = CaveatHit(last.kind, last.start, hit.end, last.cue)
            continue
        merged.append(hit)
    return sorted(merged, key=lambda h: (h.start, h.end, h.kind))


_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?=(?:but|though|although|while|whereas|a\s+claim|a\s+statement|which|adding"
                           r"|and\s+it|a\s+figure\s+(?:that|which)|a\s+toll\s+(?:that|which))\b)")
_QUOTE_MARK = re.compile(r"[“\"]\s*|\s*[”\"]\s*")


def clause_bounds(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The clause of `sentence` around [start, end): cut at ";", ", but", ", though", ", a claim" and the like.

    A quotation mark ends what came before it (a quote is a new voice) but not what follows the
    cue: "said the report was 'speculation'" keeps the quoted word.
    """
    body = sentence.text
    rel_start, rel_end = start - sentence.start, end - sentence.start
    left = 0
    for match in _CLAUSE_BREAK.finditer(body):  # the whole sentence: a break is known by what follows it
        if match.end() > rel_start:
            break
        left = match.end()
    for match in _QUOTE_MARK.finditer(body, left, rel_start):
        if match.end() <= rel_start:
            left = match.end()
    following = _CLAUSE_BREAK.search(body, rel_end)
    right = following.start() if following else len(body)
    while right > left and body[right - 1] in " .,":
        right -= 1
    return sentence.start + left, sentence.start + right


def excerpt(text: str) -> str:
    """A sentence quoted whole, or its first words and an ellipsis when it runs long."""
    words = text.split()
    if len(words) <= MAX_EXCERPT_WORDS:
        return " ".join(words).rstrip(".")
    return " ".join(words[:MAX_EXCERPT_WORDS]).rstrip(" ,;:") + " …"
