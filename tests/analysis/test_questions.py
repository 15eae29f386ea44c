from __future__ import annotations

import pytest

from briefing.analysis import analyze_texts


@pytest.mark.parametrize("sentence, question", [
    ("Officials confirmed a plan, but it's not clear whether this plan is the one that Zhytomyrskyy received.",
     "Is this plan the one that Zhytomyrskyy received?"),
    ("It is not clear whether the contractors will abide by the ceasefire.",
     "Will the contractors abide by the ceasefire?"),
    ("It remains unclear how long the bank can keep intervening.", "How long can the bank keep intervening?"),
    ("It is unknown how many ballots were annulled.", "How many ballots were annulled?"),
    ("He did not explain why Sari was removed.", "Why was Sari removed?"),
    ("The number of confirmed cholera cases is not yet known.", "What is the number of confirmed cholera cases?"),
    ("It is not known whether President Jonas Weber, who must sign it, has been consulted.",
     "Has President Jonas Weber been consulted?"),
    ("Analysts said it was not clear whether Beijing intended to escalate.", "Did Beijing intend to escalate?"),
    ("It was not immediately clear who fired first.", "Who fired first?"),
    ("The ministry did not say how much the programme would cost.", "How much would the programme cost?"),
    ("Whether the ceasefire holds remains to be seen.", "Does the ceasefire hold?"),
    ("Mao did not say what measures Beijing was considering.", "What measures was Beijing considering?"),
    ("He did not say what the components were and no photographs have been released.",
     "What were the components?"),
    ("The same aide said Tarvania had quietly offered to free the pilots first, but this could not be verified.",
     "Is it confirmed that Tarvania had quietly offered to free the pilots first?"),
    ("Officials said the convoy reached the border, but that could not be independently confirmed.",
     "Is it confirmed that the convoy reached the border?"),
    ("The inspector's report, which the firm says clears it, has not been made public, and the paper could not "
     "verify its contents.", "What does the inspector's report say?"),
    ("Its findings have not been published and could not be verified.", "What do its findings say?"),
    # a fact withheld: asked for as it is named (regression: the sentence itself was offered)
    ("The cost of the package has not been made public.", "What is the cost of the package?"),
    ("The names of the victims have not yet been released.", "What are the names of the victims?"),
    ("The terms of the deal have not been disclosed.", "What are the terms of the deal?"),
    # "how much of X": the wh-phrase is the subject, no inversion
    ("It is not yet known how much of the harvest was lost.", "How much of the harvest was lost?"),
    # "gave no figures for ...": the figures are what is open
    ("He gave no figures for the port's losses.", "What are the figures for the port's losses?"),
    ("She offered no timeline for the repairs, saying only that work had begun.",
     "What is the timeline for the repairs?"),
    # ", a claim that could not be verified": the claim is what the sentence reported
    ("State media reported that a landing party had been “wiped out”, a claim that could not be independently "
     "verified.", "Is it confirmed that a landing party had been “wiped out”?"),
    # "the figure", "the toll": what the sentence before reported is what is unconfirmed
    ("According to an internal memo seen by the Harbour Post, the company expects losses of 2 million euros a "
     "week. The figure could not be independently confirmed.",
     "Is it confirmed that the company expects losses of 2 million euros a week?"),
    ("Officials said 40 people died in the fire. The toll could not be independently verified.",
     "Is it confirmed that 40 people died in the fire?"),
    # any short subject of a passive "could not be verified" points back, and the teller may come last
    ("The insurers raised the premium to 1.25 percent of a vessel's value, two shipbrokers in Istanbul said. The "
     "increase could not be independently verified.",
     "Is it confirmed that the insurers raised the premium to 1.25 percent of a vessel's value?"),
    # a relative clause set off by commas is an aside, not the end of what is unclear
    ("It is not clear whether the port authority, which owns the quay, will step in.",
     "Will the port authority step in?"),
    # "according to" after the claim: the claim before it is what is unconfirmed
    ("The halt could cost the region up to $40 million a week, according to an estimate by the Velmar Chamber of "
     "Commerce. The figure could not be independently verified.",
     "Is it confirmed that the halt could cost the region up to $40 million a week?"),
    # "said in a statement that": the claim after "that"
    ("The Defence Ministry said in a statement that preparations for the scheme were on schedule. That claim "
     "could not be verified.", "Is it confirmed that preparations for the scheme were on schedule?"),
    # seen on a trial article: the publisher cannot verify "their account", and "its" is the refinery's
    ("Two people familiar with the refinery's operations told the agency that its main unit had been shut down. "
     "Harbour Wire could not independently verify their account.",
     "Is it confirmed that the refinery's main unit had been shut down?"),
    ("The ministry said 41 drones were destroyed overnight. Harbour Wire was unable to confirm the figures.",
     "Is it confirmed that 41 drones were destroyed overnight?"),
    ("The ministry said 12 drones were destroyed. The claim could not immediately be verified.",
     "Is it confirmed that 12 drones were destroyed?"),
    # a party that would not comment in a clause joined by "but" or "and" (was the whole sentence, and "What does
    # the port reopened on Monday say?")
    ("A source in the agency said the attack was its operation, but the agency did not comment officially.",
     "What does the agency say?"),
    ("The port reopened on Monday, and the harbour board has not commented.", "What does the harbour board say?"),
    ("Ramos said Lind has not replied to his interview requests.", "What does Lind say?"),
    # a count opens a clause too (seen on a trial article: the question was the sentence itself)
    ("A district administrator, who asked not to be named, said at least 41 bodies had been recovered in his area. "
     "Tiber Wire could not independently confirm the figure.",
     "Is it confirmed that at least 41 bodies had been recovered in his area?"),
    # a bare plural is a subject too (was the sentence itself)
    ("She did not say whether asset sales were on the table.", "Were asset sales on the table?"),
    ("It is unclear whether talks will resume.", "Will talks resume?"),
    # a second question joined by "or" is left out, as one joined by "and" is
    ("It was not clear how much the scheme would cost or who would administer it.",
     "How much would the scheme cost?"),
    # "X, whose Y is unclear,": what is open is X's Y (was "What is the winning bidder, whose ownership?")
    ("The winning bidder, whose ownership is unclear, did not respond to requests for comment.",
     "Who owns the winning bidder?"),
    ("The buyer, whose identity is not known, paid in cash.", "Who is the buyer?"),
    # the pronoun after "when" or "whether" is the sentence's own subject (was the sentence itself)
    ("The Pentagon has not said when it expects to complete its review.",
     "When does the Pentagon expect to complete its review?"),
    ("Anna Lind did not say whether she would run.", "Would Anna Lind run?"),
    # a fact a party has not disclosed, and a body named with a possessive before "but did not say how it" (were
    # the sentences themselves on a trial article)
    ("The operator has not disclosed the value of the cargo.", "What is the value of the cargo?"),
    ('Russia\'s foreign ministry called the attack "an act of piracy" but did not say how it would respond.',
     "How would Russia's foreign ministry respond?"),
    # "was not able to verify the figure" points back like "could not verify" (was no question at all)
    ("The ministry said 40 drones were downed. Reuters was not able to verify the figure.",
     "Is it confirmed that 40 drones were downed?"),
    ("Lawmakers have not said when they would take up the bill.", "When would lawmakers take up the bill?"),
    # what the writer calls the claim is no part of it
    ("Maria Ober said the convoy had been used to cover a troop rotation, an accusation the UN rejected as baseless. "
     "She offered no evidence.", "Is it confirmed that the convoy had been used to cover a troop rotation?"),
    ("The operator, whose revenue last year is not known, runs four terminals.",
     "What is the operator's revenue last year?"),
])
def test_questions_are_phrased(sentence: str, question: str) -> None:
    questions = analyze_texts([sentence]).questions
    assert [q.text for q in questions] == [question]
    evidence = questions[0].evidence[0]
    assert sentence[evidence.start:evidence.end] == evidence.text


