"""Right-to-left text in visual order, by the Unicode Bidirectional Algorithm (UAX #9).

A PDF draws glyphs left to right, so the writer must put each line of mixed-direction text into
the order it is seen. The embedding levels come from python-bidi (the Unicode algorithm,
including bracket pairs and number handling); what is done here is what the algorithm leaves to
the renderer, per line after the paragraph has been broken: reverse by levels (rule L2), keep a
letter and its marks together in the order the fonts expect (L3), and mirror brackets drawn
right to left (L4).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from bidi import get_base_level, get_display

# Characters that can make a stretch right-to-left: Hebrew, Arabic (letters, digits, marks, and the
# presentation forms the Arabic joiner produces), Syriac, Thaana, N'Ko and the rest of the block.
_RTL_CHAR = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LEVEL = re.compile(r"Level\(\s*(\d+)")
_MIRROR = dict(zip("()[]{}<>«»‹›⁅⁆⁽⁾₍₎≤≥", ")(][}{><»«›‹⁆⁅⁾⁽₎₍≥≤", strict=True))


def has_rtl(text: str) -> bool:
    """Whether `text` holds anything the algorithm could put right to left (cheap for ASCII)."""
    return not text.isascii() and _RTL_CHAR.search(text) is not None


def base_level(text: str) -> int:
    """The paragraph's direction by its first strong character (rules P2, P3): 0 LTR, 1 RTL."""
    return 1 if has_rtl(text) and get_base_level(text) == 1 else 0


@lru_cache(maxsize=4096)
def levels(text: str, base: int) -> tuple[int, ...]:
    """The resolved embedding level of each character of one line (rules up to I2).

    python-bidi reports levels only in its debug description, one per UTF-8 byte of the text:
    each character takes the level of its first byte."""
    described = get_display(text, base_dir="R" if base else "L", debug=True)
    assert isinstance(described, str)
    block = described[described.index("levels:"):described.index("paragraphs:")]
    per_byte = [int(level) for level in _LEVEL.findall(block)]
    result: list[int] = []
    offset = 0
    for char in text:
        result.append(per_byte[offset] if offset < len(per_byte) else base)
        offset += len(char.encode("utf-8"))
    # L1: whitespace at the end of the line takes the paragraph's level
    for index in range(len(text) - 1, -1, -1):
        if not text[index].isspace():
            break
        result[index] = base
    return tuple(result)


def visual_indices(text: str, base: int) -> list[int]:
    """The logical indices of `text`'s characters in the order they are drawn left to right."""
    line_levels = levels(text, base)
    order = list(range(len(text)))
    highest = max(line_levels, default=0)
    lowest_odd = min((level for level in line_levels if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):  # L2: reverse each run at this level or higher
        index = 0
        while index < len(order):
            if line_levels[order[index]] >= level:
                end = index
                while end < len(order) and line_levels[order[end]] >= level:
                    end += 1
                order[index:end] = order[index:end][::-1]
                index = end
            else:
                index += 1
    return _marks_after_letters(text, order, line_levels)


def _marks_after_letters(text: str, order: list[int], line_levels: Sequence[int]) -> list[int]:
    """L3: reversed, a mark would come before its letter; the fonts draw it after the letter."""
    result: list[int] = []
    marks: list[int] = []
    for index in order:
        if line_levels[index] % 2 and unicodedata.combining(text[index]):
            marks.append(index)
            continue
        result.append(index)
        if marks:
            result.extend(reversed(marks))
            marks = []
    result.extend(reversed(marks))
    return result


def mirrored(char: str, level: int) -> str:
    """L4: a bracket drawn right to left shows its mirror image."""
    return _MIRROR.get(char, char) if level % 2 else char


def visual_line(text: str, base: int | None = None) -> str:
    """One line of text in visual order (its paragraph direction from its own text unless given)."""
    if not has_rtl(text):
        return text
    base = base_level(text) if base is None else base
    line_levels = levels(text, base)
    return "".join(mirrored(text[index], line_levels[index]) for index in visual_indices(text, base))
