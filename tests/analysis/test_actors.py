from __future__ import annotations

import pytest

from briefing.analysis import ActorSuggestion, analyze_texts

ARTICLE = """Kyiv weighs draft plan

KYIV (Harbour Wire) - Ukrainian President Mykhailo Zhytomyrskyy received a draft plan on Thursday, his office said.
Arkady Volkov, an adviser to Russian President Pavel Orlov, told Axios the plan was balanced.
Zhytomyrskyy said he would study it. Mr. Zhytomyrskyy did not say when he would reply.
NATO Secretary General Ilse Brandvold said the alliance had not seen the text, according to Reuters.
Sutrisno, a fisherman who like many Indonesians uses one name, said prices had doubled.
OPEC said output would not change. A spokesman for OPEC declined to comment, CBS News reported.
"""


def _actors() -> dict[str, ActorSuggestion]:
    return {a.name: a for a in analyze_texts([ARTICLE]).actors}


def test_mentions_of_one_person_merge_into_one_actor() -> None:
    actors = _actors()
    zhytomyrskyy = actors["Mykhailo Zhytomyrskyy"]
    assert zhytomyrskyy.type == "person"
    assert zhytomyrskyy.mentions == 3
    assert zhytomyrskyy.role == "Ukrainian President"
    assert zhytomyrskyy.affiliation == "Ukraine"
    assert not any(name in actors for name in ("Zhytomyrskyy", "Mr. Zhytomyrskyy"))


def test_role_from_apposition_and_its_evidence() -> None:
    volkov = _actors()["Arkady Volkov"]
    assert volkov.role == "adviser to Russian President Pavel Orlov"
    assert volkov.affiliation == "Russia"
    assert volkov.evidence[-1].text == "Arkady Volkov, an adviser to Russian President Pavel Orlov"


def test_one_name_person_and_acronym_organisations() -> None:
    actors = _actors()
    assert actors["Sutrisno"].type == "person"
    assert actors["Sutrisno"].role == "fisherman"
    assert actors["OPEC"].type == "organization"
    assert actors["NATO"].type == "organization"
    assert actors["Ilse Brandvold"].role == "NATO Secretary General"
    assert actors["Ilse Brandvold"].affiliation == "NATO"


def test_outlets_the_story_cites_are_organisations_but_its_own_publisher_is_not() -> None:
    actors = _actors()
    assert {name: actors[name].type for name in ("Axios", "Reuters", "CBS News") if name in actors} == {
        "Axios": "organization", "Reuters": "organization", "CBS News": "organization"}
    assert "Harbour Wire" not in actors and "CBS" not in actors  # the dateline names the source's own outlet
    assert "Indonesians" not in actors and "Kyiv" not in actors


def test_the_publisher_named_in_the_sources_details_is_not_an_actor() -> None:
    from briefing.analysis import analyze
    from briefing.model import Source

    text = "Talks stall\n\nA minister told Coastal Herald the talks had stalled. Reuters reported the same."
    result = analyze([Source("Talks stall", text, publisher="Coastal Herald")])
    assert {a.name for a in result.actors} == {"Reuters"}


def test_byline_author_is_not_an_actor() -> None:
    text = "Storm hits coast\n\nBy Maren Solberg\n\nGovernor Ada Obi said 3,000 homes were damaged."
    names = {a.name for a in analyze_texts([text]).actors}
    assert names == {"Ada Obi"}


def test_actors_merge_across_sources() -> None:
    first = "Defense Minister Tomasz Nowak said the order was signed."
    second = "Nowak told reporters the first deliveries would arrive in May."
    actors = analyze_texts([first, second]).actors
    [nowak] = [a for a in actors if a.type == "person"]
    assert nowak.name == "Tomasz Nowak" and nowak.mentions == 2
    assert {e.source for e in nowak.evidence} == {0}


def test_family_name_first_is_linked() -> None:
    text = ("Nanwei's chairman, Wang Jianhua, said the sale would help. Wang did not say how the money would be used.")
    [wang] = [a for a in analyze_texts([text]).actors if a.type == "person"]
    assert wang.name == "Wang Jianhua" and wang.mentions == 2 and wang.role == "Nanwei's chairman"


