"""Russian and Ukrainian word analysis through pymorphy3's dictionaries, loaded once, on first use.

The dictionaries come inside the registry packages `pymorphy3-dicts-ru` and `pymorphy3-dicts-uk`
(OpenCorpora and VESUM data): nothing is downloaded. Loading both takes ~0.5 s and ~45 MB, so it
happens only when a Russian or Ukrainian text is analysed, and each word is analysed once per
process (the cache below). The `DAWG2` C extension makes a lookup ~10x faster than pure Python.
"""

from __future__ import annotations

import importlib
import os
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer
    from pymorphy3.analyzer import Parse

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

            _ANALYZERS[language] = pymorphy3.MorphAnalyzer(path=_dictionary_path(language), lang=language,
                                                           char_substitutes=_substitutes(language))
    return _ANALYZERS[language]


# The Ukrainian dictionary spells the apostrophe "'", texts mostly "’" or "ʼ": without these, "Мар’яна",
# "В’ячеслав", "Прип’ять", "прем’єр" were words the dictionary did not know (only guessed)
_APOSTROPHES = {"uk": {"’": "'", "ʼ": "'"}}


def _substitutes(language: str) -> dict[str, str]:
    """pymorphy3's own letter substitutes for the language ("е" may be "ё", "г" may be "ґ"), and the apostrophes."""
    config = importlib.import_module(f"pymorphy3.lang.{language}.config")
    return {**getattr(config, "CHAR_SUBSTITUTES", {}), **_APOSTROPHES.get(language, {})}


def _dictionary_path(language: str) -> str | None:
    """The folder of the language's dictionary package. Given by `lang` alone, pymorphy3 finds it by reading
    the entry points of every installed package (~15 ms a language, each process); None leaves the search
    to pymorphy3 where its environment variable names another dictionary."""
    if "PYMORPHY2_DICT_PATH" in os.environ:
        return None
    module = importlib.import_module(f"pymorphy3_dicts_{language}")
    return str(module.get_path())


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


@lru_cache(maxsize=20_000)
def plural_noun(word: str, language: str) -> bool:
    """The dictionary's likeliest noun reading of `word` is a plural ("сроки", "підприємці")."""
    noun = next((parse for parse in analyzer(language).parse(word) if parse.tag.POS == "NOUN"), None)
    return noun is not None and noun.tag.number == "plur"


@lru_cache(maxsize=20_000)
def genitive_reading(word: str, language: str) -> bool:
    """Some noun reading of `word` is in the genitive: "президента", "руководителя" (the dependent word of a
    chain of roles, "советник руководителя")."""
    return any(parse.tag.POS == "NOUN" and parse.tag.case in ("gent", "gen2")
               for parse in analyzer(language).parse(word))


def plural_object(word: str, language: str) -> bool:
    """Some noun reading of `word` is a plural in the nominative or accusative, as the object a verb withholds
    is ("Деталі ... не уточнив": "деталі" reads first as a genitive singular)."""
    return any(parse.tag.POS == "NOUN" and parse.tag.number == "plur" and parse.tag.case in ("nomn", "accs")
               for parse in analyzer(language).parse(word))


@lru_cache(maxsize=100_000)
def lemma(word: str, language: str) -> str:
    """The dictionary form of an ordinary (lower-case) word."""
    return str(analyzer(language).parse(word)[0].normal_form)


_MASCULINE_IN_A = frozenset({"микола", "ілля", "илья", "кузьма", "фома", "хома", "лука", "никита", "микита", "саша",
                             "олекса", "сава", "савва", "данила", "юра", "вася", "коля", "петя", "ваня", "федя"})


def _given_name_parses(word: str, language: str) -> list[Any]:
    """The singular given-name readings of `word`, declinable ones first: an indeclinable foreign
    reading ("Анне", "Алисе" as fixed forms) loses to the declined Russian name (Анна, Алиса)."""
    parses = [p for p in analyzer(language).parse(word) if "Name" in p.tag.grammemes and p.tag.number != "plur"]
    declined = [p for p in parses if "Fixd" not in p.tag.grammemes]
    return declined or parses


