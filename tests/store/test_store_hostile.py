"""A .brief from a stranger, with crafted files beside it: opening it never changes anything else on disk.

A rollback journal may name a "super-journal"; when SQLite rolls such a journal back it then
deletes the file named there. Briefing never writes one (a brief is one database), so a
journal that names one was crafted: it is refused before SQLite sees it, and a read-only
open never rolls anything back in place.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import sys
from pathlib import Path

import pytest
from tests.cli.helpers import briefing_cli

from briefing.model import Brief
from briefing.store import BriefFile, StoreError, load_brief, save_brief, search_sources

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")  # SQLite's rollback-journal header magic


def crafted_journal(brief_path: Path, victim: Path) -> Path:
    """A hot journal with no pages to restore, naming `victim` as its super-journal (SQLite's file format)."""
    page_size = int.from_bytes(brief_path.read_bytes()[16:18], "big")
    pages = brief_path.stat().st_size // page_size
    sector = 512
    header = (JOURNAL_MAGIC + struct.pack(">IIIII", 0, 0, pages, sector, page_size)).ljust(sector, b"\0")
    name = str(victim).encode()
    lock_page = 0x40000000 // page_size + 1
    tail = struct.pack(">I", lock_page) + name + struct.pack(">II", len(name), sum(name)) + JOURNAL_MAGIC
    journal = brief_path.with_name(brief_path.name + "-journal")
    journal.write_bytes(header + tail)
    return journal


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def received(tmp_path: Path) -> tuple[Path, Path]:
    """A brief with a crafted journal beside it, and the file that journal would delete."""
    folder = tmp_path / "mail"
    folder.mkdir()
    path = folder / "received.brief"
    save_brief(path, Brief(title="Received"))
    victim = tmp_path / "precious.txt"
    victim.write_text("the analyst's notes\n")
    crafted_journal(path, victim)
    return path, victim


@pytest.mark.parametrize("how", ["read-only", "search", "writable"])
def test_a_journal_naming_another_file_is_refused_and_deletes_nothing(received: tuple[Path, Path], how: str) -> None:
    path, victim = received
    before = snapshot(path.parent)
    with pytest.raises(StoreError) as refused:
        if how == "read-only":
            load_brief(path)
        elif how == "search":
            search_sources(path, "anything")
        else:
            BriefFile.open(path)
    message = str(refused.value)
    assert str(path) in message and "received.brief-journal" in message and "\n" not in message
    assert victim.read_text() == "the analyst's notes\n"
    assert snapshot(path.parent) == before  # the journal and the brief are as they were


def test_the_command_line_says_so_in_one_line(received: tuple[Path, Path], cli_env: dict[str, str]) -> None:
    path, victim = received
    for command in (["dump", str(path)], ["history", str(path)], ["check", str(path)],
                    ["search", str(path), "words"], ["export", str(path), "-o", str(path.with_suffix(".pdf"))]):
        done = briefing_cli(cli_env, *command)
        assert done.returncode == 1, (command, done.stderr)
        assert "journal" in done.stderr and "internal error" not in done.stderr, done.stderr
        assert victim.exists(), command


def hot_journal_of_ours(path: Path) -> None:
    """Leave `path` as a killed save leaves it: the new content written, the journal of the old still there."""
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA synchronous = OFF")  # the journal header is complete at once, as after its sync
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE brief SET title = 'Half-saved'")
    writer.execute("UPDATE sources SET title = 'Half-saved'")
    journal = path.with_name(path.name + "-journal")
    saved_journal = journal.read_bytes()
    writer.execute("COMMIT")
    writer.close()
    journal.write_bytes(saved_journal)


def test_a_reader_recovers_our_own_hot_journal_without_touching_the_file(tmp_path: Path, brief: Brief) -> None:
    path = tmp_path / "killed.brief"
    save_brief(path, brief)
    hot_journal_of_ours(path)
    before = snapshot(tmp_path)
    assert load_brief(path) == brief  # the journal's old pages are what a reader sees
    assert [hit.source_id for hit in search_sources(path, "Zelenskyy")] == ["kyiv"]
    assert snapshot(tmp_path) == before  # ... without the file (or the journal) being rolled back in place
    with BriefFile.open(path) as opened:  # a writer recovers the file itself
        assert opened.load() == brief
    assert not path.with_name(path.name + "-journal").exists()
    assert load_brief(path) == brief


def test_a_wal_file_beside_a_brief_is_refused(tmp_path: Path) -> None:
    """SQLite would read (and, writing, copy into the brief) a -wal file beside it; Briefing never writes one."""
    path = tmp_path / "received.brief"
    save_brief(path, Brief(title="Received"))
    path.with_name(path.name + "-wal").write_bytes(b"\0" * 64)
    before = snapshot(tmp_path)
    for opening in (lambda: load_brief(path), lambda: BriefFile.open(path), lambda: search_sources(path, "x")):
        with pytest.raises(StoreError, match=r"received\.brief-wal"):
            opening()
    assert snapshot(tmp_path) == before


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
@pytest.mark.parametrize("sidecar", ["{}-journal", ".{}.lock"])
def test_a_linked_sidecar_never_writes_through_the_link(tmp_path: Path, sidecar: str) -> None:
    """A journal or lock file beside the brief that is a link to another file: that file is left alone."""
    path = tmp_path / "received.brief"
    save_brief(path, Brief(title="Received"))
    victim = tmp_path / "precious.txt"
    victim.write_text("the analyst's notes\n" * 100)
    os.symlink(victim, tmp_path / sidecar.format(path.name))
    with pytest.raises(StoreError) as refused, BriefFile.open(path) as opened:
        opened.save(Brief(title="Saved"))
    assert "\n" not in str(refused.value)
    assert victim.read_text() == "the analyst's notes\n" * 100


def test_our_own_journals_never_name_another_file(tmp_path: Path) -> None:
    """A connection of ours cannot attach a second database (the only way SQLite writes a super-journal)."""
    path = tmp_path / "ours.brief"
    save_brief(path, Brief(title="Ours"))
    other = tmp_path / "other.db"
    shutil.copyfile(path, other)
    with BriefFile.open(path) as opened, pytest.raises(sqlite3.Error):
        opened._live().execute("ATTACH DATABASE ? AS other", (str(other),))


# --- the schema inside the file -----------------------------------------------------------------

ALTERATIONS = {
    "marking downgraded on every import": "CREATE TRIGGER downgrade AFTER INSERT ON sources BEGIN "
                                          "UPDATE brief SET marking = 'TLP:CLEAR', title = 'Renamed'; END",
    "release history erased on export": "CREATE TRIGGER forget AFTER INSERT ON releases BEGIN "
                                        "DELETE FROM releases; END",
    "a view in place of a table": "DROP TABLE distribution; "
                                  "CREATE VIEW distribution AS SELECT 0 AS position, 'x@example.org' AS recipient",
    "an index of its own": "CREATE INDEX by_title ON sources (title)",
    "a table defined differently": "DROP TABLE dismissed; CREATE TABLE dismissed (key TEXT COLLATE NOCASE)",
    "a table of its own": "CREATE TABLE payload (data BLOB)",
    "search index settings": "INSERT INTO source_index_config (k, v) VALUES ('pgsz', 65000)",
}


def altered(path: Path, sql: str) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.executescript(sql)
    connection.close()


@pytest.mark.parametrize("alteration", sorted(ALTERATIONS))
def test_a_schema_that_is_not_ours_is_refused(tmp_path: Path, brief: Brief, alteration: str) -> None:
    path = tmp_path / "received.brief"
    save_brief(path, brief)
    altered(path, ALTERATIONS[alteration])
    before = snapshot(tmp_path)
    for opening in (lambda: load_brief(path), lambda: BriefFile.open(path), lambda: search_sources(path, "x")):
        with pytest.raises(StoreError) as refused:
            opening()
        message = str(refused.value)
        assert str(path) in message and "not saved by Briefing or has been altered" in message
        assert "\n" not in message
    assert snapshot(tmp_path) == before


def test_the_refusal_names_the_trigger(tmp_path: Path, brief: Brief) -> None:
    path = tmp_path / "received.brief"
    save_brief(path, brief)
    altered(path, ALTERATIONS["marking downgraded on every import"])
    with pytest.raises(StoreError, match='holds a trigger "downgrade" on "sources" that Briefing never creates'):
        load_brief(path)


def test_an_old_file_with_a_trigger_is_refused_before_its_upgrade(tmp_path: Path) -> None:
    from briefing.store.migrations import SCHEMA_1
    from briefing.store.schema import APPLICATION_ID

    path = tmp_path / "old.brief"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.executescript(SCHEMA_1)
    connection.execute("INSERT INTO brief (id, title, template_id) VALUES (1, 'Old', 'situation-brief')")
    connection.execute("CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM brief; END")
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("PRAGMA user_version = 1")
    connection.close()
    with pytest.raises(StoreError, match="not saved by Briefing or has been altered"):
        BriefFile.open(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.brief"]  # no backup was made either


def test_even_a_trigger_the_check_missed_cannot_run(tmp_path: Path, brief: Brief,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Belt and braces: the connection itself refuses to run any trigger."""
    from briefing.model import Source
    from briefing.store import guard

    path = tmp_path / "received.brief"
    save_brief(path, brief)
    altered(path, ALTERATIONS["marking downgraded on every import"])
    monkeypatch.setattr(guard, "check_schema", lambda *_args: None)
    with BriefFile.open(path) as opened:
        loaded = opened.load()
        loaded.sources.append(Source(title="New", text="A new source.", id="new"))
        with pytest.raises(StoreError, match="could not be saved"):
            opened.save(loaded)
    monkeypatch.undo()
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT title, marking FROM brief").fetchone() == (brief.title, brief.marking)
    connection.close()


def test_import_into_a_brief_with_triggers_says_so_in_one_line(tmp_path: Path, brief: Brief,
                                                                cli_env: dict[str, str]) -> None:
    path = tmp_path / "received.brief"
    save_brief(path, brief)
    altered(path, ALTERATIONS["marking downgraded on every import"])
    source = tmp_path / "note.txt"
    source.write_text("A short note about the talks in Geneva.\n")
    before = path.read_bytes()
    done = briefing_cli(cli_env, "import", path, source)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "not saved by Briefing or has been altered" in done.stderr
    assert path.read_bytes() == before


def test_genuine_files_of_every_layout_pass() -> None:
    """The expected schemas come from our own layouts and migrations, one per starting version."""
    from briefing.store import guard
    from briefing.store.schema import SCHEMA_VERSION

    schemas = guard.expected_schemas(SCHEMA_VERSION)
    assert len(schemas) == 3  # created new, or created at version 1 or 2 and migrated
    assert all(any(kind == "table" and name == "source_index_data" for kind, name, _t, _s in s) for s in schemas)
    assert not any(kind in {"trigger", "view"} for schema in schemas for kind, *_rest in schema)
