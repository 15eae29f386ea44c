"""Ships, states, cities and companies named like people, and places read as firms."""

from __future__ import annotations

from briefing.analysis import analyze_texts


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in analyze_texts(["Harbour news\n\n" + text]).actors}


def test_a_vessel_named_after_its_noun_is_no_actor() -> None:
    found = _actors("The navy seized the bulk carrier Morning Gull on Monday. The Morning Gull said it "
                    "was in open water, officials said. Later the vessel Morning Gull was towed to port.")
    assert "Morning Gull" not in found, found


def test_a_state_whose_adjective_the_text_uses_is_a_state_not_a_person() -> None:
    found = _actors("Veloristan said it was ready to host the talks. A spokesman for the Velori foreign "
                    "ministry declined to comment. Mordaliya has told both sides it would help, and the "
                    "Mordali government said so too.")
    assert found.get("Veloristan") == "state" and found.get("Mordaliya") == "state", found
    assert "Velori" not in found and "Mordali" not in found, found


def test_a_company_named_by_its_trade_is_an_organisation() -> None:
    found = _actors("Brenvik Bulk Carriers said in a statement that the cargo was legal. "
                    "Osterby Tankers said it had no comment.")
    assert found.get("Brenvik Bulk Carriers") == "organization", found
    assert found.get("Osterby Tankers") == "organization", found


def test_a_city_is_no_person() -> None:
    found = _actors("\"She offered Karim City as a neutral place,\" the diplomat said. Analysts in Karim City "
                    "noted that the port was calm.")
    assert "Karim City" not in found, found


def test_an_analyst_in_a_city_does_not_make_it_a_firm() -> None:
    found = _actors("Kenji Arata, an analyst in Tavira, said underwriters were watching closely. "
                    "Analysts at Holmgard said the same.")
    assert "Tavira" not in found, found
    assert found.get("Holmgard") == "organization", found


def test_a_name_after_news_agency_or_newspaper_is_the_outlet() -> None:
    found = _actors("The cabinet approved the deal, the Marlow news agency Petra said. The newspaper "
                    "Le Veilleur was closed on Monday, the ministry said.")
    assert found.get("Petra") == "organization", found
    assert found.get("Le Veilleur") == "organization", found


def test_and_runs_through_a_public_body_name_but_not_between_two_firms() -> None:
    found = _actors("Filings with the Bonds and Exchange Commission show the loss. Marlow and Harbour Motors Corp "
                    "said sales rose.")
    assert found.get("Bonds and Exchange Commission") == "organization", found
    assert found.get("Harbour Motors Corp") == "organization", found


def test_a_name_after_a_noun_for_a_firm_is_the_firm_even_with_a_given_name() -> None:
    found = _actors("Dealers at U.S. bankers Morgan Haldane are moving to Dublin, the paper said. Tobacco "
                    "company Philip Marlow said it would appeal. The rebel group Bright Path said it "
                    "had attacked the convoy.")
    assert found.get("Morgan Haldane") == "organization", found
    assert found.get("Philip Marlow") == "organization", found
    assert found.get("Bright Path") == "organization", found


def test_a_person_described_by_a_trade_stays_a_person() -> None:
    found = _actors("One suspect was a driver. The other was insurer Thierry Dalmont, the police said.")
    assert found.get("Thierry Dalmont") == "person", found


def test_a_dateline_place_in_capitals_is_no_organisation() -> None:
    found = _actors("Port bourse to change its index.\nVARLO, Marland 2024-08-26\nThe Varlo Stock Exchange said "
                    "on Monday it would add ten firms. The UAE and NZ said they welcomed it.")
    assert "VARLO" not in found and "UAE" not in found and "NZ" not in found, found


def test_an_organisation_of_the_republic_of_a_state_keeps_its_whole_name() -> None:
    actors = {a.name: a.type for a in analyze_texts(
        ["Harbour news\n\nThe Coast Guard of the Republic of Tarvania said the ferry was inspected."]).actors}
    assert actors == {"Coast Guard of the Republic of Tarvania": "organization"}


def test_the_evidence_of_a_long_name_is_where_it_is_given_whole() -> None:
    text = ("Coast guard acts in Halvard Strait\n\n"
            "The Coast Guard of the Republic of Tarvania inspected the ferry on Monday, it said.")
    [actor] = analyze_texts([text]).actors
    assert actor.name == "Coast Guard of the Republic of Tarvania"
    assert actor.evidence[0].text == "Coast Guard of the Republic of Tarvania"


def test_a_name_whose_share_price_moves_is_a_company() -> None:
    found = _actors("Stocks ended mixed in Corvania on Tuesday. Tarn Holdings rose 9 pence to 312p, "
                    "Velmar fell 2.3 percent to 214 and Ostrin gained 4.15 to 88.40, dealers said.")
    assert found.get("Tarn Holdings") == "organization", found
    assert found.get("Velmar") == "organization", found
    assert found.get("Ostrin") == "organization", found


def test_a_politician_rising_in_a_poll_or_to_power_is_no_company() -> None:
    found = _actors("Senator Ilse Marrow rose to power in 1990. Marrow rose to 35 percent in the latest poll, "
                    "and Marrow gained 3 points among women, pollsters said.")
    assert found.get("Ilse Marrow") == "person", found
    assert "Marrow" not in found or found["Marrow"] == "person", found


