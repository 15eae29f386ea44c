"""Caveat sentences never carry a clause torn out of its sentence (regressions from the sample brief)."""

from __future__ import annotations

from briefing.analysis.text import Sentence
from briefing.analysis.wording import propose, who_of


def _propose(kind: str, text: str, phrase: str) -> str:
    start = text.index(phrase)
    return propose(kind, phrase, phrase, Sentence(0, len(text), text, 0), (start, start + len(phrase)))


def test_a_subordinate_clause_is_not_offered_as_the_claim() -> None:
    text = ("A senior security official, speaking on condition of anonymity because he was not authorized to "
            "discuss the investigation, said the crew would be questioned.")
    sentence = _propose("anonymous-source", text, "A senior security official, speaking on condition of anonymity")
    assert "because" not in sentence
    assert sentence == "That the crew would be questioned rests on one anonymous senior security official."


def test_a_participle_phrase_is_not_offered_as_the_claim() -> None:
    text = ("The ship, operated by Harbour Carriers and registered in Estmark, was boarded before dawn, "
            "according to a coast guard statement.")
    sentence = _propose("second-hand", text, "according to a coast guard statement")
    assert "That operated" not in sentence


def test_plural_unnamed_sources_take_a_plural_verb() -> None:
    text = "Two diplomats in the region said Qadiriya had offered to host talks between the two governments."
    sentence = _propose("anonymous-source", text, "Two diplomats")
    assert "in the region said" not in sentence
    assert sentence == ("That Qadiriya had offered to host talks between the two governments rests on two unnamed "
                        "diplomats.")


def test_a_whole_claim_is_still_offered() -> None:
    text = "A senior official said that President Marrow was backing a 28-point plan."
    assert _propose("anonymous-source", text, "A senior official") == \
        "That President Marrow was backing a 28-point plan rests on one anonymous senior official."


def test_the_source_phrase_is_never_quoted_as_its_own_claim() -> None:
    text = "Two diplomats in the region confirmed the meeting."
    sentence = _propose("anonymous-source", text, "Two diplomats")
    assert "“Two diplomats”" not in sentence
    assert "confirmed the meeting" in sentence


def test_a_claim_after_said_only_that_is_found() -> None:
    text = ('A spokesman for the ministry said only that the minister was "following the situation closely" '
            'and was in contact with "all concerned parties."')
    sentence = _propose("anonymous-source", text, "A spokesman")
    assert sentence.startswith("That the minister was")
    assert sentence.endswith("rests on one anonymous spokesman.")


def test_the_claim_keeps_what_was_said_not_only_the_verb_of_saying() -> None:
    text = ("The diplomat, who asked not to be named, said Foreign Minister Lena Marsh had spoken by telephone "
            "with her counterparts in both capitals on Tuesday night.")
    sentence = _propose("anonymous-source", text, "The diplomat, who asked not to be named")
    assert "had spoken rests" not in sentence
    assert "with her counterparts" in sentence


def test_an_unconfirmed_clause_pointing_back_names_what_it_points_to() -> None:
    text = ("The same person said Corvania had privately signalled that the captain might be released early, "
            "but this could not be verified.")
    sentence = _propose("unconfirmed", text, "but this could not be verified")
    assert not sentence.startswith("Not independently confirmed: but")
    assert "the captain might be released early" in sentence


def test_an_unconfirmed_relative_clause_keeps_its_antecedent() -> None:
    text = ("The surveyor's report, which the company says confirms the manifest, has not been made public, "
            "and the Bulletin could not independently verify its contents.")
    phrase = ("which the company says confirms the manifest, has not been made public, and the Bulletin could not "
              "independently verify its contents")
    sentence = _propose("unconfirmed", text, phrase)
    assert not sentence.startswith("Not independently confirmed: which")
    assert "The surveyor's report" in sentence


def test_a_long_claim_cut_short_never_ends_on_a_function_word() -> None:
    text = ("Officials said that the coast guard has detained the bulk carrier Saltmarsh Dawn and its 19 crew "
            "members in the disputed strait.")
    sentence = _propose("anonymous-source", text, "Officials")
    assert not sentence.split(" rests on ")[0].endswith((" in", " the", " on", " and"))


