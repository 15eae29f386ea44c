"""WorkspaceBrief: a brief in a workspace, behind the same operations as a .brief file (load, save, search).

A save writes what changed since the last load or save, in one transaction, each row only if it is
still the version this writer last saw: an item someone else changed meanwhile makes the whole
save roll back with a ConflictError that names who changed it, when and how, so the writer can
choose (take theirs with `refresh`, or `save(..., overwrite=...)` to write over it). Lists that
several people grow at once merge instead of colliding: sections, dismissed suggestions and
release records. Every change is announced (NOTIFY) on the brief's channel; `Listener` hears them.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

from briefing.model import Brief, Item, Section, Source, content_hash
from briefing.store.codec import Row
from briefing.workspace import connect as connecting
from briefing.workspace import library, rows, schema
from briefing.workspace.errors import ConflictError, WorkspaceError


@dataclass
class KnownItem:
    """An item as this writer last saw it in the workspace: its version, content key and place."""

    version: int
    key: Row
    section: str
    position: float


@dataclass
class KnownSource:
    """A brief's source as this writer last saw it in the workspace."""

    version: int
    key: Row
    position: float


@dataclass
class Known:
    """What the database held when this writer last read or wrote it."""

    brief_version: int = 0
    meta_version: int = 0
    meta: Row = ()
    sections: tuple[str, ...] = ()
    dismissed: frozenset[str] = frozenset()
    releases: int = 0
    state: str = "draft"
    items: dict[str, KnownItem] = field(default_factory=dict)
    sources: dict[str, KnownSource] = field(default_factory=dict)


@dataclass
class Remote:
    """What others changed since this writer's last look, ready to be applied to the brief in memory."""

    items: dict[str, Item] = field(default_factory=dict)  # added or changed, by id
    removed_items: set[str] = field(default_factory=set)
    order: dict[str, list[str]] = field(default_factory=dict)  # section key -> item ids, for touched sections
    sources: dict[str, Source] = field(default_factory=dict)
    removed_sources: set[str] = field(default_factory=set)
    source_order: list[str] | None = None
    meta: Brief | None = None  # a brief holding the new metadata
    sections: list[str] | None = None
    dismissed: set[str] | None = None
    releases: list[Any] | None = None
    state: str | None = None
    who: set[str] = field(default_factory=set)

    @property
    def empty(self) -> bool:
        return not (self.items or self.removed_items or self.order or self.sources or self.removed_sources
                    or self.source_order is not None or self.meta is not None or self.sections is not None
                    or self.dismissed is not None or self.releases is not None or self.state is not None)


def one(cursor: psycopg.Cursor[Any]) -> tuple[Any, ...]:
    """The one row a statement must answer (a brief's own row, a count, a RETURNING …)."""
    row = cursor.fetchone()
    if row is None:
        raise WorkspaceError("the workspace answered nothing where it must answer a row; the brief may have been "
                             "deleted meanwhile")
    return tuple(row)


def _when(value: object) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if hasattr(value, "strftime") else str(value)


def _translate(error: psycopg.Error, doing: str) -> WorkspaceError:
    primary = getattr(getattr(error, "diag", None), "message_primary", None) or str(error).strip().splitlines()[0]
    if isinstance(error, psycopg.errors.InsufficientPrivilege):
        return WorkspaceError(f"the workspace refused to {doing}: {primary}")
    if isinstance(error, psycopg.OperationalError):
        return WorkspaceError(f"the workspace could not {doing} (the connection failed: {primary}); "
                              "your changes are kept here and saved when it is back")
    return WorkspaceError(f"the workspace could not {doing}: {primary}")


