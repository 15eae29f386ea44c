"""The analysis word lists are data files: one entry a line, sorted, unique, lower case."""

from __future__ import annotations

import pytest

from briefing.analysis import wordlists
from briefing.resources import resource

LISTS = sorted(resource("analysis").glob("*.txt")) + sorted(resource("analysis").glob("*.tsv"))


def _rows(path) -> list[str]:  # type: ignore[no-untyped-def]
    return [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]


def test_there_are_lists() -> None:
    assert {p.stem for p in LISTS} >= {"places", "person_nouns", "given_names", "speech_verbs", "demonyms"}


@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.name)
def test_list_is_sorted_unique_and_clean(path) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(path)
    keys = [row.split("\t")[0] for row in rows]
    assert keys == sorted(keys), f"{path.name} is not sorted"
    repeats = sorted({k for k in keys if keys.count(k) > 1})
    assert not repeats, f"{path.name} repeats {repeats}"
    for row in rows:
        assert row and row == row.strip(), f"{path.name}: blank or padded line {row!r}"
        assert row.split("\t")[0] == row.split("\t")[0].lower(), f"{path.name}: {row!r} is not lower case"


def test_loader_reads_entries_and_pairs() -> None:
    assert "minister" in wordlists.word_set("title_words")
    assert dict(wordlists.pairs("demonyms"))["ukrainian"] == "Ukraine"
