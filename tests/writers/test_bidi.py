"""Right-to-left text in the PDF follows the Unicode Bidirectional Algorithm, line by line.

The PDF is drawn left to right, so every line is put into its visual order after the paragraph
has been broken into lines (UAX #9, rule L2 per line): numbers keep their digit order, brackets
stay with the phrase they enclose, and the first line of a wrapped right-to-left paragraph holds
its first words.
"""

from __future__ import annotations

import itertools

from reportlab.lib.colors import black
from reportlab.lib.styles import ParagraphStyle

from briefing.writers.arabic import join_arabic
from briefing.writers.fonts import font_name, visual_order
from briefing.writers.pdf.lines import LineParagraph, Segment

HEBREW = font_name("Noto Sans Hebrew")


def test_arabic_indic_digits_keep_their_order() -> None:
    assert visual_order("a ١٢٣ b") == "a ١٢٣ b"
    # a right-to-left line: the number is drawn left of the word it follows
    assert visual_order("عدد ١٢٣") == "١٢٣ " + join_arabic("عدد")[::-1]


def test_european_digits_in_right_to_left_text_keep_their_order() -> None:
    assert visual_order("שנת 2025") == "2025 תנש"


def test_brackets_stay_with_the_right_to_left_phrase_they_enclose() -> None:
    # read right to left: "שלום עולם", then "(שנת 2025)"; the brackets are mirrored as drawn
    assert visual_order("Name: שלום עולם (שנת 2025) end") == "Name: (2025 תנש) םלוע םולש end"


def test_left_to_right_text_is_untouched() -> None:
    for text in ("no change 123", "(brackets) [and] {braces}", "Кириллица 1-2", ""):
        assert visual_order(text) == text


def _lines(text: str, width: float) -> list[str]:
    style = ParagraphStyle("body", fontName=HEBREW, fontSize=10, leading=12)
    paragraph = LineParagraph([Segment(text, HEBREW, black)], style)
    paragraph.wrap(width, 1000)
    assert paragraph.lines is not None
    return [" ".join(piece.text for piece in line) for line in paragraph.lines]


def test_a_wrapped_right_to_left_paragraph_is_broken_before_it_is_reordered() -> None:
    words = ["אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע", "עשר"]
    lines = _lines(" ".join(words), 80)
    assert len(lines) > 1
    # the first line holds the first words, drawn from the right: its last glyphs are the first word's
    assert lines[0].endswith(words[0][::-1])
    assert words[-1][::-1] in lines[-1]
    assert words[0][::-1] not in lines[-1]


def test_pieces_of_a_reordered_line_are_laid_left_to_right_without_overlap() -> None:
    style = ParagraphStyle("body", fontName=font_name("DejaVu Sans"), fontSize=10, leading=12)
    latin = font_name("DejaVu Sans")
    paragraph = LineParagraph([Segment("See ", latin, black), Segment("שלום עולם", HEBREW, black),
                               Segment(" now", latin, black)], style)
    paragraph.wrap(400, 1000)
    assert paragraph.lines is not None
    (line,) = paragraph.lines
    assert [piece.text for piece in line] == ["See", "םלוע םולש", "now"]
    for left, right in itertools.pairwise(line):
        assert right.x >= left.x + left.width - 0.001
