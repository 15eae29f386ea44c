"""The caveat sentence names who a claim rests on in words a brief can carry, whatever the source phrase's shape."""

from __future__ import annotations

import pytest

from briefing.analysis import analyze_texts


def _sentences(text: str, kind: str) -> list[str]:
    return [c.sentence for c in analyze_texts([text]).caveats if c.kind == kind]


@pytest.mark.parametrize("text, expected", [
    # a cue with no person before it is "an unnamed source", never "one anonymous who"
    ("Speaking on condition of anonymity, the guard said the gate was open.",
     "That the gate was open rests on an unnamed source."),
    # the person a "who ..." cue describes is the source
    ("The woman who spoke on condition of anonymity said the gate was open.",
     "That the gate was open rests on one anonymous woman."),
    ("A ferry pilot who did not want to be identified said the beacon had failed twice.",
     "That the beacon had failed twice rests on one anonymous ferry pilot."),
    # the quotation a source opens with is what rests on it, not the whole sentence around it
    ("“We were told it was safe,” said one shop owner who declined to be named.",
     "One anonymous shop owner is the only source of “We were told it was safe”."),
    # the people of someone named are unnamed, not the one who is named
    ("Anna Lind's spokesman said the vote would go ahead.",
     "That the vote would go ahead rests on Anna Lind's unnamed spokesman."),
    ("Anna Maria Lind's political allies on Monday predicted a clear victory.",
     "Anna Maria Lind's unnamed political allies are the only source of "
     "“Anna Maria Lind's political allies on Monday predicted a clear victory”."),
])
def test_who_a_claim_rests_on(text: str, expected: str) -> None:
    assert expected in _sentences(text, "anonymous-source"), _sentences(text, "anonymous-source")


@pytest.mark.parametrize("text, expected", [
    # what the reports say follows "reports that"; what the sentence says before it is the writer's own
    ("Police searched the flat in Port Arden amid reports that the couple had planned a second attack.",
     "That the couple had planned a second attack rests on unattributed reports."),
    ("There have been various reports of fishermen crossing the line at night.",
     "Unattributed reports are the only source of “There have been various reports of fishermen crossing the "
     "line at night”."),
])
def test_reports_of_no_one_in_particular(text: str, expected: str) -> None:
    assert _sentences(text, "second-hand") == [expected]
