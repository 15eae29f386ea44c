"""The caveat sentence names who a claim rests on in words a brief can carry, whatever the source phrase's shape."""

from __future__ import annotations

import pytest

from briefing.analysis import analyze_texts
from briefing.analysis.claims import trim_claim as _trim


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
    # where the source sits is part of it, and its claim follows the comma after "According to ..." (was "One
    # anonymous source is the only source of “According to a source in the Moldovan government, talks ...”")
    ("According to a source in the Moldovan government, talks with Gazprom have stalled.",
     "That talks with Gazprom have stalled rests on one anonymous source in the Moldovan government."),
    ("According to a source at the ministry, the talks have stalled.",
     "That the talks have stalled rests on one anonymous source."),
    ("A source said talks with Gazprom have stalled.", "That talks with Gazprom have stalled rests on one anonymous "
     "source."),
    ("Diplomats in Brussels said the arrangement might not survive a legal challenge.",
     "That the arrangement might not survive a legal challenge rests on unnamed diplomats in Brussels."),
    # a verb of claiming with no "that" after it (was "That claim the figures are inflated ...")
    ("Opposition MPs claim the figures are inflated to avoid price rises.",
     "That the figures are inflated to avoid price rises rests on unnamed opposition MPs."),
    ("Critics insist the levy will hurt small ports.", "That the levy will hurt small ports rests on unnamed critics."),
    # a relative clause set off by commas is no part of the claim (was "That where most of the assets are held ...")
    ("Belgium, where most of the assets are held at the clearing house, has demanded guarantees from other member "
     "states, two EU diplomats said.",
     "That Belgium has demanded guarantees from other member states rests on two unnamed EU diplomats."),
    # a second source after the matter ends what the people are familiar with (was no anonymous caveat)
    ("The Commission is preparing a proposal to back a loan to Ukraine, according to three people familiar with the "
     "plan and a draft document seen by Reuters.",
     "That the Commission is preparing a proposal to back a loan to Ukraine rests on three unnamed people familiar "
     "with the plan."),
    # "said in a statement that": where it was said, then the claim (was the whole sentence quoted)
    ("A Defense Department spokesman said in a statement that the department takes these findings seriously.",
     "That the department takes these findings seriously rests on one anonymous Defense Department spokesman."),
    # an aside between dashes is no part of the claim (was "That — that the pitch ...")
    ("Supporters of Lind would argue — and Lind presumably believes — that the pitch fits the mood of the voters.",
     "That the pitch fits the mood of the voters rests on unnamed supporters of Lind."),
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


@pytest.mark.parametrize("text, kind, expected", [
    # a comma inside a number, a title's stop and a spaced hyphen are not where a claim ends
    ("The governor has won among voters making $100,000 or more, the Harbour Herald reports.", "second-hand",
     "That the governor has won among voters making $100,000 or more is second-hand (the Harbour Herald reports)."),
    ("The running mate Gov. Anna Lind had a strong night, according to the analysis.", "second-hand",
     "That the running mate Gov. Anna Lind had a strong night is second-hand (according to the analysis)."),
    ("Ober deserves the first refusal - and not only that, political observers said.", "anonymous-source",
     "That Ober deserves the first refusal rests on unnamed political observers."),
    # a title's stop does not end the phrase after "according to"
    ("The goal is not revenue, according to a speech Mrs. Lind gave in May.", "second-hand",
     "That the goal is not revenue is second-hand (according to a speech Mrs. Lind gave in May)."),
    # a day keeps its capital; the "that" after the relay's verb is not part of the relay
    ("Monday was the worst day of the year for the fund, officials said.", "anonymous-source",
     "That Monday was the worst day of the year for the fund rests on unnamed officials."),
    ("The mayor gained ground, the Harbour Herald reports that.", "second-hand",
     "That the mayor gained ground is second-hand (the Harbour Herald reports)."),
    # the members of a group are unnamed, not the group's number; "I" is the writer, not a source
    ("A group of senior diplomats said the talks would resume.", "anonymous-source",
     "That the talks would resume rests on a group of unnamed senior diplomats."),
    ("His views were echoed by a number of tax experts I spoke to this week.", "anonymous-source",
     "A number of unnamed tax experts are the only source of "
     "“His views were echoed by a number of tax experts I spoke to this week”."),
])
def test_claims_and_sources_are_cut_where_they_end(text: str, kind: str, expected: str) -> None:
    assert expected in _sentences(text, kind), _sentences(text, kind)


