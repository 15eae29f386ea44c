"""Which language a text is in: English, Ukrainian, Russian, or another (read language-neutrally).

Letters decide, not a statistical model: the three languages the analysis has rules for are told
apart by their alphabets. Latin letters mean English here (other Latin-script languages get the
language-neutral rules either way); Cyrillic is Ukrainian when it has і ї є ґ, Russian when it has
ы э ъ ё, and a few frequent function words settle paragraphs that have none of these letters.
Other Cyrillic alphabets (ў: Belarusian; ј љ њ: Serbian, Macedonian) and Bulgarian (ъ without ы)
are "other", so no Russian rule runs on them. A 2,000-character paragraph is read in ~20 µs; on
the development corpora this identifies every document and >99 % of paragraphs (see the tests and
the figures in docs/analysis-languages.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable

ENGLISH = "en"
UKRAINIAN = "uk"
RUSSIAN = "ru"
OTHER = "other"

_UK_LETTERS = frozenset("іїєґ")
_RU_LETTERS = frozenset("ыэъё")
_OTHER_CYRILLIC = frozenset("ўјљњћђџѓќѕ")
_UK_WORDS = frozenset({"і", "й", "та", "що", "це", "як", "від", "для", "але", "з", "ще", "до", "його", "які", "який",
                       "також",
                       "було", "буде", "вже", "лише", "коли", "після", "вона", "вони", "він", "ми", "ви", "тепер"})
_RU_WORDS = frozenset({"и", "что", "это", "как", "для", "но", "еще", "ещё", "до", "его", "которые", "который", "также",
                       "было", "будет", "уже", "только", "когда", "после", "она", "они", "он", "мы", "вы", "теперь"})
_WORD = re.compile(r"[^\W\d_]+")


_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_A-ZА-ЯЁІЇЄҐ][^\W\d_]*")
_LETTER = re.compile(r"[^\W\d_]")
# a letter outside the Cyrillic block, Latin or of a third script: one scan where there were two (every paragraph
# of a Russian or Ukrainian source is asked this)
_NOT_CYRILLIC_LETTER = re.compile(r"[^\W\d_\u0400-\u04ff]")
_APOSTROPHES = ("'", "’", "ʼ")
_OTHER_CYRILLIC_LETTER = re.compile(f"[{''.join(sorted(_OTHER_CYRILLIC))}]")
_UK_LETTER = re.compile(f"[{''.join(sorted(_UK_LETTERS))}]")
_RU_LETTER = re.compile("[ыэё]")
_APOSTROPHE_IN_WORD = re.compile(r"[\u0400-\u04ff]['’ʼ][\u0400-\u04ff]")


def has_cyrillic(text: str) -> bool:
    """Whether any letter of `text` is Cyrillic (one scan in C: asked several times of every source)."""
    return _CYRILLIC.search(text) is not None


def detect(text: str, default: str | Callable[[], str] = OTHER) -> str:
    """The language of `text`: "en", "uk", "ru" or "other"; `default` when the text does not say
    (too few letters, or Cyrillic without a letter or word that only one of the two languages has).

    `default` may be a function that gives it, called only when needed: a paragraph's default is its
    whole source's language, which most paragraphs never ask for (reading it scans the whole source).
    """
    if not has_cyrillic(text):  # the common case of an English source: decided without counting every letter
        return ENGLISH if len(_LATIN.findall(text, 0, 400)) >= 3 else _given(default)
    if _NOT_CYRILLIC_LETTER.search(text) is None:  # no Latin letter and no letter of a third script
        cyrillic = len(text)  # Cyrillic only: straight to Ukrainian or Russian
        if len(_CYRILLIC.findall(text, 0, 3)) < 3 and len(_CYRILLIC.findall(text)) < 3:
            return _given(default)
    else:
        # lower-case words carry the language; capitalised ones may be foreign names ("Google", "Путин")
        lower_words = " ".join(_LOWER_WORD.findall(text))
        sample = lower_words if len(lower_words) >= 12 else text
        latin = len(_LATIN.findall(sample))
        cyrillic = len(_CYRILLIC.findall(sample))
        if cyrillic + latin < 3:
            return _given(default)
        if latin >= cyrillic:
            return ENGLISH
        if (latin + cyrillic) * 2 < len(_LETTER.findall(sample)):
            return OTHER  # mostly a third script (Greek, Arabic, CJK) with a few Cyrillic letters
    lower = text.lower()
    other = len(_OTHER_CYRILLIC_LETTER.findall(lower))  # one scan, not one a letter
    if other and other * 50 >= cyrillic:
        return OTHER
    uk = len(_UK_LETTER.findall(lower))
    if any(map(lower.__contains__, _APOSTROPHES)):  # most paragraphs hold none: spared the search
        uk += len(_APOSTROPHE_IN_WORD.findall(lower))
    hard_sign = lower.count("ъ")
    ru = hard_sign + len(_RU_LETTER.findall(lower))
    if hard_sign >= 3 and not uk and hard_sign > 2 * (ru - hard_sign):
        return OTHER  # Bulgarian writes ъ as a vowel and has no ы
    if uk > 2 * ru:
        return UKRAINIAN
    if ru > 2 * uk:
        return RUSSIAN
    words = _WORD.findall(lower)
    uk_words = sum(w in _UK_WORDS for w in words)
    ru_words = sum(w in _RU_WORDS for w in words)
    if uk_words != ru_words:
        return UKRAINIAN if uk_words > ru_words else RUSSIAN
    if uk != ru:
        return UKRAINIAN if uk > ru else RUSSIAN
    default = _given(default)
    return default if default in (UKRAINIAN, RUSSIAN) else RUSSIAN


def _given(default: str | Callable[[], str]) -> str:
    return default() if callable(default) else default
