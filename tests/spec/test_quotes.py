"""Finding quotes, and the closest passage when a quote is not in the source."""

from __future__ import annotations

import random

from briefing.spec.quotes import closest_passage, find_quote, shown


def test_find_quote_first_occurrence_or_at() -> None:
    text = "the plan and the plan"
    assert find_quote(text, "the plan") == 0
    assert find_quote(text, "the plan", at=13) == 13
    assert find_quote(text, "the plan", at=12) is None
    assert find_quote(text, "the plan", at=-1) is None
    assert find_quote(text, "absent") is None
    assert find_quote(text, "") is None


def test_closest_passage_finds_a_misspelt_quote() -> None:
    text = "Officials in Port Vesna said the ship was boarded before dawn on Tuesday, about 14 miles out."
    passage = closest_passage(text, "the ship was bordered before down")
    assert passage is not None
    assert passage.text == "the ship was boarded before dawn"
    assert text[passage.start:passage.end] == passage.text


def test_closest_passage_ignores_case_when_nothing_else_matches() -> None:
    passage = closest_passage("A SENIOR OFFICIAL SAID SO.", "a senior official said")
    assert passage is not None and passage.text == "A SENIOR OFFICIAL SAID"


def test_nothing_similar_gives_none() -> None:
    assert closest_passage("Completely different words here.", "zzzz qqqq xxxx") is None
    assert closest_passage("", "anything") is None


def test_closest_passage_in_a_megabyte_source() -> None:
    rng = random.Random(7)
    vocabulary = ["the", "ship", "crew", "coast", "guard", "minister", "said", "officials", "strait", "talks",
                  "cargo", "report", "according"]
    paragraphs = [" ".join(rng.choice(vocabulary) for _ in range(80)) + "." for _ in range(2000)]
    target = "Ambassador Kristiina Lõhmus warned that the corridor would close at midnight"
    paragraphs.insert(1800, target)
    text = "\n\n".join(paragraphs)
    assert len(text) > 1_000_000
    passage = closest_passage(text, "Ambassador Kristina Lohmus warned that the corridor will close at midnight")
    assert passage is not None
    assert passage.text == target
    assert passage.start == text.index(target)


def test_shown_passage_is_one_short_line() -> None:
    passage = closest_passage("word " * 50 + "\n\nmore words", "word word\nword")
    assert passage is not None
    line = shown(passage)
    assert "\n" not in line and len(line) <= 100