@pytest.mark.parametrize("text, kind, expected", [
    # what was told is the quotation or the clause after the outlet, never the speaker
    ("“Our staff are working around the clock,” campaign spokesman Jan Ober told The Harbour Post.", "second-hand",
     "That “Our staff are working around the clock” is second-hand (told The Harbour Post)."),
    ("Ober told the Harbour Post the plan was dead.", "second-hand",
     "That the plan was dead is second-hand (told the Harbour Post)."),
    ("Campaign spokesman Jan Ober told The Harbour Post.", "second-hand",
     "Second-hand (told The Harbour Post): “Campaign spokesman Jan Ober told The Harbour Post”."),
    # a day between the verb and "that" is no part of the claim
    ("The Harbour Times reported Saturday that the ferry would be sold.", "second-hand",
     "That the ferry would be sold is second-hand (the Harbour Times reported)."),
    # an opening adverb or participle is no subject: the sentence says the rest
    ("Deeply divided about the budget, leaders said the summit would end early.", "anonymous-source",
     "That the summit would end early rests on unnamed leaders."),
    ("The explosion went off around 8 p.m. Saturday, according to the police chief.", "second-hand",
     "That the explosion went off around 8 p.m. Saturday is second-hand (according to the police chief)."),
    # a quotation inside the passage takes single marks
    ("“Nobody told us,” the mayor's former campaign strategist said in an interview.", "anonymous-source",
     "The mayor's unnamed former campaign strategist is the only source of “Nobody told us”."),
])
def test_what_was_said_not_who_said_it(text: str, kind: str, expected: str) -> None:
    assert expected in _sentences(text, kind), _sentences(text, kind)


def test_a_claim_cut_at_the_word_limit_does_not_end_on_a_possessive() -> None:
    claim = _trim("The mayor's deputy Anna Lind won the vote easily and decisively beating rivals Jan Ober Berg's "
                  "allies today and their seven remaining supporters")
    assert claim == "the mayor's deputy Anna Lind won the vote easily and decisively beating rivals Jan Ober …", claim


def test_a_claim_a_few_words_over_the_limit_is_kept_whole() -> None:
    """Regression (trial article): 'could stay offline for up to a month' was cut to 'could stay offline for up'."""
    claim = _trim("its main crude distillation unit had been shut down and could stay offline for up to a month")
    assert claim == "its main crude distillation unit had been shut down and could stay offline for up to a month"


def test_a_claim_cut_at_the_word_limit_ends_on_a_whole_phrase_and_says_it_goes_on() -> None:
    claim = _trim("same-sex couples would receive the six weeks of paid leave under the policy only if their "
                  "employers already offered the benefit to married couples")
    assert claim == "same-sex couples would receive the six weeks of paid leave under the policy …", claim


def test_a_clause_opener_ends_the_source_phrase() -> None:
    text = "Several analysts, although few economists, said the port would cost more."
    assert not any("although" in c for c in _sentences(text, "anonymous-source")), _sentences(text, "anonymous-source")


