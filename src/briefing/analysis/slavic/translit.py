"""Cyrillic names in Latin letters, to link "Зеленський" with "Zelenskyy" and "Путин" with "Putin".

The tables are data (`data/translit_uk.txt`, `data/translit_ru.txt`: a letter, a space, its Latin
spelling; a letter alone is dropped), close to the spellings the English-language press uses
(х -> kh, й -> y, Ukrainian г -> h, и -> y). Press spellings differ in vowels and doubled letters
("Zelenskyy", "Zelensky"), which the English rules' spelling-tolerant `skeleton` absorbs, so a
name is compared by the skeleton of its romanisation.
"""

from __future__ import annotations

from functools import lru_cache

from briefing.analysis.actors import skeleton
from briefing.analysis.slavic import lists


@lru_cache(maxsize=2)
def _table(language: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in lists.entries(f"translit_{language}"):
        letter, _, latin = line.partition(" ")
        table[letter] = latin
    return table


def romanize(word: str, language: str) -> str:
    """`word` in Latin letters by the table of `language` ("uk" or "ru"); other characters kept."""
    table = _table(language)
    out = []
    for char in word:
        low = char.lower()
        latin = table.get(low, char)
        out.append(latin.capitalize() if char != low and latin else latin)
    return "".join(out)


def latin_keys(word: str) -> frozenset[str]:
    """Spelling-tolerant keys of a Cyrillic word romanised both ways (Ukrainian and Russian); "х" also as "h",
    as names from Turkish, Arabic or Persian come back to Latin letters ("Хакан" is Hakan, "Хасан" Hasan)."""
    spellings = {romanize(word, language) for language in ("uk", "ru")}
    if "х" in word.lower():
        spellings |= {spelling.replace("kh", "h").replace("Kh", "H") for spelling in spellings}
    return frozenset(skeleton(spelling) for spelling in spellings)
