"""States are actors when a source shows them acting, in English, Russian and Ukrainian, and one
state named in several languages is one actor."""

from __future__ import annotations

import pytest

from briefing.analysis import analyze_texts
from briefing.analysis.slavic import lists
from briefing.analysis.suggestions import ActorSuggestion


def _states(*texts: str) -> dict[str, ActorSuggestion]:
    return {a.name: a for a in analyze_texts(list(texts)).actors if a.type == "state"}


def test_a_state_that_says_or_acts_is_an_actor_with_its_evidence() -> None:
    text = ("Poland rejected the harbour plan on Tuesday. Talks in Poland will resume. The U.S. has also "
            "warned against delay, and Britain says it will help.")
    states = _states(text)
    assert set(states) == {"Poland", "United States", "United Kingdom"}
    assert [e.text for e in states["Poland"].evidence] == ["Poland rejected"]
    assert states["United States"].evidence[0].text == "U.S. has also warned"
    assert states["Poland"].cue == "acts in the story: 'Poland rejected'"


@pytest.mark.parametrize("text", [
    "Talks in Poland ended without a deal.",  # a place
    "Bank of China said profits rose.",  # part of an organisation's name
    "Air India reported delays at the harbour.",
    "Poland's foreign ministry said nothing.",  # the ministry acts
    "Poland, he said, was ready.",  # not the verb's subject
    "Greece is a member of the alliance.",  # no verb of saying or acting
    "Coach Harold Jordan said the team was ready.",  # a person's name
])
def test_a_state_named_as_a_place_or_inside_a_name_is_no_actor(text: str) -> None:
    assert _states(text) == {}


def test_a_sentence_word_before_a_state_does_not_hide_it() -> None:
    assert list(_states("Meanwhile Poland said it would respond.")) == ["Poland"]


def test_states_joined_by_and_both_act() -> None:
    states = _states("Austria and Hungary signed the water treaty. Hungary will not accept the fee.")
    assert states["Austria"].evidence[0].text == "Austria and Hungary signed"
    assert [e.text for e in states["Hungary"].evidence] == ["Hungary signed", "Hungary will not accept"]
    assert states["Hungary"].mentions == 2


def test_russian_and_ukrainian_states_act_in_the_nominative_and_join_their_english_name() -> None:
    states = _states("Poland rejected the plan.",
                     "Польша заявила, что не примет план. В Польше прошли выборы. США также предложили санкции.",
                     "Польща не погодилася. До Польщі прибули посли.")
    assert set(states) == {"Poland", "США"}  # named in English where an English source shows it acting
    assert [e.text for e in states["Poland"].evidence] == ["Poland rejected", "Польша заявила", "Польща не погодилася"]
    assert [e.source for e in states["Poland"].evidence] == [0, 1, 2]
    assert _states("В США прошли выборы. Из Польши вернулись послы.") == {}


def test_state_lists_link_every_state_to_an_english_name() -> None:
    for language in ("ru", "uk"):
        rows = lists.pairs(f"states_{language}")
        assert len(rows) >= 50
        assert all(key == key.lower() and value[:1].isupper() for key, value in rows)
        assert {"Russia", "Ukraine", "United States"} <= {value for _, value in rows}


def test_a_state_only_cyrillic_sources_show_acting_keeps_their_spelling() -> None:
    states = _states("Польща не погодилася з критикою плану, і посол залишив зал.")
    assert list(states) == ["Польща"]
    assert states["Польща"].key == _states("Poland rejected the plan.")["Poland"].key  # one state, one key


@pytest.mark.parametrize("text, language_states", [
    # a capital that acts stands for its state (regression: "a claim Kyiv rejected" named no actor)
    ("The strikes hit a depot, a claim Kyiv rejected. Moscow said the talks were over.",
     {"Ukraine": "Kyiv rejected", "Russia": "Moscow said"}),
    ("Москва заявила, что переговоры окончены. Киев отверг эти заявления.",
     {"Россия": "Москва заявила", "Украина": "Киев отверг"}),
    ("Москва заявила, що переговори завершено. Київ відкинув ці заяви.",
     {"Росія": "Москва заявила", "Україна": "Київ відкинув"}),
])
def test_a_capital_that_acts_is_its_state(text: str, language_states: dict[str, str]) -> None:
    states = {a.name: a.evidence[0].text for a in analyze_texts([text]).actors if a.type == "state"}
    assert states == language_states


@pytest.mark.parametrize("text", [
    "He moved to Moscow in 2019 and later to Paris.",
    "Paris Hilton said she would attend the gala.",
    "The Washington Post reported the story first.",
    "Он переехал в Москву в 2019 году.",
    # the place of whoever acts: "underwriters in London said" (regression: the United Kingdom acted)
    "Two underwriters in London said the premium had risen.",
    "Flights to Moscow resumed on Monday.",
])
def test_a_capital_as_a_place_or_in_a_name_is_no_state(text: str) -> None:
    assert not [a for a in analyze_texts([text]).actors if a.type == "state"]


def test_every_capital_stands_for_a_listed_state() -> None:
    for language in ("ru", "uk"):
        states = {value for _, value in lists.pairs(f"states_{language}")}
        capitals = lists.pairs(f"capitals_{language}")
        assert capitals and all(key == key.lower() and value in states for key, value in capitals)


def test_a_state_that_closes_a_border_acts() -> None:
    actors = analyze_texts(["Poland closed the border crossing on Monday."]).actors
    states = [(a.name, a.evidence[0].text) for a in actors if a.type == "state"]
    assert states == [("Poland", "Poland closed")]


@pytest.mark.parametrize("text, state, evidence", [
    ("Moscow demanded the reconnection of the bank to the payment system.", "Russia", "Moscow demanded"),
    ("Turkey will host a new round of talks next week.", "Türkiye", "Turkey will host"),
    ("Qatar brokered the exchange of prisoners.", "Qatar", "Qatar brokered"),
])
def test_a_state_that_demands_hosts_or_brokers_acts(text: str, state: str, evidence: str) -> None:
    actors = analyze_texts([text]).actors
    assert [(a.name, a.evidence[0].text) for a in actors if a.type == "state"] == [(state, evidence)]


@pytest.mark.parametrize("text, state, evidence", [
    ("A diplomat said Moscow was likely to demand the reconnection of the bank.", "Russia",
     "Moscow was likely to demand"),
    ("Turkey is expected to host the next round.", "Türkiye", "Turkey is expected to host"),
])
def test_a_state_likely_or_expected_to_act_acts(text: str, state: str, evidence: str) -> None:
    actors = analyze_texts([text]).actors
    assert [(a.name, a.evidence[0].text) for a in actors if a.type == "state"] == [(state, evidence)]


def test_a_state_that_is_acted_on_does_not_act() -> None:
    """"Russia was accused" is a passive: no state acts (the accusers do)."""
    actors = analyze_texts(["Russia was accused of shelling the port."]).actors
    assert [a.name for a in actors if a.type == "state"] == []
