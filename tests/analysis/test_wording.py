"""Caveats carry a sentence a brief can use, name their own publisher's reporting as first-hand,
merge one unnamed source's mentions, and flag parties speaking about their own actions."""

from __future__ import annotations

import pytest

from briefing.analysis import analyze, analyze_texts
from briefing.model import Source

STORY = (
    "Harbour deal nears signature\n\n"
    "A senior Marlow ministry official told the Northfield Ledger on Monday that the harbour authority "
    "was preparing a new lease for the eastern docks.\n\n"
    "The ministry official, who spoke with the Northfield Ledger on condition of anonymity, said the lease "
    "would run for ten years.\n\n"
    "Dockworkers' leader Anna Brise told the Northfield Ledger the union had not been consulted.\n"
)


def _caveats(kind: str, text: str = STORY) -> list:  # type: ignore[type-arg]
    return [c for c in analyze_texts([text]).caveats if c.kind == kind]


def test_anonymous_caveat_proposes_what_rests_on_whom() -> None:
    (caveat,) = _caveats("anonymous-source")
    assert caveat.sentence == ("That the harbour authority was preparing a new lease for the eastern docks rests "
                               "on one anonymous senior Marlow ministry official.")
    assert caveat.text.startswith("A senior Marlow ministry official")


def test_one_unnamed_source_named_twice_is_one_caveat_with_both_passages() -> None:
    (caveat,) = _caveats("anonymous-source")
    quoted = [e.text for e in caveat.evidence]
    assert len(quoted) == 2
    assert quoted[1].startswith("The ministry official")


def test_the_publishers_own_interviews_are_not_second_hand() -> None:
    assert not [c for c in _caveats("second-hand") if "Ledger" in c.text]
    other = STORY.replace("Northfield Ledger", "Coastal Herald", 1)
    flagged = _caveats("second-hand", other)
    assert any("Coastal Herald" in c.text for c in flagged), "another outlet's interview is second-hand"


def test_the_publisher_named_by_the_source_record_counts_too() -> None:
    text = "Mayor Ilse Varn told the Coastal Herald that the bridge would reopen in May after repairs."
    source = Source(title="Bridge", text=text, publisher="Coastal Herald")
    assert not [c for c in analyze([source]).caveats if c.kind == "second-hand"]
    assert [c for c in analyze([Source(title="Bridge", text=text)]).caveats if c.kind == "second-hand"]


def test_a_party_describing_its_own_plan_is_self_interested() -> None:
    text = ("Talks resume\n\nOskar Lind, an adviser to the Marlow premier, said he and the envoy had drafted "
            "a ten-point plan during a visit in May.\n")
    (caveat,) = _caveats("self-interested", text)
    assert "drafted a ten-point plan" in caveat.sentence
    assert caveat.sentence.startswith("Self-interested (a party describing its own actions): Oskar Lind")


def test_a_ministry_grading_its_own_measures_is_self_interested() -> None:
    text = ("Tariffs bite\n\nThe new tariffs are working, a Marlow Trade Ministry analysis shows, with imports "
            "down a fifth since June.\n")
    (caveat,) = _caveats("self-interested", text)
    assert "Trade Ministry" in caveat.cue


def test_a_claim_only_one_source_carries_names_that_source() -> None:
    shared = "Premier Oskar Lind of Marlow met Varn envoys in Lund on Tuesday to discuss the harbour.\n"
    first = Source(title="A", text="Port talks\n\n" + shared + "Varn will pay 40 million crowns to the Harlan "
                   "Fund, Treasurer Petra Odd said on Wednesday.\n", publisher="Coastal Herald")
    second = Source(title="B", text="Port talks\n\n" + shared + "Dockworkers in Lund protested outside the "
                    "harbour office.\n", publisher="Northfield Ledger")
    single = [c for c in analyze([first, second]).caveats if c.kind == "single-source"]
    assert [c.sentence for c in single] == [
        "Carried only by Coastal Herald: Varn will pay 40 million crowns to the Harlan Fund, Treasurer Petra Odd "
        "said on Wednesday."]
    assert "Coastal Herald" in single[0].cue


def test_json_carries_the_sentence_next_to_the_design_fields() -> None:
    shaped = analyze_texts([STORY]).to_json([{"path": "story.txt", "title": "Harbour"}])
    caveat = shaped["caveats"][0]
    assert {"kind", "text", "cue", "evidence", "sentence"} <= set(caveat)
    assert caveat["sentence"].endswith(".")


