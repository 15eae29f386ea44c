"""Arabic letters joined for the PDF: each letter in the form its neighbours call for.

Arabic is written joined: a letter takes an initial, medial, final or isolated shape depending
on whether it connects to the letters before and after it, and lam followed by alef becomes one
ligature. Word processors do this with a shaping engine and the font's substitution tables;
the PDF writer draws characters one glyph each, so it substitutes the Unicode presentation
forms instead, which the bundled Noto Sans Arabic (and DejaVu Sans) carry as glyphs of their
own. The forms come from Unicode's own decomposition data, so no table is kept by hand.

This covers the letters of Arabic, Persian and Urdu that have presentation forms; marks
(harakat) are kept and do not break a join. Contextual kerning and mark positioning of a
full shaping engine are not attempted.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_FORMS = ("isolated", "final", "initial", "medial")
_LAM = "\u0644"
_ALEFS = "\u0622\u0623\u0625\u0627"  # alef, and alef with madda or hamza
_ARABIC_RUN = re.compile("[\u0600-\u06ff\u0750-\u077f]+")
_JOIN_CAUSING = "\u0640\u200d"  # tatweel and the zero-width joiner join on both sides


@cache
def _presentation_forms() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """Letter -> {form: presentation character}, and lam+alef -> {form: ligature}."""
    letters: dict[str, dict[str, str]] = {}
    ligatures: dict[str, dict[str, str]] = {}
    for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) < 2 or parts[0].strip("<>") not in _FORMS:
            continue
        form, base = parts[0].strip("<>"), "".join(chr(int(part, 16)) for part in parts[1:])
        if len(base) == 1:
            letters.setdefault(base, {}).setdefault(form, chr(code))
        elif len(base) == 2 and base[0] == _LAM and base[1] in _ALEFS:  # the one required ligature
            ligatures.setdefault(base, {}).setdefault(form, chr(code))
    return letters, ligatures


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) == "Mn"


def _joins(char: str | None, letters: dict[str, dict[str, str]], form: str) -> bool:
    """Whether `char` connects on one side: forward (to the letter after it) when it has a
    "medial" form, as dual-joining letters do; backward when it has a "final" form, as every
    joining letter does. Tatweel and the zero-width joiner join on both sides."""
    if char is None:
        return False
    if char in _JOIN_CAUSING:
        return True
    forms = letters.get(char)
    return forms is not None and form in forms


def join_arabic(text: str) -> str:
    """`text` with its Arabic letters replaced by their contextual presentation forms, still in
    logical (reading) order. Text without Arabic letters comes back unchanged."""
    if text.isascii() or not _ARABIC_RUN.search(text):
        return text
    return _ARABIC_RUN.sub(lambda match: _join_run(match.group(0)), text)


def _join_run(run: str) -> str:
    letters, ligatures = _presentation_forms()
    bases = [index for index, char in enumerate(run) if not _is_mark(char)]
    out = list(run)
    skip: set[int] = set()
    for position, index in enumerate(bases):
        if index in skip:
            continue
        char = run[index]
        before = run[bases[position - 1]] if position > 0 else None
        after_index = bases[position + 1] if position + 1 < len(bases) else None
        after = run[after_index] if after_index is not None else None
        joined_before = _joins(before, letters, "medial") and _joins(char, letters, "final")
        # The ligature only where alef follows lam directly: a mark on the lam would otherwise be
        # drawn after the ligature, so the text read back would not be the text typed.
        if char == _LAM and after is not None and _LAM + after in ligatures and after_index == index + 1:
            choice = ligatures[_LAM + after].get("final" if joined_before else "isolated")
            if choice is not None:
                out[index] = choice
                out[after_index] = ""
                skip.add(after_index)
                continue
        letter_forms = letters.get(char)
        if letter_forms is None:
            continue
        joined_after = _joins(char, letters, "medial") and _joins(after, letters, "final")
        wanted = {(True, True): "medial", (True, False): "final", (False, True): "initial",
                  (False, False): "isolated"}[(joined_before, joined_after)]
        out[index] = letter_forms.get(wanted) or letter_forms.get("isolated") or char
    return "".join(out)
