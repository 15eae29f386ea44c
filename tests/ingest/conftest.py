"""Helpers for the reader tests: every test checks the paragraph offsets the same way."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefing.model.source import Source, content_hash, paragraph_spans


def _check(source: Source, expected: list[str] | None = None) -> None:
    """The invariants every source keeps, and (if given) exactly these paragraphs in order."""
    paragraphs = [source.text[start:end] for start, end in source.paragraphs]
    assert source.paragraphs == sorted(source.paragraphs)
    assert all(p and p == p.strip("\n") and "\n\n" not in p for p in paragraphs)
    assert source.paragraphs == paragraph_spans(source.text)  # structure agrees with the text
    assert source.sha256 == content_hash(source.text)
    assert "\r" not in source.text
    if expected is not None:
        assert paragraphs == expected


@pytest.fixture
def check_paragraphs() -> Callable[..., None]:
    return _check
