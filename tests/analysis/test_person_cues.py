"""A name with no title, role or known given name is a person when the sentence says what only a person
undergoes or has (arrest, a wife, being quoted as saying), and a middle initial does not hide a given name."""

from __future__ import annotations

import pytest

from briefing.analysis import analyze_texts


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in analyze_texts(["Harbour news\n\n" + text]).actors}


@pytest.mark.parametrize("text, name", [
    ("Radomir Kelcatu was arrested at the border on Sunday.", "Radomir Kelcatu"),
    ("Ostrava police said Dobrin Valeku had been detained at the border.", "Dobrin Valeku"),
    ("Tolvek Vandam and his wife moved to the coast.", "Tolvek Vandam"),
    ("The court heard that Tolvane's widow had sold the house.", "Tolvane"),
    ("The agency quoted Lavrenko as saying the talks went well.", "Lavrenko"),
    ("Faris al-Maktouri is the chairman of the Marlow Front.", "Faris al-Maktouri"),
    ("A portrait of Harald P. Osterby hangs in the hall.", "Harald P. Osterby"),
    ("Congressman Curtis Wendle opened the fair.", "Curtis Wendle"),
    ("A guitar once owned by blues legend Okwe Vandall went on show.", "Okwe Vandall"),
    ("Police questioned Mafia boss Turri Vittelli at dawn.", "Turri Vittelli"),
    ("The tomb was carved for the pharaoh Amenkhet.", "Amenkhet"),
    ("Patriarch Harvok blessed the new bridge.", "Harvok"),
    # an office written out in full, then its holder, in one run of capitals
    ("He met the Minister of Trade and Industry Pelle Ostrand on Monday.", "Pelle Ostrand"),
    ("He will meet Assistant Secretary for Near Eastern Affairs Daniel Quarrie in May.", "Daniel Quarrie"),
    ("The President of the Republic Andreas Kolvar opened the session.", "Andreas Kolvar"),
    ("Under-Secretary of State for Foreign and Commonwealth Affairs Tom Vellin told reporters.", "Tom Vellin"),
    # a capitalised noun for a person before a known given name is a title
    ("Articles by British Journalist Pat Dunmore were reprinted.", "Pat Dunmore"),
    ("Mourners recalled the French Roman Catholic Bishop Luc Ambrelle.", "Luc Ambrelle"),
    # where the person is from, in two words or as a noun for a person
    ("Vargas drew South African Elsa Brinkwater in the first round.", "Elsa Brinkwater"),
    ("The club, coached by Pole Wiesko Kralicki, met the leaders.", "Wiesko Kralicki"),
    # a capitalised common word after a given name, in prose, is a surname
    ("An essay by Lydia During, a scholar at the college, was reprinted.", "Lydia During"),
    # appositions: before "said" when the name opens the sentence, past "U.S.", with "another"
    ("Tarvo Kesselin, chairman of the Harbour Commission said the pier would reopen.", "Tarvo Kesselin"),
    ("- Pelham Lornesto, the U.S. Under-Secretary of State for Trade, said the plan worked.", "Pelham Lornesto"),
    ("The parcel went to Ebbert Kranenburg, another Dutch citizen living nearby.", "Ebbert Kranenburg"),
    ("Talks were held with Massu Oldani, leader of the Highland Popular Party (HPP), and others.", "Massu Oldani"),
    ("Faris al-Maktouri is the leader of the Marlow Front.", "Faris al-Maktouri"),
    ("Ottilie is the great-granddaughter of a famous painter.", "Ottilie"),
])
def test_people_by_what_the_sentence_says(text: str, name: str) -> None:
    assert _actors(text).get(name) == "person", _actors(text)


@pytest.mark.parametrize("text, name", [
    ("Marlow Steel was charged with fraud on Friday.", "Marlow Steel"),
    ("Tarvik Holdings is the market leader in tyres.", "Tarvik Holdings"),
    ("Tarvik Holdings is the largest maker of tyres.", "Tarvik Holdings"),
    ("Orvell Group's unit was sold to a rival.", "Orvell Group"),
    ("The Ministry of Foreign Affairs said on Monday it would act.", "Ministry of Foreign Affairs"),
    ("He spoke to the Department of Trade and Industry on Monday.", "Department of Trade and Industry"),
    ("American Home Products rose 5 percent.", "Home Products"),
    ("Norland Research, Inc's analyst Gil Amsel said sales fell.", "Norland Research"),
    ("Marlex, the venture of U.S. majors Orvell Corp and Tarn Inc, owns the plant.", "Marlex"),
    ("Instead, the workers were said to be on leave.", "Instead"),
    ("Tarvik is the market leader in tyres.", "Tarvik"),
    ("Tarvik is the leader in tyres.", "Tarvik"),
])
def test_no_person_from_what_firms_do_too(text: str, name: str) -> None:
    assert _actors(text).get(name) != "person", _actors(text)