def test_transliteration_variants_merge() -> None:
    texts = ["President Mykhailo Zhytomyrskyy said the plan was received.",
             "Mykhailo Zhytomyrsky, Ukraine's president, said talks would continue. Zhytomyrsky did not elaborate."]
    people = [a for a in analyze_texts(texts).actors if a.type == "person"]
    assert len(people) == 1 and people[0].mentions == 3


def test_short_names_are_not_merged_by_spelling() -> None:
    text = "Foreign Minister Lee Min-ho said talks would resume. Premier Li Min-ho, no relation, said nothing."
    people = {a.name for a in analyze_texts([text]).actors if a.type == "person"}
    assert people == {"Lee Min-ho", "Li Min-ho"}


def test_credit_lines_and_time_zones_are_not_actors() -> None:
    text = ("Updated on: November 20, 2025 / 4:30 PM EST\n\nGovernor Ada Obi said 3,000 homes were damaged.\n\n"
            "Reporting by Jonas Fenwick in Lagos; Editing by Mara Quist\n\n"
            "Pia Santos contributed to this report.")
    names = {a.name for a in analyze_texts([text]).actors}
    assert names == {"Ada Obi"}


def test_lists_of_titled_people_keep_their_own_roles() -> None:
    text = ("German Chancellor Ulrike Brand, French President Élise Moreau and British Prime Minister Tom Weller "
            "said in a joint statement that Europe must be at the table. Sen. Roger Hale, R-Miss., the chairman of "
            "the Armed Services Committee, called the plan weak.")
    roles = {a.name: a.role for a in analyze_texts([text]).actors if a.type == "person"}
    assert roles == {"Ulrike Brand": "German Chancellor", "Élise Moreau": "French President",
                     "Tom Weller": "British Prime Minister",
                     "Roger Hale": "chairman of the Armed Services Committee"}


def test_things_named_like_organisations_are_not_actors() -> None:
    text = "The president flew on Air Force One to the summit, aides said."
    assert analyze_texts([text]).actors == []


def test_name_particles() -> None:
    text = ("European Commission President Ursula von der Leyen said the EU would respond. Von der Leyen did not "
            "give details. Saudi Energy Minister Prince Nawaf bin Ziyad al-Mutairi agreed.")
    people = {a.name: a for a in analyze_texts([text]).actors if a.type == "person"}
    assert people["Ursula von der Leyen"].mentions == 2
    assert people["Ursula von der Leyen"].role == "European Commission President"
    assert "Nawaf bin Ziyad al-Mutairi" in people


def test_company_names_and_abbreviated_titles() -> None:
    text = ("Gov. Maria Delgado-Reyes declared an emergency. \"It's moving fast,\" said Capt. Erik Lund of the "
            "Los Angeles County Fire Department. Southern California Edison said it had cut power to 80,000 "
            "customers. State Farm, which stopped writing policies, declined to comment.")
    actors = {a.name: a for a in analyze_texts([text]).actors}
    assert actors["Maria Delgado-Reyes"].role == "Governor"
    assert actors["Erik Lund"].role == "Captain of the Los Angeles County Fire Department"
    assert actors["Erik Lund"].affiliation == "Los Angeles County Fire Department"
    assert actors["Southern California Edison"].type == "organization"
    assert not any(a.type == "person" and "Farm" in a.name for a in actors.values())


def test_honorific_after_a_title_behind_an_office_name() -> None:
    text = "The order, signed by Drugs Controller General Dr. Anil Varma, took effect. Varma did not respond."
    [person] = [a for a in analyze_texts([text]).actors if a.type == "person"]
    assert person.name == "Anil Varma" and person.role == "Drugs Controller General" and person.mentions == 2


def test_an_age_marks_a_person() -> None:
    text = "Nguyen Thi Hoa, 62, said her family spent two nights on the roof."
    [person] = analyze_texts([text]).actors
    assert person.name == "Nguyen Thi Hoa" and person.type == "person"


def test_an_acronym_beside_the_name_it_stands_for_is_one_organisation() -> None:
    """"The EU ... the European Union ...": one actor under its full name, though no bracket joins them."""
    text = ("The EU will discuss the proposal on Friday, the European Commission said. European Union envoys are "
            "split over the timeline. The Harbour Union, a dockers' group, opposes it.")
    organizations = {a.name: a.mentions for a in analyze_texts([text]).actors if a.type == "organization"}
    assert organizations.get("European Union") == 2, organizations
    assert "EU" not in organizations and "European Commission" in organizations


