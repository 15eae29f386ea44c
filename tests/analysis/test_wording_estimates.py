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


def test_how_the_speakers_asked_not_to_be_named_is_no_part_of_the_claim() -> None:
    """Regression: "That a deal could be announced as soon as next week asking not to be identified rests on two
    of the people (unnamed)."."""
    text = ("Three people familiar with the matter said Harlow was in talks. A deal could be announced as soon as next "
            "week, two of the people said, asking not to be identified because the talks are private.")
    assert "That a deal could be announced as soon as next week rests on two of the unnamed people." in _sentences(
        text, "anonymous-source")


def test_a_relay_at_the_end_of_a_groups_view_is_not_part_of_it() -> None:
    """Regression: "That some farmers have pushed for a sale, according to Danish newspaper Børsen rests on ..."."""
    text = "Some farmers have pushed for a sale, according to Danish newspaper Børsen."
    assert _sentences(text, "anonymous-source") == [
        "That some farmers have pushed for a sale rests on no named source."]


def test_what_happened_after_an_outlet_reported_is_not_what_it_reported() -> None:
    """Regression: "That shares in Harlow rose 4.2 percent in London trading after is second-hand (...)"."""
    text = "Shares in Harlow rose 4.2 percent in London trading after Bloomberg News first reported the talks."
    assert _sentences(text, "second-hand") == [
        "Second-hand (Bloomberg News first reported): “Shares in Harlow rose 4.2 percent in London trading after "
        "Bloomberg News first reported the talks”."]


def test_a_self_interested_statement_inside_a_quotation_names_its_party() -> None:
    """Regression: "Self-interested (a party describing its own actions): Does not comment on market rumours"."."""
    text = 'A spokeswoman for Nordmejeri said the cooperative "does not comment on market rumours".'
    assert _sentences(text, "self-interested") == [
        "Self-interested (a party describing its own actions): A spokeswoman for Nordmejeri said the cooperative "
        '"does not comment on market rumours".']


@pytest.mark.parametrize("text, expected", [
    ("Western officials estimate that Russia has lost more than 1,000 soldiers a day in recent months, a figure "
     "Moscow disputes.",
     "That Russia has lost more than 1,000 soldiers a day in recent months rests on unnamed Western officials."),
    ("Russian military bloggers, who often have close ties to the armed forces, said Russian units had been trying "
     "to cut a key supply road for weeks.",
     "That Russian units had been trying to cut a key supply road for weeks rests on unnamed Russian military "
     "bloggers."),
])
def test_estimates_and_bloggers(text: str, expected: str) -> None:
    """Regression: the first sentence was quoted whole; the bloggers raised no caveat."""
    assert _sentences(text, "anonymous-source") == [expected]


def test_a_role_whose_head_comes_before_the_owner_of_a_name() -> None:
    """Regression: "A spokesman for Ukraine's Khortytsia group of forces, Viktor Trehubov," gave no role (the look
    back stopped at the owner's name)."""
    text = ("A spokesman for Ukraine's Khortytsia group of forces, Viktor Trehubov, told Ukrainian television that "
            "fighting was continuing.")
    person = next(a for a in analyze_texts([text]).actors if a.name == "Viktor Trehubov")
    assert person.role == "spokesman for Ukraine's Khortytsia group of forces"


@pytest.mark.parametrize("text, unconfirmed, question", [
    ("The ministry said its forces had captured the village. It did not provide evidence.",
     "Not independently confirmed: the ministry said its forces had captured the village.",
     "Is it confirmed that the ministry's forces had captured the village?"),
    ("\"Units of the Centre group of forces have liberated the settlement,\" the ministry said in a statement. It did "
     "not provide evidence.", None,
     "Is it confirmed that Units of the Centre group of forces have liberated the settlement?"),
    ("The ministry said the drones were Ukrainian, but did not provide evidence.",
     "Not independently confirmed: The ministry said the drones were Ukrainian.",
     "Is it confirmed that the drones were Ukrainian?"),
])
def test_a_claim_given_without_evidence_is_unconfirmed(text: str, unconfirmed: str | None, question: str) -> None:
    """Regression (a trial article on a contested village): "It did not provide evidence." was the question itself,
    and no caveat said what had no evidence."""
    assert _questions(text) == [question]
    if unconfirmed is not None:
        assert _sentences(text, "unconfirmed") == [unconfirmed]