@pytest.mark.parametrize("sentence, question", [
    ("A Commission spokesperson declined to comment on the draft.", "What does the Commission say?"),
    ("A Gazprom spokesman did not respond to a request for comment.", "What does Gazprom say?"),
])
def test_a_bodys_spokesman_who_would_not_comment_asks_the_body(sentence: str, question: str) -> None:
    assert [q.text for q in analyze_texts([sentence]).questions] == [question]


def test_a_pronoun_withheld_is_no_fact_to_ask_for() -> None:
    """Regression: "What is the them for this year?"."""
    [question] = analyze_texts(["The bureau has not yet released them for this year."]).questions
    assert question.text == "The bureau has not yet released them for this year."


def test_it_after_a_surname_is_not_the_person() -> None:
    [question] = analyze_texts(["Cook declined to say whether it was a violation of email policies."]).questions
    assert question.text == "Cook declined to say whether it was a violation of email policies."


def test_unphraseable_basis_is_kept_as_it_is() -> None:
    [question] = analyze_texts(["Turnout was high. The figure could not be independently verified."]).questions
    assert question.text == "The figure could not be independently verified."


def test_a_pronoun_after_how_much_keeps_the_sentence() -> None:
    """Regression: "How much it would cost or who would administer it?", the words of the clause with a question
    mark; "it" says nothing of what is meant, so the sentence is offered as it is."""
    text = "The ministry plans a guarantee scheme. It was not clear how much it would cost or who would administer it."
    assert [q.text for q in analyze_texts([text]).questions] == [
        "It was not clear how much it would cost or who would administer it."]


