from __future__ import annotations

from briefing.analysis.estimative import estimative_issues


def test_standard_terms_pass() -> None:
    assert estimative_issues("Kyiv will very likely reject the plan. We have moderate confidence in this.") == []


def test_off_scale_word_is_flagged_with_its_span() -> None:
    text = "The talks will probably fail."
    [issue] = estimative_issues(text)
    assert issue.kind == "off-scale"
    assert text[issue.start:issue.end] == "probably"


def test_likelihood_and_confidence_in_one_sentence() -> None:
    issues = estimative_issues("We assess with high confidence that a deal is unlikely before March.")
    assert [i.kind for i in issues] == ["likelihood-with-confidence"]
