"""Single-source caveats: the lead claims of one source that no related source of the brief carries.

Sources are related when they are about the same story (they share names); a claim is carried by another source
when that source holds enough of its anchors, its names and figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.analysis import lexicon as lx
from briefing.analysis import slavic
from briefing.analysis.slavic.translit import romanize
from briefing.analysis.suggestions import ActorSuggestion, CaveatSuggestion, normalized, stable_key
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


def _consonants(word: str) -> str:
    """A Latin word as a consonant key: case-folded, doubled letters once, no vowels after the first letter
    ("Zelenskiy" and "Zelenskyi", romanised from "Зеленський", are both "zlnsk")."""
    collapsed = re.sub(r"(.)\1+", r"\1", "".join(c for c in word.casefold() if c.isalpha()))
    return collapsed[:1] + re.sub(r"[aeiouy]", "", collapsed[1:])


def _romanised_keys(word: str) -> set[str]:
    """The consonant keys of a Cyrillic word romanised the Ukrainian and the Russian way."""
    return {_consonants(romanize(word, language)) for language in ("uk", "ru")}


def _same_word(key: str, other: str) -> bool:
    """Consonant keys of one word in two scripts: equal, or one a stem of the other (a case ending), when long
    enough that a stem says something ("zln" of "Зелен..." is a stem of "zlnsk")."""
    return key == other or (len(key) >= 3 and other.startswith(key)) or (len(other) >= 3 and key.startswith(other))


def _shared_actors(actors: Sequence[ActorSuggestion]) -> list[tuple[frozenset[str], frozenset[str | int]]]:
    """Each person and organisation named in more than one source: the keys its evidence gives it (Latin names
    whole, Cyrillic ones by their first letters, as anchors are) and the sources it is in. The actors are
    merged across scripts, so "Zelenskiy" in one source and "Зеленський" in another are one of them."""
    shared: list[tuple[frozenset[str], frozenset[str | int]]] = []
    for actor in actors:
        sources = frozenset(evidence.source for evidence in actor.evidence)
        if actor.type not in ("person", "organization") or len(sources) < 2:
            continue
        spelled = " ".join([actor.name, *(evidence.text for evidence in actor.evidence)])
        keys = {w.casefold() for w in _NAME.findall(spelled)} | {_name_key(w) for w in _CYRILLIC_NAME.findall(spelled)}
        shared.append((frozenset(keys), sources))
    return shared


def single_source(texts: list[str], split: list[list[Sentence]], ranked: list[RankedSentence],
                  labels: list[str], cyrillic: list[bool], *,
                  actors: Sequence[ActorSuggestion] = ()) -> list[CaveatSuggestion]:
    """Lead claims of one source that no related source carries (judged by their names and figures).

    Sources are related when they share several names, or two people or bodies the actors name in both:
    only sources about the same story can corroborate one another, so unrelated sources raise no single-source
    caveat. Across scripts an anchor is carried by an actor the other source names too, or by a word that
    romanises as it is spelled ("Kyiv" and "Київ").
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

    shared = _shared_actors(actors)
    latin_keys: dict[int, set[str]] = {}  # each source's capitalised words as consonant keys, across scripts

    def carries(index: int, anchor: str) -> bool:
        """Whether source `index` holds the anchor: a Latin one anywhere in its text, a Cyrillic one as
        the first letters of one of its words (whatever the case ending); in the other script, as an actor
        both sources name or as a name spelled alike."""
        if index not in keys:
            keys[index] = {_name_key(w) for w in _WORDS.findall(texts[index]) if slavic.has_cyrillic(w)} \
                if cyrillic[index] else set()
            folded[index] = texts[index].casefold()
        cyrillic_anchor = slavic.has_cyrillic(anchor)
        if anchor in keys[index] if cyrillic_anchor else anchor in folded[index]:
            return True
        if anchor.isdigit() or cyrillic_anchor == cyrillic[index]:
            return False
        if any(anchor in names and index in sources for names, sources in shared):
            return True
        if index not in latin_keys:
            words = set(_CYRILLIC_NAME.findall(texts[index]) if cyrillic[index] else _NAME.findall(texts[index]))
            latin_keys[index] = {key for w in words for key in (
                _romanised_keys(w) if cyrillic[index] else {_consonants(w)})}
        wanted = _romanised_keys(anchor) if cyrillic_anchor else {_consonants(anchor)}
        return any(_same_word(key, other) for key in wanted for other in latin_keys[index])

    def related_to(index: int, other: int) -> bool:
        return len(names_of(index) & names_of(other)) >= 4 or sum(
            index in sources and other in sources for _, sources in shared) >= 2

    for item in ranked:
        related = [o for o in range(len(texts)) if o != item.source and related_to(item.source, o)]
        if not related:
            continue
        anchors = _anchors(item.sentence.text)
        if len(anchors) < 2:
            continue
        needed = max(2, (len(anchors) + 2) // 3)
        # across scripts a place may be spelled past recognition ("Geneva", "Женеві"): a third of the anchors
        across = max(1, (len(anchors) + 2) // 3)
        corroborated = any(sum(carries(other, a) for a in anchors) >= (
            across if cyrillic[other] != cyrillic[item.source] else needed) for other in related)
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