def test_no_question_without_a_cue() -> None:
    assert analyze_texts(["The minister resigned on Friday. Her deputy took over."]).questions == []


@pytest.mark.parametrize("sentence", [
    "Neither the harbour authority nor the shipping line responded to requests for comment.",
    "The regulator said irregularities had come to light, without giving details.",
    "The ministry cancelled the contract without providing a reason.",
])
def test_silence_and_withheld_details_are_open_points(sentence: str) -> None:
    """Regression: "Neither X nor Y responded" and "without giving details" proposed nothing."""
    questions = analyze_texts([sentence]).questions
    assert len(questions) == 1
    assert questions[0].evidence[0].text in sentence


def test_an_indefinite_pronoun_opening_a_quote_is_no_person() -> None:
    """Regression: "Nobody has asked us," was suggested as a person named Nobody."""
    result = analyze_texts(['"Nobody has asked us," said Ilse Marrow, who chairs the harbour council.'])
    assert [a.name for a in result.actors if a.type == "person"] == ["Ilse Marrow"]


@pytest.mark.parametrize("sentence, question", [
    # a party that would not comment: what it says is the open question
    ("Russia's foreign ministry has not commented.", "What does Russia's foreign ministry say?"),
    ("The harbour board did not respond to a request for comment.", "What does the harbour board say?"),
    ("Officials at the port have not commented on the closure.", "What do officials at the port say?"),
    ("A spokesman for the Harbour Board declined to comment.", "What does the Harbour Board say?"),
])
def test_a_party_that_would_not_comment_is_asked_what_it_says(sentence: str, question: str) -> None:
    assert [q.text for q in analyze_texts([sentence]).questions] == [question]


def test_a_pronoun_that_would_not_comment_keeps_the_sentence() -> None:
    """"He declined to comment" asked as "What does he say?" would not say who."""
    assert [q.text for q in analyze_texts(["He declined to comment."]).questions] == ["He declined to comment."]


@pytest.mark.parametrize("sentence, question", [
    ("Estmark did not respond to a request for comment.", "What does Estmark say?"),  # a name keeps its capitals
    ("Hope Lind, a campaign spokeswoman, did not respond to messages.", "What does Hope Lind say?"),
    ("Estmark and Veloria did not reply to questions.", "What do Estmark and Veloria say?"),
    ("Rival Harbour Holdings declined to comment.", "What does Rival Harbour Holdings say?"),
    ("Reddick himself declined to comment.", "What does Reddick say?"),
    ("Through a spokesman, he declined to comment.", "Through a spokesman, he declined to comment."),
])
def test_who_would_not_comment_is_named_as_the_source_names_it(sentence: str, question: str) -> None:
    assert [q.text for q in analyze_texts([sentence]).questions] == [question]


@pytest.mark.parametrize("sentence, question", [
    ("She did not give a date for the ferry ban.", "What is the date for the ferry ban?"),
    ("He did not provide details of the deal.", "What are the details of the deal?"),
])
def test_what_was_not_given_is_asked_for(sentence: str, question: str) -> None:
    assert [q.text for q in analyze_texts([sentence]).questions] == [question]


def test_a_source_that_declines_to_give_its_name_asks_nothing() -> None:
    """Regression: "said one trawler captain, who declined to give his name" became the question "Said one trawler
    captain, who declined to give his name ..."; the anonymity is a caveat, not an open question."""
    text = ('"We were never asked," said one trawler captain, who declined to give his name for fear of losing '
            'his berth.')
    assert analyze_texts([text]).questions == []