def test_a_second_reported_clause_is_left_out_of_the_claim() -> None:
    text = ('A senior official said the crew would be questioned "for as long as it takes" and that the '
            "captain had not yet been charged.")
    sentence = _propose("anonymous-source", text, "A senior official")
    assert sentence == ('That the crew would be questioned "for as long as it takes" rests on one anonymous '
                        "senior official.")


def test_a_subordinate_opener_is_not_offered_as_the_claim() -> None:
    text = "If anybody was looking for a way out, he told the Coastal Herald, this was it."
    sentence = _propose("second-hand", text, "told the Coastal Herald")
    assert not sentence.startswith("That if")


def test_a_prepositional_opener_is_not_offered_as_the_claim() -> None:
    text = "Under the new program, people would enroll and then local leaders could call on their help."
    sentence = _propose("anonymous-source", text, "local leaders")
    assert not sentence.startswith("That under")


def test_unnamed_members_of_a_group_read_as_english() -> None:
    text = "Many of his supporters believe the port should stay closed to foreign ships."
    sentence = _propose("anonymous-source", text, "Many of his supporters")
    assert "unnamed of" not in sentence
    assert "many of his unnamed supporters" in sentence.lower()


def test_a_name_before_the_source_noun_keeps_its_capital() -> None:
    text = "Marsh aides acknowledged a close relationship with the harbour board."
    sentence = _propose("anonymous-source", text, "Marsh aides")
    assert "Marsh aides" in sentence


def test_who_keeps_names_and_reads_as_english() -> None:
    assert who_of("McConnell aides") == "unnamed McConnell aides"
    assert who_of("Marsh aides") == "unnamed Marsh aides"
    assert who_of("Senior officials") == "unnamed senior officials"
    assert who_of("Some of the experts") == "some of the unnamed experts"


def test_the_claim_after_an_opening_according_to_is_found() -> None:
    text = ("According to a person close to the delegation, Estmark would accept talks if the crew were first "
            "allowed consular visits.")
    sentence = _propose("second-hand", text, "According to a person close to the delegation")
    assert sentence.startswith("That Estmark would accept talks")


def test_a_name_alone_is_not_a_claim() -> None:
    text = "Another critic, Laurence H. Tribe, likened the rules to burning the constitution."
    sentence = _propose("anonymous-source", text, "Another critic")
    assert not sentence.startswith("That Laurence H. Tribe rests")


def test_a_bracketed_capital_is_still_a_subordinator() -> None:
    text = "According to Limbaugh, [I]f it was left up to the council the port would close."
    sentence = _propose("second-hand", text, "According to Limbaugh")
    assert not sentence.startswith("That [I]f")


def test_a_common_word_the_source_writes_in_lower_case_loses_its_capital() -> None:
    assert who_of("Civil rights activists", common=frozenset(["civil"])) == "unnamed civil rights activists"
    assert who_of("Multiple lawmakers") == "multiple unnamed lawmakers"


def test_a_part_of_a_group_reads_as_a_sentence() -> None:
    text = "Many of his supporters believe bigotry is acceptable, a view the party has rejected for years."
    sentence = _propose("anonymous-source", text, "Many of his supporters")
    assert "none of them named are" not in sentence


def test_a_belief_without_that_is_the_claim() -> None:
    text = "Many of his supporters believe the harbour board should resign."
    sentence = _propose("anonymous-source", text, "Many of his supporters")
    assert sentence == "That the harbour board should resign rests on many of his unnamed supporters."


def test_a_subject_set_off_by_a_participle_phrase_keeps_its_verb() -> None:
    text = ("The ship, operated by Harbour Carriers and registered in Estmark, was boarded before dawn, "
            "according to a coast guard statement.")
    sentence = _propose("second-hand", text, "according to a coast guard statement")
    assert sentence == ("That the ship was boarded before dawn is second-hand (according to a coast guard "
                        "statement).")