class WorkspaceBrief:
    """An open workspace brief. Like BriefFile: `load`, `save`, `search`, `close`; plus `refresh`.

    Not thread-safe by itself beyond its mutex: the GUI calls it from its one store thread.
    """

    readonly = False

    def __init__(self, connection: psycopg.Connection[Any], brief_id: str, url: str) -> None:
        self.connection = connection
        self.brief_id = brief_id
        self.url = url
        self.user = connection.info.user
        self.known = Known()
        # Items whose latest version someone else wrote (read by `refresh`): an undo of this
        # writer's own earlier edit must not quietly write over those (see `save(guard=True)`).
        self.foreign: set[str] = set()
        self._mutex = threading.RLock()
        self.path = None  # a workspace brief has no file

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, url: str, brief_id: str, *, prompt: connecting.PasswordPrompt | None = connecting.terminal_prompt
             ) -> WorkspaceBrief:
        connection = connecting.connect(url, prompt=prompt)
        try:
            schema.check(connection)
            found = connection.execute("SELECT 1 FROM briefing.briefs WHERE id = %s", (brief_id,)).fetchone()
            if not found:
                raise WorkspaceError(f"there is no brief {brief_id!r} in this workspace that you may see; "
                                     "`briefing workspace list URL` shows the ones you may")
        except BaseException:
            connection.close()
            raise
        return cls(connection, brief_id, url)

    @property
    def backend_pid(self) -> int:
        """The server process of this writer's connection (its own notifications come from it)."""
        return int(self.connection.info.backend_pid)

    # ------------------------------------------------------------------ reading

    def load(self) -> Brief:
        """The whole brief as the workspace holds it now (one consistent snapshot)."""
        with self._mutex:
            try:
                with self.connection.transaction():
                    self.connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                    brief, known = self.read_all()
            except psycopg.Error as error:
                raise _translate(error, "read the brief") from error
            self.known = known
            return brief

    def _read_meta(self) -> tuple[Brief, Row, dict[str, Any]]:
        sql = (f"SELECT {rows.columns(rows.BRIEF_FIELDS)}, distribution, sections, dismissed, version, meta_version, "
               "state FROM briefing.briefs WHERE id = %s")
        row = self.connection.execute(sql, (self.brief_id,)).fetchone()
        if row is None:
            raise WorkspaceError(f"brief {self.brief_id} is no longer in the workspace, or no longer visible to "
                                 f"{self.user}")
        count = len(rows.BRIEF_FIELDS) + 1
        brief = Brief()
        rows.apply_meta_row(brief, row[:count])
        sections, dismissed, version, meta_version, state = row[count:]
        return brief, (*tuple(row[:count - 1]), json.dumps(brief.distribution, ensure_ascii=False)), {
            "sections": list(sections), "dismissed": set(dismissed), "version": int(version),
            "meta_version": int(meta_version), "state": state}

    def read_all(self) -> tuple[Brief, Known]:
        """The brief and what this writer then knows of it (inside the caller's transaction)."""
        brief, meta_key, extra = self._read_meta()
        known = Known(brief_version=extra["version"], meta_version=extra["meta_version"], meta=meta_key,
                      state=extra["state"])
        sources_sql = ("SELECT s.id, s.version, s.position, l.text, "
                       + ", ".join(f's."{f}"' for f in rows.SOURCE_FIELDS)
                       + " FROM briefing.brief_sources s JOIN briefing.library l ON l.num = s.library "
                         "WHERE s.brief = %s ORDER BY s.position, s.id")
        for source_id, version, position, text, *values in self.connection.execute(sources_sql, (self.brief_id,)):
            source = rows.source_from_row(source_id, text, tuple(values))
            brief.sources.append(source)
            known.sources[source_id] = KnownSource(int(version), rows.source_key(source), float(position))
        # Citations come as JSON text, parsed in one call for all items (a brief has thousands).
        items_sql = (f"SELECT id, section, position, version, {rows.columns(rows.ITEM_FIELDS[:-1])}, "
                     "citations::text FROM briefing.items WHERE brief = %s ORDER BY position, id")
        item_rows = self.connection.execute(items_sql, (self.brief_id,)).fetchall()
        citations = json.loads("[" + ",".join(row[-1] for row in item_rows) + "]")
        by_section: dict[str, list[Item]] = {}
        for (item_id, section, position, version, *values), cited in zip(item_rows, citations, strict=True):
            item = rows.item_from_row(item_id, (*values[:-1], cited))
            by_section.setdefault(section, []).append(item)
            known.items[item_id] = KnownItem(int(version), rows.item_key(item), section, float(position))
        keys = list(extra["sections"]) + [k for k in by_section if k not in extra["sections"]]
        brief.sections = [Section(key, by_section.get(key, [])) for key in keys]
        known.sections = tuple(extra["sections"])
        brief.dismissed = extra["dismissed"]
        known.dismissed = frozenset(brief.dismissed)
        brief.releases = self._read_releases()
        known.releases = len(brief.releases)
        return brief, known

    def _read_releases(self) -> list[Any]:
        from briefing.store import codec

        sql = f"SELECT {rows.columns(rows.RELEASE_FIELDS)} FROM briefing.releases WHERE brief = %s ORDER BY position"
        return [codec.release_from_row(tuple(r)) for r in self.connection.execute(sql, (self.brief_id,))]

    # ------------------------------------------------------------------ writing

    def save(self, brief: Brief, *, overwrite: Iterable[str] = (), guard: bool = False) -> None:
        """Write what changed since the last load/save/refresh in one transaction.

        `overwrite`: ids of items (or "brief" for the metadata) to write even though someone else
        changed them since: the writer chose their own version after a ConflictError.
        `guard`: the change is an undo or redo, so changing an item whose latest version is someone
        else's is a conflict too (it would take their change back without their knowing).
        """
        rows.check_storable(brief)
        forced = set(overwrite)
        with self._mutex:
            known = self.known
            try:
                with self.connection.transaction():
                    new_known = self.write_changes(brief, known, forced, self.foreign if guard else set())
            except ConflictError:
                raise
            except psycopg.Error as error:
                raise _translate(error, "save the change") from error
            written = {i for i, k in new_known.items.items() if known.items.get(i) != k}
            self.foreign -= written | (set(known.items) - set(new_known.items))
            self.known = new_known

    def _conflict(self, table: str, item_id: str, label: str) -> ConflictError:
        if table == "items":
            row = self.connection.execute(
                "SELECT changed_by, changed_at, text, name FROM briefing.items WHERE brief = %s AND id = %s",
                (self.brief_id, item_id)).fetchone()
            if row is None:
                return ConflictError(f"item {label!r} was deleted by someone else meanwhile; your change to it was "
                                     "not saved", what="deleted", item_id=item_id)
            who, when, text, name = row
            what = (name or text or "").strip()
            what = what if len(what) <= 60 else what[:59] + "…"
            return ConflictError(f"{who} changed the item {label!r} at {_when(when)} (now: {what!r}); yours was not "
                                 "saved: keep theirs, or save yours over it", who=who, what=f"edited {what!r}",
                                 when=_when(when), item_id=item_id)
        row = self.connection.execute(
            "SELECT changed_by, changed_at, last_change FROM briefing.briefs WHERE id = %s", (self.brief_id,)
        ).fetchone()
        who, when, what = row if row else ("someone", "", "changed it")
        return ConflictError(f"{who} changed the brief's properties at {_when(when)} ({what}); yours were not saved",
                             who=who, what=what, when=_when(when), item_id=item_id)

    def write_changes(self, brief: Brief, known: Known, forced: set[str], guarded: set[str] | None = None) -> Known:
        """Write `brief`'s differences from `known` (inside the caller's transaction); the new known state."""
        new = Known(brief_version=known.brief_version, meta_version=known.meta_version, meta=known.meta,
                    sections=known.sections, dismissed=known.dismissed, releases=known.releases, state=known.state,
                    items=dict(known.items), sources=dict(known.sources))
        execute = self.connection.execute
        meta = rows.meta_row(brief)
        if meta != known.meta:
            rows.check_row((*meta, *brief.dismissed, *brief.distribution), "the brief's properties")
            assign = ", ".join(f'"{f}" = %s' for f in rows.BRIEF_FIELDS)
            check = "" if "brief" in forced else " AND meta_version = %s"
            params = (*meta[:-1], meta[-1], self.brief_id) + (() if "brief" in forced else (known.meta_version,))
            row = execute(f"UPDATE briefing.briefs SET {assign}, distribution = %s::jsonb WHERE id = %s{check} "
                          "RETURNING meta_version", params).fetchone()
            if row is None:
                raise self._conflict("briefs", "brief", brief.title)
            new.meta, new.meta_version = meta, int(row[0])

        sections = tuple(section.key for section in brief.sections)
        dismissed = frozenset(brief.dismissed)
        if sections != known.sections or dismissed != known.dismissed:
            current = one(execute("SELECT sections, dismissed FROM briefing.briefs WHERE id = %s FOR UPDATE",
                                  (self.brief_id,)))
            server_sections, server_dismissed = list(current[0]), set(current[1])
            merged = _merge_order(server_sections, list(known.sections), list(sections))
            merged_dismissed = (server_dismissed - (known.dismissed - dismissed)) | (dismissed - known.dismissed)
            execute("UPDATE briefing.briefs SET sections = %s::jsonb, dismissed = %s::jsonb WHERE id = %s",
                    (json.dumps(merged), json.dumps(sorted(merged_dismissed)), self.brief_id))
            new.sections, new.dismissed = tuple(merged), frozenset(merged_dismissed)

        self._write_sources(brief, known, new, forced)
        self._write_items(brief, known, new, forced, guarded or set())

        if len(brief.releases) > known.releases:
            with self.connection.cursor() as cursor:
                position = one(execute("SELECT coalesce(max(position) + 1, 0) FROM briefing.releases "
                                       "WHERE brief = %s", (self.brief_id,)))[0]
                cursor.executemany(
                    f"INSERT INTO briefing.releases (brief, position, {rows.columns(rows.RELEASE_FIELDS)}) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    [rows.check_row((self.brief_id, position + n, *rows.release_values(r)), "a release record")
                     for n, r in enumerate(brief.releases[known.releases:])])
            new.releases = len(brief.releases)
        version = execute("SELECT version, state FROM briefing.briefs WHERE id = %s", (self.brief_id,)).fetchone()
        if version is not None:
            new.brief_version, new.state = int(version[0]), version[1]
        return new

    def _write_sources(self, brief: Brief, known: Known, new: Known, forced: set[str]) -> None:
        order = [source.id for source in brief.sources]
        changed = [s for s in brief.sources
                   if s.id not in known.sources or rows.source_key(s) != known.sources[s.id].key]
        removed = [source_id for source_id in known.sources if source_id not in set(order)]
        moves = rows.place(order, {i: k.position for i, k in known.sources.items() if i in set(order)})
        if not (changed or removed or moves):
            return
        execute = self.connection.execute
        team = one(execute("SELECT team FROM briefing.briefs WHERE id = %s", (self.brief_id,)))[0]
        needs_text = [s for s in changed if s.id not in known.sources or known.sources[s.id].key[2] != s.text]
        numbers = library.add(self.connection, team, needs_text)
        for source_id in removed:
            found = execute("DELETE FROM briefing.brief_sources WHERE brief = %s AND id = %s AND version = %s "
                            "RETURNING 1", (self.brief_id, source_id, known.sources[source_id].version)).fetchone()
            if found is None and source_id not in forced:
                raise self._conflict("brief_sources", source_id, source_id)
            new.sources.pop(source_id, None)
        assign = ", ".join(f'"{f}" = %s' for f in rows.SOURCE_FIELDS)
        by_id = {s.id: s for s in brief.sources}
        source_inserts: list[Row] = []
        for source in changed:
            stored = known.sources.get(source.id)
            position = moves.get(source.id, stored.position if stored else 0.0)
            values = rows.check_row((*rows.source_values(source), source.text), f"source {source.title!r}")[:-1]
            number = numbers.get(content_hash(source.text))
            if stored is None:
                source_inserts.append((self.brief_id, source.id, position, number, *values))
                new.sources[source.id] = KnownSource(1, rows.source_key(source), position)
                continue
            library_set = ", library = %s" if number is not None else ""
            params = (*values, position, *([number] if number is not None else []), self.brief_id, source.id)
            check = "" if source.id in forced else " AND version = %s"
            row = execute(f"UPDATE briefing.brief_sources SET {assign}, position = %s{library_set} "
                          f"WHERE brief = %s AND id = %s{check} RETURNING version",
                          params + (() if source.id in forced else (stored.version,))).fetchone()
            if row is None:
                raise self._conflict("brief_sources", source.id, source.title)
            new.sources[source.id] = KnownSource(int(row[0]), rows.source_key(source), position)
        changed_ids = {s.id for s in changed}
        for source_id, position in moves.items():
            if source_id in changed_ids:
                continue
            stored = known.sources[source_id]
            row = execute("UPDATE briefing.brief_sources SET position = %s WHERE brief = %s AND id = %s "
                          "AND version = %s RETURNING version",
                          (position, self.brief_id, source_id, stored.version)).fetchone()
            if row is None:
                raise self._conflict("brief_sources", source_id, by_id[source_id].title)
            new.sources[source_id] = KnownSource(int(row[0]), stored.key, position)
        self._insert_many("briefing.brief_sources", ("brief", "id", "position", "library", *rows.SOURCE_FIELDS),
                          source_inserts)

    def _insert_many(self, table: str, names: tuple[str, ...], values: list[Row], casts: dict[str, str] | None = None
                     ) -> None:
        """New rows in few statements (a pushed brief's thousands of items: a handful of round trips)."""
        if not values:
            return
        one_row = "(" + ", ".join("%s" + (casts or {}).get(name, "") for name in names) + ")"
        for first in range(0, len(values), 500):
            chunk = values[first:first + 500]
            self.connection.execute(
                f"INSERT INTO {table} ({rows.columns(names)}) VALUES {', '.join([one_row] * len(chunk))}",
                [value for row in chunk for value in row])

    def _write_items(self, brief: Brief, known: Known, new: Known, forced: set[str], guarded: set[str]) -> None:
        execute = self.connection.execute
        present = {item.id for item in brief.items()}
        for item_id, stored in known.items.items():
            if item_id in present:
                continue
            if item_id in guarded and item_id not in forced:
                raise self._conflict("items", item_id, item_id)
            check = "" if item_id in forced else " AND version = %s"
            found = execute(f"DELETE FROM briefing.items WHERE brief = %s AND id = %s{check} RETURNING 1",
                            (self.brief_id, item_id) + (() if item_id in forced else (stored.version,))).fetchone()
            if found is None and item_id not in forced:
                raise self._conflict("items", item_id, item_id)
            new.items.pop(item_id, None)
        assign = ", ".join(f'"{f}" = %s' for f in rows.ITEM_FIELDS)
        item_inserts: list[Row] = []
        for section in brief.sections:
            order = [item.id for item in section.items]
            in_place = {i: known.items[i].position for i in order
                        if i in known.items and known.items[i].section == section.key}
            moves = rows.place(order, in_place)
            for item in section.items:
                was = known.items.get(item.id)
                key = rows.item_key(item)
                moved = item.id in moves
                if was is not None and was.key == key and not moved:
                    continue
                position = moves.get(item.id, was.position if was else 0.0)
                if was is None:
                    rows.check_row(rows.item_texts(item), f"item {item.id}")
                    item_inserts.append((self.brief_id, item.id, section.key, position, *rows.item_values(item)))
                    new.items[item.id] = KnownItem(1, key, section.key, position)
                    continue
                if item.id in guarded and item.id not in forced and was.key != key:
                    raise self._conflict("items", item.id, item.label or item.id)
                check = "" if item.id in forced else " AND version = %s"
                rows.check_row(rows.item_texts(item), f"item {item.id}")
                row = execute(
                    f"UPDATE briefing.items SET {assign}, section = %s, position = %s "
                    f"WHERE brief = %s AND id = %s{check} RETURNING version",
                    (*rows.item_values(item), section.key, position, self.brief_id, item.id)
                    + (() if item.id in forced else (was.version,))).fetchone()
                if row is None:
                    raise self._conflict("items", item.id, item.label or item.id)
                new.items[item.id] = KnownItem(int(row[0]), key, section.key, position)
        self._insert_many("briefing.items", ("brief", "id", "section", "position", *rows.ITEM_FIELDS), item_inserts,
                          {"citations": "::jsonb"})

    # ------------------------------------------------------------------ others' changes

    def reread(self, item_id: str = "") -> None:
        """Make the next `refresh` read this item (or the properties, for "" or "brief") again, whatever
        this writer holds: after a conflict the writer chose to keep the other's version."""
        with self._mutex:
            self.known.brief_version = -1
            known = self.known.items.get(item_id)
            if known is not None:
                known.version = -1
            elif item_id in ("", "brief"):
                self.known.meta_version = -1
            else:
                self.known.sources.get(item_id, KnownSource(0, (), 0.0)).version = -1

    def refresh(self) -> Remote:
        """What others changed since the last look (read now); the known state moves on to it.

        Apply the result to the brief in memory with `apply_remote` before the next save.
        """
        with self._mutex:
            try:
                with self.connection.transaction():
                    self.connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                    return self._refresh()
            except psycopg.Error as error:
                raise _translate(error, "read the others' changes") from error

    def _refresh(self) -> Remote:
        known = self.known
        remote = Remote()
        execute = self.connection.execute
        row = execute("SELECT version FROM briefing.briefs WHERE id = %s", (self.brief_id,)).fetchone()
        if row is None or int(row[0]) == known.brief_version:
            return remote
        meta_brief, meta_key, extra = self._read_meta()
        if extra["meta_version"] != known.meta_version:
            remote.meta = meta_brief
            known.meta, known.meta_version = meta_key, extra["meta_version"]
        if tuple(extra["sections"]) != known.sections:
            remote.sections = list(extra["sections"])
            known.sections = tuple(extra["sections"])
        if frozenset(extra["dismissed"]) != known.dismissed:
            remote.dismissed = set(extra["dismissed"])
            known.dismissed = frozenset(extra["dismissed"])
        if extra["state"] != known.state:
            remote.state = known.state = extra["state"]
        known.brief_version = extra["version"]

        versions = {i: (int(v), s, float(p)) for i, v, s, p in execute(
            "SELECT id, version, section, position FROM briefing.items WHERE brief = %s", (self.brief_id,))}
        changed = [i for i, (v, _s, _p) in versions.items() if i not in known.items or known.items[i].version != v]
        remote.removed_items = {i for i in known.items if i not in versions}
        touched_sections = {known.items[i].section for i in remote.removed_items}
        if changed:
            sql = (f"SELECT id, section, position, version, changed_by, {rows.columns(rows.ITEM_FIELDS)} "
                   "FROM briefing.items WHERE brief = %s AND id = ANY(%s)")
            for item_id, section, position, version, who, *values in execute(sql, (self.brief_id, changed)):
                item = rows.item_from_row(item_id, tuple(values))
                remote.items[item_id] = item
                remote.who.add(who)
                if who != self.user:
                    self.foreign.add(item_id)
                old = known.items.get(item_id)
                if old is not None:
                    touched_sections.add(old.section)
                touched_sections.add(section)
                known.items[item_id] = KnownItem(int(version), rows.item_key(item), section, float(position))
        for item_id in remote.removed_items:
            known.items.pop(item_id, None)
        for key in touched_sections:
            remote.order[key] = [i for i, k in sorted(known.items.items(), key=lambda kv: (kv[1].position, kv[0]))
                                 if k.section == key]

        source_versions = {i: (int(v), float(p)) for i, v, p in execute(
            "SELECT id, version, position FROM briefing.brief_sources WHERE brief = %s", (self.brief_id,))}
        changed_sources = [i for i, (v, _p) in source_versions.items()
                           if i not in known.sources or known.sources[i].version != v]
        remote.removed_sources = {i for i in known.sources if i not in source_versions}
        if changed_sources:
            sql = ("SELECT s.id, s.version, s.position, s.changed_by, l.text, "
                   + ", ".join(f's."{f}"' for f in rows.SOURCE_FIELDS)
                   + " FROM briefing.brief_sources s JOIN briefing.library l ON l.num = s.library "
                     "WHERE s.brief = %s AND s.id = ANY(%s)")
            for source_id, version, position, who, text, *values in execute(sql, (self.brief_id, changed_sources)):
                source = rows.source_from_row(source_id, text, tuple(values))
                remote.sources[source_id] = source
                remote.who.add(who)
                known.sources[source_id] = KnownSource(int(version), rows.source_key(source), float(position))
        for source_id in remote.removed_sources:
            known.sources.pop(source_id, None)
        if changed_sources or remote.removed_sources:
            remote.source_order = [i for i, _k in sorted(known.sources.items(), key=lambda kv: (kv[1].position, kv[0]))]
        count = one(execute("SELECT count(*) FROM briefing.releases WHERE brief = %s", (self.brief_id,)))[0]
        if int(count) != known.releases:
            remote.releases = self._read_releases()
            known.releases = len(remote.releases)
        who = execute("SELECT changed_by FROM briefing.briefs WHERE id = %s", (self.brief_id,)).fetchone()
        if who:
            remote.who.add(who[0])
        return remote

    # ------------------------------------------------------------------ the rest of the store's operations

    def search(self, query: str, limit: int = 50) -> list[library.LibraryHit]:
        with self._mutex:
            try:
                return library.search(self.connection, query, limit)
            except psycopg.Error as error:
                raise _translate(error, "search") from error

    def save_copy(self, path: Path) -> None:
        """Write the brief as the workspace holds it to a .brief that remembers where it came from."""
        from briefing.workspace.transfer import write_pulled

        with self._mutex:
            write_pulled(self, path)

    def close(self) -> None:
        with self._mutex:
            if not self.connection.closed:
                self.connection.close()

    @property
    def closed(self) -> bool:
        return bool(self.connection.closed)

    def __enter__(self) -> WorkspaceBrief:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _merge_order(server: list[str], base: list[str], mine: list[str]) -> list[str]:
    """Section keys: the server's list with my additions (at my place) and removals since `base`."""
    removed = set(base) - set(mine)
    merged = [key for key in server if key not in removed]
    for index, key in enumerate(mine):
        if key in merged:
            continue
        before = next((mine[j] for j in range(index - 1, -1, -1) if mine[j] in merged), None)
        merged.insert(merged.index(before) + 1 if before is not None else 0, key)
    return merged


