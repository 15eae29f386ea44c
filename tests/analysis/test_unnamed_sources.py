"""Unnamed sources in the places news writing puts them: after a name, inside a relative clause, after a quote."""

from __future__ import annotations

import pytest

from briefing.analysis import analyze_texts


def _anonymous(text: str) -> list[str]:
    return [c.text for c in analyze_texts([text]).caveats if c.kind == "anonymous-source"]


@pytest.mark.parametrize("sentence, phrase", [
    # a parenthetical attribution after the subject is not an apposition naming the source
    ("Mr. Lind, officials said, has grown impatient with the harbour board.", "officials"),
    ("Mrs. Okafor, analysts said, has other reasons to stay silent.", "analysts"),
    # reduced and relative clauses: the source sits inside the clause that carries the claim
    ("The rules, which officials said will take effect in May, were eased.", "officials"),
    ("The council passed a bill that critics called unfair to renters.", "critics"),
    ("Turnout was higher than most party insiders expected.", "most party insiders"),
    ("The shoal is where harbour officials say the navy might make a stand.", "harbour officials"),
    ("Even some allies questioned why the fund had not been audited.", "some allies"),
    # a capitalised opening phrase before the comma is no name the source stands in apposition to
    ("Since October, officials have told residents not to drink the water.", "officials"),
    ("The talks broke down in the wake of the crisis at Port Arden, sources said.", "sources"),
])
def test_unnamed_source_inside_the_clause(sentence: str, phrase: str) -> None:
    assert phrase in _anonymous(sentence), _anonymous(sentence)


@pytest.mark.parametrize("sentence, phrase", [
    ("Some friends say the premier looks tired, but others say he has never been healthier.", "others"),
    ("City authorities said the port would stay closed.", "City authorities"),
    ("Organizers said three thousand people came to the square.", "Organizers"),
    ("Several friends said he spent months abroad.", "Several friends"),
])
def test_more_nouns_for_unnamed_sources(sentence: str, phrase: str) -> None:
    assert phrase in _anonymous(sentence), _anonymous(sentence)


def test_others_that_do_not_speak_are_no_source() -> None:
    assert not _anonymous("Some men waved flags, others sang the anthem.")


def test_the_official_again_is_the_same_unnamed_source() -> None:
    text = ("A senior harbour official said the lease was signed in May. "
            "“We had no other bidder,” the official said.")
    [caveat] = [c for c in analyze_texts([text]).caveats if c.kind == "anonymous-source"]
    assert len(caveat.evidence) == 2, caveat
    assert caveat.evidence[1].text.startswith("the official")


def test_the_official_after_a_named_official_is_not_anonymous() -> None:
    text = ("Oskar Lind, a senior official with the harbour board, said the lease was signed. "
            "The official said the fee was low.")
    assert not _anonymous(text)


def test_a_possessive_spokesman_is_unnamed() -> None:
    assert "the prime minister’s spokesman" in _anonymous(
        "The premier regards the remarks as divisive, the prime minister’s spokesman said.")


def test_a_long_named_report_is_second_hand() -> None:
    found = [c.text for c in analyze_texts(["A 2014 Harbour Board audit report found no evidence of a bribe."]).caveats
             if c.kind == "second-hand"]
    assert any("report found" in text for text in found), found


@pytest.mark.parametrize("sentence", [
    "The threat comes from Iran, whose leaders have called for sanctions on the port.",
    "He had a way of saying things that make people think twice.",
])
def test_a_call_for_action_or_a_generic_view_is_no_source(sentence: str) -> None:
    assert not _anonymous(sentence), _anonymous(sentence)


@pytest.mark.parametrize("sentence, phrase", [
    ("The harbour deal has played to the premier's ideals; critics would call them vanity.", "critics"),
    ("Jobs will go. A number of other members of Parliament echo her concerns.", "other members"),
    ("Residents in Port Arden complained that the water was brown.", "Residents"),
])
def test_a_modal_or_a_named_body_between_source_and_verb(sentence: str, phrase: str) -> None:
    assert any(phrase in text for text in _anonymous(sentence)), _anonymous(sentence)


def test_as_a_memo_put_it_is_second_hand() -> None:
    found = [c.text for c in analyze_texts(["The fund is a lawful source of income, as a harbour board memo put it."]
                                           ).caveats if c.kind == "second-hand"]
    assert any("memo put it" in text for text in found), found