def test_an_opening_according_to_is_lower_case_inside_the_sentence() -> None:
    text = "According to a person close to the delegation, Estmark would accept talks within a week."
    sentence = _propose("second-hand", text, "According to a person close to the delegation")
    assert sentence.endswith("(according to a person close to the delegation).")


def test_the_bundled_sample_sources_raise_no_torn_caveat_sentence() -> None:
    """The whole chain on the sample brief's sources: the defects above never come back end to end."""
    from briefing.analysis import analyze_texts
    from briefing.resources import resource

    texts = [path.read_text(encoding="utf-8") for path in sorted(resource("samples", "sources").glob("*.txt"))]
    proposed = [c.sentence for c in analyze_texts(texts).caveats]
    assert proposed
    for sentence in proposed:
        assert "is the only source of" not in sentence, sentence
        assert "had spoken rests" not in sentence, sentence
        assert not sentence.startswith(("Not independently confirmed: but", "Not independently confirmed: which")), \
            sentence


def test_someone_is_an_unnamed_person() -> None:
    assert who_of("someone") == "an unnamed person"
    assert who_of("Somebody") == "an unnamed person"


def test_a_main_clause_with_a_preposition_in_it_is_the_claim() -> None:
    """Regression: "Talks stalled on Wednesday after ..." was read as a subordinate opener ("stalled on" took the
    place of "Just days after"), so the caveat fell back to quoting the whole sentence as its source's only word."""
    text = "Talks stalled on Wednesday after insurers raised premiums, according to three people briefed on the talks."
    sentence = _propose("anonymous-source", text, "three people briefed on the talks")
    assert sentence == ("That talks stalled on Wednesday after insurers raised premiums rests on three unnamed "
                        "people briefed on the talks."), sentence


def test_an_opener_that_says_when_is_still_no_claim() -> None:
    text = "Two weeks after the vote, the harbour board reversed course, according to two officials."
    sentence = _propose("anonymous-source", text, "two officials")
    assert sentence == "That the harbour board reversed course rests on two unnamed officials.", sentence


def test_a_source_in_a_relative_clause_is_no_source_of_the_clause_before() -> None:
    text = "The yield on harbour bonds rose slightly, which analysts said reflected fears of higher borrowing costs."
    sentence = _propose("anonymous-source", text, "analysts")
    assert not sentence.startswith("That the yield on harbour bonds rose slightly rests"), sentence


def test_a_conjunction_before_an_opener_that_says_when_is_still_no_claim() -> None:
    text = "But in recent days, advisers to the mayor say, the mayor has grown exasperated with the campaign."
    sentence = _propose("anonymous-source", text, "advisers to the mayor")
    assert sentence == ("That the mayor has grown exasperated with the campaign rests on unnamed advisers to the "
                        "mayor."), sentence


def test_a_quotation_inside_the_claim_loses_its_stop() -> None:
    text = 'A senior official, who was not authorised to speak, said the port would reopen "if the weather holds."'
    sentence = _propose("anonymous-source", text, "A senior official, who was not authorised to speak")
    assert sentence == 'That the port would reopen "if the weather holds" rests on one anonymous senior official.', \
        sentence


def test_he_or_she_is_the_person_whose_people_the_source_is() -> None:
    text = "Aides to Sen. Ana Berg, who has led the holdouts, said she wanted a cap on daily claims in the bill."
    sentence = _propose("anonymous-source", text, "Aides to Sen. Ana Berg")
    assert sentence == "That Berg wanted a cap on daily claims in the bill rests on unnamed aides to Sen. Ana Berg.", \
        sentence


def test_a_claim_ending_on_the_pronoun_that_keeps_it() -> None:
    """Regression (a trial memo on a NATO summit): "eight allies still spend less than that" lost its last word, as
    if "that" opened a clause that had been cut."""
    text = "Officials at the alliance's headquarters say eight allies spend less than that; figures are due in June."
    sentence = _propose("anonymous-source", text, "Officials at the alliance's headquarters")
    assert sentence.startswith("That eight allies spend less than that rests on"), sentence


