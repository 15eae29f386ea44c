"""Unconfirmed sentences that point back at what the sentence before reported, whoever could not confirm it.

Regression (a trial Reuters-style drone story): "The ministry said it was still searching the area and could not
confirm the report." quoted itself as the caveat, asked "Is it confirmed that the ministry was still searching the
area?", and was read as the ministry describing its own actions (a self-interested caveat).
"""

from __future__ import annotations

import pytest

from briefing.analysis import analyze_texts

REPORTED = ("Romania's defence ministry said debris from one of the drones had fallen on Romanian territory near "
            "the village of Plauru. ")
CLAIM = "debris from one of the drones had fallen on Romanian territory near the village of Plauru"


@pytest.mark.parametrize("after", [
    "The ministry could not confirm the report.",
    "The ministry said it was still searching the area and could not confirm the report.",
    "Romanian officials could not immediately verify the claim.",
])
def test_a_subject_that_could_not_confirm_the_report_points_back(after: str) -> None:
    result = analyze_texts(["Drones hit Izmail.\n" + REPORTED + after])
    assert [c.sentence for c in result.caveats if c.kind == "unconfirmed"] == [
        f"Not independently confirmed: {REPORTED.strip()}"]  # who said it, as the sentence before names them
    assert [q.text for q in result.questions] == [f"Is it confirmed that {CLAIM}?"]
    assert [c.kind for c in result.caveats if c.kind == "self-interested"] == []


def test_a_report_named_after_the_verb_does_not_point_back() -> None:
    """"could not confirm the report that ...": the report is named in the sentence itself."""
    result = analyze_texts(["Drones hit Izmail.\n" + REPORTED + "Officials could not confirm the report that a "
                            "second drone had crashed near Galati."])
    [caveat] = [c.sentence for c in result.caveats if c.kind == "unconfirmed"]
    assert "Plauru" not in caveat, caveat


@pytest.mark.parametrize("sentence, caveat, question", [
    ("There are unconfirmed reports that the bridge was hit overnight.",
     "Not independently confirmed: the bridge was hit overnight.",
     "Is it confirmed that the bridge was hit overnight?"),
    ("Unconfirmed reports say the bridge was hit overnight.",
     "Not independently confirmed: the bridge was hit overnight.",
     "Is it confirmed that the bridge was hit overnight?"),
    ("According to unconfirmed reports, the bridge was hit overnight.",
     "Not independently confirmed: the bridge was hit overnight.",
     "Is it confirmed that the bridge was hit overnight?"),
    ("We have one unconfirmed report, from a Telegram channel close to the Tiraspol authorities, that the "
     "Cuciurgan power plant will switch to coal within days.",
     "Not independently confirmed: the Cuciurgan power plant will switch to coal within days (one report, from a "
     "Telegram channel close to the Tiraspol authorities).",
     "Is it confirmed that the Cuciurgan power plant will switch to coal within days?"),
])
def test_what_unconfirmed_reports_say_is_the_claim(sentence: str, caveat: str, question: str) -> None:
    """Regression (a trial desk memo): the caveat and the question quoted the whole sentence, "There are unconfirmed
    reports that ..." and all."""
    result = analyze_texts(["Bridge hit.\n" + sentence])
    assert [c.sentence for c in result.caveats if c.kind == "unconfirmed"] == [caveat]
    assert [q.text for q in result.questions] == [question]
    assert all("(Unconfirmed" not in c.sentence for c in result.caveats), result.caveats


FAMILIAR = "A source familiar with Ukrainian naval planning told us that more drone attacks were being prepared."
CLAIMED = ("Ukrainian officials claimed on Tuesday that naval drones had damaged a Russian patrol ship near "
           "Novorossiysk.")


@pytest.mark.parametrize("text, caveat", [
    # regression (a trial weekly assessment): "cannot corroborate" was no cue at all
    (f"{FAMILIAR} We cannot corroborate this.", f"Not independently confirmed: {FAMILIAR[0].lower()}{FAMILIAR[1:-1]}."),
    (f"{FAMILIAR} We cannot confirm this.", f"Not independently confirmed: {FAMILIAR[0].lower()}{FAMILIAR[1:-1]}."),
    # "..., and we have not been able to confirm the strike": the writer's own check, of what was claimed before
    (f"{CLAIMED} Russia's Black Sea Fleet has not commented, and we have not been able to confirm the strike.",
     f"Not independently confirmed: {CLAIMED[:-1]}."),
])
def test_the_writers_own_check_points_back(text: str, caveat: str) -> None:
    result = analyze_texts(["Weekly assessment.\n" + text])
    assert [c.sentence for c in result.caveats if c.kind == "unconfirmed"] == [caveat]


def test_a_question_asks_what_an_estimate_says_not_who_estimated_it() -> None:
    """Regression (a trial sanctions story): "Is it confirmed that Analysts at the Centre ... estimate that ...?"."""
    result = analyze_texts(["Sanctions.\nAnalysts at the Centre for Energy estimate that EU buyers paid Russia around "
                            "7 billion euros for LNG. The figure could not be independently verified."])
    assert [q.text for q in result.questions] == [
        "Is it confirmed that EU buyers paid Russia around 7 billion euros for LNG?"]


def test_the_writers_own_analysis_is_not_second_hand() -> None:
    result = analyze_texts(["Weekly assessment.\nRussian forces likely lack the naval assets to resume a blockade, "
                            "according to our analysis of satellite imagery."])
    assert [c.kind for c in result.caveats if c.kind == "second-hand"] == []