def test_a_firm_set_off_after_its_owners_noun_is_named_whole() -> None:
    """Regression (a weekly shipping assessment, and the held-out pipeline article): "The vessel's operator, Kestrel
    Maritime," named no organisation, and "The pipeline's operator, Boreal Transit Partners," lost "Partners"."""
    text = ("The vessel's operator, Kestrel Maritime, said no crew were injured. The pipeline's operator, Boreal "
            "Transit Partners, said in a statement that it welcomed the ruling.")
    names = [a.name for a in analyze_texts([text]).actors if a.type == "organization"]
    assert sorted(names) == ["Boreal Transit Partners", "Kestrel Maritime"]


def test_a_hyphenated_plural_subject_after_told_that() -> None:
    text = ("Insurance sources told this unit that war-risk premiums for calls at Ukrainian ports had risen to about "
            "1.5 percent of hull value.")
    assert _sentences(text, "anonymous-source") == [
        "That war-risk premiums for calls at Ukrainian ports had risen to about 1.5 percent of hull value rests on "
        "unnamed insurance sources."]


def test_people_after_a_preposition_who_spoke_on_condition_of_anonymity_are_the_source() -> None:
    """Regression: the caveat's source was the cue alone ("An unnamed source is the only source of ...")."""
    text = "The report draws on two interviews with port officials who spoke on condition of anonymity."
    (caveat,) = [c for c in analyze_texts([text]).caveats if c.kind == "anonymous-source"]
    assert caveat.text == "port officials who spoke on condition of anonymity"


def test_a_party_that_has_not_confirmed_the_proposal_points_back() -> None:
    text = ("Turkish officials have reportedly proposed a new round of talks on navigation safety. Ankara has not "
            "confirmed the proposal publicly.")
    assert _sentences(text, "unconfirmed") == [
        "Not independently confirmed: Turkish officials have reportedly proposed a new round of talks on navigation "
        "safety."]


@pytest.mark.parametrize("text, anonymous", [
    ("The EU is preparing a new aid package worth about 1 billion euros, Reuters reported, citing two European "
     "officials.",
     "That the EU is preparing a new aid package worth about 1 billion euros rests on two unnamed European "
     "officials."),
    ("The family long ago soured on the adviser, the Post reported, citing another anonymous source.",
     "That the family long ago soured on the adviser rests on another anonymous source."),
    ("The talks collapsed on Monday, the Post reported, quoting an anonymous Republican official.",
     "That the talks collapsed on Monday rests on one anonymous Republican official."),
])
def test_unnamed_people_an_outlet_cites_are_an_anonymous_source(text: str, anonymous: str) -> None:
    """Regression (an e-mailed press digest): "citing two European officials" raised the second-hand caveat only."""
    assert _sentences(text, "anonymous-source") == [anonymous]


def test_a_plural_subject_then_a_past_verb_after_reported_that() -> None:
    """Regression: "That Reuters reported that exports fell ..." (a bare plural first was taken for a verb)."""
    text = "Reuters, citing the ministry's own figures, reported that exports fell by a third in November."
    assert _sentences(text, "second-hand") == [
        "That exports fell by a third in November is second-hand (Reuters, citing the ministry's own figures)."]


def test_a_source_named_with_a_middle_initial_after_its_comma_is_named() -> None:
    """Regression (PolNeAR): "Another critic, Laurence H. Tribe," was an anonymous critic."""
    text = "Another critic, Laurence H. Tribe, likened the rules to burning the Constitution."
    assert _sentences(text, "anonymous-source") == []


@pytest.mark.parametrize("text", ["In Kyiv, citing security concerns, officials closed the metro.",
                                  "The company cut jobs, citing a lack of orders."])