def test_a_relayed_claim_keeps_its_subject_and_verb() -> None:
    text = ("Harbour plan\n\nThe plan, according to reports by the Coastal Herald, the Ledger and the Post, "
            "calls for Marlow to lease the eastern docks for ten years.\n")
    (caveat,) = [c for c in analyze_texts([text]).caveats if c.kind == "second-hand"]
    assert caveat.sentence == ("That the plan calls for Marlow to lease the eastern docks for ten years is second-hand "
                               "(according to reports by the Coastal Herald).")


def test_plural_spokesmen_and_pointing_out_read_right() -> None:
    text = ("Harbour talks\n\nFerry and harbour spokesmen said the night sailings would stay. "
            "Union leaders point out that the ferry fares rose twice in a year.")
    sentences = [c.sentence for c in _caveats("anonymous-source", text)]
    assert "That the night sailings would stay rests on unnamed harbour spokesmen." in sentences, sentences
    assert "That the ferry fares rose twice in a year rests on unnamed union leaders." in sentences, sentences


def test_a_hedge_inside_a_quotation_is_quoted_whole_with_its_speaker() -> None:
    """Regression: the caveat began inside a quotation and carried a lone closing mark."""
    text = ("News\n\n“The port is ours. That may be of concern to people in the community,” said Alan Berger, a doctor "
            "from Marlow who said he knows the owners but took issue with the plan.")
    sentences = [c.sentence for c in analyze_texts([text]).caveats if c.kind == "hedged"]
    assert sentences == ["Hedged in the source (“may be”): “That may be of concern to people in the community,” "
                         "said Alan Berger."]


def test_an_unconfirmed_claim_set_off_after_a_comma_quotes_what_was_claimed() -> None:
    text = "State media reported that a landing party had been “wiped out”, a claim that could not be verified."
    unconfirmed = [c.sentence for c in analyze_texts([text]).caveats if c.kind == "unconfirmed"]
    assert unconfirmed == ["Not independently confirmed: State media reported that a landing party had been "
                           "“wiped out”."], unconfirmed


def test_an_outlet_opening_the_claim_before_keeps_its_article_in_lower_case() -> None:
    """"The Harbour Times, a weekly, reported ..." quoted after a colon reads "the Harbour Times": the article
    is no part of the name, though the name's own words keep their capitals."""
    text = ("The Harbour Times, a weekly, reported that the ferry had been seized. The report could not be "
            "independently confirmed.")
    unconfirmed = [c.sentence for c in analyze_texts([text]).caveats if c.kind == "unconfirmed"]
    assert unconfirmed == ["Not independently confirmed: the Harbour Times, a weekly, reported that the ferry had "
                           "been seized."], unconfirmed


@pytest.mark.parametrize("text, proposed", [
    # a short subject of a passive "could not be verified" stands for what the sentence before said
    ("The insurers raised the premium to 1.25 percent, two shipbrokers said. The increase could not be "
     "independently verified.", "Not independently confirmed: the insurers raised the premium to 1.25 percent, two "
                                "shipbrokers said."),
    # one that acts points back too when what it could not verify does ("the figures": the shipbrokers'), as a
    # newsroom's own check does ("Harbour Wire could not verify their account")
    ("Underwriters raised the premium, two shipbrokers said. The ministry could not verify the figures.",
     "Not independently confirmed: Underwriters raised the premium, two shipbrokers said."),
    # and not when it names what it could not verify
    ("Underwriters raised the premium, two shipbrokers said. The ministry could not verify the figures on losses.",
     "Not independently confirmed: The ministry could not verify the figures on losses."),
])
def test_a_subject_that_points_back_quotes_the_sentence_before(text: str, proposed: str) -> None:
    unconfirmed = [c.sentence for c in analyze_texts([text]).caveats if c.kind == "unconfirmed"]
    assert unconfirmed == [proposed], unconfirmed


@pytest.mark.parametrize("text, caveat, question", [
    ("Ministers are weighing a longer ban. The extension of the export ban has not been officially confirmed.",
     "Not officially confirmed: the extension of the export ban.",
     "Has the extension of the export ban been officially confirmed?"),
    ("The port was shelled on Monday. The report has not been independently confirmed.",
     "Not independently confirmed: the port was shelled on Monday.",
     "Is it confirmed that the port was shelled on Monday?"),
])
def test_what_is_unconfirmed_is_named_once(text: str, caveat: str, question: str) -> None:
    """Regression (a trial story on a fuel export ban): a sentence naming what is not confirmed was repeated whole
    after "Not independently confirmed:" (or was no caveat with "officially"), and its question was the sentence."""
    result = analyze_texts([text])
    assert [c.sentence for c in result.caveats if c.kind == "unconfirmed"] == [caveat]
    assert [q.text for q in result.questions] == [question]