def test_a_commodity_whose_price_moves_is_no_company() -> None:
    found = _actors("Metals were weaker on Monday. Nickel fell $40 to $7,200 a tonne and Gold was $2 lower "
                    "at $380, traders said. Turnover was 400 million shares.")
    assert not {"Nickel", "Gold", "Turnover"} & set(found), found


def test_a_paper_named_after_daily_or_journal_is_an_organisation() -> None:
    found = _actors("The opposition daily La Gazette du Nord reported the arrests. The weekly Le Vigilant "
                    "said on Wednesday the minister would resign, and researchers wrote in the journal Lumen "
                    "that the results held.")
    assert found.get("La Gazette du Nord") == "organization", found
    assert found.get("Le Vigilant") == "organization", found
    assert found.get("Lumen") == "organization", found


def test_a_name_after_a_trade_noun_for_a_firm_is_the_firm() -> None:
    found = _actors("Markets were quiet. British insurer Tarnwell raised its dividend, and engineering "
                    "concern Brennick Works hired staff. Port telecoms operator Vellicom won the tender.")
    assert found.get("Tarnwell") == "organization", found
    assert found.get("Brennick Works") == "organization", found
    assert found.get("Vellicom") == "organization", found


def test_a_person_after_a_trade_noun_stays_a_person() -> None:
    found = _actors("Camera operator Tom Hale filmed the crossing, Hale said.")
    assert found.get("Tom Hale") == "person", found


def test_names_right_after_a_plural_trade_noun_are_firms_but_rivals_may_be_people() -> None:
    found = _actors("The council said retailers Orvik, Tessel and Brandt bid for the site. "
                    "The senator's rivals Dunmore and Kessler said nothing.")
    assert {found.get(n) for n in ("Orvik", "Tessel", "Brandt")} == {"organization"}, found
    assert found.get("Dunmore") != "organization" and found.get("Kessler") != "organization", found


def test_the_firm_a_named_speaker_is_from_is_a_firm_even_with_a_founders_name() -> None:
    found = _actors("\"Prices will firm,\" said Dara Ivers of Harriet Vance. Dara Ivers said it twice.")
    assert found.get("Harriet Vance") == "organization", found
    assert found.get("Dara Ivers") == "person", found


def test_a_name_whose_workers_or_executives_are_meant_is_a_firm() -> None:
    found = _actors("Kelmor workers walked out on Monday, and Orvell executives met the union. The "
                    "talks at Kelmor and at the Tarn mine went on.")
    assert found.get("Kelmor") == "organization", found
    assert found.get("Orvell") == "organization", found
    assert "Tarn" not in found, found


def test_workers_after_a_word_that_only_opens_its_sentence_name_no_firm() -> None:
    """"Relief workers on the ground say": a capital only because the sentence opens there; a firm whose
    workers open the sentence is named again elsewhere ("Kelmor workers walked out. The strike at Kelmor ...")."""
    assert _actors("Relief workers on the ground say the main gap is drinking water.") == {}
    found = _actors("Kelmor workers walked out on Monday. The strike at Kelmor is the third this year.")
    assert found.get("Kelmor") == "organization", found


def test_a_name_before_airport_or_province_or_after_city_of_is_a_place() -> None:
    found = _actors("Ferries left, and a manager of Stavik airport said the runway was clear. Fuel ran short in "
                    "the port of Dessa Vale, officials said. The chief of Marlow province police, Ilse Marrow, said "
                    "roads were shut.")
    assert not {"Stavik", "Dessa Vale", "Marlow"} & set(found), found
    assert found.get("Ilse Marrow") == "person", found


def test_initials_that_end_a_name_make_it_a_body() -> None:
    """Regression (a trial story on a refinery strike): "Its owner, Afipsky NPZ, did not respond" made a person of
    the refinery's company, with the role "owner"; a king's numeral still ends a person's name."""
    from briefing.analysis import analyze_texts

    kinds = {a.name: a.type for a in analyze_texts(["Its owner, Velmarsky NPZ, did not respond to a request for "
                                                    "comment. Henry VIII was mentioned."]).actors}
    assert kinds.get("Velmarsky NPZ") == "organization", kinds
    assert kinds.get("Henry VIII", "person") == "person", kinds


def test_a_one_word_name_after_what_a_company_trades_in_is_a_company() -> None:
    """Regression (a trial deal story): "Ukrainian grain trader Nibulon" was a person with the role "trader", and
    "Nibulon's founder" worked for no one; a trader named in full stays a person."""
    from briefing.analysis import analyze_texts

    text = ("Lunate is in talks to buy a stake in Ukrainian grain trader Nibulon. Nibulon's founder, Oleksiy "
            "Vadaturskyi, was killed in 2022. Veteran oil trader Ian Taylor died in 2020.")
    found = {a.name: (a.type, a.affiliation) for a in analyze_texts([text]).actors}
    assert found["Nibulon"] == ("organization", None)
    assert found["Oleksiy Vadaturskyi"] == ("person", "Nibulon")
    assert found["Ian Taylor"][0] == "person"
