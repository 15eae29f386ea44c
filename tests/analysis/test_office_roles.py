"""An office written before a name keeps the words between its rank and its noun ("Chief information officer")."""

from __future__ import annotations

import pytest

from briefing.analysis import analyze_texts


@pytest.mark.parametrize("text, role", [
    ("Chief information officer Priya Raman said the gap was closed within hours.", "Chief information officer"),
    ("Chief financial officer Priya Raman said the results would be late.", "Chief financial officer"),
    ("Security chief Priya Raman said the gate was open.", "Security chief"),
])
def test_office_before_a_name(text: str, role: str) -> None:
    assert [(a.name, a.role) for a in analyze_texts([text]).actors if a.type == "person"] == [("Priya Raman", role)]


@pytest.mark.parametrize("text, name, role", [
    # regression: "Florida Sen. Ruth Okafor" was no one at all; "Ohio Gov. Ruth Okafor" was one long name
    ("Florida Sen. Ruth Okafor spoke on Monday. Okafor left early.", "Ruth Okafor", "Florida Sen."),
    ("Ohio Gov. Ruth Okafor lost to Ian Ober on Tuesday.", "Ruth Okafor", "Ohio Gov."),
    # regression: "City mayor"
    ("Former New York City mayor Rudy Galiano endorsed him.", "Rudy Galiano", "New York City mayor"),
    ("Republican presidential hopeful Ian Ober says he does not watch football.", "Ian Ober",
     "Republican presidential hopeful"),
    # regression: "to Ruth Okafor and Ohio to the state’s governor"
    ("Ian Ober lost Ohio to Ruth Okafor and Ohio to the state’s governor, Anna Lind.", "Anna Lind",
     "state’s governor"),
    ("The Secretary of the Treasury, Anna Lind, spoke first.", "Anna Lind", "Secretary of the Treasury"),
])
def test_roles_in_front_of_a_name_stop_where_the_role_does(text: str, name: str, role: str) -> None:
    actors = {a.name: a for a in analyze_texts(["Harbour news\n\n" + text]).actors}
    assert actors[name].role == role


@pytest.mark.parametrize("text, name, role", [
    # regression: the clause before a name was read as its role
    ("He said that as long as the Republican field remained divided, Ian Ober would have a path to the nomination.",
     "Ian Ober", None),
    ("In a swipe against Republican front-runner Ian Ober, Ruth Okafor said the goal was unity.", "Ruth Okafor",
     None),
    ("After his meeting with Ryan Lind, Ian Ober met with Republican House and Senate members on the Hill.",
     "Ryan Lind", None),
    # regression: the role ran on into the sentence's verb
    ("Gary Byrne, a former Secret Service agent for President Anna Lind has written a book about her.",
     "Gary Byrne", "former Secret Service agent for President Anna Lind"),
    ("The GOP strategist in Ohio, Bruce Haines, said little.", "Bruce Haines", "GOP strategist in Ohio"),
])
def test_a_clause_is_no_role(text: str, name: str, role: str | None) -> None:
    actors = {a.name: a for a in analyze_texts(["Harbour news\n\n" + text]).actors}
    assert actors[name].role == role


def test_a_hyphenated_role_noun_ends_a_role_in_front_of_a_name() -> None:
    text = "Harbour news\n\nThe Republican front-runner, Ian Ober, spoke first.\n"
    assert {a.name: a.role for a in analyze_texts([text]).actors}["Ian Ober"] == "Republican front-runner"


def test_a_role_ends_before_an_aside_in_brackets() -> None:
    text = ("Harbour news\n\nIvo Varek, former editor of the Harbour Voice (Glas Luke) newspaper, was freed on Friday. "
            "A judge pardoned Ivo Varek.\n")
    actors = {a.name: a for a in analyze_texts([text]).actors}
    assert actors["Ivo Varek"].type == "person"
    assert actors["Ivo Varek"].role == "former editor of the Harbour Voice"


def test_a_count_after_a_place_is_no_role() -> None:
    """Regression: "the prefect of Dalvik, 28 prisoners (refugees) were handed over" made Dalvik a person."""
    text = "Harbour news\n\nWith the prefect of Dalvik, 28 prisoners (refugees) were handed over on Friday.\n"
    assert "Dalvik" not in {a.name for a in analyze_texts([text]).actors if a.type == "person"}


