"""Second-hand sourcing through documents, polls of reports and other outlets' reporters.

What a report, a memo or another outlet's reporter said reaches the reader through that document or
outlet: the claim is second-hand. A report the story's own outlet made, "this report" (the story
itself) and "reports" as a verb of a person are not.
"""

from __future__ import annotations

import pytest

from briefing.analysis import analyze_texts


def _second_hand(text: str) -> list[str]:
    return [c.text for c in analyze_texts([text]).caveats if c.kind == "second-hand"]


def _proposals(text: str) -> list[str]:
    return [c.sentence for c in analyze_texts([text]).caveats if c.kind == "second-hand"]


@pytest.mark.parametrize("text, phrase", [
    # another outlet's reporter, columnist or writer
    ("The mayor filled the hall. But as a Tribune reporter noted, the back rows stayed empty.",
     "a Tribune reporter noted"),
    ("“The harbour is a disgrace,” the Ledger columnist wrote.", "the Ledger columnist wrote"),
    ("It is not the first time that this Ledger “reporter” has revealed her bias.",
     "this Ledger “reporter” has revealed"),
    # a memo seen by another outlet, a copy of a document
    ("A redacted copy of the harbour board’s 2019 memo seen by the Ledger said inspectors lost the files.",
     "memo seen by the Ledger said"),
    # a long subject: who issued the report, with a comma inside its name
    ("A report released in March by the Institute of Ports, Docks and Harbours noted that fees had doubled.",
     "Institute of Ports, Docks and Harbours noted"),
    ("A report about the upkeep of the piers issued over the winter by the Coastal Trust for Marine Safety and "
     "Shipping noted that half of them were unsafe.", "Shipping noted"),
    ("A 2019 study by the Port Institute and the University of Arden found that fees had doubled.",
     "the University of Arden found"),
    # what a report did not do, could not do, or demonstrated
    ("The audit office published its review on Monday. The report did not provide specific evidence that the "
     "tender was rigged.", "The report did not provide"),
    ("The audit office published its review on Monday. The report also provided details of two late payments.",
     "The report also provided"),
    ("The mayor says she kept to the rules, claims that the audit report could not corroborate.",
     "the audit report could not corroborate"),
    ("But the new audit report demonstrates the risk the mayor still faces.", "the new audit report demonstrates"),
    # a report by whom, reporting
    ("A Port Ministry inspector general’s report issued earlier this year reported several break-ins.",
     "inspector general’s report issued earlier this year reported"),
    ("The vote followed the release of the H.B.A. report on her expenses that suggested they were careless.",
     "the H.B.A. report on her expenses that suggested"),
    # a report as where a body said something
    ("Independent economists, in a report issued this month, have contested that view.",
     "in a report issued"),
    ("The payments came to light in documents made public by the audit office last week.",
     "in documents made public by the audit office"),
    # a quotation from a report
    ("Not every panel is alike. From the report: “Larger samples are not always better.”", "From the report"),
    # reports of no one in particular
    ("Multiple news reports and an account in a memoir reveal that the mayor knew.", "Multiple news reports"),
    ("There have also been various reports of ferries sailing without licences.", "various reports of"),
    # polls: what a poll found rests on the pollster
    ("A Harbour Institute poll released Sunday found that most voters back the plan.",
     "A Harbour Institute poll released Sunday found"),
    ("Some 20 percent of people in a recent Ledger poll said they distrust the council.", "a recent Ledger poll said"),
    ("“Leave is unpaid,” the document states, “for the first year.”", "the document states"),
    # letters, emails, cables, a footnote: documents too
    ("The audit letter warned that the quay was unsafe.", "The audit letter warned"),
    ("Leaked emails showed the board had been told in May.", "Leaked emails showed"),
    ("A footnote in the report makes that clear: “Fees do not apply to ferries.”",
     "A footnote in the report makes that clear"),
    # a report named after the quotation it gave
    ("“Old plants will be paid to stand idle,” noted a report for the Coastal Trust by the Harbour Institute.",
     "noted a report for the Coastal Trust"),
])
def test_documents_and_reporters_relayed(text: str, phrase: str) -> None:
    found = _second_hand(text)
    assert any(phrase in f for f in found), found
    assert not [f for f in found if f.startswith("that ")], found  # a conjunction opens no relay


@pytest.mark.parametrize("text", [
    "Ann Lind reports to the harbour board every month.",
    "Jan Ober contributed to this report.",
    "This report was updated on Monday with the mayor’s reply.",
    "A reporter asked the mayor whether she would resign.",
    "The Tribune reporter was detained at the border for six hours.",
    "She reports directly to the mayor, who appointed her in May.",
    # the story itself, and a person who reported something to the police
    "An earlier version of this report said the quay closed on Monday.",
    "Ann Lind, the mayor, reported to police that her car was stolen.",
    # the byline note of two writers
    "The quay closed.\n\nAnn Lind reported from Port Arden, and Jan Ober from Tiber Bay, Corvania.",
    # a credit, a named writer's own memo
    "Her memoir, written by the Ledger editor Ann Lind and a Tribune writer, comes out in May.",
    "In a memo released as the polls closed, campaign chief Ann Lind conceded the county.",
    # a news report compared with gossip; "State" in a name is no verb
    "Gossip often has more credibility than a news report because people trust those they know.",
    "She never gave a copy of the files to the State Department when she left.",
    # "states" as a noun after a poll
    "She fares better in other recent polls in these states, and winning them would help.",
    "The close polls in those states have prompted her allies to spend money there.",
    # a participle, a clause of its own, a slide show
    "In an email provided to the Ledger, the officer said the team waited.",
    "Lind signed a letter of apology that he said was drafted by the firm.",
    "A slide show predicted victory for the mayor.",
])
def test_not_second_hand(text: str) -> None:
    assert not _second_hand(text)


