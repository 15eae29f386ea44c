"""Summary: rank the sentences that carry the news.

News is written as an inverted pyramid, so position in the story weighs most; then how much of
the story's vocabulary and headline a sentence shares (centrality), named actors and figures in it,
and a length that reads as a complete statement. Quotes, bylines and near-duplicates are left out.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from briefing.analysis import wordlists as wl
from briefing.analysis.text import Sentence

_WORD = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)
_CAPITAL = re.compile(r"\b[A-Z][a-z]+")
_DIGIT = re.compile(r"\d")
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LOW_QUOTED = re.compile(r"„[^„“”]*[“”]")
# "«Ми чуємо про цей законопроєкт», — написав він", "«Мы готовы, — сказал министр. — ...»": a quotation, its speaker
_QUOTE_THEN_DASH = re.compile(r"«[^«»]*(?:«[^«»]*»[^«»]*)*?(?:»\s*,?\s*[—–]|,\s*[—–]\s)")
_GUILLEMETS = re.compile(r"«[^«»]*(?:«[^«»]*»[^«»]*)*»")  # Russian and Ukrainian quotes, one level nested
_STOP = wl.word_set("summary_stopwords")
# what a site prints around a story ("Follow Ian Ober on Twitter", "Story by ..."): never the news
_BOILERPLATE = re.compile(
    "(?i:" + "|".join(re.escape(p) for p in sorted(wl.entries("summary_boilerplate"), key=len, reverse=True)) + r")\b")
_HANDLE = re.compile(r"(?<![\w.])@\w")  # "@ianober", not "ober@harbour.example" (searched only where "@" is)
_SHORTEST = 5  # words: "Sanders replied." or a stray "RENO, Nev." is no statement a brief can carry


CANDIDATES_PER_SOURCE = 30


@dataclass(frozen=True)
class RankedSentence:
    source: int
    sentence: Sentence
    score: float


_DEPENDENT_OPENING = re.compile(
    r"[\"“‘'(]|(?:It|He|She|They|This|That|These|Those|Its|His|Her|Their|We|I|Our|Us|Him|Them|Such|Both|"
    r"And|But|Or|So|Also|However|Still|Yet|Then|Instead|Meanwhile|Moreover|The\s+(?:two|three|pair|latter|former)"
    r")\b")
_POINTING_END = re.compile(r"\s(?:this|that|these|those)[.!]?$")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|you|You|your|Your)\b")  # a speaker's words, unquoted
# the same in Russian and Ukrainian: "За його словами, ...", "Это решение ...", "Однако ..."
_DEPENDENT_OPENING_SLAVIC = re.compile(
    "(?i:" + "|".join(re.escape(p) for p in sorted(wl.entries("summary_dependent_openings_slavic"), key=len,
                                                    reverse=True)) + r")(?![^\W\d_])")
# `(?<![^\W\d_])(?:[Мм]ы|[Мм]и|[Нн]аш\w*|[Вв]ы|[Вв]и|я|Я)(?![^\W\d_])`, written first letter first, the letter before
# checked behind it: the search jumps from one of its first letters to the next instead of testing every position
_FIRST_PERSON_SLAVIC = re.compile(r"[МмНнВвяЯ](?<![^\W\d_].)(?:(?<=[МмВв])[ыи]|(?<=[Нн])аш\w*|(?<=[яЯ]))(?![^\W\d_])")


def self_contained(body: str) -> bool:
    """A sentence a brief can carry on its own: no pronoun or connective that needs the sentence before,
    and no piece of a quotation (an unbalanced quotation mark, a speaker's "we" or "you" outside quotes)."""
    text = body.strip()
    if not text or _DEPENDENT_OPENING.match(text):
        return False
    cyrillic = _CYRILLIC.search(text, 0, 60) is not None
    if cyrillic and (_DEPENDENT_OPENING_SLAVIC.match(text) or _QUOTE_THEN_DASH.match(text)):
        return False  # (a quotation and its speaker after a dash is a speaker's words, as an English one is)
    if len(text.split()) < _SHORTEST or _BOILERPLATE.match(text) or ("@" in text and _HANDLE.search(text)):
        return False
    if _POINTING_END.search(text):
        return False  # "... support this.", "... have denied that.": what it points to is in the sentence before
    counted = _LOW_QUOTED.sub("", text) if cyrillic and "„" in text else text  # „…“ nests inside «…»
    opening = counted.count("“") + counted.count("‘")
    closing = counted.count("”")
    if opening != closing or counted.count('"') % 2:
        return False
    outside = _QUOTED.sub("", text)
    if cyrillic:
        outside = _GUILLEMETS.sub("", outside)
        return not _FIRST_PERSON.search(outside) and not _FIRST_PERSON_SLAVIC.search(outside)
    return not _FIRST_PERSON.search(outside)


def _title_key(text: str) -> str:
    return " ".join(text.split()).rstrip(" .;:").casefold()


def _content_words(text: str) -> list[str]:
    return [low for w in _WORD.findall(text) if len(w) > 2 and (low := w.lower()) not in _STOP]


@dataclass
class SummaryReading:
    """What the ranking needs of one source, read from it alone: its words' counts, its headline's words and its
    candidate sentences (each with its content words, its place in the story and whether it stands alone)."""

    frequencies: Counter[str]
    headline: set[str]
    candidates: list[tuple[Sentence, list[str], int, bool]]


def read_for_summary(text: str, sentences: list[Sentence], title: str = "") -> SummaryReading:
    """One source's part of the ranking (`rank_readings`). A first line that is the source's `title` is its headline,
    even when written as a sentence ("Christie doubles down on Trump's outreach."), and no summary candidate."""
    frequencies = Counter(_WORD.findall(text.lower()))  # term frequency over the whole source
    headline: set[str] = set()
    candidates: list[tuple[Sentence, list[str], int, bool]] = []
    rank = 0
    title = _title_key(title) if title else ""
    for sentence in sentences:
        if sentence.is_headline or (title and sentence.paragraph == 0 and _title_key(sentence.text) == title):
            if not headline and sentence.paragraph == 0:
                headline = set(_content_words(sentence.text))
            continue
        # the news sits in the lead: later sentences are scored only in the first stretch of a story
        if rank < CANDIDATES_PER_SOURCE:
            words = _content_words(sentence.text)
            candidates.append((sentence, words, rank, bool(words) and self_contained(sentence.text)))
        rank += 1
    return SummaryReading(frequencies, headline, candidates)


def rank_readings(readings: list[SummaryReading], limit: int = 5) -> list[RankedSentence]:
    """The best `limit` sentences of all sources, best first, from their readings (`read_for_summary`, made per source,
    perhaps in another process); scores in [0, 1], rounded for stability."""
    frequencies: Counter[str] = Counter()
    for reading in readings:
        frequencies.update(reading.frequencies)
    headlines = [reading.headline for reading in readings]
    candidates = [(index, sentence, words, rank, contained) for index, reading in enumerate(readings)
                  for sentence, words, rank, contained in reading.candidates]
    if not candidates:
        return []
    scored: list[tuple[float, int, Sentence, set[str]]] = []
    top_frequency = math.log1p(max((f for w, f in frequencies.items() if w not in _STOP and len(w) > 2), default=1))
    for index, sentence, words, rank, contained in candidates:
        if not contained:  # no content words, or a sentence that needs the one before it
            continue
        body = sentence.text
        length = len(body.split())
        quote_share = sum(len(q) for q in _QUOTED.findall(body)) / max(len(body), 1)
        position = 1.0 / (1.0 + 0.6 * rank)
        # in [0, 1] whatever the number of sources, so that many sources cannot drown the lead
        unique = set(words)  # one set for all four uses (the same order, so the same float sum)
        centrality = sum(math.log1p(frequencies[w]) for w in unique) / (len(unique) + 4) / top_frequency
        headline_overlap = len(unique & headlines[index]) / (len(headlines[index]) or 1)
        figures = 0.1 if _DIGIT.search(body) else 0.0
        names = min(len(_CAPITAL.findall(body, 1)), 4) * 0.03
        length_fit = 1.0 if 12 <= length <= 45 else 0.75 if 45 < length <= 70 else 0.5 if length >= 7 else 0.1
        raw = (2.0 * position + 0.8 * centrality + 1.2 * headline_overlap + figures + names) * length_fit
        raw *= 1.0 - 0.7 * quote_share
        scored.append((raw, index, sentence, unique))
    scored.sort(key=lambda item: (-item[0], item[1], item[2].start))
    best = scored[0][0] if scored else 1.0
    chosen: list[RankedSentence] = []
    chosen_words: list[set[str]] = []
    for raw, index, sentence, word_set in scored:
        if any(len(word_set & other) / (len(word_set | other) or 1) > 0.5 for other in chosen_words):
            continue
        chosen.append(RankedSentence(index, sentence, round(raw / best, 2) if best > 0 else 0.0))
        chosen_words.append(word_set)
        if len(chosen) >= limit:
            break
    return chosen