@pytest.mark.parametrize("text, kind, expected", [
    # the head noun decides the number, the possessive stays in front
    ("Sources close to the campaign said the mayor would run again.", "anonymous-source",
     "That the mayor would run again rests on unnamed sources close to the campaign."),
    ("Their supporters argue that the levy will fall on dockworkers.", "anonymous-source",
     "That the levy will fall on dockworkers rests on their unnamed supporters."),
])
def test_the_source_phrase_reads_as_english(text: str, kind: str, expected: str) -> None:
    assert expected in _sentences(text, kind), _sentences(text, kind)


def test_facts_reported_by_someone_are_no_outlet_reporting() -> None:
    text = "One column listed the facts reported by the harbour board, another the facts it left out."
    assert not _sentences(text, "second-hand")


@pytest.mark.parametrize("text", [
    "As reported by the Harbour Journal, the fund lost money in May.",
    "The story, first reported by the Harbour Journal, spread along the coast.",
])
def test_reported_by_an_outlet_is_second_hand(text: str) -> None:
    assert _sentences(text, "second-hand"), text


@pytest.mark.parametrize("text, kind, expected", [
    # what a source said, not the clause before "and"
    ("The port will reopen in May, and some of the local council members said they would oppose it.",
     "anonymous-source", "Some of the unnamed local council members are the only source of "
     "“some of the local council members said they would oppose it”."),
    # a claim may open with a number word
    ("Police searched the quay amid reports that two bidders had already inspected the fleet.", "second-hand",
     "That two bidders had already inspected the fleet rests on unattributed reports."),
    # "told the Post" after a named speaker in apposition: the clause after the outlet
    ("The company's chief executive, Karl Ober, told the Harbour Post the plan was not final.", "second-hand",
     "That the plan was not final is second-hand (told the Harbour Post)."),
])
def test_claims_beside_other_clauses(text: str, kind: str, expected: str) -> None:
    assert expected in _sentences(text, kind), _sentences(text, kind)


@pytest.mark.parametrize("text, expected", [
    ("One of the suspects is named in media reports as Jan Ober.",
     "That one of the suspects is named is second-hand (in media reports)."),
    ("Police were alarmed by reports of a possible attack on the parade.",
     "Unattributed reports are the only source of “Police were alarmed by reports of a possible attack on the "
     "parade”."),
])
def test_reports_in_the_media_are_second_hand(text: str, expected: str) -> None:
    assert _sentences(text, "second-hand") == [expected]


@pytest.mark.parametrize("text, expected", [
    # regression: "Unnamed these wealthy donors"
    ("Ferry owners backed the plan. These wealthy donors said the port needed a second quay.",
     "That the port needed a second quay rests on these unnamed wealthy donors."),
    # regression: "Unnamed democratic leaders": a party keeps its capital
    ("Democratic leaders said the budget would pass.",
     "That the budget would pass rests on unnamed Democratic leaders."),
    # regression: "That Whatever progress the envoy has made rests on unnamed officials."
    ("Whatever progress the envoy has made, officials said, could easily be undone by a new offensive.",
     "That whatever progress the envoy has made could easily be undone by a new offensive rests on unnamed "
     "officials."),
])
def test_who_and_what_read_as_a_sentence(text: str, expected: str) -> None:
    assert expected in _sentences(text, "anonymous-source"), _sentences(text, "anonymous-source")


@pytest.mark.parametrize("text, kind, expected", [
    # regression: "That the rate increase would bring is second-hand": a claim of a dozen words is kept whole
    ("The rate increase would bring in about $4.1 million a year, according to a memo from the finance director.",
     "second-hand", "That the rate increase would bring in about $4.1 million a year is second-hand (according to a "
                    "memo from the finance director)."),
    # regression: a count opening the claim made it look torn out of its sentence
    ("A union official, who asked not to be named, said at least nine nurses could lose their jobs.",
     "anonymous-source", "That at least nine nurses could lose their jobs rests on one anonymous union official."),
    # regression: "That the board's own consultants estimated is second-hand"
    ("The board's own consultants estimated in a 2023 review that the new center would save about $2.3 million a "
     "year, according to documents seen by the Northvale Gazette.", "second-hand",
     "That the new center would save about $2.3 million a year is second-hand (according to documents seen by the "
     "Northvale Gazette)."),
    # a claim cut at a comma does not end on "that"
    ("White House officials say the arms move was a natural step to take with a country that, once an enemy, is now "
     "a partner.", "anonymous-source",
     "That the arms move was a natural step to take with a country rests on unnamed White House officials."),
])
def test_claims_read_whole(text: str, kind: str, expected: str) -> None:
    assert expected in _sentences(text, kind), _sentences(text, kind)


