"""Single-source caveats: the lead claims of one source that no related source of the brief carries.

Sources are related when they are about the same story (they share names); a claim is carried by another source
when that source holds enough of its anchors, its names and figures.
"""

from __future__ import annotations

import re

from briefing.analysis import lexicon as lx
from briefing.analysis import slavic
from briefing.analysis.suggestions import CaveatSuggestion, normalized, stable_key
from briefing.analysis.summary import RankedSentence
from briefing.analysis.text import Sentence
from briefing.model import Evidence

_ANCHOR = re.compile(r"\b\d+\b|\b[A-Z]\w{2,}(?:\s+(?:of\s+)?[A-Z]\w+)*")
# "\b[A-Z]\w{2,}" written capital first, the word boundary checked behind it: the regular expression
# engine then skips ahead to each capital instead of trying every position (twice as fast on a whole text)
_NAME = re.compile(r"[A-Z](?<!\w[A-Z])\w{2,}")
_CYRILLIC_NAME = re.compile(r"[А-ЯЁІЇЄҐ](?<!\w.)[а-яёіїєґʼ'’\-]{2,}")  # `\b[А-ЯЁІЇЄҐ]...`, as `_NAME`
_WORDS = re.compile(r"\w+")


def _name_key(word: str) -> str:
    """A name as the single-source test compares it: a Cyrillic name by its first five letters, so
    its inflected forms match (Гречаний / Гречаним, Польща / Польщі); a Latin one whole."""
    folded = word.casefold()
    return folded[:5] if slavic.has_cyrillic(word) else folded


def _anchors(body: str) -> set[str]:
    """A claim's anchors: its figures and names (a many-word Latin name counts once, by its last word)."""
    anchors = {a.split()[-1].casefold() for a in _ANCHOR.findall(body, 1)}
    anchors |= {_name_key(w) for w in _CYRILLIC_NAME.findall(body, 1)}
    return anchors - lx.COMMON_CAPITALIZED - {"the", "this", "that"}


def single_source(texts: list[str], split: list[list[Sentence]], ranked: list[RankedSentence],
                   labels: list[str], cyrillic: list[bool]) -> list[CaveatSuggestion]:
    """Lead claims of one source that no related source carries (judged by their names and figures).

    Sources are related when they share several names: only sources about the same story can
    corroborate one another, so unrelated sources raise no single-source caveat.
    """
    if len(texts) < 2:
        return []
    result: list[CaveatSuggestion] = []
    names: dict[int, set[str]] = {}
    keys: dict[int, set[str]] = {}
    folded: dict[int, str] = {}

    def names_of(index: int) -> set[str]:
        if index not in names:
            text = texts[index]
            names[index] = {w.casefold() for w in set(_NAME.findall(text))}
            if cyrillic[index]:
                names[index] |= {_name_key(w) for w in set(_CYRILLIC_NAME.findall(text))}
        return names[index]

    def carries(index: int, anchor: str) -> bool:
        """Whether source `index` holds the anchor: a Latin one anywhere in its text, a Cyrillic one as
        the first letters of one of its words (whatever the case ending)."""
        if index not in keys:
            keys[index] = {_name_key(w) for w in _WORDS.findall(texts[index]) if slavic.has_cyrillic(w)} \
                if cyrillic[index] else set()
            folded[index] = texts[index].casefold()
        return anchor in keys[index] if slavic.has_cyrillic(anchor) else anchor in folded[index]

    for item in ranked:
        own = names_of(item.source)
        related = [o for o in range(len(texts)) if o != item.source and len(own & names_of(o)) >= 4]
        if not related:
            continue
        anchors = _anchors(item.sentence.text)
        if len(anchors) < 2:
            continue
        needed = max(2, (len(anchors) + 2) // 3)
        corroborated = any(sum(carries(other, a) for a in anchors) >= needed for other in related)
        if corroborated:
            continue
        body = item.sentence.text
        span = (item.sentence.start, item.sentence.end)
        label = labels[item.source]
        proposed = slavic.propose_single_source(texts[item.source], split[item.source], body, span, label=label,
                                                number=item.source + 1)  # language dispatch
        label = label or f"source {item.source + 1}"
        result.append(CaveatSuggestion(
            "single-source", body, f"carried by one source only: {label}",
            (Evidence(item.source, *span, body),), stable_key("caveat", "single-source", normalized(body)),
            proposed or _english_wording("single-source", body, item.sentence, span, label),
        ))
    return result


def _english_wording(kind: str, body: str, sentence: Sentence, span: tuple[int, int], label: str) -> str:
    """The English single-source wording, its module imported where first needed (most runs propose none)."""
    from briefing.analysis.wording import propose

    return propose(kind, body, "", sentence, span, source_label=label)
