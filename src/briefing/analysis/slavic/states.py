"""States that act in Russian and Ukrainian sentences: "Россия заявила", "Україна відхилила план".

A state from `data/states_ru.tsv` / `states_uk.tsv`, in the nominative, followed by a verb (an
adverb or "не" may stand between) is a party to the story; "в России" or "до України" is a place.
The state is named by its English name, the second column, so the same state in sources of
different languages is one actor (see `briefing.analysis.states`).
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.slavic import lists
from briefing.analysis.slavic.morph import info
from briefing.analysis.text import Sentence
from briefing.model import Evidence

# `(?<![\w'’ʼ\-])[А-ЯЁІЇЄҐ][\w'’ʼ\-]*`, the character before checked once the capital is found: the search
# then jumps from capital to capital instead of testing what stands behind every position (twice as fast)
_CAPITALISED = re.compile(r"[А-ЯЁІЇЄҐ](?<![\w'’ʼ\-].)[\w'’ʼ\-]*")
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'’ʼ\-]*)")  # only white space between: no comma, no dash
_WORD_BEFORE = re.compile(r"(?<![\w'’ʼ\-])([^\W\d_][\w'’ʼ\-]*)\s+$")
_BETWEEN = frozenset({"не", "также", "тоже", "уже", "вновь", "снова", "ещё", "еще", "официально", "ранее", "також",
                      "теж", "вже", "знову", "ще", "офіційно", "раніше", "нарешті", "наконец"})

_PREPOSITIONS = frozenset({"в", "во", "из", "до", "у", "на", "к", "ко", "с", "со", "от", "для", "про", "по", "о", "об",
                           "при", "через", "против", "между", "з", "із", "зі", "від", "проти", "між", "за", "під",
                           "под", "над", "перед"})


@cache
def _states(language: str) -> dict[str, str]:
    """Each state's name and each capital that stands for its state ("Москва заявила"), to its English name."""
    return dict(lists.pairs(f"states_{language}")) | dict(lists.pairs(f"capitals_{language}"))


@cache
def _local_names(language: str) -> dict[str, str]:
    """English name -> the state's own name in the language, for a capital that stands for it."""
    names: dict[str, str] = {}
    for key, english in lists.pairs(f"states_{language}"):
        names.setdefault(english, key)
    return names


@cache
def _openings(language: str) -> frozenset[str]:
    """The first three letters of every state's name: most capitalised words (people's names) share
    none, and are passed over without a dictionary lookup."""
    return frozenset(key[:3] for key in _states(language))


def find_states(index: int, text: str, sentences: list[Sentence],
                language: str) -> list[tuple[str, str, Evidence]]:
    """(English name of the state, its name in the source's language, evidence "Россия заявила") for
    each state a sentence shows acting."""
    states = _states(language)
    openings = _openings(language)
    found: list[tuple[str, str, Evidence]] = []
    for sentence in sentences:
        if sentence.is_headline:
            continue
        for match in _CAPITALISED.finditer(text, sentence.start, sentence.end):
            word = match.group()
            if word[:3].lower() not in openings:
                continue
            key, end = _state_at(text, match, sentence.end, language, states)
            if key is None or _after_preposition(text, sentence.start, match.start()):
                continue  # "в США": an abbreviation does not decline, the preposition shows the place
            verb_end = _verb_end(text, end, sentence.end, language)
            if verb_end is not None:
                local = _local_names(language).get(states[key], key)  # "Москва" stands for "Россия"
                found.append((states[key], _written(local), Evidence(index, match.start(), verb_end,
                                                                    text[match.start():verb_end])))
    return found


def _state_at(text: str, match: re.Match[str], limit: int, language: str,
              states: dict[str, str]) -> tuple[str | None, int]:
    """The list key of the state named at `match` in the nominative (one or two words), and where it ends."""
    word = match.group()
    following = _NEXT_WORD.match(text, match.end(), limit)
    if following is not None:  # "Велика Британія" ("Великобритания" is one word)
        pair = f"{word} {following.group(1)}".lower()
        if pair in states:
            return pair, following.end()
    low = word.lower()
    if low in states and low.isalpha() and word.isupper():  # "США": an abbreviation does not decline
        return low, match.end()
    facts = info(word, language)
    if facts.case == "nomn" and facts.lemma in states:
        return facts.lemma, match.end()
    return None, match.end()


def _after_preposition(text: str, limit: int, start: int) -> bool:
    before = _WORD_BEFORE.search(text, max(limit, start - 12), start)
    return before is not None and before.group(1).lower() in _PREPOSITIONS


def _written(key: str) -> str:
    """A state's name as a brief writes it: "польща" -> "Польща", "сша" -> "США"."""
    if len(key) <= 3:
        return key.upper()
    return " ".join(word.capitalize() for word in key.split())


def _verb_end(text: str, position: int, limit: int, language: str) -> int | None:
    """Where the verb right after the state ends; None when none follows ("Россия, заявил он": a comma
    means the state is not the verb's subject)."""
    for _ in range(3):
        match = _NEXT_WORD.match(text, position, limit)
        if match is None:
            return None
        low = match.group(1).lower()
        if low not in _BETWEEN:
            return match.end() if info(low, language).pos == "VERB" else None
        position = match.end()
    return None
