"""The bundled fonts for the PDF writer: registration with reportlab and per-character fallback.

A PDF shows only glyphs its fonts contain. Text is therefore split into runs, each set in the
first bundled font that has every character of the run: the template's family, then Noto Sans
Arabic, Noto Sans Hebrew, Droid Sans Fallback (CJK), then DejaVu Sans. A character no bundled
font has (most emoji; anything beyond the Basic Multilingual Plane) becomes U+FFFD in DejaVu
Sans rather than an empty box or a crash; invisible format characters nobody can show
(joiners, variation selectors) are dropped.
"""

from __future__ import annotations

import hashlib
import threading
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from briefing.resources import resource
from briefing.writers.arabic import join_arabic
from briefing.writers.bidi import has_rtl, visual_line

# family → (regular, bold, italic, bold italic) file stems in resources/fonts/
FAMILIES: dict[str, tuple[str, str, str, str]] = {
    "DejaVu Sans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    "DejaVu Serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
    "DejaVu Sans Mono": ("DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSansMono", "DejaVuSansMono-Bold"),
    "Noto Sans Arabic": ("NotoSansArabic-Regular", "NotoSansArabic-Bold",
                         "NotoSansArabic-Regular", "NotoSansArabic-Bold"),
    "Noto Sans Hebrew": ("NotoSansHebrew-Regular", "NotoSansHebrew-Bold",
                         "NotoSansHebrew-Regular", "NotoSansHebrew-Bold"),
    "Droid Sans Fallback": ("DroidSansFallbackFull",) * 4,
}
DEFAULT_FAMILY = "DejaVu Sans"
FALLBACK_FAMILIES: tuple[str, ...] = ("Noto Sans Arabic", "Noto Sans Hebrew", "Droid Sans Fallback", "DejaVu Sans")
REPLACEMENT = "\ufffd"


def family_for(name: str | None) -> str:
    """The bundled family a template names (case-insensitive); DejaVu Sans for anything else."""
    wanted = (name or "").strip().lower()
    return next((family for family in FAMILIES if family.lower() == wanted), DEFAULT_FAMILY)


@cache
def font_name(family: str, bold: bool = False, italic: bool = False) -> str:
    """The reportlab font name of one face of a bundled family, registered on first use."""
    stems = FAMILIES[family_for(family)]
    stem = stems[(2 if italic else 0) + (1 if bold else 0)]
    _register(stem)
    return stem


@cache
def _register(stem: str) -> None:
    path = _TEMPLATE_FILES.get(stem) or resource("fonts", f"{stem}.ttf")
    pdfmetrics.registerFont(SubsetCachingTTFont(stem, str(path)))


# Font files a template ships (or its reference document embeds), by the stem they are registered as.
_TEMPLATE_FILES: dict[str, str] = {}


# One render at a time sets the families: a template's fonts hold for its own document only.
_RENDERING = threading.RLock()
# Called when the families change back, so caches keyed by a family's name start afresh.
FAMILY_CACHES: list[Callable[[], None]] = []


@contextmanager
def template_fonts(files: tuple[tuple[str, str], ...]) -> Iterator[None]:
    """Within the block, each (family, .ttf path) is a family the writer can set text in, all four
    faces from the file; afterwards the families are the bundled ones again.

    The stem is named after the file's content, so two templates naming one family with different
    files never share glyphs. Renders take turns (a lock): the families are one table for the
    process, and one template's font must not leak into another's document.
    """
    with _RENDERING:
        saved = dict(FAMILIES)
        changed = False
        for family, path in files:
            try:
                digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]
            except OSError:
                continue  # the template's loader checked the file; gone since, the bundled look stands
            stem = f"template-{digest}"
            if FAMILIES.get(family) != (stem,) * 4:
                _TEMPLATE_FILES[stem] = path
                FAMILIES[family] = (stem,) * 4
                changed = True
        if changed:
            _families_changed()
        try:
            yield
        finally:
            if changed:
                FAMILIES.clear()
                FAMILIES.update(saved)
                _families_changed()


def _families_changed() -> None:
    font_name.cache_clear()
    for clear in FAMILY_CACHES:
        clear()


