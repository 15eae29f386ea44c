"""A given name that is also a month's abbreviation ("Jan") is a given name before a surname."""

from __future__ import annotations

import pytest

from briefing.analysis import analyze_texts


def _people(text: str) -> list[str]:
    return [a.name for a in analyze_texts([text]).actors if a.type == "person"]


@pytest.mark.parametrize("text", [
    "Jan Ober, the chief executive, said the plan was not final.",
    "The company's chief executive, Jan Ober, told the Harbour Post the plan was not final.",
])
def test_jan_before_a_surname_is_a_given_name(text: str) -> None:
    assert _people(text) == ["Jan Ober"]


def test_a_month_is_no_person() -> None:
    assert _people("On Jan 5 the board met. Sales rose in Jan and Feb, the port authority said.") == []