@lru_cache(maxsize=100_000)
def name_gender(word: str, language: str) -> str:
    """The gender of a given name: from its Name parses, else by its ending ("Олена" femn, "Тарас" masc)."""
    # by the parses' scores; a tie (the Ukrainian dictionary scores every parse alike: "Павло" is the
    # man's name or the vocative of Павла) goes to the reading in the nominative, then to the first
    readings = _gender_readings(word, language)
    if readings:
        return max(readings, key=lambda g: readings[g][:3])
    low = word.lower()
    if low in _MASCULINE_IN_A:
        return "masc"
    return "femn" if low.endswith(("а", "я")) else "masc"


@lru_cache(maxsize=100_000)
def given_name_case(word: str, language: str, gender: str) -> str:
    """The grammatical case a given name is in ("Григорию" -> "datv"); "" when the dictionary has no reading."""
    parses = _given_name_parses(word, language)
    parse = next((p for p in parses if str(p.tag.gender) == gender), parses[0] if parses else None)
    return str(parse.tag.case or "") if parse is not None else ""


@lru_cache(maxsize=20_000)
def given_name_cases(word: str, language: str) -> frozenset[str]:
    """Every case a given name can be in ("Петра": genitive or accusative; "Андрея" too)."""
    return frozenset(str(p.tag.case or "") for p in _given_name_parses(word, language))


@lru_cache(maxsize=100_000)
def name_reading(given: str, surname: str, language: str) -> tuple[str, str]:
    """(gender, case) of a given name and a surname read together: the two agree in case and
    gender, which settles what neither settles alone ("Юлія Вержанська" is a woman in the
    nominative, "Анне Крамовой" a woman in the dative, "Юлії Тимошенко" a woman, not Юлій).
    The gender whose agreeing readings weigh most wins (on a tie, the one with a nominative
    reading); ("", "") when no reading agrees."""
    seconds: set[tuple[str, str]] = set()
    for parse in analyzer(language).parse(surname):
        if parse.tag.POS in _NOT_A_NAME or parse.tag.number == "plur":
            continue
        genders = ("masc", "femn") if "ms-f" in parse.tag.grammemes or parse.tag.gender is None \
            else (str(parse.tag.gender),)
        seconds.update((gender, str(parse.tag.case or "")) for gender in genders)
    readings = _gender_readings(given, language, seconds)
    if not readings:
        return "", ""
    # a full tie ("Анатолію Шумову": a man in the dative or a woman in the accusative) goes to the man:
    # news names men several times as often as women
    gender = max(readings, key=lambda g: (*readings[g][:2], g == "masc", readings[g][2]))
    return gender, readings[gender][3]


def _gender_readings(word: str, language: str,
                     agreeing: set[tuple[str, str]] | None = None) -> dict[str, tuple[float, bool, int, str]]:
    """Per gender, what the given-name readings of `word` say: their summed score, whether one is in
    the nominative, minus the index of the first (so an earlier reading ranks higher), and its case
    (the nominative where there is one). With `agreeing`, only the (gender, case) readings in it count."""
    readings: dict[str, tuple[float, bool, int, str]] = {}
    for index, parse in enumerate(_given_name_parses(word, language)):
        gender, case = str(parse.tag.gender), str(parse.tag.case or "")
        if gender not in ("masc", "femn") or (agreeing is not None and (gender, case) not in agreeing):
            continue
        weight, nominative, first, kept = readings.get(gender, (0.0, False, -index, case))
        readings[gender] = (weight + (parse.score or 1e-6), nominative or case == "nomn", first,
                            case if case == "nomn" else kept)
    return readings


_OBLIQUE = frozenset({"gent", "datv", "accs", "ablt", "loct"})
# the endings a declined surname takes; one ending in -и, -і, -е or -о is most likely a foreign
# name that does not decline ("Нэнси Пелоси", "Хорхе Сампаоли")
_CASE_ENDINGS = ("у", "ю", "а", "я", "ой", "ей", "ым", "им", "ом", "ем", "ою", "ої", "ій", "ого", "ому", "ього",
                 "ьому")