@pytest.mark.parametrize("sentence, phrase", [
    # a verb right after the phrase: the name before the comma is not the source's own name
    ("Interviews went on at both the Harbour Board and the Port Authority, a former official said.",
     "a former official"),
    ("In a video released by Nordhavn Radio, a veteran diplomat said the talks had failed.", "a veteran diplomat"),
])
def test_a_source_after_a_name_and_a_comma_with_its_verb(sentence: str, phrase: str) -> None:
    assert phrase in _anonymous(sentence), _anonymous(sentence)


def test_the_person_added_is_the_unnamed_person_again() -> None:
    text = ("A person familiar with the talks said the deal was close. "
            "At the same time, the person added, the premier had doubts.")
    [caveat] = [c for c in analyze_texts([text]).caveats if c.kind == "anonymous-source"]
    assert len(caveat.evidence) == 2, caveat


@pytest.mark.parametrize("sentence, phrase", [
    # a dash sets the source off like a comma: it is no word of the noun phrase
    ("The port has played to the premier's pride - critics would call it vanity - and it shows.", "critics"),
    # an amount of money before the noun is no count of people
    ("The levy raised far less than the $40 million experts say the new berth will cost.", "experts"),
])
def test_punctuation_and_amounts_before_the_source(sentence: str, phrase: str) -> None:
    assert phrase in _anonymous(sentence), _anonymous(sentence)


def test_a_head_count_is_still_no_source() -> None:
    assert not _anonymous("About 2,000 supporters say they will march on Sunday.")


@pytest.mark.parametrize("sentence, phrase", [
    # people the writer interviewed, not named
    ("Most of the economists I interviewed said the toll was too high.", "the economists I interviewed"),
    ("The ferry fares were questioned by a number of analysts we spoke to.", "analysts we spoke to"),
    # a group as the agent of a passive verb of judging, or where criticism or praise comes from
    ("The harbour plan has been criticised by environmental activists.", "environmental activists"),
    ("The levy drew sharp criticism from local lawmakers and shipping executives.", "shipping executives"),
    ("The new berth, seen by some insiders as a costly gamble, opens in May.", "some insiders"),
    # someone unnamed asking or saying
    ("At the meeting, someone asked who would pay for the ferry.", "someone"),
])
def test_interviewed_and_passive_and_indefinite_sources(sentence: str, phrase: str) -> None:
    assert any(phrase in text for text in _anonymous(sentence)), _anonymous(sentence)


@pytest.mark.parametrize("sentence, phrase", [
    # a stance put on a group: what they think, without a name
    ("Asked about the date, Lind aides were coy.", "Lind aides"),
    ("After the count, the mayor's supporters remain confident she will win.", "the mayor's supporters"),
    ("Harbour officials were also critical of the tender.", "Harbour officials"),
    # the verb of saying comes after the group's own verb, set off by a comma
    ("Northern diplomats backed the toll on Monday, saying the straits need patrols.", "Northern diplomats"),
])
def test_a_stance_or_a_later_verb_of_saying(sentence: str, phrase: str) -> None:
    assert any(phrase in text for text in _anonymous(sentence)), _anonymous(sentence)


@pytest.mark.parametrize("sentence", [
    "Many people were worried about the storm.",  # people in general, not a source
    "The seminar was attended by experts from six countries.",  # attendance, not a judgement
    "Officials met the ferry, which was carrying supplies, and unloaded it.",
    "Someone left the gate open.",
    "He gave two reporters a tour of the harbour, saying little.",
])
def test_groups_that_still_are_no_source(sentence: str) -> None:
    assert not _anonymous(sentence), _anonymous(sentence)


def test_a_reporter_for_an_outlet_is_second_hand() -> None:
    found = [c.text for c in analyze_texts(["A correspondent for the Corvania Herald saw the minister at the port."]
                                           ).caveats if c.kind == "second-hand"]
    assert any("correspondent for the Corvania Herald" in text for text in found), found


@pytest.mark.parametrize("sentence, phrase", [
    ("At the pier, Ana and other harbour workers' delegates protested the new fees.", "delegates"),
    ("With harbour officials deeply worried about the storm, the ferries stayed in port.", "harbour officials"),
    ("Harbour officials ruled out a second berth on Monday.", "Harbour officials"),
])
def test_protest_worry_and_ruling_out(sentence: str, phrase: str) -> None:
    assert any(phrase in text for text in _anonymous(sentence)), _anonymous(sentence)


