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

_WORD = re.compile(r"[^\W\d_][\w'’ʼ\-]*")
_BETWEEN = frozenset({"не", "также", "тоже", "уже", "вновь", "снова", "ещё", "еще", "официально", "ранее", "також",
                      "теж", "вже", "знову", "ще", "офіційно", "раніше", "нарешті", "наконец"})

_PREPOSITIONS = frozenset({"в", "во", "из", "до", "у", "на", "к", "ко", "с", "со", "от", "для", "про", "по", "о", "об",
                           "при", "через", "против", "между", "з", "із", "зі", "від", "проти", "між", "за", "під",
                           "под", "над", "перед"})


@cache
def _states(language: str) -> dict[str, str]:
    return dict(lists.pairs(f"states_{language}"))


def find_states(index: int, text: str, sentences: list[Sentence],
                language: str) -> list[tuple[str, str, Evidence]]:
    """(English name of the state, its name in the source's language, evidence "Россия заявила") for
    each state a sentence shows acting."""
    states = _states(language)
    found: list[tuple[str, str, Evidence]] = []
    for sentence in sentences:
        if sentence.is_headline:
            continue
        words = list(_WORD.finditer(text, sentence.start, sentence.end))
        for position, match in enumerate(words):
            word = match.group()
            if not word[:1].isupper():
                continue
            key, last = _state_at(words, position, language, states)
            if key is None or (position and words[position - 1].group().lower() in _PREPOSITIONS):
                continue  # "в США": an abbreviation does not decline, the preposition shows the place
            verb_end = _verb_end(text, words, last + 1, language)
            if verb_end is not None:
                found.append((states[key], _written(key), Evidence(index, match.start(), verb_end,
                                                                  text[match.start():verb_end])))
    return found


def _state_at(words: list[re.Match[str]], position: int, language: str,
              states: dict[str, str]) -> tuple[str | None, int]:
    """The list key of the state named from `words[position]` in the nominative (one or two words), and
    its last word."""
    word = words[position].group()
    if position + 1 < len(words):  # "Велика Британія", "Великобритания" is one word
        pair = f"{word} {words[position + 1].group()}".lower()
        if pair in states:
            return pair, position + 1
    low = word.lower()
    if low in states and low.isalpha() and word.isupper():  # "США": an abbreviation does not decline
        return low, position
    facts = info(word, language)
    if facts.case == "nomn" and facts.lemma in states:
        return facts.lemma, position
    return None, position


def _written(key: str) -> str:
    """A state's name as a brief writes it: "польща" -> "Польща", "сша" -> "США"."""
    if len(key) <= 3:
        return key.upper()
    return " ".join(word.capitalize() for word in key.split())


def _verb_end(text: str, words: list[re.Match[str]], position: int, language: str) -> int | None:
    """Where the verb right after the state ends; None when none follows ("Россия, заявил он": a comma)."""
    for match in words[position:position + 3]:
        if text[words[position - 1].end():match.start()].strip():
            return None  # punctuation between: the state is not the verb's subject
        position += 1
        low = match.group().lower()
        if low in _BETWEEN:
            continue
        return match.end() if info(low, language).pos == "VERB" else None
    return None