class SubsetCachingTTFont(TTFont):
    """A TTFont whose splitString skips its per-character Python loop for characters already seen.

    reportlab maps every character drawn to a (subset, code) pair, assigning codes as characters
    first appear; that loop was about a fifth of a long brief's export time. Once a character has
    its code the mapping never changes, so text made only of such characters in subset 0 (nearly
    all text) is encoded with one str.translate. Anything else takes reportlab's own path, whose
    assignments are then remembered: the output stays byte for byte what reportlab writes.
    """

    def splitString(self, text: str | bytes, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        state = self.state.get(doc)
        fast = getattr(state, "briefing_fast", None)
        if fast is not None and isinstance(text, str):
            known, table, _ = fast
            if known.issuperset(text):
                return [(0, text.translate(table).encode("latin-1"))] if text else []
        results: list[tuple[int, bytes]] = super().splitString(text, doc, encoding)
        state = self.state.get(doc)
        if state is not None and isinstance(text, str):
            if fast is None:
                fast = state.briefing_fast = (set(), {}, {})
            _remember(fast, set(text), state.assignments, self.face.charToGlyph)
        return results

    def shown_codes(self, doc: Any) -> tuple[set[str], dict[int, str]] | None:
        """For drawing without reportlab's text object: the characters whose subset-0 code is fixed,
        and a str.translate table from each to its code as it stands in a PDF string literal
        (escaped as reportlab's escapePDF would). None until this font has a PDF name in `doc`
        (reportlab names it on first use; naming it here would change the order of the names)."""
        state = self.state.get(doc)
        fast = getattr(state, "briefing_fast", None)
        if fast is None or state.internalName is None:
            return None
        return fast[0], fast[2]


def _remember(fast: tuple[set[str], dict[int, str], dict[int, str]], chars: set[str], assignments: dict[int, int],
              char_to_glyph: dict[int, int]) -> None:
    """Add the characters whose code is now fixed and in subset 0 to the fast path's tables."""
    known, table, escaped = fast
    for char in chars - known:
        code = ord(char)
        mapped = 32 if code == 0xA0 else code  # reportlab draws a no-break space as a space
        number = assignments.get(mapped)
        if number is None:
            if mapped in char_to_glyph:
                continue  # not assigned (cannot happen after splitString); leave it to reportlab
            number = 0  # no glyph: always code 0
        if number >> 8 == 0:
            known.add(char)
            table[code] = chr(number)
            escaped[code] = escapePDF(bytes((number,)))


@cache
def coverage(stem: str) -> frozenset[str]:
    """The characters one registered font has a glyph for."""
    _register(stem)
    font = pdfmetrics.getFont(stem)
    # Characters beyond the Basic Multilingual Plane are left out: reportlab's text-extraction map
    # (ToUnicode) cannot name them, so a reader's copy-paste or search would get other characters.
    return frozenset(chr(code) for code in font.face.charToGlyph if code <= 0xFFFF)


@dataclass(frozen=True)
class Run:
    """Text set in one font."""

    font: str
    text: str


def split_by_font(text: str, family: str, bold: bool = False, italic: bool = False) -> list[Run]:
    """`text` as runs, each in a font that has all of its characters."""
    primary = font_name(family, bold, italic)
    primary_chars = coverage(primary)
    if set(text) <= primary_chars:
        return [Run(primary, text)] if text else []
    runs: list[Run] = []
    current_font = primary
    buffer: list[str] = []
    for char in text:
        font, shown = _font_for(char, primary, primary_chars, bold, italic)
        if not shown:
            continue
        if font != current_font and buffer:
            runs.append(Run(current_font, "".join(buffer)))
            buffer = []
        current_font = font
        buffer.append(shown)
    if buffer:
        runs.append(Run(current_font, "".join(buffer)))
    return runs


def _font_for(char: str, primary: str, primary_chars: frozenset[str], bold: bool, italic: bool) -> tuple[str, str]:
    if char in primary_chars or char in " \n":
        return primary, char
    for family in FALLBACK_FAMILIES:
        stem = font_name(family, bold, italic)
        if char in coverage(stem):
            return stem, char
        regular = font_name(family)
        if char in coverage(regular):
            return regular, char
    if unicodedata.category(char) in ("Cf", "Mn", "Me", "Cc", "Cs", "Co", "Cn") or 0xFE00 <= ord(char) <= 0xFE0F:
        return primary, ""
    return font_name(DEFAULT_FAMILY, bold, italic), REPLACEMENT


def visual_order(text: str) -> str:
    """One line of text as drawn left to right: Arabic joined (see `arabic`), then put in visual
    order by the Unicode Bidirectional Algorithm (see `bidi`).

    For text laid out by reportlab's Paragraph (headings, the cover, table cells): body text goes
    through LineParagraph, which joins before breaking and reorders each line after it."""
    if not has_rtl(text):
        return text
    return visual_line(join_arabic(text))