@pytest.mark.parametrize("text, question", [
    # a note's "Unclear whether ..." with no "it is" before it (was no question)
    ("Unclear whether Russian troops in the region are affected by the power cuts.",
     "Are Russian troops in the region affected by the power cuts?"),
    # a question a note lists as open is open as it stands (was no question)
    ("Open items: who pays for the gas if Tiraspol accepts the offer? We will know more on Monday.",
     "Who pays for the gas if Tiraspol accepts the offer?"),
    ("Key questions: will the ceasefire hold beyond Friday?", "Will the ceasefire hold beyond Friday?"),
])
def test_what_a_note_lists_as_open(text: str, question: str) -> None:
    questions = analyze_texts([text]).questions
    assert [q.text for q in questions] == [question]
    assert text[questions[0].evidence[0].start:questions[0].evidence[0].end] == questions[0].evidence[0].text


@pytest.mark.parametrize("text", [
    "But will the ceasefire hold? Officials in Kyiv doubt it.",  # a column's own question is mostly rhetorical
    "Question: What do you call a boy who calls himself a girl? Answer: A boy.",  # asked and answered
    '"Open items: who pays for the gas?" she asked.',  # the speaker's
])
def test_what_a_writer_asks_in_passing_is_no_open_question(text: str) -> None:
    assert analyze_texts([text]).questions == []


@pytest.mark.parametrize("text", [
    "Gaps\n- Shipping volumes are steady.\n- Who is insuring the vessels that call at ports in Crimea?\n",
    "Gaps:\n- Who is insuring the vessels that call at ports in Crimea?\n\nAssessment follows.",
    "Open questions\n1. Who is insuring the vessels that call at ports in Crimea?",
])
def test_a_question_listed_under_a_heading_that_says_open_is_open(text: str) -> None:
    """Regression (a trial weekly assessment): a "Gaps" heading over a bulleted list proposed no question; only a
    label on the question's own line did."""
    assert [q.text for q in analyze_texts([text]).questions] == [
        "Who is insuring the vessels that call at ports in Crimea?"]


def test_a_heading_governs_only_its_own_list() -> None:
    text = "Gaps\n- Shipping volumes are steady.\n\nDiscussion\nBut will the ceasefire hold beyond Friday?"
    assert analyze_texts([text]).questions == []


@pytest.mark.parametrize("text, caveat, questions", [
    ("Officials declined to say whether other ports had been targeted.",
     "Unnamed officials declined to say whether other ports had been targeted.", ["Had other ports been targeted?"]),
    ("Aides declined to comment on the talks.", "Unnamed aides declined to comment on the talks.", []),
    ("A spokeswoman for the port authority declined to comment on the delays.",
     "An unnamed spokeswoman for the port authority declined to comment on the delays.",
     ["What does the port authority say?"]),
])
def test_a_source_that_declines_to_say_is_said_to_have_declined(text: str, caveat: str, questions: list[str]) -> None:
    """Regression (a trial story on a cyberattack): "Officials declined to say whether ..." proposed "Unnamed officials
    are the only source of “Officials declined to say ...”": nothing rests on people who said nothing, what the brief
    can say is that they declined; "Aides declined to comment" asked "What does aides say?" (or the sentence)."""
    result = analyze_texts([text])
    assert [c.sentence for c in result.caveats if c.kind == "anonymous-source"] == [caveat]
    assert [q.text for q in result.questions] == questions


def test_a_link_no_one_could_verify_is_asked_about() -> None:
    """Regression (a trial story on a cyberattack): "Meridian could not independently verify that link." was the
    question itself."""
    text = ("Some security researchers have linked the attack to a group that hit several logistics firms this year. "
            "Meridian could not independently verify that link.")
    assert [q.text for q in analyze_texts([text]).questions] == [
        "Is the attack linked to a group that hit several logistics firms this year?"]


@pytest.mark.parametrize("text, question", [
    ("It remains unclear whether peace talks in Doha, due to resume next week, will go ahead.",
     "Will peace talks in Doha go ahead?"),
    ("Local authorities in Goma say at least 300 civilians were killed in November, a figure that could not be "
     "independently verified.", "Is it confirmed that at least 300 civilians were killed in November?"),
])
def test_questions_from_a_humanitarian_wire_story(text: str, question: str) -> None:
    """Regressions (a trial story on eastern Congo): both questions were the sentences themselves: a bare plural
    with a place ("peace talks in Doha") was no subject, an aside on timing broke the clause, "say" was no verb
    of saying and "a figure that" no label of the claim before it."""
    assert [q.text for q in analyze_texts([text]).questions] == [question]


