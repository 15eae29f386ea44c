"""Russian and Ukrainian word analysis through pymorphy3's dictionaries, loaded once, on first use.

The dictionaries come inside the registry packages `pymorphy3-dicts-ru` and `pymorphy3-dicts-uk`
(OpenCorpora and VESUM data): nothing is downloaded. Loading both takes ~0.5 s and ~45 MB, so it
happens only when a Russian or Ukrainian text is analysed, and each word is analysed once per
process (the cache below). The `DAWG2` C extension makes a lookup ~10x faster than pure Python.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer

_LOCK = threading.Lock()
_ANALYZERS: dict[str, MorphAnalyzer] = {}


def analyzer(language: str) -> MorphAnalyzer:
    """The pymorphy3 analyser for "ru" or "uk" (created on first call, shared afterwards)."""
    found = _ANALYZERS.get(language)
    if found is not None:
        return found
    with _LOCK:
        if language not in _ANALYZERS:
            import pymorphy3  # imported here: most sources never need it

            _ANALYZERS[language] = pymorphy3.MorphAnalyzer(lang=language)
    return _ANALYZERS[language]


@dataclass(frozen=True)
class WordInfo:
    """What the dictionary says about one word form, reduced to what the name rules ask."""

    lemma: str  # the best parse's dictionary form (lower case)
    known: bool  # the form is in the dictionary (not guessed from its ending)
    first_name: float  # share of parse weight that reads it as a given name (Name)
    surname: float  # ... as a surname (Surn)
    patronymic: float  # ... as a patronymic (Patr)
    place: float  # ... as a place name (Geox)
    organization: float  # ... as an organisation name (Orgn)
    abbreviation: float  # ... as an abbreviation (Abbr)
    common: float  # ... as an ordinary word (none of the above)
    pos: str  # part of speech of the best parse (NOUN, ADJF, VERB, PREP, ...)
    case: str  # grammatical case of the best parse ("nomn", "gent", ...), "" if none
    gender: str  # "masc", "femn", "" if unknown
    animate: bool  # the best parse is animate
    lemmas: frozenset[str]  # the dictionary forms of every parse


_PROPER = ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr")


@lru_cache(maxsize=200_000)
def info(word: str, language: str) -> WordInfo:
    """Dictionary facts about `word` (as written, case matters only for the cache)."""
    parses = analyzer(language).parse(word)
    weights = dict.fromkeys((*_PROPER, "common"), 0.0)
    total = 0.0
    for parse in parses:
        score = parse.score or 1e-6
        total += score
        tag = parse.tag
        grammemes = tag.grammemes
        hit = False
        for name in _PROPER:
            if name in grammemes:
                weights[name] += score
                hit = True
        if not hit:
            weights["common"] += score
    total = total or 1.0
    known = bool(analyzer(language).word_is_known(word.lower()))
    best = parses[0]
    tag = best.tag
    return WordInfo(
        lemma=best.normal_form,
        known=known,
        first_name=weights["Name"] / total,
        surname=weights["Surn"] / total,
        patronymic=weights["Patr"] / total,
        place=weights["Geox"] / total,
        organization=weights["Orgn"] / total,
        abbreviation=weights["Abbr"] / total,
        common=weights["common"] / total,
        pos=str(tag.POS or ""),
        case=str(tag.case or ""),
        gender=str(tag.gender or ""),
        animate=tag.animacy == "anim",
        lemmas=frozenset(p.normal_form for p in parses),
    )


@lru_cache(maxsize=100_000)
def lemma(word: str, language: str) -> str:
    """The dictionary form of an ordinary (lower-case) word."""
    return str(analyzer(language).parse(word)[0].normal_form)


_MASCULINE_IN_A = frozenset({"микола", "ілля", "илья", "кузьма", "фома", "хома", "лука", "никита", "микита", "саша",
                             "олекса", "сава", "савва", "данила", "юра", "вася", "коля", "петя", "ваня", "федя"})


@lru_cache(maxsize=100_000)
def name_gender(word: str, language: str) -> str:
    """The gender of a given name: from its Name parses, else by its ending ("Олена" femn, "Тарас" masc)."""
    weights: dict[str, float] = {}  # by the parses' scores, in the dictionary's order (a tie goes to the first)
    for parse in analyzer(language).parse(word):
        if "Name" in parse.tag.grammemes and parse.tag.gender in ("masc", "femn"):
            gender = str(parse.tag.gender)
            weights[gender] = weights.get(gender, 0.0) + (parse.score or 1e-6)
    if weights:
        return max(weights, key=weights.__getitem__)
    low = word.lower()
    if low in _MASCULINE_IN_A:
        return "masc"
    return "femn" if low.endswith(("а", "я")) else "masc"


@lru_cache(maxsize=100_000)
def nominative(word: str, language: str, kind: str, gender: str = "") -> str:
    """`word` put in the nominative singular as a name part of `kind` (Name, Surn, Patr, Geox or ""),
    in `gender` when given ("Громовой" -> "Громова" for a woman); the word itself when the
    dictionary cannot inflect it (foreign names: "Саркози")."""
    if kind == "Surn" and word[-1:].lower() in "еиоуыэюіїє" and not analyzer(language).word_is_known(word.lower()):
        return word  # "Саркози", "Кэлдэрару": foreign surnames ending in a vowel do not decline
    parses = analyzer(language).parse(word)
    wanted = [p for p in parses if kind and kind in p.tag.grammemes] or parses
    if gender and kind != "Name":  # a given name has its own gender; the surname follows it
        gendered = [p for p in wanted if str(p.tag.gender) == gender or "ms-f" in p.tag.grammemes]
        wanted = gendered or wanted
    for parse in wanted:
        if parse.tag.case == "nomn" and parse.tag.number != "plur":
            return _like(word, parse.word)
    for parse in wanted:
        grammemes = {"nomn", "sing"}
        if gender in ("masc", "femn") and parse.tag.POS in ("ADJF", "NOUN") and kind != "Geox":
            grammemes.add(gender)
        inflected = parse.inflect(grammemes) or parse.inflect(grammemes - {"sing"}) or parse.inflect({"nomn"})
        if inflected is not None:
            return _like(word, inflected.word)
    return word


def _like(original: str, form: str) -> str:
    """`form` written with the capitals of `original` (each hyphenated part capitalised like it)."""
    if original.isupper() and len(original) > 1:
        return form.upper()
    parts = form.split("-")
    originals = original.split("-")
    result = []
    for index, part in enumerate(parts):
        source = originals[index] if index < len(originals) else originals[-1]
        result.append(part[:1].upper() + part[1:] if source[:1].isupper() else part)
    return "-".join(result)


def phrase_nominative(words: list[str], language: str) -> str:
    """A noun phrase in the nominative (see `_phrase_nominative`)."""
    return _phrase_nominative(tuple(words), language)


@lru_cache(maxsize=20_000)
def _phrase_nominative(words: tuple[str, ...], language: str) -> str:
    """A noun phrase in the nominative: "Київської школи економіки" -> "Київська школа економіки".

    The words up to the first noun (its adjectives and the noun) are inflected; what follows them is
    their genitive complement and stays as written."""
    analyser = analyzer(language)
    parses = [analyser.parse(w)[0] for w in words]
    head = next((i for i, p in enumerate(parses) if p.tag.POS == "NOUN"), None)
    if head is None:
        return " ".join(words)
    noun = parses[head]
    number = "plur" if noun.tag.number == "plur" else "sing"
    result = []
    for index, (word, parse) in enumerate(zip(words, parses, strict=True)):
        if index > head:
            result.append(word)
            continue
        grammemes = {"nomn", number}
        if parse.tag.POS == "ADJF" and number == "sing" and noun.tag.gender:
            grammemes.add(str(noun.tag.gender))
        inflected = parse.inflect(grammemes) or parse.inflect(grammemes - {"sing"}) or parse.inflect({"nomn"})
        result.append(_like(word, inflected.word) if inflected is not None else word)
    return " ".join(result)
