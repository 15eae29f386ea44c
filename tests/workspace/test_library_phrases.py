"""Phrase search through the index of adjacent word pairs (schema v3) finds exactly what reading every text finds."""

from __future__ import annotations

import random
import time

import hypothesis.strategies as st
import psycopg
import pytest
from hypothesis import HealthCheck, given, settings

from briefing.model import Source
from briefing.workspace import library

from .conftest import Workspace

# Common words and stop words, inflected Russian and Ukrainian, a hyphenated word, a possessive,
# a number with a hyphen: the shapes PostgreSQL's parser splits or drops.
WORDS = ["draft", "plan", "plans", "drafting", "envoy", "envoys", "ministry", "of", "defence", "the", "a", "and",
         "in", "at", "on", "well-known", "minister's", "28-point", "ceasefire", "harbour", "said", "would", "not",
         "be", "talks", "план", "планы", "планов", "переговоры", "переговорах", "делегации", "санкции", "в", "на",
         "у", "переговори", "делегації", "зустрілися", "посланці"]


def _text(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(1, 4)):
        words = [rng.choice(WORDS) for _ in range(rng.randint(4, 14))]
        sentences.append(" ".join(words).capitalize() + rng.choice([".", ",", ";", "!"]))
    return " ".join(sentences)


@pytest.fixture
def stocked(workspace: Workspace) -> tuple[Workspace, str, list[str]]:
    """A desk library of 300 texts made of WORDS, and one text in another team's library."""
    rng = random.Random(7)
    texts = [_text(rng) for _ in range(300)]
    texts += ["The Ministry of Defence published the draft plan.", "Министерство обороны готовит план переговоров.",
              "A draft of the plan was not published."]
    ana = workspace.add_user("ana")
    oleg = workspace.add_user("oleg", team="east")
    with psycopg.connect(ana, autocommit=True) as connection:
        library.import_sources(connection, "desk", [Source(f"Text {n}", text) for n, text in enumerate(texts)])
    with psycopg.connect(oleg, autocommit=True) as connection:
        library.add(connection, "east", [Source("East", "The draft plan of the east desk.")])
    return workspace, ana, texts


def _through_the_index(url: str, query: str) -> set[int]:
    with psycopg.connect(url, autocommit=True) as connection:
        return {row[0] for row in connection.execute("SELECT briefing.library_matches(%s, 100000)", (query,))}


def _reading_every_text(workspace: Workspace, query: str) -> set[int]:
    rows = workspace.sql("SELECT num FROM briefing.library "
                         "WHERE team = 'desk' AND search @@ briefing.library_query(%s)", (query,))
    return {int(row[0]) for row in rows}  # type: ignore[call-overload]


QUERIES = ['"draft plan"', '"Ministry of Defence"', '"ministry of defence" -harbour', '"the draft plan"',
           '"draft of the plan"', '"draft plan" or envoy', '"draft plan', 'envoy -"draft plan"', '"plans"',
           '"well-known minister\'s 28-point plan"', '"draft, plan!"', '"переговоры в столице"', '"план переговоров"',
           '"делегації зустрілися"', '"on the"', '""', '"draft plan" "envoy said"', 'draft plan']


@pytest.mark.parametrize("query", QUERIES)
def test_a_phrase_finds_what_reading_every_text_finds(stocked: tuple[Workspace, str, list[str]], query: str) -> None:
    workspace, ana, _ = stocked
    assert _through_the_index(ana, query) == _reading_every_text(workspace, query)


def test_the_phrase_is_matched_where_the_words_stand_together_only(stocked: tuple[Workspace, str, list[str]]) -> None:
    _, ana, _ = stocked
    with psycopg.connect(ana, autocommit=True) as connection:
        together = {hit.title for hit in library.search(connection, '"draft plan"', 500)}
        apart = {hit.title for hit in library.search(connection, "draft plan", 500)}
    assert "Text 300" in together  # "... published the draft plan."
    assert "Text 302" in apart and "Text 302" not in together  # "A draft of the plan ..."
    assert "East" not in together  # another team's text


AROUND = ('"{}"', '"{}" envoy', '-"{}" plan', '"{}" or harbour', '"{}', '"{}" "{}"', 'the "{}" of')


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(which=st.integers(0, 299), start=st.integers(0, 60), length=st.integers(1, 5),
       around=st.sampled_from(AROUND), other=st.sampled_from(WORDS))
def test_any_phrase_cut_from_a_text_finds_what_reading_every_text_finds(
        stocked: tuple[Workspace, str, list[str]], which: int, start: int, length: int, around: str,
        other: str) -> None:
    workspace, ana, texts = stocked
    words = texts[which].split()
    start %= len(words)
    query = around.format(" ".join(words[start:start + length]), other)
    assert _through_the_index(ana, query) == _reading_every_text(workspace, query)


def test_a_phrase_search_reads_the_pairs_index(workspace: Workspace) -> None:
    # Both words in every text, side by side in three: the word index alone would hand over all 400.
    ana = workspace.add_user("ana")
    texts = [f"The plan was discussed at meeting {n}; a draft was circulated later." for n in range(397)]
    texts += [f"The draft plan was circulated at meeting {n}." for n in range(3)]
    with psycopg.connect(ana, autocommit=True) as connection:
        library.import_sources(connection, "desk", [Source(f"Minutes {n}", text) for n, text in enumerate(texts)])
    workspace.sql("ANALYZE briefing.library")
    # Four hundred rows are read faster without an index; a large library is not: tell the planner so.
    workspace.sql("ALTER FUNCTION briefing.library_matches(text, integer) SET enable_seqscan = off")

    def scans() -> int:
        rows = workspace.sql("SELECT coalesce(sum(idx_scan), 0) FROM pg_stat_user_indexes "
                             "WHERE indexrelname = 'library_pairs'")
        return int(rows[0][0])  # type: ignore[call-overload]

    before = scans()
    assert len(_through_the_index(ana, '"draft plan"')) == 3
    for _ in range(100):  # a backend's counters reach the shared statistics when it ends
        if scans() > before:
            break
        time.sleep(0.05)
    assert scans() > before


def test_a_changed_title_changes_the_pairs(stocked: tuple[Workspace, str, list[str]]) -> None:
    _, ana, _ = stocked
    with psycopg.connect(ana, autocommit=True) as connection:
        connection.execute("UPDATE briefing.library SET title = 'Harbour closure notice' WHERE title = 'Text 0'")
        assert [hit.title for hit in library.search(connection, '"harbour closure notice"')] == [
            "Harbour closure notice"]