def test_a_reason_cited_is_no_source(text: str) -> None:
    """Regression: "citing security concerns" was a second-hand source (and "In Kyiv" its outlet)."""
    assert _sentences(text, "second-hand") == []


@pytest.mark.parametrize("text", [
    "Moldova rejects the debt, citing an international audit.",
    "The Supreme Court blocked the sale, citing a threat to public health and safety.",
    "The union called her a champion of its members, citing her work after the strike.",
    "The administration is still reluctant to call it terrorism, citing the ongoing investigation by the F.B.I.",
    "Mr. Lind, citing the unique appeal of the mayor, said the race was over.",
    "Voters back him, citing Ober's proposed ban on imports.",
])
def test_a_party_acting_on_its_own_reason_relays_no_one(text: str) -> None:
    """Regression (an e-mailed desk note, PolNeAR): "That Moldova rejects the debt is second-hand (citing an
    international audit)" — what a party cites for its own act is its reason, not a relayed report."""
    assert _sentences(text, "second-hand") == []


@pytest.mark.parametrize("text, expected", [
    ("The port's exports fell by a third, the ministry said, citing preliminary customs data.",
     "That the port's exports fell by a third is second-hand (citing preliminary customs data)."),
    ("The convoy turned back, citing sources close to the border guard.",
     "That the convoy turned back is second-hand (citing sources close to the border guard)."),
    ("The convoy turned back, citing Interfax.",
     "That the convoy turned back is second-hand (citing Interfax)."),
])
def test_what_a_speaker_or_an_outlet_cites_stays_second_hand(text: str, expected: str) -> None:
    assert _sentences(text, "second-hand") == [expected]


def test_a_spokesman_who_did_not_respond_is_no_source() -> None:
    """Regression (a state budget article): "One anonymous union spokesman is the only source of “A union spokesman
    did not respond to questions ...”" — he said nothing; the question what he says stays."""
    text = "A union spokesman did not respond to questions about when a lawsuit would be filed."
    result = analyze_texts([text])
    assert [c for c in result.caveats if c.kind == "anonymous-source"] == []
    assert [q.text for q in result.questions] == ["What does a union spokesman say?"]


@pytest.mark.parametrize("text, expected", [
    ("The deal was agreed on Monday, according to three people who attended a closed-door meeting on Thursday.",
     "That the deal was agreed on Monday rests on three unnamed people who attended a closed-door meeting on "
     "Thursday."),
    ("A diplomat who attended the talks said the deal was close.",
     "That the deal was close rests on one anonymous diplomat who attended the talks."),
])
def test_how_an_unnamed_source_knows_is_part_of_who_it_is(text: str, expected: str) -> None:
    """Regression: "rests on three unnamed people" (the meeting they attended was dropped; with a hyphenated word
    in it, "closed-door", the source was not found at all)."""
    assert _sentences(text, "anonymous-source") == [expected]


@pytest.mark.parametrize("text, question", [
    ("It is not yet known how many state workers would be affected by the pension changes.",
     "How many state workers would be affected by the pension changes?"),
    ("It is not clear how much money the state would save.", "How much money would the state save?"),
])
def test_how_many_with_a_noun_of_two_words(text: str, question: str) -> None:
    """Regression: "How many state would workers be affected by the pension changes?"."""
    assert _questions(text) == [question]


@pytest.mark.parametrize("text, question", [
    ("Police said about 15,000 people took part, while organizers put the crowd at more than 100,000. Neither "
     "figure could be verified independently.", "How many people took part?"),
    ("Officials said 12 people were killed and 40 injured in the attack. Neither figure could be confirmed.",
     "How many people were killed?"),
    ("Prime Minister Irakli Kobakhidze said on Saturday that the protests were funded from abroad, but offered no "
     "evidence.", "Is it confirmed that the protests were funded from abroad?"),
])
def test_figures_that_disagree_ask_for_the_count(text: str, question: str) -> None:
    """Regression (a protest article): "Neither figure could be verified independently." and the sentence with
    "but offered no evidence" were their own questions."""
    assert _questions(text) == [question]