def test_the_kind_of_body_that_owns_a_role_is_the_one_such_body_named() -> None:
    """Seen on a trial article: "The association's president, Tomas Reyes," had no affiliation though the sentence
    before named the Velmar Pharmacists' Association; "the state's campaign chairman" is no "Islamic State"'s."""
    text = ("According to data compiled by the Velmar Pharmacists' Association, 41 percent of pharmacies ran out. "
            "The association's president, Tomas Reyes, said the shortage was the worst in 20 years. "
            "The Islamic State claimed the attack. The state's campaign chairman, Phil Lovas, said little.")
    actors = {a.name: a for a in analyze_texts([text]).actors}
    assert actors["Tomas Reyes"].affiliation == "Velmar Pharmacists' Association"
    assert actors["Phil Lovas"].affiliation is None


@pytest.mark.parametrize("text, name", [
    ("Analysts at the consultancy Black Sea Monitor estimate that the refinery processed 240,000 barrels a day.",
     "Black Sea Monitor"),
    ("The think tank Harbour Futures said the plan would fail.", "Harbour Futures"),
])
def test_a_consultancy_or_think_tank_before_a_name_makes_it_a_body(text: str, name: str) -> None:
    """Seen on a trial article: "the consultancy Black Sea Monitor" was no actor, "the think tank ..." a person."""
    assert {a.name: a.type for a in analyze_texts([text]).actors}.get(name) == "organization"


def test_a_person_whose_aide_someone_is_is_no_affiliation() -> None:
    """Seen on a trial article: "Amsel's budget director, Leah Crane," had the affiliation "Amsel"."""
    text = ("Governor Ruth Amsel's budget ran into trouble on Monday. Amsel's budget director, Leah Crane, told "
            "reporters the administration had no intention of reopening the numbers.")
    actors = {a.name: a for a in analyze_texts([text]).actors}
    assert actors["Leah Crane"].role == "Amsel's budget director" and actors["Leah Crane"].affiliation is None


def test_a_village_in_a_role_is_no_affiliation() -> None:
    """Seen on a trial article: "a teacher in the village of Dol" gave the affiliation "Dol"."""
    text = '"The water is at the windows," said Aram Petrosyan, a teacher in the village of Dol.'
    [person] = [a for a in analyze_texts([text]).actors if a.type == "person"]
    assert person.role == "teacher in the village of Dol" and person.affiliation is None


def test_a_clipped_name_is_the_body_it_is_clipped_from() -> None:
    """Seen on a trial article: "the Federal Reserve" and "The Fed" were two actors."""
    text = ("The Federal Reserve told the bank in March that it must raise its capital. The Fed declined to comment. "
            "The Congressional Budget Office said the cost was rising, and Congress will vote in May.")
    organizations = {a.name: a.mentions for a in analyze_texts([text]).actors if a.type == "organization"}
    assert organizations.get("Federal Reserve") == 2 and "Fed" not in organizations, organizations
    assert organizations.get("Congressional Budget Office") == 1, organizations  # "Congress" is no clip of it


def test_a_place_in_a_role_is_no_company_that_opens_on_its_name() -> None:
    """Regression: "a grain trader in Velmar" gave Tomas Berg the affiliation "Velmar Shipping Lines", whose
    first word was read as its short name; "in Velmar" says where he trades, not for whom."""
    text = ("Grain exporters stopped loading ships at Port Velmar on Wednesday. \"They saw this coming,\" said Tomas "
            "Berg, a grain trader in Velmar. Velmar Shipping Lines, the largest operator at the port, declined to "
            "comment. \"We are fully insured,\" said Anna Holm, a spokeswoman for Velmar Shipping.")
    actors = {a.name: a for a in analyze_texts([text]).actors}
    assert actors["Tomas Berg"].affiliation is None
    assert (actors["Anna Holm"].affiliation or "").startswith("Velmar Shipping")  # "for Velmar Shipping": the company


