"""Files of schema 1 (no search index, releases without detail) are upgraded, after a backup copy."""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
from pathlib import Path

import pytest

from briefing.model import Brief
from briefing.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    BriefFile,
    StoreError,
    load_brief,
    migrations,
    save_brief,
    search_sources,
)

TEXT = "Kyiv has officially received a draft plan.\n\nTrump envoy Steve Witkoff drafted it with a Kremlin adviser."


def make_version_1(path: Path) -> None:
    """A brief as Briefing wrote it with schema 1, built by hand from the frozen layout."""
    connection = sqlite3.connect(path)
    connection.executescript(migrations.SCHEMA_1)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("PRAGMA user_version = 1")
    connection.execute("INSERT INTO meta VALUES ('created_with', 'Briefing 0.0.9')")
    connection.execute("INSERT INTO brief (id, title, template_id, date, marking) "
                       "VALUES (1, 'Old brief', 'situation-brief', '2025-11-20T16:30:00+00:00', 'TLP:AMBER')")
    connection.execute("INSERT INTO distribution VALUES (0, 'Europe directorate')")
    connection.execute("INSERT INTO dismissed VALUES ('actor:Kremlin')")
    connection.execute(
        "INSERT INTO sources (num, id, position, title, text, publisher, published, reliability, credibility, "
        "notes, media_type, paragraphs, sha256, extra) VALUES "
        "(1, 'cbs', 0, 'Zelenskyy receives draft plan', ?, 'Fictional Wire', '2025-11-20', 'B', 2, '', "
        "'text/plain', '[[0,42],[44,103]]', 'abc', '{\"language\":\"en\"}')",
        (TEXT,),
    )
    connection.execute("INSERT INTO sections VALUES (0, 'summary')")
    connection.execute("INSERT INTO items (num, id, section, position, kind, text) "
                       "VALUES (1, 'i1', 0, 0, 'prose', 'Kyiv has the plan.')")
    connection.execute("INSERT INTO citations VALUES (1, 0, 'cbs', 9, 41, ?)", (TEXT[9:41],))
    connection.execute("INSERT INTO releases VALUES (0, '2025-11-20T17:00:00+00:00', 'sent', '[\"duty@example.org\"]', "
                       "'TLP:AMBER', 'brief.pdf', 'ff')")
    connection.commit()
    connection.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_upgraded_content(brief: Brief) -> None:
    assert brief.title == "Old brief" and brief.marking == "TLP:AMBER"
    assert brief.distribution == ["Europe directorate"] and brief.dismissed == {"actor:Kremlin"}
    source = brief.sources[0]
    assert (source.id, source.publisher, source.grade.code(), source.extra) == ("cbs", "Fictional Wire", "B2",
                                                                             {"language": "en"})
    item = brief.sections[0].items[0]
    assert item.citations[0].matches(source)
    assert brief.releases[0].detail == ""  # the column schema 2 added, with its default


def columns(connection: sqlite3.Connection) -> dict[str, list[tuple[str, str, int]]]:
    tables = [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'source_index_%' ORDER BY name")]
    return {table: [(row[1], row[2], row[3]) for row in connection.execute(f"PRAGMA table_info('{table}')")]
            for table in tables}


def test_upgrade_writes_a_backup_then_migrates(tmp_path: Path) -> None:
    path = tmp_path / "old.brief"
    make_version_1(path)
    original = digest(path)
    with BriefFile.open(path) as opened:
        assert opened.backup == tmp_path / "old (format 1 backup).brief"
        check_upgraded_content(opened.load())
        hits = opened.search("witkoff")  # the index was built from the existing sources
        assert [(hit.source_id, TEXT[hit.start:hit.end]) for hit in hits] == [("cbs", "Witkoff")]
    assert digest(tmp_path / "old (format 1 backup).brief") == original  # the backup is the untouched file
    with sqlite3.connect(tmp_path / "old (format 1 backup).brief") as backup:
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    with sqlite3.connect(path) as upgraded:
        assert upgraded.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert upgraded.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with BriefFile.open(path) as again:  # upgraded once: no second backup
        assert again.backup is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old (format 1 backup).brief", "old.brief"]


def test_upgraded_file_has_the_layout_of_a_new_one(tmp_path: Path) -> None:
    make_version_1(tmp_path / "old.brief")
    BriefFile.open(tmp_path / "old.brief").close()
    save_brief(tmp_path / "new.brief", Brief())
    with sqlite3.connect(tmp_path / "old.brief") as old, sqlite3.connect(tmp_path / "new.brief") as new:
        assert columns(old) == columns(new)
        index_sql = "SELECT sql FROM sqlite_master WHERE name = 'source_index'"
        assert old.execute(index_sql).fetchone() == new.execute(index_sql).fetchone()


def test_upgraded_file_can_be_edited_and_searched(tmp_path: Path) -> None:
    path = tmp_path / "old.brief"
    make_version_1(path)
    with BriefFile.open(path) as opened:
        brief = opened.load()
        brief.sources[0].title = "Retitled peace report"
        brief.releases.append(dataclasses.replace(brief.releases[0], detail="now with detail"))
        opened.save(brief)  # (records are only ever appended: see test_store_roundtrip)
    assert search_sources(path, "retitled")[0].source_id == "cbs"
    assert load_brief(path).releases[-1].detail == "now with detail"


def test_backup_names_do_not_overwrite_each_other(tmp_path: Path) -> None:
    make_version_1(tmp_path / "old.brief")
    (tmp_path / "old (format 1 backup).brief").write_bytes(b"an earlier backup")
    with BriefFile.open(tmp_path / "old.brief") as opened:
        assert opened.backup == tmp_path / "old (format 1 backup 2).brief"
    assert (tmp_path / "old (format 1 backup).brief").read_bytes() == b"an earlier backup"


def test_readonly_open_upgrades_in_memory_and_leaves_the_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "old.brief"
    make_version_1(path)
    original = digest(path)
    check_upgraded_content(load_brief(path))
    assert search_sources(path, "kremlin adviser")[0].source_id == "cbs"
    with BriefFile.open(path, readonly=True) as opened:
        assert opened.backup is None
        opened.save_copy(tmp_path / "upgraded copy.brief")
    assert digest(path) == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.brief", "upgraded copy.brief"]
    with BriefFile.open(tmp_path / "upgraded copy.brief") as copy:  # the copy is of the current format
        assert copy.backup is None
        check_upgraded_content(copy.load())


def test_failed_migration_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.brief"
    make_version_1(path)
    original = digest(path)

    def broken(connection: sqlite3.Connection) -> None:
        connection.execute("ALTER TABLE releases ADD COLUMN detail TEXT NOT NULL DEFAULT ''")
        connection.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setitem(migrations.STEPS, 1, broken)
    with pytest.raises(StoreError, match=r"could not be upgraded from file format 1 .*it is unchanged, and a copy"):
        BriefFile.open(path)
    assert digest(path) == original
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
        assert "detail" not in [row[1] for row in connection.execute("PRAGMA table_info('releases')")]
    monkeypatch.undo()
    with BriefFile.open(path) as opened:  # a fixed version upgrades it fine
        check_upgraded_content(opened.load())


def test_every_older_version_has_a_step() -> None:
    assert sorted(migrations.STEPS) == list(range(migrations.OLDEST_SUPPORTED, SCHEMA_VERSION))
