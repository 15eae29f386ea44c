"""Library search through the GIN indexes (schema v2 and v3), limited to the caller's teams, in their languages."""

from __future__ import annotations

import time

import psycopg

from briefing.model import Source
from briefing.workspace import library

from .conftest import Workspace


def _index_scans(workspace: Workspace, index: str = "library_search") -> int:
    rows = workspace.sql("SELECT coalesce(sum(idx_scan), 0) FROM pg_stat_user_indexes WHERE indexrelname = %s",
                         (index,))
    return int(rows[0][0])  # type: ignore[call-overload]


def test_search_finds_only_the_callers_teams_sources_in_each_language(workspace: Workspace) -> None:
    ana, oleg = workspace.add_user("ana"), workspace.add_user("oleg", team="east")
    desk = [Source("Plans", "The envoys were drafting several plans."),
            Source("Планы", "Посланники подготовили несколько планов урегулирования."),
            Source("Плани", "Посланці підготували кілька планів врегулювання.")]
    east = [Source("Other plans", "Another team's envoys were planning too."),
            Source("Другие планы", "Другие посланники тоже готовили планы.")]
    with psycopg.connect(ana, autocommit=True) as connection:
        library.add(connection, "desk", desk)
    with psycopg.connect(oleg, autocommit=True) as connection:
        library.add(connection, "east", east)
    with psycopg.connect(ana, autocommit=True) as connection:
        assert [h.title for h in library.search(connection, "plan")] == ["Plans"]  # English stemming
        assert [h.title for h in library.search(connection, "планы")] == ["Планы"]  # Russian stemming
        assert [h.title for h in library.search(connection, "планів")] == ["Плани"]  # Ukrainian: exact word form
        assert library.search(connection, "another") == []
        assert "«" in library.search(connection, "plans")[0].snippet
    with psycopg.connect(oleg, autocommit=True) as connection:
        assert sorted(h.title for h in library.search(connection, "plan OR план")) == ["Other plans", "Другие планы"]
        # The index function answers only with the caller's own teams' sources, whatever it is asked.
        nums = [row[0] for row in connection.execute(
            "SELECT briefing.library_matches('plans OR планів', 100)").fetchall()]
        assert nums and all(team == "east" for (team,) in (
            workspace.sql("SELECT team FROM briefing.library WHERE num = %s", (num,))[0] for num in nums))


def test_search_reads_the_index_not_every_text(workspace: Workspace) -> None:
    """Under row-level security a plain `search @@ query` could never use the index (the match is not leakproof)."""
    ana = workspace.add_user("ana")
    with psycopg.connect(ana, autocommit=True) as connection:
        library.add(connection, "desk", [Source(f"Report {n}", f"Harbour report number {n}.") for n in range(30)])
    # Thirty rows are read faster without the index; a large library is not: tell the planner so.
    workspace.sql("ALTER FUNCTION briefing.library_matches(text, integer) SET enable_seqscan = off")
    before = _index_scans(workspace)
    with psycopg.connect(ana, autocommit=True) as connection:
        assert len(library.search(connection, "harbour")) == 20
    # A backend's counters reach the shared statistics when it ends; wait (boundedly) for that.
    for _ in range(100):
        if _index_scans(workspace) > before:
            break
        time.sleep(0.05)
    assert _index_scans(workspace) > before