def test_a_dash_ends_what_a_document_is() -> None:
    """ "— documents the Ledger obtained": a noun after a dash, not what the analysis "documents"."""
    text = "The audit was based on an analysis of the mayor’s diary — documents the Ledger obtained in May."
    assert not [f for f in _second_hand(text) if f.endswith("documents")]


def test_an_outlets_name_is_not_the_media() -> None:
    """ "the Harbour Press report" is one outlet's (its name decides), not "press reports" of no one."""
    found = _second_hand("The mayor linked to the Harbour Press report, which blamed the council.")
    assert not [f for f in found if f.startswith("Press report")], found
    assert _second_hand("Press reports say the ferry sank.") == ["Press reports say"]


def test_own_outlets_reporter_is_not_second_hand() -> None:
    """An outlet told things twice and never cited is the publisher: its own reporter is no relay."""
    text = ("The mayor told the Harbour Gazette on Monday that the quay would close. "
            "As a Harbour Gazette reporter noted, the back rows stayed empty. "
            "A councillor told the Harbour Gazette the vote was close.")
    assert not [f for f in _second_hand(text) if "reporter" in f]


def test_own_outlets_poll_is_not_second_hand() -> None:
    text = ("The mayor told the Harbour Gazette on Monday that the quay would close. "
            "A new Harbour Gazette poll found that most voters back the plan. "
            "A councillor told the Harbour Gazette the vote was close.")
    assert not [f for f in _second_hand(text) if "poll" in f]


def test_the_caveat_reads_as_a_sentence() -> None:
    text = "A report released in March by the Institute of Ports, Docks and Harbours noted that fees had doubled."
    [proposal] = _proposals(text)
    assert proposal == ("That fees had doubled is second-hand (a report released in March by the Institute of "
                        "Ports, Docks and Harbours noted)."), proposal


def test_a_quotation_from_a_report_reads_as_a_sentence() -> None:
    [proposal] = _proposals("Not every panel is alike. More from the report: “Larger samples are not always better.”")
    assert proposal == "Second-hand (quoted from the report): “Larger samples are not always better”."


def test_what_a_report_suggested_is_not_what_came_before_it() -> None:
    """ "the survey was done after the report that suggested X": the survey is first-hand, X is the report's."""
    [proposal] = _proposals("The survey was done shortly after the release of the H.B.A. report on her expenses "
                            "that suggested they were careless.")
    assert not proposal.startswith("That the survey"), proposal


def test_news_reports_and_an_account_with_a_comma_before_their_verb() -> None:
    found = _second_hand("Multiple news reports and an account in the Ledger editor’s memoir, reveal there was more "
                         "than one case.")
    assert found == ["Multiple news reports and an account in the Ledger editor’s memoir, reveal"], found


def test_documents_the_publisher_obtained_show_who_it_is() -> None:
    """ "obtained by" and "reviewed by" the outlet are its own reporting, as "told" it is: twice, never
    cited, and the outlet is the publisher, whose interviews are not second-hand."""
    text = ("A copy of the contract, obtained by the Harbour Gazette, runs to forty pages. "
            "The mayor told the Harbour Gazette on Monday that she had not read it. "
            "Emails reviewed by the Harbour Gazette show the deal was agreed in May.")
    assert not [f for f in _second_hand(text) if "Gazette" in f], _second_hand(text)


def test_what_a_study_found_is_what_follows_it() -> None:
    [proposal] = _proposals("A 2019 study by the Port Institute found 31 cases of fraud among 4,000 permits.")
    assert proposal.startswith("That there were 31 cases of fraud"), proposal


@pytest.mark.parametrize("text, relay", [
    # a dot inside a name or an initial does not end who relays the claim (was "according to ... outlet Bihus")
    ("According to a report by the investigative outlet Bihus.Info, the company is linked to a former member of "
     "parliament.", "According to a report by the investigative outlet Bihus.Info"),
    ("According to John F. Kennedy Jr. and his aides, the talks failed.",
     "According to John F. Kennedy Jr. and his aides"),
    ("The talks failed in March, according to data from the U.S. Treasury.",
     "according to data from the U.S. Treasury"),
])
def test_a_dot_inside_a_name_does_not_end_the_relay(text: str, relay: str) -> None:
    assert _second_hand(text) == [relay]


def test_the_report_named_before_in_the_sentence_is_one_relay() -> None:
    # "the report did not name him" is the report the sentence opened on, not a second one
    text = ("According to a report by the investigative outlet Bihus.Info, the company is linked to a former member "
            "of parliament, though the report did not name him.")
    assert len(_second_hand(text)) == 1, _second_hand(text)


def test_a_study_in_a_name_is_no_document() -> None:
    """Regression: "the Institute for the Study of War appears to show" was second-hand, as a study."""
    assert _second_hand("Satellite imagery reviewed by the Institute for the Study of War appears to show fire "
                        "damage at the terminal.") == []