@pytest.mark.parametrize("text, expected", [
    # a view put on a group: the whole statement names no one, and the brief says so in one clause
    ("The vote came late. But many of her aides feel the campaign has stalled.",
     "That many of her aides feel the campaign has stalled rests on no named source."),
    ("The vote came late. A few council members have called for an inquiry into the dredging contract.",
     "That a few council members have called for an inquiry into the dredging contract rests on no named source."),
    ("Many delegates were dismayed at the loss of the northern seat.",
     "That many delegates were dismayed at the loss of the northern seat rests on no named source."),
    # what a group said is still the claim, and the group is who it rests on
    ("Officials said the ferry would run.", "That the ferry would run rests on unnamed officials."),
])
def test_a_view_put_on_a_group_rests_on_no_named_source(text: str, expected: str) -> None:
    assert _sentences(text, "anonymous-source") == [expected]


def test_two_views_in_one_sentence_propose_their_own_clauses() -> None:
    text = ("The vote came late. Harbour board leaders want no repeat of the 2019 closure, and many of her aides "
            "feel the campaign has stalled.")
    assert _sentences(text, "anonymous-source") == [
        "That Harbour board leaders want no repeat of the 2019 closure rests on no named source.",
        "That many of her aides feel the campaign has stalled rests on no named source."]


def test_a_body_s_own_people_are_its_unnamed_people() -> None:
    text = "The vote came late. The county's own energy advisers said the plan would cut power prices."
    assert _sentences(text, "anonymous-source") == [
        "That the plan would cut power prices rests on the county's own unnamed energy advisers."]


@pytest.mark.parametrize("text, expected", [
    # the group's view sits in a clause after someone else's: only that clause is the view
    ("On his blog on Tuesday, Ober did not back down, even as advocates in the fishing community called for his "
     "dismissal.", "That advocates in the fishing community called for his dismissal rests on no named source."),
    # a phrase opening the sentence before the group is no part of the view
    ("In the mayor's harbour-side campaign office, many of her aides feel they have enough to do.",
     "That many of her aides feel they have enough to do rests on no named source."),
])
def test_a_view_is_worded_from_its_own_clause(text: str, expected: str) -> None:
    assert _sentences(text, "anonymous-source") == [expected]


def test_a_long_claim_keeps_what_the_verb_says_and_its_figures() -> None:
    """Seen on a trial article: cut at "in March", the claim was "the Federal Reserve told Northgate"."""
    claim = _trim("the Federal Reserve told Northgate in March that it must raise its common equity ratio to at least "
                  "11 percent by the end of next year")
    assert claim == ("the Federal Reserve told Northgate in March that it must raise its common equity ratio to at "
                     "least 11 percent")


def test_a_claim_cut_inside_a_quotation_closes_it() -> None:
    claim = _trim('the destruction of the harbour centre was an effort by the board to "alter the character of the '
                  'old town and erase its long history for good"')
    assert claim == 'the destruction of the harbour centre was an effort by the board to "alter the character …"'


def test_a_gerund_before_its_auxiliary_is_the_claims_subject() -> None:
    """Seen on a trial article: "That warned that rationing could fuel drug resistance rests on ..."."""
    assert _trim("rationing could fuel drug resistance") == "rationing could fuel drug resistance"
    assert _trim("warned that rationing could fuel drug resistance") is None