@pytest.mark.parametrize("text, name", [
    ("Crowds lined the road for the Boy Scout Rally on Sunday.", "Scout Rally"),
    ("Dissident Valtari Vanguard fighters took the town.", "Valtari Vanguard"),
    ("Many remembered the Thousand Woman March in the capital.", "March"),
])
def test_a_noun_for_a_person_inside_a_name_is_no_title(text: str, name: str) -> None:
    assert _actors(text).get(name) != "person", _actors(text)


def test_a_leading_initial_makes_no_person() -> None:
    # firms are named that way ("J. Tarrant said it would ..."), so only a middle initial counts
    assert _actors("Shares of J. Tarrant rose 5 percent.").get("J. Tarrant") != "person"


@pytest.mark.parametrize("text, name", [
    ("S. Korea said it would answer the proposal.", "S. Korea"),
    ("N. Korea warned on Monday that talks were over.", "N. Korea"),
    ("The mayor of Buenos Aires said the plan would go ahead.", "Buenos Aires"),
    ("Little Rock said it would close the bridge.", "Little Rock"),
])
def test_places_are_no_people(text: str, name: str) -> None:
    assert name not in _actors(text), _actors(text)


def test_a_chronology_entry_names_a_person() -> None:
    assert _actors("1921 - Tomas Edvin Van Ruyt born.\nHe built bridges.").get("Tomas Edvin Van Ruyt") == "person"


def test_initials_in_a_list_of_people_are_no_headline_capitals() -> None:
    text = "Police said Peter Haldane, Simon Ortega, A.J. Morrow and Felix Amadi were questioned."
    assert _actors(text).get("A.J. Morrow") == "person"


def test_what_only_a_person_has() -> None:
    assert _actors("Police said Tarmovic's arrest had been planned for weeks.").get("Tarmovic") == "person"
    assert _actors("Orvell Corp's resignation from the index was noted.").get("Orvell Corp") != "person"


@pytest.mark.parametrize("text, name", [
    ("Analyst Mirela Paris expects slower sales next year.", "Mirela Paris"),
    ("The council led by Ramiro Vela and Osvaldo Terreno Lima met again.", "Osvaldo Terreno Lima"),
])
def test_a_surname_that_is_also_a_place(text: str, name: str) -> None:
    assert _actors(text).get(name) == "person", _actors(text)


def test_a_region_named_with_a_place_stays_a_place() -> None:
    assert not _actors("He toured Northern Jordan and the Upper Nile Valley last week.")


def test_a_leaders_administration() -> None:
    assert _actors("Critics blamed the Tarnowski administration for the delay.").get("Tarnowski") == "person"
    assert _actors("The move could prompt Harbour Board administration fees to rise.").get("Harbour Board") != "person"


def test_a_firm_named_after_its_founder_is_one_firm() -> None:
    text = "Rowan Pitcairn & Co opened a plant last year. Rowan Pitcairn hired 200 workers there."
    assert _actors(text) == {"Rowan Pitcairn & Co": "organization"}
    text = "Shares rose after banks Harold Varney and Tarn Brothers raised ratings. Harold Varney said it was ready."
    assert _actors(text).get("Harold Varney") == "organization"


def test_the_founder_with_a_role_stays_a_person() -> None:
    text = "Tom Halloway, the designer, met the buyers. Tom Halloway Co was not involved."
    assert _actors(text).get("Tom Halloway") == "person"


@pytest.mark.parametrize("text, name", [
    ("The minister landed in Velmora, state radio and the official news agency reported.", "Velmora"),
    ("In the capital Karsk, the commander of the garrison, General Tom Hale, said all was calm.", "Karsk"),
    ("Exports grew by a fifth in January-April, official figures showed.", "January-April"),
])
def test_a_place_before_an_apposition_is_no_person(text: str, name: str) -> None:
    assert _actors(text).get(name) != "person", _actors(text)


def test_an_apposition_after_a_preposition_for_people() -> None:
    assert _actors("He spoke to Tarnowek, the chairman of the bank.").get("Tarnowek") == "person"


def test_wa_joins_a_name() -> None:
    text = "Prime Minister Mbuyi wa Kaseba opened the session on Thursday."
    assert _actors(text).get("Mbuyi wa Kaseba") == "person", _actors(text)