def apply_remote(brief: Brief, remote: Remote) -> None:
    """Bring the brief in memory up to what `refresh` read (others' changes), in place."""
    if remote.meta is not None:
        origin = brief.origin
        for name in rows.BRIEF_FIELDS:
            setattr(brief, name, getattr(remote.meta, name))
        brief.distribution = list(remote.meta.distribution)
        brief.origin = origin
    if remote.dismissed is not None:
        brief.dismissed = set(remote.dismissed)
    if remote.releases is not None:
        brief.releases = list(remote.releases)
    if remote.sources or remote.removed_sources or remote.source_order is not None:
        by_id = {s.id: s for s in brief.sources}
        by_id.update(remote.sources)
        order = remote.source_order or [s.id for s in brief.sources if s.id not in remote.removed_sources]
        brief.sources = [by_id[i] for i in order if i in by_id]
    items = {item.id: item for item in brief.items()}
    items.update(remote.items)
    if remote.sections is not None:
        existing = {section.key: section for section in brief.sections}
        brief.sections = [existing.get(key) or Section(key) for key in remote.sections] + [
            section for key, section in existing.items() if key not in remote.sections and section.items]
    for key, order in remote.order.items():
        brief.section(key).items = [items[i] for i in order if i in items]
    if remote.removed_items:
        for section in brief.sections:
            section.items = [item for item in section.items if item.id not in remote.removed_items]


class Listener:
    """Hears the brief's change notifications on a connection of its own, in a thread of its own.

    `on_change(payload, pid)` is called in that thread for each change made by any other connection
    than `ignore_pid` (the writer's own). `stop()` ends it within about a quarter of a second.
    """

    def __init__(self, url: str, brief_id: str, on_change: Callable[[dict[str, Any], int], None], *,
                 ignore_pid: int | None = None, prompt: connecting.PasswordPrompt | None = None) -> None:
        self.connection = connecting.connect(url, prompt=prompt, application="briefing-listener")
        self.brief_id = brief_id
        self.on_change = on_change
        self.ignore_pid = ignore_pid
        self._stop = threading.Event()
        self.connection.execute(f'LISTEN "brief_{brief_id}"')
        self._thread = threading.Thread(target=self._run, name=f"briefing-listen-{brief_id}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                for note in self.connection.notifies(timeout=0.25, stop_after=50):
                    if note.pid == self.ignore_pid:
                        continue
                    try:
                        payload = json.loads(note.payload)
                    except ValueError:
                        payload = {}
                    self.on_change(payload, note.pid)
        except psycopg.Error:
            if not self._stop.is_set():
                self.on_change({"table": "connection", "op": "lost"}, 0)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.connection.close()