@pytest.mark.parametrize("text, question", [
    ("The assessment says Russian forces have moved two brigades. It does not say how many troops are involved.",
     "How many troops are involved?"),
    ("Police have not released the names of the dead pending notification of relatives.",
     "What are the names of the dead?"),
    ("The cause of the fire is under investigation.", "What is the cause of the fire?"),
])
def test_questions_from_a_local_story_and_an_assessment(text: str, question: str) -> None:
    """Regressions (trial stories on a fire and on an intelligence assessment): "does not say how many" asked
    nothing, why the names are withheld ran into the question, a cause under investigation asked nothing."""
    assert [q.text for q in analyze_texts([text]).questions] == [question]


def test_an_incident_under_investigation_asks_nothing() -> None:
    assert analyze_texts(["The incident is under investigation."]).questions == []


@pytest.mark.parametrize("text, question", [
    ("The cause of the damage has not yet been determined.", "What is the cause of the damage?"),
    ("The identity of the attacker has not been established.", "What is the identity of the attacker?"),
    ("The victims have not been identified.", "Who are the victims?"),
])
def test_a_fact_not_yet_established_is_asked_for(text: str, question: str) -> None:
    """Regression (a trial press release on a damaged cable): "The cause of the damage has not yet been determined."
    was the question itself; "has not been established" asked nothing."""
    assert [q.text for q in analyze_texts([text]).questions] == [question]


def test_they_who_gave_no_evidence_are_named_in_the_question() -> None:
    """Regression (a trial story on Georgia's local elections): "They did not provide evidence." was the question
    itself, the claim before it opening on "they"."""
    text = ("Opposition leaders said they had recorded hundreds of violations, including carousel voting. They did "
            "not provide evidence.")
    assert [q.text for q in analyze_texts([text]).questions] == [
        "Is it confirmed that opposition leaders had recorded hundreds of violations, including carousel voting?"]


@pytest.mark.parametrize("sentence, question", [
    # a story told in the past asks in the present what it could not yet say (regression: "Would the terminal ...?")
    ("It was not clear whether the terminal would reopen this week.", "Will the terminal reopen this week?"),
    ("It was unclear whether the army could hold the town.", "Can the army hold the town?"),
    # a present frame keeps a conditional "would"
    ("It is not clear whether the committee would back a shorter ban.", "Would the committee back a shorter ban?"),
])
def test_a_past_frame_asks_in_the_present(sentence: str, question: str) -> None:
    assert [q.text for q in analyze_texts(["Terminal hit.\n" + sentence]).questions] == [question]


@pytest.mark.parametrize("sentence, question", [
    # regression (a trial Pentagon briefing story): each of these was offered as a statement, not a question
    ("Ukraine's defence minister said Ukraine needed ten more systems. He did not say how many Kyiv expected to "
     "receive this year.", "How many did Kyiv expect to receive this year?"),
    ("How many interceptors remain in US stocks is classified.", "How many interceptors remain in US stocks?"),
    ("The Pentagon has not decided whether to send additional Patriot interceptors to Ukraine.",
     "Will the Pentagon send additional Patriot interceptors to Ukraine?"),
    ("The Pentagon has not decided whether to send additional Patriot interceptors to Ukraine, a spokesman said on "
     "Friday, as Kyiv presses allies for more air defences.",
     "Will the Pentagon send additional Patriot interceptors to Ukraine?"),
])
def test_more_silences_are_asked(sentence: str, question: str) -> None:
    assert [q.text for q in analyze_texts(["Air defence.\n" + sentence]).questions] == [question]


def test_a_silence_inside_a_quotation_is_not_offered_as_a_broken_quote() -> None:
    """Regression: '"No decision has been made, and I'm not going ...," press secretary Kingsley Wilson told
    reporters' was offered whole, with its closing mark and no opening one."""
    questions = [q.text for q in analyze_texts([
        "Air defence.\n\"No decision has been made, and I'm not going to get ahead of the secretary,\" Pentagon press "
        "secretary Kingsley Wilson told reporters at a briefing."]).questions]
    assert all(q.count('"') % 2 == 0 for q in questions), questions


@pytest.mark.parametrize("sentence, question", [
    ("The exact cause of the explosion has not been determined.", "What is the exact cause of the explosion?"),
    # the end of a quotation opened in an earlier sentence: what it says is asked, not the torn quotation
    ("\"We are on the scene. The exact cause of the explosion has not been determined,\" said O'Neill, the "
     "commissioner.", "What is the exact cause of the explosion?"),
])
def test_an_undetermined_fact_with_an_adjective_is_asked(sentence: str, question: str) -> None:
    assert [q.text for q in analyze_texts(["Blast.\n" + sentence]).questions] == [question]