_NOT_A_NAME = frozenset({"VERB", "INFN", "PRTS", "ADJS", "GRND", "ADVB", "PRCL", "CONJ", "PREP"})


@lru_cache(maxsize=100_000)
def surname_nominative(word: str, language: str, gender: str, case: str) -> str:
    """A surname in the nominative, told by the case of the given name beside it: an unknown
    surname agrees with it ("Григорию Фандеру" -> "Фандер", "Анне Крамовой" -> "Крамова"),
    which settles what its ending alone cannot (a foreign "Кэлдэрару" does not decline)."""
    if gender == "femn" and word[-1:].lower() in _CONSONANTS:
        return word  # "с Анной Ровенок", "Ірини Обрій": a woman's surname in a consonant does not decline
    low = word.lower()
    if gender == "masc" and case and analyzer(language).word_is_known(low):  # a guessed noun is no evidence
        # "Андрея Коробку", "Петра Булаву": a man's surname that is a feminine noun declines as that noun, so its
        # nominative is the noun's ("Коробка"), not that of a masculine reading the dictionary also has ("коробок")
        cases = {case} | ({"gent", "accs"} if case in ("gent", "accs") else set())  # "Андрея": either
        feminine = next((p for p in analyzer(language).parse(low) if p.tag.POS == "NOUN" and p.tag.gender == "femn"
                         and p.tag.case in cases and p.tag.number != "plur" and p.normal_form.endswith(("а", "я"))),
                        None)
        if feminine is not None:
            return _like(word, feminine.normal_form)
    if (language == "ru" and low.endswith(("их", "ых"))) or (case == "nomn" and _NOMINATIVE_SURNAME.search(low)):
        # "Павел Гладких" never declines; beside a given name in the nominative, "Андрей Лукьянчиков" is one
        # too, whatever plural the dictionary reads in it ("лукьянчик")
        return word
    if language == "uk" and gender == "masc" and word.lower().endswith(("ого", "ому")) and not any(
            p.tag.POS == "ADJF" or "Surn" in p.tag.grammemes for p in analyzer(language).parse(word)):
        # "Степана Балясного": a man's surname declined as an adjective, which the dictionary reads as
        # something else (here a neuter noun "балясне")
        stem = word[:-3]
        return stem[:-1] + "ій" if stem.lower().endswith("ь") else stem + "ий"
    if case in _OBLIQUE and word.lower().endswith(_CASE_ENDINGS) and not analyzer(language).word_is_known(word.lower()):
        agreeing = [p for p in analyzer(language).parse(word)
                    if p.tag.case == case and p.tag.POS not in _NOT_A_NAME and p.tag.number != "plur"
                    and (not gender or str(p.tag.gender) == gender or "ms-f" in p.tag.grammemes)]
        # a guess spelled with "ё" where the text has "е" is the guesser's, not the writer's
        agreeing.sort(key=lambda p: "ё" in p.word and "ё" not in word.lower())
        for parse in agreeing:
            grammemes = {"nomn", "sing"} | ({gender} if gender and parse.tag.POS == "ADJF" else set())
            inflected = parse.inflect(grammemes) or parse.inflect({"nomn"})
            if inflected is not None and "ё" in inflected.word and "ё" not in word.lower():
                inflected = None
            if inflected is not None:
                return _like(word, inflected.word)
    return nominative(word, language, "Surn", gender)


_CONSONANTS = frozenset("бвгґджзклмнпрстфхцчшщь")
_NOMINATIVE_SURNAME = re.compile(r"(?:ов|ев|ёв|єв|ін|ин|ын|ський|цький|ский|цкий|ко|ук|юк|чук)$")


