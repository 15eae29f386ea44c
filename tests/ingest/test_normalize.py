"""Normalization keeps offsets honest: every recorded paragraph span is exactly that paragraph."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.ingest.normalize import join_blocks, normalize_text
from briefing.model.source import paragraph_spans

_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200)


@settings(max_examples=150, deadline=None)
@given(st.lists(_text, max_size=8))
def test_join_blocks_spans_are_the_blocks(blocks: list[str]) -> None:
    text, spans = join_blocks(blocks)
    assert spans == paragraph_spans(text)
    expected = [b for b in (normalize_text(block) for block in blocks) if b.strip()]
    expected = ["\n".join(line for line in b.split("\n") if line.strip()) if "\n\n" in b else b for b in expected]
    assert [text[start:end] for start, end in spans] == expected


@settings(max_examples=150, deadline=None)
@given(_text)
def test_normalize_is_idempotent_and_nfc(raw: str) -> None:
    once = normalize_text(raw)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert "\r" not in once and "\n\n\n" not in once


def test_examples() -> None:
    assert normalize_text("a\r\nb\rc\u2028d\u2029e\x0cf") == "a\nb\nc\nd\n\ne\n\nf"
    assert normalize_text("\n\n  x  \n\n") == "  x"
    assert normalize_text("lone \ud800surrogate") == "lone surrogate"
    assert join_blocks(["One", "", "  ", "Two\n\n\nlines"]) == ("One\n\nTwo\nlines", [(0, 3), (5, 14)])


def test_lines_of_unusual_white_space_count_as_blank() -> None:
    text, spans = join_blocks(["a\n\u3000\u2003\nb", "c"])
    assert text == "a\nb\n\nc" and spans == paragraph_spans(text)
