"""Names the analysis reads as people or organisations, and words it must not take for either."""

from __future__ import annotations

import pytest

from briefing.analysis import analyze_texts


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in analyze_texts(["Harbour news\n\n" + text]).actors}


@pytest.mark.parametrize("text, name", [
    ("The lease was signed after Freddy Okonkwo, a visitor from Marlow, complained.", "Freddy Okonkwo"),
    ("Meanwhile 18-year-old Ian Tarrow makes his debut in the harbour team.", "Ian Tarrow"),
    ("Seles drew American Anne Vintner in the first round.", "Anne Vintner"),
    ("Muster faces Frenchman Cedric Poulain on Monday.", "Cedric Poulain"),
    ("Second-ranked Austrian Thomas Mauser did not have the luck of the draw.", "Thomas Mauser"),
    ("In 1533 Queen Elizabeth I was born.", "Elizabeth I"),
    ("The treaty was signed by the Holy Roman Emperor Charles VI and France.", "Charles VI"),
    ("The minister met Irish Foreign Minister Dick Spring in Lund.", "Dick Spring"),
    ("Dublin-born director Neil Jordan says he never slept less.", "Neil Jordan"),
    ("The Marlow Party of Labour (MPL) of Massoud Barhani said that it was backed by the army.", "Massoud Barhani"),
    ("He met Marlow President Ezra Wenzel, the ministry said.", "Ezra Wenzel"),
    ("South Korea repatriated Pak Un-sok in 1993.", "Pak Un-sok"),
    ("The conservative Democrats of President Sali Berhan swept the vote.", "Sali Berhan"),
    ("Prices may fall further, said Burcin Maviter from Harbourbank.", "Burcin Maviter"),
])
def test_people(text: str, name: str) -> None:
    assert _actors(text).get(name) == "person", _actors(text)


@pytest.mark.parametrize("text, name", [
    ("Shares of Douglas & Lomason Co were up on Friday.", "Douglas & Lomason Co"),
    ("Shares rose on the New York Stock Exchange on Friday.", "New York Stock Exchange"),
    ("Minneapolis-based First Harbour Bank Inc said it would buy the unit.", "First Harbour Bank Inc"),
    ("The deal gives Magnor an edge, said Joel Varga, an analyst at Schroder Varn.", "Schroder Varn"),
    ("The rival Patriotic Union of Marlow said it had won the vote.", "Patriotic Union of Marlow"),
])
def test_organisations(text: str, name: str) -> None:
    assert _actors(text).get(name) == "organization", _actors(text)


@pytest.mark.parametrize("text, word", [
    ("The borders would open to 19 Northern and Northeastern states in November.", "Northeastern"),
    ("LITTLE HARBOUR 1996-08-30\nThe governor said the port would reopen.", "LITTLE HARBOUR"),
    ("Police said Chechens attacked the convoy, a spokesman said.", "Chechens"),
    ("The Davis Cup final was held in Lund, Premier Ola Brandt said.", "Davis Cup"),
    ("The boat sank near Klongvik, a prison official said.", "Klongvik"),
    ("Shares of a major Hong Kong-listed firm fell, analysts said.", "Hong Kong-listed"),
])
def test_no_one(text: str, word: str) -> None:
    assert word not in _actors(text)


def test_a_newspaper_cited_is_an_organisation_not_a_person() -> None:
    assert _actors("Zycie Marlowy daily said on Saturday that the consortium was formed.") == {
        "Zycie Marlowy": "organization"}


@pytest.mark.parametrize("text, name", [
    ("The Organisation for Harbour Safety and Cooperation in Europe said it would watch the vote.",
     "Organisation for Harbour Safety and Cooperation in Europe"),
    ("Marlow Chemical Co of the United States said it would cut jobs.", "Marlow Chemical Co"),
])
def test_organisation_names_end_where_they_should(text: str, name: str) -> None:
    assert _actors(text).get(name) == "organization", _actors(text)


@pytest.mark.parametrize("text, word", [
    ("Traders said Wall Street would open lower after Labour Day.", "Wall Street"),
    ("Family-controlled Marlow Shipping said profits rose.", "Family-controlled Marlow Shipping"),
    ("The Marlow PMI rose to 52 in August, traders said.", "PMI"),
])
def test_not_organisations(text: str, word: str) -> None:
    assert word not in _actors(text)


def test_a_name_a_who_clause_follows_is_a_person() -> None:
    actors = {a.name: a.type for a in analyze_texts(
        ["Border talks\n\nItamo Ravel, who as envoy led the talks, called them a storm in a teacup. Moudi Marek, in "
         "his late 20s, carried a gun. "
         "Harbour United, which owns the port, declined to comment."]).actors}
    assert actors.get("Itamo Ravel") == "person", actors
    assert actors.get("Moudi Marek") == "person", actors
    assert "Harbour United" not in actors or actors["Harbour United"] != "person", actors


def test_an_assistant_secretary_of_state_is_a_title_before_a_name() -> None:
    actors = {a.name: a.type for a in analyze_texts(
        ["Talks resume\n\nThe radio said U.S. Assistant Secretary of State Jon Kornby had reassured "
         "officials."]).actors}
    assert actors.get("Jon Kornby") == "person", actors


