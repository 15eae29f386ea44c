"""Arabic letters joined for the PDF: contextual forms, the lam-alef ligature, marks kept."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from briefing.compose import compose
from briefing.writers import pdf
from briefing.writers.arabic import join_arabic
from briefing.writers.fonts import visual_order

from .conftest import needs_poppler, sample_brief, situation_template


def codes(text: str) -> list[str]:
    return [f"{ord(char):04X}" for char in text]


def test_letters_take_the_form_their_neighbours_call_for() -> None:
    # meem initial, hah medial, meem medial, dal final
    assert codes(join_arabic("محمد")) == ["FEE3", "FEA4", "FEE4", "FEAA"]
    # reh does not join forward, so the hah after it starts afresh
    assert codes(join_arabic("مرحبا")) == ["FEE3", "FEAE", "FEA3", "FE92", "FE8E"]
    assert codes(join_arabic("و")) == ["FEED"]  # a lone letter is isolated


def test_lam_alef_becomes_one_ligature() -> None:
    assert codes(join_arabic("لا")) == ["FEFB"]
    assert codes(join_arabic("سلام")) == ["FEB3", "FEFC", "FEE1"]  # joined to the seen before it


def test_marks_stay_and_do_not_break_a_join() -> None:
    joined = join_arabic("بِسْمِ")
    assert codes(joined) == ["FE91", "0650", "FEB4", "0652", "FEE2", "0650"]


def test_other_text_is_left_alone() -> None:
    for text in ("", "plain ASCII", "Кириллица Ελληνικά", "שלום", "中文 😀", "عدد ١٢٣"[-3:]):
        assert join_arabic(text) == text


@given(st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةىپچژگکی ً ٌ ٍ َ ُ ِ ّ ْ"))))
def test_joining_keeps_every_letter(text: str) -> None:
    """Presentation forms decompose back to the letters typed (lam-alef to two of them)."""
    joined = join_arabic(text)
    assert unicodedata.normalize("NFKC", joined) == unicodedata.normalize("NFKC", text)


def test_a_lam_with_a_mark_keeps_it_before_the_alef() -> None:
    """Regression (found by the property test above): lam + fathatan + alef-madda became the
    lam-alef ligature with the mark after it."""
    text = "\u0644\u064b\u0622"
    assert unicodedata.normalize("NFKC", join_arabic(text)) == text


def test_right_to_left_stretches_are_reversed_letter_by_letter_with_their_marks() -> None:
    assert visual_order("a بِس b") == "a " + "\ufeb2" + "\ufe91\u0650" + " b"


@needs_poppler
def test_arabic_is_drawn_joined_in_the_pdf(tmp_path: Path) -> None:
    brief = sample_brief()
    brief.section("summary").items[0].text = "The envoy (ليلى حداد) spoke."
    path = tmp_path / "arabic.pdf"
    pdf.write(compose(brief, situation_template()), path)
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    # poppler turns right-to-left stretches back into reading order: each word comes back in its
    # joined forms, which exist only if the writer joined them.
    for word in ("ليلى", "حداد"):
        assert join_arabic(word) in text
        assert word not in text