@pytest.mark.parametrize("text, person, affiliation", [
    # "X of the <body>" with no role: the body is the person's affiliation, and the evidence shows it
    ("\"People lost food,\" said Greta Lind of the Asterby Consumers' Association.", "Greta Lind",
     "Asterby Consumers' Association"),
    ("Marta Olsen at the Nordic Grain Federation said exports would fall.", "Marta Olsen", "Nordic Grain Federation"),
])
def test_a_body_after_a_name_without_a_role_is_the_affiliation(text: str, person: str, affiliation: str) -> None:
    actors = {a.name: a for a in analyze_texts([text]).actors}
    assert actors[person].affiliation == affiliation
    assert actors[person].role is None
    assert any(affiliation in evidence.text for evidence in actors[person].evidence)


@pytest.mark.parametrize("text", [
    "Tomas Berg of Velmar said the harbour was closed.",  # a place, not a body
    "Anna Holm from the Ministry of Transport of Corvania arrived on Monday, but Lars Eng of Texas did not.",
])
def test_a_place_after_a_name_is_no_affiliation(text: str) -> None:
    people = [a for a in analyze_texts([text]).actors if a.type == "person"]
    assert all(a.affiliation in (None, "Ministry of Transport of Corvania") for a in people), people


@pytest.mark.parametrize("text, person, role, affiliation", [
    # a name of several words before the role word belongs to the role whole (was "Sachs analyst", "Left leader")
    ("Goldman Sachs analyst Jan Hatzius said rates would rise.", "Jan Hatzius", "Goldman Sachs analyst",
     "Goldman Sachs"),
    ("\"We will not sign,\" Green Left leader Mira Santos told supporters.", "Mira Santos", "Green Left leader",
     "Green Left"),
    ("Civic Platform leader Donald Tusk said the vote was lost.", "Donald Tusk", "Civic Platform leader",
     "Civic Platform"),
])
def test_a_name_of_several_words_before_a_role_word(text: str, person: str, role: str, affiliation: str) -> None:
    actors = {a.name: a for a in analyze_texts([text]).actors}
    assert (actors[person].role, actors[person].affiliation) == (role, affiliation)


@pytest.mark.parametrize("text, person, role, affiliation", [
    # one word before the head of a body's office is the body (was no affiliation on trial articles)
    ("Bundesbank chief Joachim Nagel said it was far too early.", "Joachim Nagel", "Bundesbank chief", "Bundesbank"),
    ("Moldovagaz chief executive Vadim Ceban told reporters the reserves would last.", "Vadim Ceban",
     "Moldovagaz chief executive", "Moldovagaz"),
    ("Ukrenergo head Volodymyr Kudrytskyi said repairs went on.", "Volodymyr Kudrytskyi", "Ukrenergo head",
     "Ukrenergo"),
])
def test_one_word_before_an_office_is_the_body(text: str, person: str, role: str, affiliation: str) -> None:
    actors = {a.name: a for a in analyze_texts([text]).actors}
    assert (actors[person].role, actors[person].affiliation) == (role, affiliation)


@pytest.mark.parametrize("text, person", [
    ("Democratic strategist Jan Ober said it was over.", "Jan Ober"),  # a party's adjective, no body
    ("Donald Trump met donors on Monday. Trump spokesman Jan Ober said the meeting went well.", "Jan Ober"),
    ("Texas director Ana Berg said the count was over.", "Ana Berg"),  # a place
    ("Former chief executive Ana Berg said the count was over.", "Ana Berg"),
    ("Government spokesperson Bekele Tulu said the count was over.", "Bekele Tulu"),  # a kind of body
    ("Board chair Ana Berg said the board would meet.", "Ana Berg"),  # "board" is written in lower case
    ("Controversial owner Ana Berg said the count was over.", "Ana Berg"),  # an adjective
])
def test_one_word_before_an_office_that_is_no_body(text: str, person: str) -> None:
    actors = {a.name: a for a in analyze_texts([text]).actors}
    assert actors[person].affiliation is None, actors[person]


def test_a_possessive_name_before_a_body_is_no_role() -> None:
    """Regression (CoNLL train): "Mother Teresa's Missionaries of Charity" made "Missionaries" a person whose
    role was "Mother Teresa's"."""
    text = "Prayers continued in Calcutta, where Mother Teresa's Missionaries of Charity runs several homes."
    assert not [a for a in analyze_texts([text]).actors if a.name.startswith("Missionaries")]