def test_what_a_group_failed_to_do_says_nothing() -> None:
    """Regression (held-out drone article): "Unnamed negotiators are the only source of ..." for negotiators who
    "failed to agree on a prisoner exchange"."""
    text = ("Drones struck two fuel depots overnight, regional officials said on Saturday, hours after negotiators in "
            "Istanbul failed to agree on a prisoner exchange.")
    assert [c.text for c in analyze_texts([text]).caveats if c.kind == "anonymous-source"] == ["regional officials"]


def test_an_estimate_by_analysts_at_a_firm() -> None:
    """Regression (a ransomware article): the sentence was quoted whole, and "at Carnegie" was left out."""
    text = "Analysts at Carnegie estimated the cost of a week-long stoppage at 150 million crowns."
    assert _sentences(text, "anonymous-source") == [
        "That the cost of a week-long stoppage was 150 million crowns rests on unnamed analysts at Carnegie."]


def test_the_person_who_asked_not_to_be_named_is_the_source_named_before() -> None:
    """Regression: "One anonymous person asked not to be named is the only source of “The person asked not to be
    named ...”" beside the caveat on "A person briefed on the matter": one source, one caveat."""
    text = ("A person briefed on the matter said the attackers had demanded about $8 million in bitcoin. The person "
            "asked not to be named because the information was confidential.")
    (caveat,) = [c for c in analyze_texts([text]).caveats if c.kind == "anonymous-source"]
    assert caveat.sentence == ("That the attackers had demanded about $8 million in bitcoin rests on one anonymous "
                               "person briefed on the matter.")
    assert len(caveat.evidence) == 2


@pytest.mark.parametrize("text, question", [
    ("The company said it had no evidence that customer data had been stolen. It declined to say whether it had "
     "received a ransom demand.", "Had the company received a ransom demand?"),
    ("The ministry confirmed the strike. It did not say when it would publish the findings.",
     "When would the ministry publish the findings?"),
])
def test_a_pronoun_question_names_the_body_of_the_sentence_before(text: str, question: str) -> None:
    """Regression (a ransomware article): the question was the sentence "It declined to say whether ..."."""
    assert _questions(text) == [question]


@pytest.mark.parametrize("text, flagged", [
    ("Ukraine's air force said Russia launched 112 drones overnight, of which 87 were shot down.", True),
    ("The defence ministry said 43 people were detained.", False),
])
def test_a_military_command_counting_its_results_is_self_interested(text: str, flagged: bool) -> None:
    """Seen on a shipping assessment: an air force's count of the drones it shot down raised no caveat."""
    assert bool(_sentences(text, "self-interested")) is flagged


def test_whether_it_after_a_body_that_would_not_say() -> None:
    """Regression (an investigative article): the question was the whole sentence."""
    text = ("The country's anti-corruption bureau said it was aware of the reports but would not say whether it had "
            "opened an investigation.")
    assert _questions(text) == ["Had the country's anti-corruption bureau opened an investigation?"]


def test_one_of_them_is_the_source_counted_before() -> None:
    """Regression (a sabotage-plot article): "One of them (unnamed) is the only source of ..." beside the caveat on
    "Two Western security officials": one source, one caveat, both pieces of evidence."""
    text = ("Two Western security officials, speaking on condition of anonymity, said the plot was part of a wider "
            "campaign. One of them said investigators in at least three countries were examining possible links.")
    (caveat,) = [c for c in analyze_texts([text]).caveats if c.kind == "anonymous-source"]
    assert [e.text for e in caveat.evidence] == [
        "Two Western security officials, speaking on condition of anonymity", "One of them said"]


def test_an_owner_that_opens_the_sentence_loses_its_capital_inside_the_caveat() -> None:
    text = "The Kremlin's spokesman said Russia had nothing to do with the case."
    assert _sentences(text, "anonymous-source") == [
        "That Russia had nothing to do with the case rests on the Kremlin's unnamed spokesman."]