@pytest.mark.parametrize("text, caveat, question", [
    ("A diplomat briefed on the talks said the deal had nearly collapsed over a dual national. The diplomat spoke on "
     "condition of anonymity to discuss sensitive negotiations. The account could not be independently verified.",
     "Not independently confirmed: a diplomat briefed on the talks said the deal had nearly collapsed over a dual "
     "national.",
     "Is it confirmed that the deal had nearly collapsed over a dual national?"),
    ("Один из собеседников сказал, что сделка едва не сорвалась в среду. Он попросил не называть его имени. "
     "Эту информацию не удалось независимо подтвердить.",
     "Не подтверждено независимо: сделка едва не сорвалась в среду.",
     "Подтверждается ли, что сделка едва не сорвалась в среду?"),
])
def test_why_a_source_is_not_named_is_not_what_is_unconfirmed(text: str, caveat: str, question: str) -> None:
    """Regression (the project's d10 article): "The account could not be independently verified" after "The
    diplomat spoke on condition of anonymity ..." proposed "Not independently confirmed: the diplomat spoke on
    condition of anonymity to discuss sensitive negotiations."."""
    result = analyze_texts([text])
    assert [c.sentence for c in result.caveats if c.kind == "unconfirmed"] == [caveat]
    assert question in [q.text for q in result.questions]


def test_what_a_newsroom_could_not_verify_with_this_or_that_is_the_sentence_before() -> None:
    """Regression (a trial story on a cyberattack): "Meridian could not independently verify that link." quoted
    itself after "Not independently confirmed:"."""
    text = ("Some security researchers have linked the attack to a group that hit several logistics firms this year. "
            "Meridian could not independently verify that link.")
    [caveat] = [c.sentence for c in analyze_texts([text]).caveats if c.kind == "unconfirmed"]
    assert caveat == ("Not independently confirmed: some security researchers have linked the attack to a group "
                      "that hit several logistics firms this year."), caveat


def test_a_plural_trade_noun_opening_a_claim_loses_its_sentence_capital() -> None:
    """Regression (a trial weekly assessment): "That Insurers have not raised premiums ..." kept the capital."""
    text = "Insurers have not raised premiums since October, according to two London brokers."
    [caveat] = [c.sentence for c in analyze_texts([text]).caveats if c.kind == "anonymous-source"]
    assert caveat.startswith("That insurers have not raised premiums since October rests on"), caveat


def test_neither_account_confirmed_gives_both_accounts() -> None:
    """Regression (a trial weekly assessment): "Neither claim could be independently confirmed." proposed only the
    denial ("Not independently confirmed: Russia's Defence Ministry denied that any vessel was damaged.")."""
    text = ("Ukraine's navy said on Tuesday that it had struck a Russian patrol ship near Novorossiysk. Russia's "
            "Defence Ministry denied that any vessel was damaged. Neither claim could be independently confirmed.")
    assert [c.sentence for c in analyze_texts([text]).caveats if c.kind == "unconfirmed"] == [
        "Not independently confirmed: Ukraine's navy said on Tuesday that it had struck a Russian patrol ship near "
        "Novorossiysk; Russia's Defence Ministry denied that any vessel was damaged."]


def test_a_figure_that_could_not_be_verified_is_the_clause_before() -> None:
    """Regression (a trial story on eastern Congo): the caveat quoted the whole sentence, label and all."""
    text = ("Local authorities in Goma say at least 300 civilians were killed in November, a figure that could not be "
            "independently verified.")
    assert [c.sentence for c in analyze_texts([text]).caveats if c.kind == "unconfirmed"] == [
        "Not independently confirmed: Local authorities in Goma say at least 300 civilians were killed in November."]


def test_a_claim_only_one_source_carries_quotes_a_title_that_labels_it() -> None:
    """Seen in the app on an English and a Ukrainian port story: "Carried by only Port of Velmar to reopen on Monday:
    ..." read as one run-on phrase."""
    first = Source(title="Port of Velmar to reopen on Monday", text="Port talks\n\nPremier Oskar Lind of Marlow met "
                   "Varn envoys in Lund on Tuesday.\nVarn will pay 40 million crowns to the Harlan Fund, Treasurer "
                   "Petra Odd said on Wednesday.\n")
    second = Source(title="B", text="Port talks\n\nPremier Oskar Lind of Marlow met Varn envoys in Lund on Tuesday.\n"
                    "Dockworkers in Lund protested outside the harbour office.\n", publisher="Northfield Ledger")
    single = [c.sentence for c in analyze([first, second]).caveats if c.kind == "single-source"]
    assert single == ["Carried only by “Port of Velmar to reopen on Monday”: Varn will pay 40 million crowns to the "
                      "Harlan Fund, Treasurer Petra Odd said on Wednesday."], single
