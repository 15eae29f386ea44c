"""WorkspaceBrief: a brief in a workspace, behind the same operations as a .brief file (load, save, search).

It reads the brief (one consistent snapshot), saves what changed since the last load or save in
one transaction (see `writing` for the version checks, conflicts and merged lists), and reads
what others changed since (`refresh`, applied in memory with `remote.apply_remote`). Every change
is announced (NOTIFY) on the brief's channel; `listener.Listener` hears them.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import psycopg

from briefing.model import Brief, Item, Section
from briefing.store.codec import Row
from briefing.workspace import connect as connecting
from briefing.workspace import library, rows, schema
from briefing.workspace.errors import ConflictError, WorkspaceError
from briefing.workspace.known import Known, KnownItem, KnownSource
from briefing.workspace.remote import Remote
from briefing.workspace.writing import ChangeWriter, one


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

    def write_changes(self, brief: Brief, known: Known, forced: set[str], guarded: set[str] | None = None) -> Known:
        """Write `brief`'s differences from `known` (inside the caller's transaction); the new known state."""
        return ChangeWriter(self.connection, self.brief_id).write_changes(brief, known, forced, guarded)

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
