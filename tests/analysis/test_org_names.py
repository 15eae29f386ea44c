"""Organisations named in news prose: the shape of their names and the words around them."""

from __future__ import annotations

from briefing.analysis import analyze_texts


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in analyze_texts(["Market news\n\n" + text]).actors}


def test_a_body_for_a_cause_is_an_organisation() -> None:
    found = _actors("Police detained members of the Tarvanian League for Reform ahead of a party congress.")
    assert found.get("Tarvanian League for Reform") == "organization", found


def test_a_known_body_with_a_qualifier_in_front_is_still_that_body() -> None:
    found = _actors("He sent a petition to the International Red Cross in 1993. The Corvanian Red Cross "
                    "chief said on Monday the talks would go on.")
    assert found.get("International Red Cross") == "organization", found
    assert found.get("Corvanian Red Cross") == "organization", found


def test_a_city_radio_that_speaks_is_an_outlet() -> None:
    found = _actors("The plan harms the region, state-run Marlow Radio said in a commentary. "
                    "Harbin Television said the talks had failed.")
    assert found.get("Marlow Radio") == "organization", found
    assert found.get("Harbin Television") == "organization", found