@lru_cache(maxsize=100_000)
def nominative(word: str, language: str, kind: str, gender: str = "") -> str:
    """`word` put in the nominative singular as a name part of `kind` (Name, Surn, Patr, Geox or ""),
    in `gender` when given ("Громовой" -> "Громова" for a woman); the word itself when the
    dictionary cannot inflect it (foreign names: "Саркози"). A writer who spells "е" gets no "ё"
    from a dictionary form ("Анналеной" -> "Анналена", not "Анналёна")."""
    found = _nominative(word, language, kind, gender)
    if "ё" in found and "ё" not in word and "Ё" not in word:
        return found.replace("ё", "е").replace("Ё", "Е")
    return found


def _nominative(word: str, language: str, kind: str, gender: str) -> str:
    if kind == "Surn" and word[-1:].lower() in "еиоуыэюіїє" and not analyzer(language).word_is_known(word.lower()):
        return word  # "Саркози", "Кэлдэрару": foreign surnames ending in a vowel do not decline
    parses = analyzer(language).parse(word)
    if kind == "Name":
        wanted = _given_name_parses(word, language)
        if not wanted and any("Name" in p.tag.grammemes for p in parses):
            return word  # read only as a plural ("Киран" as Кираны's genitive): a name it does not know
        if not wanted and _listed_given_name(word, language):
            return word  # "Эссам": the lists give the name in the nominative; the dictionary's guess is a plural
        wanted = wanted or parses
    else:
        wanted = [p for p in parses if kind and kind in p.tag.grammemes] or parses
        if kind == "Surn" and all(p.tag.number == "plur" for p in wanted) and (
                not any("Surn" in p.tag.grammemes for p in parses)
                or not analyzer(language).word_is_known(word.lower())):
            # "Шмерлаф", "Сливок": read only as a plural's genitive ("шмерлафа", "сливки"), never as a surname
            return word
    if gender:  # the surname follows the given name's gender (and the given name its own)
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


def _listed_given_name(word: str, language: str) -> bool:
    from briefing.analysis.slavic import lists

    listed = lists.words(f"given_names_foreign_{language}")
    return word.capitalize() in listed or (language == "uk" and word.capitalize() in lists.words("given_names_uk"))


def like_written(original: str, form: str) -> str:
    """`form` (a dictionary form, lower case) written with the capitals of `original`."""
    return _like(original, form)


def _like(original: str, form: str) -> str:
    """`form` written with the capitals and the apostrophe of `original` (each hyphenated part capitalised
    like it; "Мар’яни" -> "Мар’яна", though the dictionary spells "мар'яна")."""
    if "'" in form:
        apostrophe = next((c for c in original if c in "’ʼ`'"), "'")
        form = form.replace("'", apostrophe)
    if original.isupper() and len(original) > 1:
        return form.upper()
    parts = form.split("-")
    originals = original.split("-")
    result = []
    for index, part in enumerate(parts):
        source = originals[index] if index < len(originals) else originals[-1]
        result.append(part[:1].upper() + part[1:] if source[:1].isupper() else part)
    return "-".join(result)


def _inflected(word: str, parse: Parse, grammemes: set[str]) -> str:
    inflected = parse.inflect(grammemes)
    return _like(word, inflected.word) if inflected is not None else word


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
        if len(words) > 1 and words[-1].isupper() and all(p.tag.POS == "ADJF" for p in parses[:-1]):
            # "Одеської ОВА": adjectives before an abbreviation take its gender from their own ending
            return " ".join([_inflected(word, parse, {"nomn", str(parse.tag.gender)})
                             if parse.tag.gender else word for word, parse in zip(words[:-1], parses[:-1], strict=True)]
                            + [words[-1]])
        return " ".join(words)
    if head > 0 and parses[head - 1].tag.POS == "ADJF":
        # "Верховної Ради": the noun read in the adjective's case and number ("Ради" is also a plural)
        before = parses[head - 1].tag
        parses[head] = next((p for p in analyser.parse(words[head]) if p.tag.POS == "NOUN" and p.tag.case == before.case
                             and p.tag.number == before.number), parses[head])
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
