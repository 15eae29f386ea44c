"""Caveat sentences and questions on a wire story as an analyst reads it (regressions from a trial article:
each sentence a brief would carry must name its claim, keep its quotation marks and point at the right thing)."""

from __future__ import annotations

import pytest

from briefing.analysis import analyze_texts

BOARD = 'The harbour board said its crews had cleared "all designated berths", according to the state news agency ' \
        "Tiber Wire."


def _sentences(text: str, kind: str) -> list[str]:
    return [c.sentence for c in analyze_texts([text]).caveats if c.kind == kind]


@pytest.mark.parametrize("text", [
    "A senior official at the ministry, who spoke on condition of anonymity, said part of the equipment had been "
    "held up at the border.",
    "A senior official at the ministry, who spoke on condition of anonymity because he was not authorised to discuss "
    "shipments, said part of the equipment had been held up at the border.",
])
def test_the_claim_of_an_anonymous_official_is_named(text: str) -> None:
    assert _sentences(text, "anonymous-source") == [
        "That part of the equipment had been held up at the border rests on one anonymous senior official at the "
        "ministry."]


def test_a_place_after_a_group_is_no_outlet_that_reported() -> None:
    text = "Residents of Port Arden reported long queues at petrol stations on Tuesday night, according to local media."
    second = [c.text for c in analyze_texts([text]).caveats if c.kind == "second-hand"]
    assert second == ["according to local media"], second


def test_a_journalist_at_an_outlet_still_reports() -> None:
    text = "The ferry will move its terminal to the south quay, Ann Ober at the Tiber Post reports."
    assert [c.text for c in analyze_texts([text]).caveats if c.kind == "second-hand"] == ["the Tiber Post reports"]


def test_a_claim_cut_inside_a_quotation_keeps_its_marks_balanced() -> None:
    found = _sentences(BOARD, "second-hand")
    assert len(found) == 1 and found[0].count('"') % 2 == 0, found


def test_an_unverified_claim_named_in_the_sentence_before_is_quoted() -> None:
    text = "The harbour board said its crews had cleared all designated berths. The claim could not be " \
           "independently verified."
    assert _sentences(text, "unconfirmed") == [
        "Not independently confirmed: the harbour board said its crews had cleared all designated berths."]


def test_a_question_leaves_out_who_relayed_the_claim() -> None:
    text = BOARD.replace('"', "") + " The claim could not be independently verified."
    questions = [q.text for q in analyze_texts([text]).questions]
    assert questions and not any("according to" in q for q in questions), questions


def test_a_question_names_whose_crews_it_asks_about() -> None:
    text = "The harbour board said its crews had cleared all designated berths. The claim could not be verified."
    assert [q.text for q in analyze_texts([text]).questions] == [
        "Is it confirmed that the harbour board's crews had cleared all designated berths?"]


def test_a_pronoun_teller_is_not_made_an_owner() -> None:
    text = "He said its crews had cleared all designated berths. The claim could not be verified."
    assert not any("He's" in q.text or "he's" in q.text for q in analyze_texts([text]).questions)


@pytest.mark.parametrize("text, sentence", [
    # a title's stop ends no clause, and whose aides they are is part of the source
    ("Aides to Sen. Ana Berg said the quay would close on Monday.",
     "That the quay would close on Monday rests on unnamed aides to Sen. Ana Berg."),
    ("An adviser to Mr. Lind said the quay would close on Monday.",
     "That the quay would close on Monday rests on one anonymous adviser to Mr. Lind."),
    ("Officials of the Harbour Board said the quay would close on Monday.",
     "That the quay would close on Monday rests on unnamed officials of the Harbour Board."),
    ("A spokesman for the Polish customs service said no shipments were being held at the border.",
     "That no shipments were being held at the border rests on one anonymous spokesman for the Polish customs "
     "service."),
    ("Many of his supporters said the quay would close on Monday.",
     "That the quay would close on Monday rests on many of his unnamed supporters."),
])
def test_whose_people_the_source_is_stays_in_its_name(text: str, sentence: str) -> None:
    assert _sentences(text, "anonymous-source") == [sentence]


def test_an_abstract_noun_in_front_of_a_group_loses_its_sentence_capital() -> None:
    text = "Immigration advocates warned that the asylum changes could violate international law."
    assert _sentences(text, "anonymous-source") == [
        "That the asylum changes could violate international law rests on unnamed immigration advocates."]


@pytest.mark.parametrize("text, sentence", [
    # the pronoun stands for what the group is of: the claim names it (the whole sentence was quoted)
    ("Critics of the deal say it would do little to reduce crossings.",
     "That the deal would do little to reduce crossings rests on unnamed critics of the deal."),
    ("Opponents of the new rules argued they would hurt small ferry firms.",
     "That the new rules would hurt small ferry firms rests on unnamed opponents of the new rules."),
    # "they" after a singular thing is the group itself: no claim apart from the sentence
    ("Critics of the deal say they are worried.",
     "Unnamed critics of the deal are the only source of “Critics of the deal say they are worried”."),
])
def test_a_pronoun_for_what_the_group_is_of_is_named(text: str, sentence: str) -> None:
    assert _sentences(text, "anonymous-source") == [sentence]
