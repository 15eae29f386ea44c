"""Organisations named in Russian and Ukrainian sentences: a name in «quotes» behind a legal form or
an organisation noun ("ОАО «Газпром»", "партия «Единая Россия»", "ТОВ «Укргеоекологія»").

Only that shape is read: capitalised words and abbreviations alone are too often places, titles or
the legal forms themselves ("ОАО", "СМИ", "XIX" are never proposed). Mentions of one name merge
whatever the case of the noun in front of it.
"""

from __future__ import annotations

import re

from briefing.analysis.slavic import lists
from briefing.analysis.text import Sentence

_QUOTED_AFTER = re.compile(r"(?<![^\W\d_])(?P<head>[^\W\d_][\w'’\-]*)\s+«(?P<name>[^«»\n]{2,60})»")
_NOT_ORGANIZATIONS = frozenset({"СМИ", "ЗМІ"})


def find_organizations(sentence: Sentence, language: str) -> list[tuple[str, int, int, str]]:
    """(name, start, end, cue) for each "legal form or organisation noun + «name»" in the sentence."""
    if "«" not in sentence.text:
        return []  # most sentences quote no name: spared the search, which tries every word
    heads = lists.words(f"org_heads_{language}")
    forms = lists.words("legal_forms") - _NOT_ORGANIZATIONS
    found = []
    for match in _QUOTED_AFTER.finditer(sentence.text):
        head = match.group("head")
        if head in forms:
            cue = f"legal form {head!r}"
        elif head.lower() in heads:
            cue = f"organisation noun {head.lower()!r}"
        else:
            continue
        name = " ".join(match.group("name").split()).strip(" .,")
        if len(name) < 2 or not any(c.isalpha() for c in name):
            continue
        found.append((name, sentence.start + match.start(), sentence.start + match.end(), cue))
    return found
