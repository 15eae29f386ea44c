"""States as actors: a country the story shows acting, not one it names as a place.

"Veloria rejected the offer", "Mordaliya has warned ...", "Россия заявила ...": the state is the
subject of a verb of saying or acting, so it is a party to the story and belongs among the key
actors. "Talks in Veloria" or "Velorian wheat" name a place and make no actor; the name rules
drop those as places. English sentences know the states of `demonyms.tsv` and
`state_aliases.tsv` ("U.S.", "Britain") and the one-word names the text itself shows to be states
("the Mordali government", see `nonactors.state_names`). Russian and Ukrainian sentences know the
states of `slavic/data/states_ru.tsv` and `states_uk.tsv`, read by their dictionary form
("России" is Россия) and linked to their English name, so "Russia" in one source and "Россия" in
another are one actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from briefing.analysis import lexicon as lx
from briefing.analysis import wordlists as wl
from briefing.analysis.suggestions import ActorSuggestion, stable_key
from briefing.analysis.text import Sentence
from briefing.model import Evidence

# regions, blocs and peoples among the demonyms: not states that act
_NOT_STATES = frozenset({"Arab world", "Basque Country", "Bengal", "Catalonia", "European Union", "Kurdistan",
                         "Tibet", "the West"})
_VERBS = wl.word_set("speech_verbs") | wl.word_set("state_action_verbs")
# a capitalised word not glued to what precedes it; the capital comes first and the look-behind after it, so
# that the search jumps from capital to capital instead of trying the look-behind at every character
_CAPITALISED = re.compile(r"[A-Z](?<![\w.'’\-][A-Z])[\w.'’\-]*")
# between the state and its verb: an auxiliary, an adverb, a negation ("Veloria has also not signed")
_BETWEEN = frozenset({"has", "have", "had", "will", "would", "could", "may", "might", "must", "should", "also",
                      "again", "then", "now", "already", "repeatedly", "reportedly", "swiftly", "quickly", "not",
                      "never", "later", "previously", "formally", "officially", "publicly", "yet", "still", "quietly",
                      "openly", "effectively", "since", "long"})
# base forms the past-tense list does not spell out ("Veloria will send", "Veloria says")
_IRREGULAR = frozenset({"say", "says", "send", "sends", "strike", "strikes", "tell", "tells", "withdraw", "withdraws"})
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_LIKELY_TO = re.compile(r"\s+(?:is|was|are|were)\s+(?:likely|expected|set|due|poised|ready|preparing|planning|about)"
                        r"\s+to(?=\s)")
# the word before a name inside a longer one: "Bank of China said", "Air India said", "Radio Ukraine reported"
_WORD_BEFORE = re.compile(r"(?<![\w.'’\-])([\w.'’\-]+)\s+$")


@dataclass
class StateActor:
    """One state and where the sources show it acting."""

    name: str
    evidence: list[Evidence] = field(default_factory=list)


@cache
def _english_names() -> dict[str, dict[str, str]]:
    """First word -> {the whole name as written: the state's name}."""
    names = {state: state for _, state in wl.pairs("demonyms") if state not in _NOT_STATES}
    for alias, state in wl.pairs("state_aliases"):
        names.setdefault(alias, state)
    by_first: dict[str, dict[str, str]] = {}
    for written, state in names.items():
        # the lists are lower case where they are keys; a name is written with its capitals
        spelled = written if written != written.lower() else _capitalised(written)
        by_first.setdefault(spelled.split()[0], {})[spelled] = state
    return by_first


def _capitalised(alias: str) -> str:
    if alias in ("uk", "us", "usa") or "." in alias:
        return alias.upper()
    return " ".join(word if word == "the" else word.capitalize() for word in alias.split())


def english_states(index: int, text: str, sentences: list[Sentence], known_states: set[str],
                   people_words: set[str]) -> list[tuple[str, Evidence]]:
    """(state, evidence) for each English sentence that shows a state acting.

    `known_states`: one-word names the text shows to be states; `people_words`: the words of the
    people found in the source ("Jordan" is a person there, not the kingdom)."""
    names = _english_names()
    found: list[tuple[str, Evidence]] = []
    for sentence in sentences:
        if sentence.is_headline or not _may_name_a_state(text, sentence, names, known_states):
            continue
        waiting: list[tuple[str, int]] = []  # "Veloria and Mordaliya signed": both act
        for match in _CAPITALISED.finditer(text, sentence.start, sentence.end):
            word = match.group().rstrip(".,") if match.group() not in ("U.S.", "U.K.", "U.S.A.") else match.group()
            listed = names.get(word)
            if listed is None and word not in known_states:
                waiting = []
                continue  # most capitalised words are no state's name
            candidates = dict(listed or {})
            if word in known_states:
                candidates[word] = word
            state, end = _longest(text, match.start(), sentence.end, candidates)
            if state is None or word in people_words or _inside_a_name(text, sentence.start, match.start()):
                waiting = []
                continue
            verb_end = _verb_end(text, end, sentence.end)
            if verb_end is None:
                following = text[end:end + 5]
                waiting = [*waiting, (state, match.start())] if following.startswith(" and ") else []
                continue
            for earlier, start in [*waiting, (state, match.start())]:
                found.append((earlier, Evidence(index, start, verb_end, text[start:verb_end])))
            waiting = []
    return found


def _may_name_a_state(text: str, sentence: Sentence, names: dict[str, dict[str, str]],
                      known_states: set[str]) -> bool:
    """Whether a capitalised word of the sentence, as the loop in `english_states` reads it, opens a state's
    name: one findall in C, so that the loop runs (a Python step per capitalised word) only where it can
    find something, in about one sentence in five."""
    for found in _CAPITALISED.findall(text, sentence.start, sentence.end):
        word = found.rstrip(".,") if found not in ("U.S.", "U.K.", "U.S.A.") else found
        if word in names or word in known_states:
            return True
    return False


def _inside_a_name(text: str, limit: int, start: int) -> bool:
    """Whether the word before `start` makes the state's name part of a longer one ("Bank of China",
    "Air India") or a place ("in London"); a sentence word such as "The" or "Meanwhile" does not."""
    before = _WORD_BEFORE.search(text, max(limit, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    return word in _PLACE_BEFORE or (word[:1].isupper() and word.lower() not in lx.COMMON_CAPITALIZED)


# "Bank of China", "fund for Ukraine": a longer name; "underwriters in London said", "flights to Moscow resumed":
# the place of whoever acts
_PLACE_BEFORE = frozenset(("of", "for", "in", "at", "from", "to", "into", "near", "outside", "inside", "across",
                           "around", "throughout"))


def _longest(text: str, start: int, limit: int, candidates: dict[str, str]) -> tuple[str | None, int]:
    """The longest candidate name written at `start`, and where it ends."""
    for written in sorted(candidates, key=len, reverse=True):
        end = start + len(written)
        if end <= limit and text.startswith(written, start) and not (end < len(text) and text[end].isalnum()):
            return candidates[written], end
    return None, start


def _verb_end(text: str, position: int, limit: int) -> int | None:
    """Where the verb of saying or acting right after a state's name ends; None when there is none."""
    likely = _LIKELY_TO.match(text, position, limit)  # "Moscow was likely to demand": what it is set to do
    if likely:
        position = likely.end()
    for _ in range(4):
        match = _WORD_AFTER.match(text, position, limit)
        if match is None:
            return None
        word = match.group(1)
        if word not in _BETWEEN:
            return match.end() if _is_verb(word) else None
        position = match.end()
    return None


def _is_verb(word: str) -> bool:
    """A verb of saying or acting in any of its common forms: "rejected", "rejects", "(will) reject"."""
    if word in _VERBS or word in _IRREGULAR:
        return True
    base = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return f"{base}ed" in _VERBS or f"{base}d" in _VERBS


def state_suggestions(found: list[tuple[str, str, Evidence]]) -> list[ActorSuggestion]:
    """One actor per state (by its English name), with every place a source shows it acting. It is
    named in English when an English source shows it acting, else as the first other source writes
    it ("Польща"), so a brief on Ukrainian sources alone reads in their language."""
    states: dict[str, StateActor] = {}
    for english, written, evidence in found:
        state = states.setdefault(english, StateActor(written))
        if written == english:
            state.name = english
        state.evidence.append(evidence)
    return [ActorSuggestion(name=state.name, type="state", role=None, affiliation=None,
                            mentions=len(state.evidence), evidence=tuple(state.evidence),
                            cue=f"acts in the story: {state.evidence[0].text!r}",
                            key=stable_key("actor", "state", english.casefold()))
            for english, state in states.items()]


def add_states(actors: list[ActorSuggestion], texts: list[str], english: list[list[Sentence]],
               known_states: list[set[str]],
               slavic_found: list[list[tuple[str, str, Evidence]]]) -> list[ActorSuggestion]:
    """`actors` and the states the sources show acting, in every language (most mentioned first).

    `english`: the sentences the English rules read; `known_states`: per source, the one-word names
    it shows to be states; `slavic_found`: per source, the states its Russian and Ukrainian sentences
    show acting (`slavic.find_states`, read with the rest of the source)."""
    people_words = {word for a in actors if a.type == "person" for word in a.name.split()}
    found: list[tuple[str, str, Evidence]] = []
    for index, text in enumerate(texts):
        found.extend((state, state, evidence) for state, evidence in
                     english_states(index, text, english[index], known_states[index], people_words))
        found.extend(slavic_found[index])
    if not found:
        return actors
    states = state_suggestions(sorted(found, key=lambda f: (f[2].source, f[2].start)))
    names = {s.name.casefold() for s in states}
    result = [a for a in actors if a.name.casefold() not in names] + states
    result.sort(key=lambda a: -a.mentions)  # stable: equal counts keep their order
    return result
