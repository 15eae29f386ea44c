"""Russian and Ukrainian analysis, and the language dispatch that sends each paragraph to its rules.

The engine asks this package four things, each at one marked line: which sentences the
language-neutral (English) name rules may read (`neutral_sentences`: not the Russian and
Ukrainian ones, whose capitals, abbreviations and Roman numerals those rules would take for
organisations), the caveats and the questions of the Russian and Ukrainian sentences
(`find_caveats`, `find_questions`), and the people they name (`add_people`, which also links a
person spelled in Cyrillic in one source and in Latin letters in another).

Language is decided per source and, where a source mixes languages, per paragraph
(`briefing.analysis.langid`); a paragraph too short to tell takes its source's language.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from briefing.analysis.langid import RUSSIAN, UKRAINIAN, detect, has_cyrillic
from briefing.analysis.text import Sentence, previous_in_paragraph, sentence_index

if TYPE_CHECKING:
    from briefing.analysis.shared import CaveatHit, QuestionHit
    from briefing.analysis.slavic.actors import SlavicFindings
    from briefing.analysis.suggestions import ActorSuggestion
    from briefing.model import Evidence

SLAVIC = (RUSSIAN, UKRAINIAN)


@lru_cache(maxsize=256)
def _paragraph_languages(text: str, spans: tuple[tuple[int, int, int], ...]) -> dict[int, str]:
    """Language of each paragraph (by index), given (paragraph, start, end) of its sentences."""
    bounds: dict[int, tuple[int, int]] = {}
    for paragraph, start, end in spans:
        low, high = bounds.get(paragraph, (start, end))
        bounds[paragraph] = (min(low, start), max(high, end))
    source: list[str] = []  # the whole source's language, read once and only for a paragraph too short to tell

    def source_language() -> str:
        if not source:
            source.append(detect(text))
        return source[0]

    return {paragraph: detect(text[start:end], default=source_language) for paragraph, (start, end) in bounds.items()}


def languages(text: str, sentences: list[Sentence]) -> list[str]:
    """The language of each sentence ("en", "uk", "ru" or "other"), decided by its paragraph."""
    if not sentences:
        return []
    # asked some six times a source by the dispatch: the answer is kept by the list's identity and given
    # again when the list still holds the same sentences of the same text (a check made in C, where the
    # key of `_paragraph_languages`, a tuple for every sentence, cost more than the rest of the call)
    held = tuple(sentences)
    kept = _LANGUAGES.get(id(sentences))
    if kept is not None and kept[0] == held and kept[1] == text:
        return list(kept[2])
    by_paragraph = _paragraph_languages(text, tuple((s.paragraph, s.start, s.end) for s in sentences))
    found = [by_paragraph[s.paragraph] for s in sentences]
    if len(_LANGUAGES) >= 256:
        _LANGUAGES.clear()
    _LANGUAGES[id(sentences)] = (held, text, found)
    return list(found)


# id of a sentence list -> (its sentences, the text, their languages): see `languages`
_LANGUAGES: dict[int, tuple[tuple[Sentence, ...], str, list[str]]] = {}


def source_language(text: str) -> str:
    """The language most of a source is written in."""
    return detect(text)


def neutral_sentences(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """The sentences that are not Russian or Ukrainian (the language-neutral rules read these)."""
    if not has_cyrillic(text):
        return sentences
    return [s for s, language in zip(sentences, languages(text, sentences), strict=True) if language not in SLAVIC]


def slavic_sentences(text: str, sentences: list[Sentence]) -> dict[str, list[Sentence]]:
    """The Russian and the Ukrainian sentences of a source, by language."""
    result: dict[str, list[Sentence]] = {}
    if not has_cyrillic(text):
        return result
    for sentence, language in zip(sentences, languages(text, sentences), strict=True):
        if language in SLAVIC:
            result.setdefault(language, []).append(sentence)
    return result


def find_caveats(text: str, sentences: list[Sentence]) -> list[CaveatHit]:
    """Caveat hits of the Russian and Ukrainian sentences of one source."""
    chosen_by_language = slavic_sentences(text, sentences)
    if not chosen_by_language:
        return []  # the Russian and Ukrainian rules are imported only for a source that needs them
    from briefing.analysis.slavic import caveats

    found: list[CaveatHit] = []
    for language, chosen in chosen_by_language.items():
        found.extend(caveats.find_caveats(text, chosen, language))
    return sorted(found, key=lambda h: (h.start, h.end, h.kind))


def find_questions(text: str, sentences: list[Sentence]) -> list[QuestionHit]:
    """Open questions of the Russian and Ukrainian sentences of one source, in their language."""
    chosen_by_language = slavic_sentences(text, sentences)
    if not chosen_by_language:
        return []
    from briefing.analysis.slavic import questions

    found: list[QuestionHit] = []
    for language, chosen in chosen_by_language.items():
        found.extend(questions.find_questions(text, chosen, language))
    return sorted(found, key=lambda h: (h.start, h.end))


def find_states(index: int, text: str, sentences: list[Sentence]) -> list[tuple[str, str, Evidence]]:
    """States that act in the Russian and Ukrainian sentences of one source: (English name, name as
    the source writes it, evidence)."""
    chosen_by_language = slavic_sentences(text, sentences)
    if not chosen_by_language:
        return []
    from briefing.analysis.slavic import states

    found: list[tuple[str, str, Evidence]] = []
    for language, chosen in chosen_by_language.items():
        found.extend(states.find_states(index, text, chosen, language))
    return found


def find_people_and_bodies(index: int, text: str, sentences: list[Sentence]) -> SlavicFindings | None:
    """The people and bodies the Russian and Ukrainian sentences of source `index` name (None for a source
    with no Cyrillic: its rules are then not imported)."""
    if not has_cyrillic(text):
        return None
    from briefing.analysis.slavic import actors as slavic_actors

    return slavic_actors.findings_of(index, text, sentences)


def add_people(actors: list[ActorSuggestion], texts: list[str],
               findings: list[SlavicFindings | None]) -> list[ActorSuggestion]:
    """`actors` with the people and bodies of `findings` (`find_people_and_bodies` per source) added, linked
    across scripts."""
    if all(found is None for found in findings):
        # No sentence can be Russian or Ukrainian: what the full pass would return (it finds no one, and
        # orders the actors by mentions, equal counts in their order), without importing its rules.
        return sorted(actors, key=lambda a: -a.mentions)
    from briefing.analysis.slavic import actors as slavic_actors

    return slavic_actors.add_people(actors, texts, findings)


def propose_caveat(text: str, sentences: list[Sentence], kind: str, phrase: str, *, cue: str,
                   span: tuple[int, int], sentence_languages: list[str] | None = None) -> str | None:
    """The brief sentence for a caveat found in a Russian or Ukrainian sentence, in its language;
    None when the caveat sits in a sentence of another language (the English wording applies).

    `sentence_languages`: `languages(text, sentences)`, when the caller already has it (a source has
    many caveats, and the languages are the same for all of them).
    """
    if not has_cyrillic(text[span[0]:span[1]]):
        return None
    from briefing.analysis.slavic import wording

    found = sentence_languages if sentence_languages is not None else languages(text, sentences)
    index = sentence_index(sentences, span[0])
    if index < 0:
        return None
    language = found[index]
    if language not in SLAVIC:
        return None
    return wording.propose(kind, phrase, cue, sentences[index], span, language=language,
                           previous=previous_in_paragraph(sentences, index))


def propose_single_source(text: str, sentences: list[Sentence], body: str, span: tuple[int, int], *, label: str,
                          number: int) -> str | None:
    """The single-source caveat of a Russian or Ukrainian claim, in its language ("Только источник 2
    сообщает: ..."); None for a claim in another language. `label` names the source ("" when it has
    no name: the source's `number` is used)."""
    if not has_cyrillic(body):
        return None
    found = languages(text, sentences)
    language = next((lang for s, lang in zip(sentences, found, strict=True) if s.start <= span[0] < s.end), "")
    if language not in SLAVIC:
        return None
    from briefing.analysis.slavic import wording

    return wording.single_source(body, label, number, language)
