from __future__ import annotations

import pytest

from briefing.errors import ValidationError
from briefing.model import Grade


def test_code_and_parse_round_trip() -> None:
    assert Grade("B", 2).code() == "B2"
    assert Grade.parse("b2") == Grade("B", 2)
    assert Grade.parse("") == Grade()
    assert Grade.parse("C") == Grade("C", None)
    assert Grade("C", None).code() == "C?"


@pytest.mark.parametrize("bad", ["Z", "G"])
def test_unknown_reliability_is_refused_with_the_valid_values(bad: str) -> None:
    with pytest.raises(ValidationError, match="A, B, C, D, E or F"):
        Grade(bad, 1)


@pytest.mark.parametrize("bad", [0, 7, True])
def test_unknown_credibility_is_refused(bad: int) -> None:
    with pytest.raises(ValidationError, match="1 to 6"):
        Grade("A", bad)


def test_describe_names_both_halves() -> None:
    assert Grade("B", 2).describe() == "usually reliable; probably true"
