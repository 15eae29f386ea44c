"""Caveat sentences and questions seen on two English trial articles (a drone strike on a Danube port, a Senate
water bill) read as an analyst would: estimates, claims after "argue that", sources set off by commas."""

from __future__ import annotations

import pytest

from briefing.analysis import analyze_texts


def _sentences(text: str, kind: str) -> list[str]:
    return [c.sentence for c in analyze_texts([text]).caveats if c.kind == kind]


def _questions(text: str) -> list[str]:
    return [q.text for q in analyze_texts([text]).questions]


@pytest.mark.parametrize("text, expected", [
    ("Two shipping agents in Izmail, speaking on condition of anonymity because they were not authorised to talk to "
     "the media, said at least four vessels had moved downstream.",
     "That at least four vessels had moved downstream rests on two unnamed shipping agents in Izmail."),
    ("At least four vessels had moved downstream, said one official, speaking on condition of anonymity.",
     "That at least four vessels had moved downstream rests on one anonymous official."),
])
def test_who_speaks_on_condition_of_anonymity_is_the_source(text: str, expected: str) -> None:
    """Regression: "rests on an unnamed source" (the cue alone), and a claim opening on "At least" was read as an
    adverbial phrase, so the whole sentence was quoted."""
    assert _sentences(text, "anonymous-source") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Supporters of the bill argue that aging canals lose as much as a third of the water they carry.",
     "That aging canals lose as much as a third of the water they carry rests on unnamed supporters of the bill."),
    ("Critics argue that older pipes leak more water every year.",
     "That older pipes leak more water every year rests on unnamed critics."),
])
def test_a_bare_noun_after_argue_that_opens_the_claim(text: str, expected: str) -> None:
    """Regression: the whole sentence was quoted, and "of the bill" was left out of whose supporters they are."""
    assert _sentences(text, "anonymous-source") == [expected]


def test_said_that_with_no_subject_after_it_is_no_claim() -> None:
    assert _sentences("Officials said that was wrong.", "anonymous-source") == [
        "Unnamed officials are the only source of “Officials said that was wrong”."]


@pytest.mark.parametrize("text, anonymous, question", [
    ("One Geneva-based trader estimated the losses at around 20,000 tonnes, but the figure could not be verified.",
     "That the losses were around 20,000 tonnes rests on one anonymous Geneva-based trader.",
     "Is it confirmed that the losses were around 20,000 tonnes?"),
    ("Local officials put the death toll at 41 on Sunday, but the figure could not be verified.",
     "That the death toll was 41 on Sunday rests on unnamed local officials.",
     "Is it confirmed that the death toll was 41 on Sunday?"),
    ("Analysts estimate the cost of the repairs at $2 billion, but the estimate could not be verified.",
     "That the cost of the repairs is $2 billion rests on unnamed analysts.",
     "Is it confirmed that the cost of the repairs is $2 billion?"),
])
def test_an_estimate_put_on_a_figure_is_the_claim(text: str, anonymous: str, question: str) -> None:
    """Regression: the sentence was quoted whole, and the question was the sentence itself."""
    assert _sentences(text, "anonymous-source") == [anonymous]
    assert _questions(text) == [question]


def test_what_could_not_be_verified_is_what_the_sentence_said_first() -> None:
    """Regression: the caveat repeated its own cue ("..., but the figure could not be verified")."""
    text = "Officials said 12 people had died, but the figure could not be verified."
    assert _sentences(text, "unconfirmed") == ["Not independently confirmed: Officials said 12 people had died."]


def test_a_newsroom_that_could_not_confirm_points_at_the_sentence_before() -> None:
    """Regression: the question was "Meridian could not independently confirm the movements."."""
    text = ("Two shipping agents said at least four vessels had moved downstream. Meridian could not independently "
            "confirm the movements.")
    assert _questions(text) == ["Is it confirmed that at least four vessels had moved downstream?"]
    assert _sentences(text, "unconfirmed") == [
        "Not independently confirmed: two shipping agents said at least four vessels had moved downstream."]


def test_a_relay_after_a_relative_clause_relays_that_clause() -> None:
    """Regression: the relayed claim was the traders' ("That traders said the halt could push up ...")."""
    text = ("Traders said the halt could push up freight rates on the Danube route, which has carried about a "
            "quarter of Ukraine's grain exports this year, according to data from the consultancy Spike Brokers.")
    assert _sentences(text, "second-hand") == [
        "That the Danube route has carried about a quarter of Ukraine's grain exports this year is second-hand "
        "(according to data from the consultancy Spike Brokers)."]


@pytest.mark.parametrize("name", ["Spike Brokers", "Harwell Partners"])
def test_a_firm_named_after_its_trade_noun_keeps_its_last_word(name: str) -> None:
    """Regression: "the consultancy Spike Brokers" was the organisation "Spike" (a plural of a person noun ends
    "Labour MPs", which is the party)."""
    text = f"Freight rates rose 5 percent, according to data from the consultancy {name}."
    assert [a.name for a in analyze_texts([text]).actors if a.type == "organization"] == [name]
