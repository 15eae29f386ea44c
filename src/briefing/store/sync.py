"""Reading a whole brief from the tables, and writing back only what changed since.

`StoredState` remembers, per object, the key (see `codec`) of what the file holds. A save
compares the brief in memory with it and touches only the rows whose key differs, so the
GUI's save after every edit costs a few milliseconds however many sources the brief has.
Both functions run inside a transaction owned by the caller.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import briefing
from briefing.model import Brief, Citation, Section
from briefing.store import codec, textindex
from briefing.store.codec import Row
from briefing.store.schema import BRIEF_COLUMNS, ITEM_COLUMNS, RELEASE_COLUMNS, SOURCE_COLUMNS


class DamagedError(Exception):
    """The tables hold something no brief could have produced (the caller names the file)."""


@dataclass
class StoredSource:
    """A source row as the file holds it: its row number, position and content key."""

    num: int
    position: int
    key: Row


@dataclass
class StoredItem:
    """An item row as the file holds it: its row number and content key."""

    num: int
    key: Row


@dataclass
class StoredState:
    """What the file holds, as keys; `items` is None when item ids are not unique."""

    brief: Row | None = None
    distribution: tuple[str, ...] | None = None
    dismissed: frozenset[str] = frozenset()
    sections: tuple[tuple[int, str], ...] | None = None
    releases: tuple[Row, ...] | None = None
    sources: dict[str, StoredSource] = field(default_factory=dict)
    items: dict[str, StoredItem] | None = field(default_factory=dict)
    # Whether every stored origin is known to be a bare file name (see `_scrub_origins`).
    origins_private: bool = False


def _select(columns: Iterable[str]) -> str:
    return ", ".join(f'"{name}"' for name in columns)


def _assign(columns: Iterable[str]) -> str:
    return ", ".join(f'"{name}" = ?' for name in columns)


def read(connection: sqlite3.Connection) -> tuple[Brief, StoredState]:
    """The brief the file holds, and the state that `write` diffs against."""
    state = StoredState()
    brief = Brief()
    row = connection.execute(f"SELECT {_select(BRIEF_COLUMNS)} FROM brief WHERE id = 1").fetchone()
    if row is None:
        raise DamagedError("the brief's metadata is missing")
    codec.check_row(row, codec.BRIEF_TYPES, BRIEF_COLUMNS, "brief")
    codec.apply_brief_row(brief, row)
    state.brief = codec.brief_key(brief)

    brief.distribution = [r for (r,) in connection.execute("SELECT recipient FROM distribution ORDER BY position")]
    codec.check_row(tuple(brief.distribution), "s" * len(brief.distribution), ("recipient",) * len(brief.distribution),
                    "distribution")
    state.distribution = tuple(brief.distribution)
    dismissed = [key for (key,) in connection.execute("SELECT key FROM dismissed")]
    codec.check_row(tuple(dismissed), "s" * len(dismissed), ("key",) * len(dismissed), "dismissed")
    brief.dismissed = set(dismissed)
    state.dismissed = frozenset(brief.dismissed)

    source_sql = f"SELECT num, {_select(SOURCE_COLUMNS)} FROM sources ORDER BY position, num"
    for num, *values in connection.execute(source_sql):
        codec.check_row(tuple(values), codec.SOURCE_TYPES, SOURCE_COLUMNS, "sources")
        source = codec.source_from_row(tuple(values))
        brief.sources.append(source)
        state.sources[source.id] = StoredSource(num, values[1], codec.source_key(source))

    sections = connection.execute("SELECT position, key FROM sections ORDER BY position").fetchall()
    for section_row in sections:
        codec.check_row(section_row, "is", ("position", "key"), "sections")
    state.sections = tuple(sections)
    by_position: dict[int, Section] = {}
    for position, key in sections:
        by_position[position] = Section(key)
        brief.sections.append(by_position[position])

    citations: dict[int, list[Citation]] = {}
    for citation_row in connection.execute(
        'SELECT item, source_id, start, "end", quote FROM citations ORDER BY item, position'
    ):
        codec.check_row(citation_row, codec.CITATION_TYPES, ("item", "source_id", "start", "end", "quote"), "citations")
        item_num, source_id, start, end, quote = citation_row
        citations.setdefault(item_num, []).append(Citation(source_id, start, end, quote))

    items: dict[str, StoredItem] | None = {}
    item_sql = f"SELECT num, {_select(ITEM_COLUMNS)} FROM items ORDER BY section, position, num"
    for num, *values in connection.execute(item_sql):
        codec.check_row(tuple(values), codec.ITEM_TYPES, ITEM_COLUMNS, "items")
        item = codec.item_from_row(tuple(values), citations.get(num, []))
        section = by_position.get(values[1])
        if section is None:
            raise DamagedError(f"item {item.id} belongs to no section")
        section.items.append(item)
        if items is not None:
            if item.id in items:
                items = None
            else:
                items[item.id] = StoredItem(num, codec.item_key(item, values[1], values[2]))
    state.items = items

    brief.releases = []
    for release_row in connection.execute(f"SELECT {_select(RELEASE_COLUMNS)} FROM releases ORDER BY position"):
        codec.check_row(release_row, codec.RELEASE_TYPES, RELEASE_COLUMNS, "releases")
        brief.releases.append(codec.release_from_row(release_row))
    state.releases = tuple(codec.release_row(release) for release in brief.releases)
    return brief, state


def write(connection: sqlite3.Connection, state: StoredState | None, brief: Brief) -> StoredState:
    """Make the tables hold `brief`, touching only rows that differ from `state`.

    `state` None means the tables are empty (a new file). Returns the new state, which the
    caller adopts only once the transaction has committed.
    """
    old = state or StoredState()
    new = StoredState()
    changes_before = connection.total_changes
    execute = connection.execute

    new.brief = codec.brief_key(brief)
    if new.brief != old.brief:
        placeholders = ", ".join("?" * (len(BRIEF_COLUMNS) + 1))
        execute(f"INSERT OR REPLACE INTO brief (id, {_select(BRIEF_COLUMNS)}) VALUES ({placeholders})",
                (1, *codec.brief_row(brief)))

    new.distribution = tuple(brief.distribution)
    if new.distribution != old.distribution:
        execute("DELETE FROM distribution")
        connection.executemany("INSERT INTO distribution (position, recipient) VALUES (?, ?)",
                               enumerate(new.distribution))

    new.dismissed = frozenset(brief.dismissed)
    if new.dismissed != old.dismissed:
        connection.executemany("DELETE FROM dismissed WHERE key = ?", ((k,) for k in old.dismissed - new.dismissed))
        connection.executemany("INSERT INTO dismissed (key) VALUES (?)", ((k,) for k in new.dismissed - old.dismissed))

    new.sections = tuple((position, section.key) for position, section in enumerate(brief.sections))
    if new.sections != old.sections:
        execute("DELETE FROM sections")
        connection.executemany("INSERT INTO sections (position, key) VALUES (?, ?)", new.sections)

    new.releases = _append_releases(connection, old.releases or (), brief)

    if state is not None and not state.origins_private:
        _scrub_origins(connection)
    new.origins_private = True
    _write_sources(connection, old, new, brief)
    _write_items(connection, old, new, brief)
    if connection.total_changes != changes_before:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        connection.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [("saved_at", now), ("saved_with", f"Briefing {briefing.__version__}")],
        )
    return new


def _append_releases(connection: sqlite3.Connection, stored: tuple[Row, ...], brief: Brief) -> tuple[Row, ...]:
    """Append the brief's releases the file does not hold yet; never update or delete one.

    The release history is an audit record, not part of the edit: whatever the brief in
    memory lacks (an undo, a stale copy, a bug) leaves the records in the file as they are.
    """
    remaining = Counter(stored)
    appended: list[Row] = []
    for release in brief.releases:
        row = codec.release_row(release)
        if remaining[row]:
            remaining[row] -= 1
        else:
            appended.append(row)
    if not appended:
        return stored
    first = int(connection.execute("SELECT coalesce(max(position), -1) + 1 FROM releases").fetchone()[0])
    placeholders = ", ".join("?" * (len(RELEASE_COLUMNS) + 1))
    connection.executemany(
        f"INSERT INTO releases (position, {_select(RELEASE_COLUMNS)}) VALUES ({placeholders})",
        ((position, *row) for position, row in enumerate(appended, start=first)),
    )
    return (*stored, *appended)


def _scrub_origins(connection: sqlite3.Connection) -> None:
    """Files written before origins were kept as bare file names lose their folders at the first save."""
    rows = connection.execute("SELECT num, origin FROM sources WHERE origin IS NOT NULL").fetchall()
    changed = [(private, num) for num, origin in rows
               if isinstance(origin, str) and (private := codec.private_origin(origin)) != origin]
    if changed:
        connection.executemany("UPDATE sources SET origin = ? WHERE num = ?", changed)


def _next_num(connection: sqlite3.Connection, table: str) -> int:
    return int(connection.execute(f"SELECT coalesce(max(num), 0) + 1 FROM {table}").fetchone()[0])


def _write_sources(connection: sqlite3.Connection, old: StoredState, new: StoredState, brief: Brief) -> None:
    insert_sql = (
        f"INSERT INTO sources (num, {_select(SOURCE_COLUMNS)}) VALUES ({', '.join('?' * (len(SOURCE_COLUMNS) + 1))})"
    )
    update_sql = f"UPDATE sources SET {_assign(SOURCE_COLUMNS)} WHERE num = ?"
    next_num = _next_num(connection, "sources") if old.sources else 1
    inserts: list[Row] = []
    index_rows: list[tuple[int, str, str]] = []
    unindex: list[tuple[int]] = []
    for position, source in enumerate(brief.sources):
        key = codec.source_key(source)
        stored = old.sources.get(source.id)
        if stored is None:
            num, next_num = next_num, next_num + 1
            inserts.append((num, *codec.source_row(source, position)))
            index_rows.append((num, textindex.index_text(source.title), textindex.index_text(source.text)))
        else:
            num = stored.num
            if stored.key != key:
                connection.execute(update_sql, (*codec.source_row(source, position), num))
                # key[1:3] are title and text: only they feed the index.
                if stored.key[1:3] != key[1:3]:
                    unindex.append((num,))
                    index_rows.append((num, textindex.index_text(source.title), textindex.index_text(source.text)))
            elif stored.position != position:
                connection.execute("UPDATE sources SET position = ? WHERE num = ?", (position, num))
        new.sources[source.id] = StoredSource(num, position, key)
    removed = [(stored.num,) for source_id, stored in old.sources.items() if source_id not in new.sources]
    if removed:
        connection.executemany("DELETE FROM sources WHERE num = ?", removed)
        unindex.extend(removed)
    if inserts:
        connection.executemany(insert_sql, inserts)
    if unindex:
        connection.executemany("DELETE FROM source_index WHERE rowid = ?", unindex)
    if index_rows:
        connection.executemany("INSERT INTO source_index (rowid, title, body) VALUES (?, ?, ?)", index_rows)


def _write_items(connection: sqlite3.Connection, old: StoredState, new: StoredState, brief: Brief) -> None:
    keys = [
        (item.id, codec.item_key(item, section_position, position))
        for section_position, section in enumerate(brief.sections)
        for position, item in enumerate(section.items)
    ]
    unique = len({item_id for item_id, _key in keys}) == len(keys)
    insert_sql = f"INSERT INTO items (num, {_select(ITEM_COLUMNS)}) VALUES ({', '.join('?' * (len(ITEM_COLUMNS) + 1))})"
    citation_sql = 'INSERT INTO citations (item, position, source_id, start, "end", quote) VALUES (?, ?, ?, ?, ?, ?)'
    inserts: list[Row] = []
    citation_rows: list[Row] = []

    if old.items is None or not unique:
        # Rewrite every item: the only way to keep items apart when ids repeat.
        connection.execute("DELETE FROM items")
        connection.execute("DELETE FROM citations")
        for num, (_item_id, key) in enumerate(keys, start=1):
            inserts.append((num, *codec.item_row(key)))
            citation_rows.extend((num, index, *citation) for index, citation in enumerate(key[-1]))
        new.items = {item_id: StoredItem(num, key) for num, (item_id, key) in enumerate(keys, start=1)} \
            if unique else None
    else:
        items: dict[str, StoredItem] = {}
        update_sql = f"UPDATE items SET {_assign(ITEM_COLUMNS)} WHERE num = ?"
        next_num = _next_num(connection, "items") if old.items else 1
        for item_id, key in keys:
            stored = old.items.get(item_id)
            if stored is None:
                num, next_num = next_num, next_num + 1
                inserts.append((num, *codec.item_row(key)))
                citation_rows.extend((num, index, *citation) for index, citation in enumerate(key[-1]))
            else:
                num = stored.num
                if stored.key != key:
                    if stored.key[:-1] != key[:-1]:
                        connection.execute(update_sql, (*codec.item_row(key), num))
                    if stored.key[-1] != key[-1]:
                        connection.execute("DELETE FROM citations WHERE item = ?", (num,))
                        citation_rows.extend((num, index, *citation) for index, citation in enumerate(key[-1]))
            items[item_id] = StoredItem(num, key)
        removed = [(stored.num,) for item_id, stored in old.items.items() if item_id not in items]
        if removed:
            connection.executemany("DELETE FROM items WHERE num = ?", removed)
            connection.executemany("DELETE FROM citations WHERE item = ?", removed)
        new.items = items
    if inserts:
        connection.executemany(insert_sql, inserts)
    if citation_rows:
        connection.executemany(citation_sql, citation_rows)
