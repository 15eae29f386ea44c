"""What a .brief from a stranger may not do: the checks made before SQLite is trusted with it.

A brief is mailed around, so the file and whatever arrives beside it are data, never
commands. SQLite itself acts on three things a sender controls:

- a rollback journal beside the file (`NAME-journal`): SQLite rolls a "hot" one back on
  open, and afterwards deletes the "super-journal" the journal names, wherever that is;
- a write-ahead log (`NAME-wal`): SQLite reads it, and a writer copies it into the file;
- the schema inside the file: triggers run on our own INSERTs, views stand in for tables.

Briefing writes a brief with one connection, in rollback-journal mode, with its own schema
only; so a journal naming a super-journal, any `-wal` file, a journal that is not a plain
file, and any schema object our own migrations do not create, are not ours and are refused
in one sentence before any of them can act. Connections are hardened as well (see
`harden`), so that even a check that missed something could not make SQLite run a
trigger or write a super-journal.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import stat
from pathlib import Path

from briefing.store import migrations
from briefing.store.errors import StoreError
from briefing.store.schema import CURRENT_SCHEMA, SCHEMA_VERSION

# The first 8 bytes of every rollback-journal header, and the last 8 of a super-journal record.
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")

# The layout each version was created with; older ones reach a version through `migrations`.
_LAYOUTS: dict[int, str] = {1: migrations.SCHEMA_1, 2: migrations.SCHEMA_2, SCHEMA_VERSION: CURRENT_SCHEMA}

SchemaEntry = tuple[str, str, str, str]  # type, name, table name, SQL with whitespace folded


def _not_ours(path: Path, sidecar: Path, what: str) -> StoreError:
    return StoreError(
        f"{path} was not opened: {sidecar.name} beside it {what}, so it was not written by Briefing and "
        f"could change other files; move {sidecar.name} out of that folder and open the brief again"
    )


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def check_sidecars(path: Path) -> bool:
    """Refuse a -wal file or a journal that is not ours; True when a journal of ours holds pages.

    A true answer means a save was interrupted: a writer rolls the journal back in place, a
    reader in a private copy (see `file._recovered_copy`).
    """
    wal = path.with_name(path.name + "-wal")
    if os.path.lexists(wal):
        raise _not_ours(path, wal, "is a write-ahead log, which Briefing never uses")
    journal = journal_path(path)
    try:
        info = os.lstat(journal)
    except FileNotFoundError:
        return False
    except OSError as error:
        raise _not_ours(path, journal, f"cannot be examined ({error.strerror})") from None
    if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
        raise _not_ours(path, journal, "is a link or not a plain file")
    if info.st_size == 0:
        return False
    try:
        with journal.open("rb") as handle:
            first = handle.read(1)
            handle.seek(max(info.st_size - 16, 0))
            tail = handle.read(16)
    except OSError as error:
        raise _not_ours(path, journal, f"cannot be read ({error.strerror})") from None
    if names_super_journal(tail, info.st_size):
        raise _not_ours(path, journal, "names another file to delete (a super-journal)")
    return first != b"\0"  # SQLite ignores a journal whose header was never completed


def names_super_journal(tail: bytes, size: int) -> bool:
    """Whether a journal ends in a super-journal record (length, checksum, magic), as SQLite reads it.

    The checksum is not verified: whichever way it comes out, such a journal is not ours.
    """
    if size < 16 or len(tail) < 16 or tail[8:] != JOURNAL_MAGIC:
        return False
    length = int.from_bytes(tail[:4], "big")
    return 0 < length <= size - 16


def harden(connection: sqlite3.Connection) -> sqlite3.Connection:
    """Settings that keep a hostile file from acting, on every connection the store opens.

    - no functions called from the schema (trusted_schema) and cell sizes checked on read;
    - no second database can be attached, so no transaction spans two files and SQLite
      never writes a super-journal;
    - a trigger cannot run at all (trigger depth 0), whatever a schema check let through;
    - on Python 3.12+, SQLite's defensive mode, with triggers and views switched off.
    """
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA cell_size_check = ON")
    connection.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    connection.setlimit(sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH, 0)
    setconfig = getattr(connection, "setconfig", None)
    if setconfig is not None:  # Python 3.12+
        for name, enabled in (("SQLITE_DBCONFIG_DEFENSIVE", True), ("SQLITE_DBCONFIG_TRUSTED_SCHEMA", False),
                              ("SQLITE_DBCONFIG_ENABLE_TRIGGER", False), ("SQLITE_DBCONFIG_ENABLE_VIEW", False)):
            option = getattr(sqlite3, name, None)
            if option is not None:
                setconfig(option, enabled)
    return connection


def _fold(sql: str | None) -> str:
    return " ".join((sql or "").split())


def read_schema(connection: sqlite3.Connection) -> frozenset[SchemaEntry]:
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset((str(kind), str(name), str(table), _fold(sql)) for kind, name, table, sql in rows)


@functools.cache
def expected_schemas(version: int) -> tuple[frozenset[SchemaEntry], ...]:
    """Every schema a genuine file of `version` can hold: one per layout it may have started from.

    Built by running our own layouts and migrations on empty in-memory databases, so a new
    migration is covered the day it is written (a file created at version 1 and migrated
    keeps the SQL text of its ALTERed tables, which differs from a file created new).
    The first entry is the schema of a file created at `version` when there is one.
    """
    schemas: list[frozenset[SchemaEntry]] = []
    for start in sorted(_LAYOUTS, reverse=True):
        if start > version:
            continue
        memory = sqlite3.connect(":memory:", isolation_level=None)
        try:
            memory.executescript(f"BEGIN; {_LAYOUTS[start]}; COMMIT;")
            memory.execute("BEGIN")
            for step in range(start, version):
                migrations.STEPS[step](memory)
            memory.execute("COMMIT")
            schemas.append(read_schema(memory))
        finally:
            memory.close()
    return tuple(schemas)


def _describe(entry: SchemaEntry) -> str:
    kind, name, table, _sql = entry
    return f'{"an" if kind[0] in "aeiou" else "a"} {kind} "{name}"' + (f' on "{table}"' if table != name else "")


def check_schema(connection: sqlite3.Connection, path: Path, version: int) -> None:
    """The file's schema is exactly one a genuine brief of `version` has, or it is refused.

    A missing table reads as damage (a file cut short by hand); anything added or changed
    (a trigger, a view, a table defined differently) as a file that is not Briefing's.
    """
    found = read_schema(connection)
    expected = expected_schemas(version)
    if not expected or found in expected:
        return
    reference = min(expected, key=lambda schema: len(schema ^ found))  # the layout it is closest to
    found_names = {(kind, name) for kind, name, _table, _sql in found}
    missing_tables = sorted(name for kind, name, _table, _sql in reference - found
                            if kind == "table" and (kind, name) not in found_names)
    if missing_tables and found <= reference:
        raise StoreError(f"{path} is damaged and cannot be read (table {missing_tables[0]} is missing); "
                         f"open a backup copy of it")
    ours = {(kind, name) for kind, name, _table, _sql in reference}
    foreign = sorted(found - reference, key=lambda entry: (entry[0] != "trigger", (entry[0], entry[1]) in ours))
    if not foreign:
        what = "lacks part of Briefing's layout"
    elif (foreign[0][0], foreign[0][1]) in ours:
        what = f"holds {_describe(foreign[0])} defined differently from Briefing's"
    else:
        what = f"holds {_describe(foreign[0])} that Briefing never creates"
    raise StoreError(
        f"{path} was not opened: its database {what}, so it was not saved by Briefing or has been altered; "
        f"ask the sender for the brief again"
    )


def check_fts_config(connection: sqlite3.Connection, path: Path) -> None:
    """The full-text index's settings are the ones a new index has (they steer how FTS5 writes)."""
    try:
        rows = frozenset(connection.execute("SELECT k, v FROM source_index_config").fetchall())
    except sqlite3.OperationalError:
        return  # a file from before the index; the migration creates it
    if rows != _fresh_fts_config():
        raise StoreError(
            f"{path} was not opened: its search index has settings Briefing never makes, so it was not saved by "
            f"Briefing or has been altered; ask the sender for the brief again"
        )


@functools.cache
def _fresh_fts_config() -> frozenset[tuple[object, object]]:
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        memory.executescript(CURRENT_SCHEMA)
        return frozenset(memory.execute("SELECT k, v FROM source_index_config").fetchall())
    finally:
        memory.close()
