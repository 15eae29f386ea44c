"""Merge Russian and Ukrainian person mentions into people, shown by their name in the nominative.

"Зеленський", "Зеленського", "Володимиру Зеленському" are one person, "Володимир Зеленський";
"Путина" and "Владимиром Путиным" are "Владимир Путин". Surnames are compared by a folded stem
(case endings dropped, Russian and Ukrainian spellings brought together: "Зеленский" and
"Зеленський"), so the same person in a Russian and a Ukrainian source is one actor; two people
who share a surname stay apart when their given names differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from briefing.analysis.slavic.morph import (
    given_name_case,
    name_gender,
    name_reading,
    nominative,
    surname_nominative,
)
from briefing.analysis.slavic.name_words import SURNAME_ENDING, NamePart
from briefing.analysis.slavic.names import SlavicMention

_FOLD = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "ы": "и", "э": "е", "ё": "е", "й": "и",
                       "ь": None, "ъ": None, "'": None, "’": None, "ʼ": None, "`": None})


def fold(word: str) -> str:
    """A Russian/Ukrainian spelling-neutral form: "Зеленський" and "Зеленский" both give "зеленскии"."""
    return word.casefold().translate(_FOLD)


@lru_cache(maxsize=65536)
def stem_equal(a: str, b: str) -> bool:
    """Two folded words that differ only by a case ending (Путин / Путина / Путиным; each part of a
    hyphenated name on its own: Кравчук-Лисенко / Кравчуку-Лисенку). Remembered: merging asks it of the
    same few names again and again (~50,000 times over 200 articles)."""
    if "-" in a and "-" in b:
        left, right = a.split("-"), b.split("-")
        return len(left) == len(right) and all(_stem_equal(x, y) for x, y in zip(left, right, strict=True))
    return _stem_equal(a, b)


def _stem_equal(a: str, b: str) -> bool:
    shorter = min(len(a), len(b))
    common = 0
    while common < shorter and a[common] == b[common]:
        common += 1
    return common >= max(3, shorter - 2) and abs(len(a) - len(b)) <= 3


@dataclass
class Person:
    mentions: list[SlavicMention] = field(default_factory=list)
    surname: str = ""  # folded surname of the fullest mention
    first: str = ""  # folded given name, "" when no mention gives one

    def fullest(self) -> SlavicMention:
        return max(self.mentions, key=lambda m: (_completeness(m), -m.source, -m.start))

    def name(self) -> str:
        return display_name(self.fullest())


def _completeness(mention: SlavicMention) -> int:
    kinds = {p.kind for p in mention.parts}
    return 2 * ("first" in kinds) + 2 * (surname_part(mention) is not None) + ("patronymic" in kinds)


def surname_part(mention: SlavicMention) -> NamePart | None:
    """The surname of a mention: last name-word, or the first in "Иванов Иван Иванович" order."""
    parts = [p for p in mention.parts if p.kind not in ("initial", "particle")]
    kinds = [p.kind for p in parts]
    if len(parts) == 3 and kinds == ["surname", "first", "patronymic"]:
        return parts[0]  # "Иванов Иван Иванович"
    if len(parts) >= 3 and kinds[0] == "first" and kinds[-1] == "first":
        return parts[-1]  # "Мануэль Мехуто Гонсалес
    for part in reversed(parts):
        if part.kind in ("surname", "unknown"):
            return part
    if len(parts) >= 2 and parts[-1].kind == "first" and parts[0].kind == "first":
        return parts[-1]  # "Лев Лещенко" where the surname is also a given name
    return None


def first_part(mention: SlavicMention) -> NamePart | None:
    surname = surname_part(mention)
    return next((p for p in mention.parts if p.kind == "first" and p is not surname), None)


def _gender(mention: SlavicMention) -> str:
    for part in mention.parts:
        if part.kind == "first":
            return name_gender(part.token.text, mention.language)
        if part.kind == "patronymic":
            return "femn" if part.token.text.lower().endswith(("на", "ни", "ною", "ну", "ні", "не", "ной")) else "masc"
    return ""


def display_name(mention: SlavicMention) -> str:
    """Given name and surname in the nominative ("Юрия Лужкова" -> "Юрий Лужков")."""
    gender = _gender(mention)
    language = mention.language
    surname = surname_part(mention)
    first = first_part(mention)
    words: list[str] = []
    case = ""
    if first is not None:
        if surname is not None and not any(p.kind == "patronymic" for p in mention.parts):
            agreed, case = name_reading(first.token.text, surname.token.text, language)
            gender = agreed or gender
        words.append(nominative(first.token.text, language, "Name", gender))
        case = case or given_name_case(first.token.text, language, gender)
    if surname is None:
        words.extend(nominative(p.token.text, language, "Patr", gender) for p in mention.parts
                     if p.kind == "patronymic")
    else:
        initials = [p.token.text + "." for p in mention.parts if p.kind == "initial"]
        if first is None and initials:
            words.extend(initials)
        position = mention.parts.index(surname)
        particles: list[str] = []
        while position > 0 and mention.parts[position - 1].kind == "particle":
            position -= 1
            particles.insert(0, mention.parts[position].token.text)
        words.extend(particles)
        feminine = _feminine_after_initials(surname.token.text, language) if first is None and initials else None
        if feminine is not None:
            words.append(feminine)
        elif surname.info is None:
            text = surname.token.text
            words.append(text if not text.isupper() else "-".join(p.capitalize() for p in text.split("-")))
        else:
            words.append(surname_nominative(surname.token.text, language, gender, case))
    if first is not None and surname is not None and surname.kind == "unknown" and len(words) == 2 \
            and mention.parts.index(surname) < mention.parts.index(first) and surname.info is not None \
            and not surname.info.known and not SURNAME_ENDING.search(surname.token.text.lower()):
        words.reverse()  # "Линдси Грэм": an unknown foreign given name before a word that reads as a given name
    return " ".join(words) or " ".join(p.token.text for p in mention.parts)


# a woman's surname declined as an adjective, in a case other than the nominative: with initials only, its
# ending is all that tells who is named ("Т. К. Пуздирєвої" -> "Т. К. Пуздирєва"); a man's never ends so
_FEMININE_OBLIQUE = {"uk": re.compile(r"(?<=[^\W\d_]{3})(?:ої)$"),
                     "ru": re.compile(r"(?<=[^\W\d_]{2}(?:ов|ев|ёв|ин|ын))(?:ой)$")}


def _feminine_after_initials(word: str, language: str) -> str | None:
    pattern = _FEMININE_OBLIQUE.get(language)
    match = pattern.search(word) if pattern else None
    return word[:match.start()] + "а" if match else None


def merge(mentions: list[SlavicMention]) -> list[Person]:
    """People of all the Russian and Ukrainian mentions, most mentioned first."""
    ordered = sorted(mentions, key=lambda m: (m.source, m.start))
    people: list[Person] = []
    buckets: dict[str, list[Person]] = {}

    def find(surname: str, first: str) -> Person | None:
        candidates = [p for p in buckets.get(surname[:3], ()) if stem_equal(p.surname, surname)]
        if first:
            same = [p for p in candidates if not p.first or stem_equal(p.first, first)]
            return same[-1] if same else None
        return candidates[-1] if candidates else None

    singles: list[SlavicMention] = []
    for mention in ordered:  # full names first: they decide who the short mentions are
        surname = surname_part(mention)
        first = first_part(mention)
        if surname is None or first is None or not mention.cue:
            singles.append(mention)
            continue
        key, given = fold(surname.token.text), fold(first.token.text)
        person = find(key, given)
        if person is None:
            person = Person(surname=key, first=given)
            people.append(person)
            buckets.setdefault(key[:3], []).append(person)
        person.first = person.first or given
        person.mentions.append(mention)
    singles.sort(key=lambda m: not m.cue)  # candidates without a cue of their own come last
    for mention in singles:
        surname = surname_part(mention)
        if surname is not None:
            key = fold(surname.token.text)
            person = find(key, "")
            if person is None and not mention.cue:
                continue  # a capitalised word no person of the text explains
            if person is None:
                person = Person(surname=key)
                people.append(person)
                buckets.setdefault(key[:3], []).append(person)
            person.mentions.append(mention)
            continue
        first = first_part(mention) or mention.parts[0]
        given = fold(first.token.text)
        if len([p for p in mention.parts if p.kind != "initial"]) == 1:
            known = find(given, "")
            if known is not None:  # a lone word that is a known person's surname ("Кэлдэрару")
                known.mentions.append(mention)
                continue
        owners = [p for p in people if p.first and stem_equal(p.first, given)]
        if len(owners) == 1:
            owners[0].mentions.append(mention)
            continue
        if owners or not mention.cue:
            continue  # "Юрий" with two Юрии in the text: nobody can say which
        bare = next((p for p in people if not p.surname and stem_equal(p.first, given)), None)
        if bare is None:
            bare = Person(first=given)
            people.append(bare)
        bare.mentions.append(mention)
    people.sort(key=lambda p: (-len(p.mentions), p.mentions[0].source, p.mentions[0].start))
    return people
