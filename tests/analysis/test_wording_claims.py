"""Caveat sentences never carry a clause torn out of its sentence (regressions from the sample brief)."""

from __future__ import annotations

from briefing.analysis.text import Sentence
from briefing.analysis.wording import propose


def _propose(kind: str, text: str, phrase: str) -> str:
    start = text.index(phrase)
    return propose(kind, phrase, phrase, Sentence(0, len(text), text, 0), (start, start + len(phrase)))


def test_a_subordinate_clause_is_not_offered_as_the_claim() -> None:
    text = ("A senior security official, speaking on condition of anonymity because he was not authorized to "
            "discuss the investigation, said the crew would be questioned.")
    sentence = _propose("anonymous-source", text, "A senior security official, speaking on condition of anonymity")
    assert "because" not in sentence
    assert sentence.startswith("One anonymous senior security official is the only source of")


def test_a_participle_phrase_is_not_offered_as_the_claim() -> None:
    text = ("The ship, operated by Harbour Carriers and registered in Estmark, was boarded before dawn, "
            "according to a coast guard statement.")
    sentence = _propose("second-hand", text, "according to a coast guard statement")
    assert "That operated" not in sentence


def test_plural_unnamed_sources_take_a_plural_verb() -> None:
    text = "Two diplomats in the region said Qadiriya had offered to host talks between the two governments."
    sentence = _propose("anonymous-source", text, "Two diplomats")
    assert "in the region said" not in sentence
    assert sentence.startswith(("Two unnamed diplomats are", "That Qadiriya"))


def test_a_whole_claim_is_still_offered() -> None:
    text = "A senior official said that President Marrow was backing a 28-point plan."
    assert _propose("anonymous-source", text, "A senior official") == \
        "That President Marrow was backing a 28-point plan rests on one anonymous senior official."