@pytest.mark.parametrize("text, question", [
    ("It was not immediately clear whether the suspects had lawyers.", "Did the suspects have lawyers?"),
    ("It is unclear whether the ministry has a plan for the winter.", "Does the ministry have a plan for the winter?"),
    ("It is unclear whether the talks had stalled.", "Had the talks stalled?"),
])
def test_have_as_the_verb_takes_do_in_the_question(text: str, question: str) -> None:
    """Regression: "Had the suspects lawyers?"."""
    assert _questions(text) == [question]


def test_figures_that_could_not_be_verified_after_a_semicolon_are_the_clause_before() -> None:
    """Regression (a trial story on Georgia's election): the caveat and the question were "the figures could not be
    independently verified" itself."""
    text = ("The interior ministry said 43 people were detained and 12 officers injured; the figures could not be "
            "independently verified.")
    assert _sentences(text, "unconfirmed") == [
        "Not independently confirmed: The interior ministry said 43 people were detained and 12 officers injured."]
    assert _questions(text) == ["Is it confirmed that 43 people were detained and 12 officers injured?"]


@pytest.mark.parametrize("text, unconfirmed, question", [
    ("Ivanishvili has accused the opposition of trying to stage a revolution with foreign money. Government officials "
     "have not presented evidence for the claim.",
     "Not independently confirmed: Ivanishvili has accused the opposition of trying to stage a revolution with "
     "foreign money.", "Is there evidence of the opposition trying to stage a revolution with foreign money?"),
    ("The defence ministry said its strikes had destroyed 40 launchers. The ministry did not publish the data behind "
     "its estimate.",
     "Not independently confirmed: the defence ministry said its strikes had destroyed 40 launchers.",
     "Is it confirmed that the defence ministry's strikes had destroyed 40 launchers?"),
])
def test_evidence_or_data_withheld_for_a_claim_points_back(text: str, unconfirmed: str, question: str | None) -> None:
    """Regression (trial stories): "have not presented evidence for the claim" and "did not publish the data behind
    its estimate" raised no caveat."""
    assert _sentences(text, "unconfirmed") == [unconfirmed]
    if question is not None:
        assert _questions(text) == [question]


@pytest.mark.parametrize("text, question", [
    ("A NATO official said the alliance was ready to send additional ships but no decision had been taken.",
     "Will the alliance send additional ships?"),
    ("The government is prepared to raise tariffs, but no final decision has been made.",
     "Will the government raise tariffs?"),
])
def test_what_is_not_yet_decided_asks_whether_it_will_happen(text: str, question: str) -> None:
    """Regression (a trial wire story on a Baltic cable): the question was the sentence itself."""
    assert _questions(text) == [question]


@pytest.mark.parametrize("text, question", [
    ("Drone damage fell by half, officials said.\n\nThe ministry did not publish the data behind its estimate.",
     "What data lies behind the ministry's estimate?"),
    ("The plan is popular, officials said.\n\nThe government has not presented evidence for the claim.",
     "What evidence is there for the claim?"),
])
def test_withheld_evidence_with_nothing_before_it_asks_for_it(text: str, question: str) -> None:
    """Regression (a defence ministry's claims): with the claim paragraphs before, the question was the sentence
    itself."""
    assert _questions(text)[-1:] == [question]


@pytest.mark.parametrize("text, expected", [
    ("The premiums rose sharply this week after a missile hit a grain terminal, three marine insurance brokers in "
     "London said.",
     "That the premiums rose sharply this week after a missile hit a grain terminal rests on three unnamed marine "
     "insurance brokers in London."),
    ("The premiums rose sharply this week, insurance brokers said.",
     "That the premiums rose sharply this week rests on unnamed insurance brokers."),
])
def test_brokers_of_a_trade_with_two_words_before_them_are_a_source(text: str, expected: str) -> None:
    """Regression (a trial story on Black Sea insurance): "three marine insurance brokers in London said" was no
    anonymous source (one word allowed between the count and the trade), nor were "insurance brokers"."""
    assert _sentences(text, "anonymous-source") == [expected]


