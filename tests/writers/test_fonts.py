"""Font fallback and right-to-left ordering for the PDF writer."""

from __future__ import annotations

from briefing.writers.fonts import REPLACEMENT, family_for, split_by_font, visual_order


def test_each_script_gets_a_font_that_has_it() -> None:
    runs = split_by_font("Ab Жж Ωω שלום مرحبا 中文 😀\U000e0001", "DejaVu Serif")
    fonts = {run.text.strip(): run.font for run in runs if run.text.strip()}
    assert fonts["Ab Жж Ωω"] == "DejaVuSerif"
    assert fonts["שלום"] == "NotoSansHebrew-Regular"
    assert fonts["مرحبا"] == "NotoSansArabic-Regular"
    assert fonts["中文"] == "DroidSansFallbackFull"
    assert REPLACEMENT in "".join(run.text for run in runs)  # the emoji, beyond the bundled fonts
    assert "\U000e0001" not in "".join(run.text for run in runs)  # an invisible tag nobody can draw


def test_bold_and_italic_faces_and_unknown_families() -> None:
    assert split_by_font("x", "DejaVu Sans", bold=True, italic=True)[0].font == "DejaVuSans-BoldOblique"
    assert family_for("dejavu serif") == "DejaVu Serif"
    assert family_for("Comic Sans MS") == "DejaVu Sans"
    assert split_by_font("", "DejaVu Sans") == []


def test_right_to_left_words_are_drawn_in_visual_order() -> None:
    # the bracketed phrase stays with the right-to-left words before it (was split off: a defect)
    assert visual_order("Name: שלום עולם (שנת 2025) end") == "Name: (2025 תנש) םלוע םולש end"
    assert visual_order("no change 123") == "no change 123"
