"""The editing rules without a window: what a passage or a suggestion becomes, and kind changes."""

from __future__ import annotations

import pytest

from briefing.editing import Suggestion, convert_item, item_from_passage, item_from_suggestion
from briefing.editing import operations as ops
from briefing.model import Brief, Evidence, Item, Section, Source

TEXT = "Foreign Minister Ilse Marrow said the talks would resume on Tuesday."


def _brief() -> Brief:
    return Brief(title="T", sources=[Source(title="S", text=TEXT, id="s1")],
                 sections=[Section("summary"), Section("actors")])


def test_a_passage_becomes_an_item_citing_exactly_it() -> None:
    brief = _brief()
    start = TEXT.index("Ilse Marrow")
    item = item_from_passage(brief, None, "summary", ("s1", start, start + 11))
    assert (item.kind, item.text) == ("prose", "Ilse Marrow")
    assert item.citations[0].matches(brief.sources[0])
    with pytest.raises(ValueError, match="not a passage"):
        item_from_passage(brief, None, "summary", ("s1", 0, len(TEXT) + 1))
    with pytest.raises(KeyError):
        item_from_passage(brief, None, "summary", ("nope", 0, 1))


def test_kind_conversion_keeps_the_words() -> None:
    item = Item(kind="prose", text="Ilse Marrow")
    convert_item(item, "actor")
    assert (item.kind, item.name, item.text) == ("actor", "Ilse Marrow", "")
    convert_item(item, "question")
    assert (item.kind, item.text) == ("question", "Ilse Marrow")


def test_an_accepted_suggestion_cites_only_evidence_that_still_matches() -> None:
    brief = _brief()
    start = TEXT.index("Ilse Marrow")
    good = Evidence("s1", start, start + 11, "Ilse Marrow")
    stale = Evidence("s1", 0, 3, "xyz")
    item = item_from_suggestion(brief, Suggestion("actors", "k", "Ilse Marrow", [good, stale], name="Ilse Marrow",
                                                  role="Foreign Minister"))
    assert (item.kind, item.name, item.role) == ("actor", "Ilse Marrow", "Foreign Minister")
    assert len(item.citations) == 1


def test_each_operation_reports_what_it_touched() -> None:
    brief = _brief()
    item = Item(text="x")
    change = ops.insert_item(brief, "summary", item)
    assert change.items == {item.id} and change.sections == {"summary"} and change.structure
    change = ops.move_item(brief, item.id, "actors", 0, "actor")
    assert change.sections == {"summary", "actors"} and brief.section("actors").items[0].name == "x"
    with pytest.raises(ValueError, match="cannot be edited"):
        ops.set_source_fields(brief, "s1", {"text": "other"})
    with pytest.raises(AttributeError):
        ops.set_item_fields(brief, item.id, {"colour": "red"})


def test_a_passage_and_a_suggestion_are_added_without_a_window() -> None:
    brief = _brief()
    start = TEXT.index("Ilse Marrow")
    item, change = ops.add_passage(brief, None, "summary", ("s1", start, start + 11))
    assert brief.section("summary").items == [item] and change.items == {item.id}
    evidence = Evidence("s1", start, start + 11, "Ilse Marrow")
    accepted = ops.accept_suggestion(brief, None, Suggestion("actors", "k", "Ilse Marrow", [evidence],
                                                             name="Ilse Marrow"))
    assert accepted is not None
    actor, _ = accepted
    assert brief.section("actors").items == [actor] and actor.kind == "actor"