def test_initials_in_brackets_do_not_end_the_claim() -> None:
    """Regression (a trial story on Moldova's local elections): the claim stopped at "(PAS)"."""
    text = ("Moldova's governing Party of Action and Solidarity (PAS) lost its majority in several district councils, "
            "according to preliminary results published by the Central Electoral Commission.")
    assert _sentences(text, "second-hand") == [
        "That Moldova's governing Party of Action and Solidarity lost its majority in several district councils is "
        "second-hand (according to preliminary results published by the Central Electoral Commission)."]


def test_two_of_them_after_a_group_is_that_group() -> None:
    """Regression (a trial story on Moldova's local elections): "Western diplomats ..., two of them told Meridian"
    gave two caveats, one on "Western diplomats", one on "two of them"."""
    text = "Western diplomats in Chisinau privately expressed concern about the results, two of them told Meridian."
    (caveat,) = [c for c in analyze_texts([text]).caveats if c.kind == "anonymous-source"]
    assert [e.text for e in caveat.evidence] == ["Western diplomats", "two of them told"]
    assert caveat.sentence == ("That Western diplomats in Chisinau privately expressed concern about the results rests "
                               "on two unnamed Western diplomats.")


def test_a_question_later_in_a_paragraph_a_label_opens_is_open() -> None:
    """Regression (a situation report): "Gaps: casualty figures ...; status of the road. Who controls Selydove
    railway station?" proposed nothing."""
    text = ("Russian forces continued assaults.\n\nGaps: casualty figures for the Pokrovsk axis; status of the "
            "Dobropillia road. Who controls Selydove railway station?\n\nHow can anyone justify that vote?")
    assert _questions(text) == ["Who controls Selydove railway station?"]


def test_a_reports_label_is_no_part_of_a_self_interested_statement() -> None:
    """Regression (a situation report): "Self-interested (...): Air: Ukraine's air force said ..."."""
    text = "3. Air: Ukraine's air force said it shot down 64 of 80 drones launched overnight."
    assert _sentences(text, "self-interested") == [
        "Self-interested (a party describing its own actions): Ukraine's air force said it shot down 64 of 80 drones "
        "launched overnight."]


def test_this_is_unconfirmed_after_a_semicolon_asks_about_the_assessment() -> None:
    """Regression (a situation report): the question was "This is unconfirmed."."""
    text = "Open-source analysts assess that Russian units have reached the railway line; this is unconfirmed."
    assert _questions(text) == ["Is it confirmed that Russian units have reached the railway line?"]


def test_a_count_with_no_verb_after_reported_is_no_claim_of_its_own() -> None:
    """Regression (a situation report): "That 52 clashes in the sector over the past 24 hours is second-hand"."""
    text = "The Ukrainian General Staff reported 52 clashes in the sector over the past 24 hours."
    assert _sentences(text, "second-hand") == [
        "That there were 52 clashes in the sector over the past 24 hours is second-hand (the Ukrainian General Staff "
        "reported)."]


def test_no_figures_given_for_a_claim_points_back() -> None:
    """Regression (a trial story on a Senate hearing): the question was "He did not give figures."."""
    text = ("Austin said the Pentagon had delivered most of the promised systems. He did not give figures.")
    assert _sentences(text, "unconfirmed") == [
        "Not independently confirmed: Austin said the Pentagon had delivered most of the promised systems."]
    assert _questions(text) == ["Is it confirmed that the Pentagon had delivered most of the promised systems?"]


@pytest.mark.parametrize("text, question", [
    ("The Security Service of Ukraine, which runs many of the operations, does not comment on individual strikes.",
     "What does the Security Service of Ukraine say?"),
    ("What remains unknown is how quickly Russia can adapt.", "How quickly can Russia adapt?"),
])
def test_more_open_questions_from_a_think_tank_report(text: str, question: str) -> None:
    """Regressions (a think-tank report on refinery strikes): "does not comment" asked nothing, and "What remains
    unknown is how ..." was the question itself."""
    assert _questions(text) == [question]


