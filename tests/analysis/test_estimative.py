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


def test_abbreviations_do_not_split_the_sentence() -> None:
    issues = estimative_issues("The U.S. will likely act. We have high confidence in this.")
    assert issues == []
    [issue] = estimative_issues("The U.S. will very likely act, a judgment held with moderate confidence.")
    assert issue.kind == "likelihood-with-confidence"


def test_quoted_words_of_a_source_are_not_flagged() -> None:
    text = 'The minister said the deal "will probably fail". Talks will perhaps resume.'
    assert [i.text for i in estimative_issues(text)] == ["perhaps"]


def test_more_off_scale_phrases() -> None:
    found = [i.text.lower() for i in estimative_issues("In all likelihood Kyiv agrees; chances are the vote slips.")]
    assert found == ["in all likelihood", "chances are"]