def test_a_relative_clause_set_off_inside_the_claim_is_left_out() -> None:
    """Regression (a trial story on a refinery strike): "Two industry sources said the plant, which processes about
    9 million tonnes of crude a year, had halted its main unit" proposed "That the plant rests on ..."."""
    text = ("Two industry sources said the Velmar plant, which processes about 9 million tonnes of crude a year, had "
            "halted its main unit.")
    sentence = _propose("anonymous-source", text, "Two industry sources")
    assert sentence == "That the Velmar plant had halted its main unit rests on two unnamed industry sources.", sentence


def test_it_after_people_familiar_with_a_bodys_affairs_is_that_body() -> None:
    """Regression (a trial investigation): "Two people familiar with the distributor's operations said it supplies
    plants ..." quoted the sentence, the claim opening on a bare "it"."""
    text = "Two people familiar with the distributor's operations said it supplies plants that make artillery shells."
    sentence = _propose("anonymous-source", text, "Two people familiar with the distributor's operations")
    assert sentence == ("That the distributor supplies plants that make artillery shells rests on two unnamed people "
                        "familiar with the distributor's operations."), sentence


def test_what_a_group_says_of_the_name_before_which_is_the_claim() -> None:
    """Regression (a trial story on eastern Congo): "The M23, which Kinshasa and U.N. experts say is backed by
    Rwanda, denied targeting civilians" proposed the whole sentence as resting on the experts."""
    text = "The M23, which Kinshasa and U.N. experts say is backed by Rwanda, denied targeting civilians."
    sentence = _propose("anonymous-source", text, "U.N. experts")
    assert sentence == "That the M23 is backed by Rwanda rests on unnamed U.N. experts.", sentence


def test_a_claim_is_not_cut_inside_a_quotation() -> None:
    """Regression (a trial story on Georgia's local elections): 'said the vote was "competitive but marred by
    intimidation"' proposed 'That the vote was "competitive" rests on ...': cut at "but" inside the quotation."""
    text = 'International observers said the vote was "competitive but marred by intimidation".'
    sentence = _propose("anonymous-source", text, "International observers")
    assert sentence == ('That the vote was "competitive but marred by intimidation" rests on unnamed international '
                        'observers.'), sentence


def test_what_the_source_did_not_say_is_no_part_of_the_claim() -> None:
    """Regression (a trial deal story): "The stake would be bought from existing shareholders, one of the people
    said, without naming them." proposed the claim "... shareholders without naming them"."""
    text = "The stake would be bought from existing shareholders, one of the people said, without naming them."
    sentence = _propose("anonymous-source", text, "one of the people")
    assert sentence.startswith("That the stake would be bought from existing shareholders rests on"), sentence


def test_a_bare_plural_subject_with_a_place_after_it_opens_a_claim() -> None:
    """Regression (a trial drone story): "According to traders, exports through the Danube reached ..." quoted the
    whole sentence: a bare plural before a preposition was not read as a subject."""
    from briefing.analysis import analyze_texts

    result = analyze_texts(["Grain exports.\nAccording to traders, exports through the Danube reached 2.1 million "
                            "tonnes in October."])
    assert [c.sentence for c in result.caveats] == [
        "That exports through the Danube reached 2.1 million tonnes in October rests on unnamed traders."]


def test_a_claim_ending_in_a_word_that_ends_in_as_keeps_it() -> None:
    """Regression (a trial sanctions story): "... that carry Russian liquefied natural gas, three EU diplomats said"
    gave the claim "... natural g": the "as" of "gas" was taken for the word "as" before a source."""
    from briefing.analysis import analyze_texts

    result = analyze_texts(["Sanctions.\nThe European Union is preparing to blacklist tankers that carry Russian "
                            "gas, three EU diplomats said on Thursday."])
    [sentence] = [c.sentence for c in result.caveats if c.kind == "anonymous-source"]
    assert sentence.startswith("That the European Union is preparing to blacklist tankers that carry Russian gas "), \
        sentence
