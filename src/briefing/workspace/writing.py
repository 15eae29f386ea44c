"""Writing a brief's changes to the workspace: each row only if it is still the version the writer last saw.

A row someone else changed meanwhile raises a ConflictError that names who changed it, when and
how (the caller's transaction then rolls back). Lists that several people grow at once merge
instead of colliding: sections, dismissed suggestions and release records.
"""

from __future__ import annotations

import json
from typing import Any

import psycopg

from briefing.model import Brief, content_hash
from briefing.store.codec import Row
from briefing.workspace import library, rows
from briefing.workspace.errors import ConflictError, WorkspaceError
from briefing.workspace.known import Known, KnownItem, KnownSource


def one(cursor: psycopg.Cursor[Any]) -> tuple[Any, ...]:
    """The one row a statement must answer (a brief's own row, a count, a RETURNING …)."""
    row = cursor.fetchone()
    if row is None:
        raise WorkspaceError("the workspace answered nothing where it must answer a row; the brief may have been "
                             "deleted meanwhile")
    return tuple(row)


def _when(value: object) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if hasattr(value, "strftime") else str(value)


class ChangeWriter:
    """Writes one brief's changes over a connection, inside the caller's transaction."""

    def __init__(self, connection: psycopg.Connection[Any], brief_id: str) -> None:
        self.connection = connection
        self.brief_id = brief_id

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
        # Every change bumps this row, so writers queue on it anyway; locking it first tells whether
        # someone else changed the brief since this writer last looked.
        before = execute("SELECT version FROM briefing.briefs WHERE id = %s FOR UPDATE", (self.brief_id,)).fetchone()
        up_to_date = before is not None and int(before[0]) == known.brief_version
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
            # Only a writer that had seen everything before its save may take the new version as seen:
            # otherwise the next refresh would skip the others' changes saved in between.
            new.brief_version = int(version[0]) if up_to_date else known.brief_version
            new.state = version[1] if up_to_date else known.state
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