@pytest.mark.parametrize("text, name, role", [
    ("Once he was president, Ivo Karsich changed course.", "Ivo Karsich", None),
    ("Ivo Karsich, trying to use his rival's words against him, spoke for an hour.", "Ivo Karsich", None),
    ("Ivo Karsich, now the party's nominee, spoke for an hour.", "Ivo Karsich", "party's nominee"),
    ("Emerging from two hours alone with Mr. Ivo Karsich, the prime minister ''looked ashen,'' an aide said.",
     "Ivo Karsich", None),
    ("The acting director, Ivo Karsich, spoke for an hour.", "Ivo Karsich", "acting director"),
])
def test_a_clause_after_or_before_a_name_is_no_role(text: str, name: str, role: str | None) -> None:
    """Regressions from political news: "Once he was president", "trying to use ...", "''looked ashen''"."""
    actors = {a.name: a for a in analyze_texts(["Harbour news\n\n" + text]).actors}
    assert actors[name].role == role


def test_commander_in_chief_is_a_role_before_a_name_and_in_apposition() -> None:
    found = {a.name: a.role for a in analyze_texts(["Tarvania's commander-in-chief, Valerii Marchuk, has warned "
                                                     "that the war has reached a stalemate."]).actors}
    assert found == {"Valerii Marchuk": "Tarvania's commander-in-chief"}, found


def test_an_affiliation_in_the_possessive_names_the_body() -> None:
    [actor] = [a for a in analyze_texts(["“The enemy is losing men,” said Oleksandr Varta, a spokesman for "
                                         "Ukraine's southern forces, in a televised briefing."]).actors
               if a.type == "person"]
    assert actor.affiliation == "Ukraine", actor


@pytest.mark.parametrize("text, role, affiliation", [
    ("Georgian Dream's founder, billionaire Bidzina Ivanishvili, said the vote was fair.", "Georgian Dream's founder",
     "Georgian Dream"),
    ("Kestrel Steel's owner, tycoon Rinat Akhmed, said the plant would close.", "Kestrel Steel's owner",
     "Kestrel Steel"),
])
def test_a_role_set_off_before_a_title_and_a_name_is_the_role(text: str, role: str, affiliation: str) -> None:
    """Seen on a trial story (Georgia's election): "Georgian Dream's founder, billionaire Bidzina Ivanishvili" had the
    role "billionaire" and no affiliation: the look back for the set-off role started after the title."""
    [actor] = [a for a in analyze_texts([text]).actors if a.type == "person"]
    assert (actor.role, actor.affiliation) == (role, affiliation)


def test_a_stop_inside_a_bodys_name_ends_no_role() -> None:
    """Regression (a trial story on Moldova): "Valeriu Pasa, head of the think tank WatchDog.md" had no role."""
    text = '"The government has lost touch," said Valeriu Pasa, head of the think tank WatchDog.md.'
    [person] = [a for a in analyze_texts([text]).actors if a.type == "person"]
    assert (person.role, person.affiliation) == ("head of the think tank WatchDog.md", "WatchDog.md")


@pytest.mark.parametrize("text", [
    "The US ambassador to NATO, Julianne Varga, said Washington fully supports the wording.",
    "Julianne Varga, the US ambassador to NATO, said Washington fully supports the wording.",
])
def test_us_in_capitals_before_a_title_is_the_country_not_a_pronoun(text: str) -> None:
    """Regression (a trial memo on a NATO summit): "The US ambassador to NATO, Julianne Smith," had no role: "US"
    was read as the pronoun "us", which marks a clause, not a role."""
    [person] = [a for a in analyze_texts([text]).actors if a.type == "person"]
    assert person.role == "US ambassador to NATO", person


def test_an_infrastructure_minister_keeps_the_portfolio() -> None:
    """Regression (a trial port story): "Ukrainian infrastructure minister Olena Hrytsenko" had the role "minister"."""
    [person] = [a for a in analyze_texts(["Ukrainian infrastructure minister Olena Hrytsenko said on Friday that the "
                                          "port would reopen."]).actors if a.type == "person"]
    assert (person.role, person.affiliation) == ("Ukrainian infrastructure minister", "Ukraine"), person