def test_a_kinship_noun_in_lower_case_before_a_name_is_a_role_not_an_honorific() -> None:
    actors = {a.name: a.type for a in analyze_texts(
        ["Rebels in the hills\n\nMamarov joked that his sister Lisa was a rebel too."]).actors}
    assert actors.get("Lisa") == "person", actors


def _people(text: str) -> set[str]:
    return {name for name, kind in _actors(text).items() if kind == "person"}


def test_names_after_a_plural_noun_for_people_are_people() -> None:
    found = _people("Police found two missing girls, Mira Oskvaal and Lene Vahtrik, near the harbour. "
                    "His sisters, Ilka and Marit, were at home.")
    assert {"Mira Oskvaal", "Lene Vahtrik", "Ilka", "Marit"} <= found, found


def test_a_name_coordinated_with_a_person_is_a_person() -> None:
    found = _people("The talks were joined by Charles Tanner and Ardo Kibetwa on Tuesday.")
    assert {"Charles Tanner", "Ardo Kibetwa"} <= found, found


def test_a_list_after_brokers_or_with_a_people_is_not_made_people() -> None:
    found = _people("Brokers Orvell Dunn and Tarnwick were cited. Corvanian Serbs and Charles Tanner met.")
    assert "Orvell Dunn" not in found and "Tarnwick" not in found, found
    assert "Corvanian Serbs" not in found, found


def test_a_hyphenated_office_in_front_of_a_name_is_a_title() -> None:
    found = _actors("Deputy Prosecutor-General Anton Varela opened the inquiry. Later Attorney-General "
                    "Mira Lund spoke to reporters.")
    assert found.get("Anton Varela") == "person", found
    assert found.get("Mira Lund") == "person", found
    assert not any("General" in name for name in found), found


def test_a_fellow_at_an_institute_named_after_a_quotation_has_that_role() -> None:
    """Regression (blind held-out h12): "said X, a senior fellow at the institute" gave no role."""
    [actor] = analyze_texts(['"They are aiming at revenue," said Hanna Kovalenko-Reid, a senior fellow at '
                             'the institute.']).actors
    assert actor.role == "senior fellow at the institute"


def test_a_headline_in_title_case_is_read_as_a_headline_even_with_a_full_stop() -> None:
    """Regression: a site's title line ending in "." gave the person "Praises Ruth Okafor Donor" and the role
    "Harbour Strike Isn’t The Only Reason Dockers Back Mayor"."""
    for title in ("Harbour Strike Isn’t The Only Reason Dockers Back Mayor Ruth Okafor.",
                  "Port Union Chief Praises Ruth Okafor Donor’s Skywriting Campaign."):
        text = title + "\n\nThe head of the port union, Ian Ober, praised Mayor Ruth Okafor on Friday.\n"
        actors = {a.name: a for a in analyze_texts([text]).actors}
        assert set(actors) == {"Ian Ober", "Ruth Okafor"}
        assert actors["Ruth Okafor"].role == "Mayor"


def test_a_connective_opening_a_sentence_is_no_one() -> None:
    text = ("Harbour news\n\nInstead, the union will campaign for Ruth Okafor. Overall, the port is calm. "
            "Once Congress acts, the port will reopen.\n")
    assert {a.name for a in analyze_texts([text]).actors} == {"Ruth Okafor", "Congress"}  # not "Once Congress"


def test_the_surname_of_someone_named_in_full_is_that_person_not_a_body() -> None:
    """Regression: "rivals, Kasich has sought ..." gave an organisation "Kasich" beside "John Kasich"."""
    text = ("Harbour news\n\nOhio Gov. Ivo Karsich won his home state on Tuesday. Steering clear of the rhetoric of "
            "his GOP rivals, Karsich has sought to stand apart. Karsich said he would stay in the race.\n")
    actors = [(a.name, a.type) for a in analyze_texts([text]).actors if "Karsich" in a.name]
    assert actors == [("Ivo Karsich", "person")]


def test_a_contraction_opening_a_sentence_is_no_one() -> None:
    """Regression: "I'll" was proposed as a person."""
    text = "Harbour news\n\n\"I'll be back,\" Ian Ober said. I'll say it again. We're ready, Ober said. Don't go.\n"
    assert {a.name for a in analyze_texts([text]).actors} == {"Ian Ober"}


def test_a_councilman_is_a_title() -> None:
    text = ("Harbour news\n\nCouncilman Rafael Ortiz, one of the two members who voted against the plan, said it would "
            "hurt retirees. Former mayor Lionel Brandt said in an interview with the Marlow Courier that repairs were "
            "late.\n")
    actors = {a.name: a for a in analyze_texts([text]).actors}
    assert actors["Rafael Ortiz"].role == "Councilman"


def test_a_given_name_before_a_paper_word_is_a_person() -> None:
    """"Jim Courier" is a person (a paper word after a given name is a surname here)."""
    text = "Harbour news\n\nThe first round pits eighth seed Jim Courier against Stefan Edberg. Courier won.\n"
    assert {a.name: a.type for a in analyze_texts([text]).actors}.get("Jim Courier") == "person"
