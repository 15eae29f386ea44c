"""The team library under load-bearing changes: search sees the caller's teams only, mass import, the v2 upgrade."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from briefing.model import Source
from briefing.workspace import library, schema

from .conftest import Workspace


def titles(url: str, query: str, limit: int = 20) -> list[str]:
    with psycopg.connect(url, autocommit=True) as connection:
        return sorted(hit.title for hit in library.search(connection, query, limit))


def test_search_finds_the_callers_teams_only_even_behind_many_others(workspace: Workspace) -> None:
    # More matches in another team than the search takes as candidates, added first: the team
    # condition must apply before that limit, or the desk's one source would never be found.
    omar = workspace.add_user(f"omar_{uuid.uuid4().hex[:6]}", team="east")
    with psycopg.connect(omar, autocommit=True) as connection:
        library.import_sources(connection, "east", [
            Source(f"East convoy {n}", f"A convoy of trucks crossed the river, report number {n}.")
            for n in range(library.CANDIDATES + 10)])
    ana = workspace.add_user(f"ana_{uuid.uuid4().hex[:6]}")
    with psycopg.connect(ana, autocommit=True) as connection:
        library.add(connection, "desk", [Source("Desk convoy", "The convoy was stopped at the border.")])
        hits = library.search(connection, "convoy")
        assert [hit.title for hit in hits] == ["Desk convoy"]
        assert hits[0].team == "desk" and "«convoy»" in hits[0].snippet
        assert library.search(connection, "trucks") == []  # words only the other team's texts have
    assert len(titles(omar, "convoy", 100)) == library.CANDIDATES + 10  # the other team sees its own
    assert "Desk convoy" not in titles(omar, "convoy", 100)


def test_someone_in_two_teams_finds_both_and_an_outsider_nothing(workspace: Workspace) -> None:
    zoe = f"zoe_{uuid.uuid4().hex[:6]}"
    workspace.add_user(zoe, team="east")
    both = workspace.add_user(zoe, team="desk")
    outsider = workspace.add_user(f"out_{uuid.uuid4().hex[:6]}", team="west")
    with psycopg.connect(both, autocommit=True) as connection:
        library.add(connection, "desk", [Source("Desk harbour", "Ships left the harbour at dawn.")])
        library.add(connection, "east", [Source("East harbour", "The harbour was closed.")])
    assert titles(both, "harbour") == ["Desk harbour", "East harbour"]
    assert titles(outsider, "harbour") == []


def test_mass_import_adds_each_text_once_and_stems_russian_but_not_ukrainian(workspace: Workspace) -> None:
    ana = workspace.add_user(f"ana_{uuid.uuid4().hex[:6]}")
    sources = [Source(f"Note {n}", f"Routine note {n} about the grain shipment.") for n in range(230)]
    sources += [Source("Переговоры", "Делегации встретились на переговорах в столице."),
                Source("Переговори", "Делегації зустрілися на переговорах у столиці."),
                Source("Note 7 again", sources[7].text)]  # the same text: the library keeps one copy
    with psycopg.connect(ana, autocommit=True) as connection:
        assert library.import_sources(connection, "desk", sources, batch=100) == 232
        assert library.import_sources(connection, "desk", sources, batch=100) == 0  # run again: nothing new
    assert workspace.sql("SELECT count(*) FROM briefing.library") == [(232,)]
    assert titles(ana, "переговоры") == ["Переговоры"]  # Russian: another form of the word, by its stem
    assert titles(ana, "переговорах") == ["Переговори", "Переговоры"]  # the exact form, in both languages
    assert titles(ana, "делегації") == ["Переговори"]  # Ukrainian: the word form as written
    assert titles(ana, "делегація") == []  # ... and no stemming
    assert titles(ana, "shipments", 500) == sorted(f"Note {n}" for n in range(230))


def test_a_version_1_workspace_is_upgraded_and_its_library_searched(pg_server,  # type: ignore[no-untyped-def]
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    name = f"ws_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server.url(), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    workspace = Workspace(pg_server, name)
    with psycopg.connect(workspace.admin_url, autocommit=True) as connection, monkeypatch.context() as patched:
        patched.setattr(schema, "SCHEMA_VERSION", 1)
        assert schema.init(connection) == (0, 1)
    ana = workspace.add_user(f"ana_{uuid.uuid4().hex[:6]}")
    with psycopg.connect(ana, autocommit=True) as connection:
        library.add(connection, "desk", [Source("Plans", "The envoys were drafting several plans.")])
    with psycopg.connect(workspace.admin_url, autocommit=True) as connection:
        assert schema.init(connection) == (1, schema.SCHEMA_VERSION)
    assert titles(ana, "plan") == ["Plans"]
    assert titles(ana, '"drafting several plans"') == ["Plans"]  # v3: the pairs of a text added before it


def test_the_snippet_shows_the_word_however_far_into_the_text_and_however_capitalised(workspace: Workspace) -> None:
    ana = workspace.add_user(f"ana_{uuid.uuid4().hex[:6]}")
    filler = "Nothing of note happened on the road that day. " * 60
    with psycopg.connect(ana, autocommit=True) as connection:
        library.add(connection, "desk", [
            Source("Capitalised", filler + "Harbours were closed at dawn by order of the governor."),
            Source("Lower case", filler + "By noon the harbour was open again.")])
        snippets = {hit.title: hit.snippet for hit in library.search(connection, "harbour")}
    assert "«Harbours»" in snippets["Capitalised"] and "«harbour»" in snippets["Lower case"]