def test_a_view_after_a_colon_is_what_the_group_holds() -> None:
    """Regression: "That independent energy analysts are more sceptical: repairs ... rests on no named source"."""
    text = ("Independent energy analysts are more sceptical: repairs to distillation units typically require Western "
            "components.")
    assert _sentences(text, "anonymous-source") == [
        "That repairs to distillation units typically require Western components rests on unnamed independent energy "
        "analysts."]


def test_a_bare_plural_of_something_opens_a_claim_after_that() -> None:
    """Regression (a Senate hearing story): "Pentagon officials privately acknowledge that stocks of Patriot
    interceptors are stretched, according to ..." gave "Unnamed Pentagon officials are the only source of “...”"."""
    text = ("Pentagon officials privately acknowledge that stocks of Patriot interceptors are stretched, according to "
            "two people familiar with internal discussions.")
    assert _sentences(text, "anonymous-source")[0] == (
        "That stocks of Patriot interceptors are stretched rests on unnamed Pentagon officials.")


@pytest.mark.parametrize("text", [
    'Castellan said in a statement that it "does not comment on market speculation" and that its board was focused '
    "on its own plan.",
    "Representatives of First Bank and Norwest said the banks do not comment on rumors of possible mergers.",
])
def test_a_stated_policy_of_not_commenting_asks_nothing(text: str) -> None:
    """A body that says it does not comment has said something; no question "What does it say?"."""
    assert _questions(text) == []


@pytest.mark.parametrize("text, question", [
    ("Diplomats say a draft peace treaty is close to completion, but it is not known when it will be signed.",
     "When will the draft peace treaty be signed?"),
    ("Estonia's navy says it tracked two Russian warships near the tanker's route. We could not confirm this.",
     "Is it confirmed that Estonia's navy tracked two Russian warships near the tanker's route?"),
    ("The vessel's Dubai-based owner, Gulf Horizon Shipping, has not responded to our requests for comment.",
     "What does Gulf Horizon Shipping say?"),
    ("Quick summary.\n\nStill open: Who insures the Aurora Star? Is the crew Russian?",
     "Who insures the Aurora Star?"),
])
def test_questions_from_a_desk_memo_and_a_border_story(text: str, question: str) -> None:
    """Regressions (a desk memo on Baltic shipping, a border story): each question was its sentence, or none."""
    assert _questions(text)[:1] == [question]


def test_a_gerund_then_a_past_verb_opens_a_claim() -> None:
    """Regression: "Unnamed residents of the village of Tegh are the only source of “... said shooting began ...”"."""
    text = "Residents of the village of Tegh said shooting began shortly after midnight."
    assert _sentences(text, "anonymous-source") == [
        "That shooting began shortly after midnight rests on unnamed residents of the village of Tegh."]


def test_a_relative_clause_is_no_party_speaking_of_itself() -> None:
    """Regression: "Self-interested (...): Which monitors the border, said its patrols had observed ..."."""
    text = ("The European Union Mission in Armenia (EUMA), which monitors the border, said its patrols had observed "
            "sporadic gunfire in the area.")
    assert not [c for c in analyze_texts([text]).caveats if c.text.lower().startswith("which")]


def test_neither_account_asks_about_the_claim_the_other_side_rejected() -> None:
    """Regression (a border story): the question was "Neither account could be independently verified."."""
    text = ("Armenia's defence ministry said on Thursday that Azerbaijani forces had fired on two villages "
            "overnight.\n\nAzerbaijan's defence ministry rejected the claim as disinformation. Neither account "
            "could be independently verified.")
    assert _questions(text) == ["Is it confirmed that Azerbaijani forces had fired on two villages overnight?"]


def test_what_noun_then_a_subject_takes_did() -> None:
    """Regression (a wire story on EU sanctions): "What exemptions Hungary wanted?"."""
    text = "Szijjarto said Budapest would not support the measure. He did not say what exemptions Hungary wanted."
    assert _questions(text) == ["What exemptions did Hungary want?"]