@pytest.mark.parametrize("sentence", [
    "Lind and his aides said on Monday that they would back the plan.",  # Lind is named
    "To many the toll is fair; it is seen by others as a tax on the poor.",  # people in general, not a source
])
def test_a_named_leader_with_his_people_or_others_in_general(sentence: str) -> None:
    assert not _anonymous(sentence), _anonymous(sentence)


def test_a_pronoun_and_their_people_stay_unnamed() -> None:
    assert "their supporters" in _anonymous("They and their supporters say the levy is unfair.")


@pytest.mark.parametrize("sentence", [
    '"We will reopen the port," Lind recalled. "Harbour officials said, \'Not before spring.\'"',
    'As the Herald\'s Ana Berg wrote, "officials said the dredging contract was rigged."',
    "“Critics say the levy is too high,” the mayor said.",
])
def test_a_source_quoted_by_a_named_speaker_is_the_speaker_s(sentence: str) -> None:
    assert not _anonymous(sentence), _anonymous(sentence)


def test_a_source_after_a_closed_quotation_is_unnamed() -> None:
    assert "officials" in _anonymous("“The port is closed,” Lind said, but officials said it would open on Monday.")


@pytest.mark.parametrize("sentence, phrase", [
    # the verb of saying before the source, after a quotation
    ("“The ferry will not run in winter,” said a person close to the mayor.", "a person close to the mayor"),
    ("“We were never asked,” said one district party leader.", "one district party leader"),
    ('"The fares are a scandal," wrote one harbour supporter.', "one harbour supporter"),
    ("“The road was blocked,” a witness said.", "a witness"),
    ("Several dock workers I've spoken with said the cranes were unsafe.", "Several dock workers I've spoken with"),
])
def test_sources_after_a_quotation_or_interviewed_earlier(sentence: str, phrase: str) -> None:
    assert any(phrase in text for text in _anonymous(sentence)), _anonymous(sentence)


@pytest.mark.parametrize("sentence", [
    "Ana Berg (D), Lind's opponent for the harbour seat, wants a recount, saying the tally was flawed.",
    "Speaking to Radio Nord, Sen. Ana Berg (D-NH), a supporter of the harbour plan said it would pass.",
    "Okafor, a longtime supporter of the mayor, said the dockers on his street, most of whom thought she lost, left.",
])
def test_a_named_person_with_a_party_label_or_a_surname_is_named(sentence: str) -> None:
    assert not _anonymous(sentence), _anonymous(sentence)


def test_the_authorities_are_unnamed_without_being_named_before() -> None:
    found = _anonymous("After the raid, the authorities said the port would stay shut.")
    assert "the authorities" in found, found


@pytest.mark.parametrize("sentence, phrase", [
    ("The survey covers the port and the ferries, with economists offering their own forecasts.", "economists"),
    ("Local economists voiced doubts about the toll.", "Local economists"),
])
def test_a_group_giving_its_view(sentence: str, phrase: str) -> None:
    assert phrase in _anonymous(sentence), _anonymous(sentence)


def test_a_group_offering_help_gives_no_view() -> None:
    assert not _anonymous("With harbour officials offering their boats, the rescue went on.")


@pytest.mark.parametrize("sentence", [
    # a group met "with", not the subject of the verb after it
    "The harbour master meets with analysts each spring and tells them how the port did.",
    "Lind sat on the quay with other aides while the mayor said nothing.",
    # a passive: the group is talked about, it does not speak
    "The audit named the firms, and several donors were mentioned in it.",
    # a request, not a claim; and "someone" as a role
    "The mayor ignored the repairs her own aides had asked for.",
    "The mayor presents herself as someone closely involved in the harbour talks.",
])
def test_more_groups_that_are_no_source(sentence: str) -> None:
    assert not _anonymous(sentence), _anonymous(sentence)


def test_a_stance_in_the_passive_form_is_still_a_stance() -> None:
    assert "the mayor's supporters" in _anonymous("Even if the mayor's supporters were worried, they did not show it.")


def test_criticism_from_a_group_after_a_no_break_space() -> None:
    assert "shipping executives" in _anonymous("The toll drew criticism\u00a0from shipping executives.")
