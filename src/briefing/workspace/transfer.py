"""Push a .brief into a workspace and pull a workspace brief into a .brief, without loss.

A pulled copy remembers where it came from (`Brief.origin`: the workspace's id, the brief's id
and its version then), so pushing it back updates that brief with the changes made offline. If
someone changed the brief in the workspace since the pull, the push is refused in one sentence
(who, what, when) and nothing is written: never a silent merge. Each push or pull is one
transaction: the workspace has all of it or none of it.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg

from briefing.errors import BriefingError
from briefing.model import Brief
from briefing.store import BriefFile, StoreError, load_brief, save_brief
from briefing.workspace import connect as connecting
from briefing.workspace import rows, schema
from briefing.workspace.errors import ConflictError, WorkspaceError
from briefing.workspace.known import Known
from briefing.workspace.live import WorkspaceBrief, _translate
from briefing.workspace.writing import _when, one


@dataclass(frozen=True)
class Origin:
    """Where a pulled copy came from."""

    workspace: str
    brief: str
    version: int
    url: str
    pulled_at: str
    by: str

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, sort_keys=True)

    @classmethod
    def parse(cls, text: str | None) -> Origin | None:
        if not text:
            return None
        try:
            data = json.loads(text)
            return cls(str(data["workspace"]), str(data["brief"]), int(data["version"]), str(data.get("url", "")),
                       str(data.get("pulled_at", "")), str(data.get("by", "")))
        except (ValueError, KeyError, TypeError):
            return None


@dataclass(frozen=True)
class PushResult:
    """What a push did: the brief's id (new or updated), its team, how much, and the version now."""

    brief_id: str
    created: bool
    team: str
    sources: int
    items: int
    version: int
    note: str = ""


def approvals_needed(brief: Brief) -> int:
    """Two for TLP:RED and for the two highest levels of the template's classification ladder."""
    if brief.marking == "TLP:RED":
        return 2
    try:
        from briefing.templating import template_for_brief

        template = template_for_brief(brief)
    except (BriefingError, OSError, ValueError):
        return 1
    if template is None or template.marking.kind != "classification" or not brief.marking:
        return 1
    top = [m.label.upper() for m in template.marking.levels[-2:]]
    return 2 if brief.marking.upper() in top else 1


def _team_for(connection: psycopg.Connection[Any], team: str | None) -> str:
    teams = [t for (t,) in connection.execute(
        "SELECT team FROM briefing.members WHERE member = current_user ORDER BY team")]
    if team is not None:
        if team not in teams:
            raise WorkspaceError(f"you ({connection.info.user}) are not in team {team!r}; an administrator adds you "
                                 f"with `briefing workspace user URL {connection.info.user} --role analyst --team "
                                 f"{team}`")
        return team
    if len(teams) == 1:
        return teams[0]
    if not teams:
        raise WorkspaceError(f"you ({connection.info.user}) are in no team of this workspace; an administrator adds "
                             "you with `briefing workspace user URL NAME --role analyst --team TEAM`")
    raise WorkspaceError(f"you are in several teams ({', '.join(teams)}); say which one with --team")


def push(path: Path, url: str, *, team: str | None = None, readers: tuple[str, ...] = (),
         prompt: connecting.PasswordPrompt | None = connecting.terminal_prompt) -> PushResult:
    """Send the brief in `path` to the workspace: a new brief, or the one it was pulled from."""
    brief = load_brief(Path(path))
    rows.check_storable(brief)
    origin = Origin.parse(brief.origin)
    connection = connecting.connect(url, prompt=prompt)
    try:
        schema.check(connection)
        here = schema.workspace_id(connection)
        try:
            with connection.transaction():
                if origin is not None and origin.workspace == here:
                    result = _update(connection, url, brief, origin, team)
                else:
                    result = _create(connection, url, brief, _team_for(connection, team))
                for reader in readers:
                    connection.execute("SELECT briefing.name_reader(%s, %s)", (result.brief_id, reader))
        except psycopg.Error as error:
            raise _translate(error, "take the brief") from error
        user = str(connection.info.user)
    finally:
        connection.close()
    note = _remember(Path(path), Origin(here, result.brief_id, result.version, _public(url),
                                        datetime.now(UTC).isoformat(timespec="seconds"), user))
    return PushResult(**{**result.__dict__, "note": note})


def _public(url: str) -> str:
    return url.split("?", maxsplit=1)[0] if "password" in url else url


def _remember(path: Path, origin: Origin) -> str:
    """Make the pushed file remember the brief and version it now matches (so the next push updates it)."""
    try:
        with BriefFile.open(path) as opened:
            brief = opened.load()
            brief.origin = origin.to_json()
            opened.save(brief)
    except StoreError as error:
        return f"{path} could not note the pushed version ({error}); pull the brief again before editing it offline"
    return ""


def _create(connection: psycopg.Connection[Any], url: str, brief: Brief, team: str) -> PushResult:
    brief_id = uuid.uuid4().hex[:12]
    meta = rows.meta_row(brief)
    fields = rows.columns(rows.BRIEF_FIELDS)
    row = one(connection.execute(
        f"INSERT INTO briefing.briefs (id, team, {fields}, distribution, approvals_needed) "
        f"VALUES (%s, %s, {', '.join(['%s'] * len(rows.BRIEF_FIELDS))}, %s::jsonb, %s) RETURNING meta_version",
        (brief_id, team, *meta, approvals_needed(brief))))
    opened = WorkspaceBrief(connection, brief_id, url)
    known = Known(meta=meta, meta_version=int(row[0]))
    opened.known = opened.write_changes(brief, known, set())
    return PushResult(brief_id, True, team, len(brief.sources), len(brief.items()), opened.known.brief_version)


def _update(connection: psycopg.Connection[Any], url: str, brief: Brief, origin: Origin,
            team: str | None) -> PushResult:
    row = connection.execute(
        "SELECT version, changed_by, changed_at, last_change, team, state FROM briefing.briefs WHERE id = %s "
        "FOR UPDATE", (origin.brief,)).fetchone()
    if row is None:
        raise WorkspaceError(f"brief {origin.brief}, which this copy was pulled from, is no longer in the workspace "
                             "or no longer visible to you; push it as a new brief from a copy without its origin")
    version, who, when, what, brief_team, _state = row
    if int(version) != origin.version:
        raise ConflictError(
            f"refused: {who} changed brief {origin.brief} at {_when(when)} ({what}) after this copy was pulled; "
            "pull it again and redo your changes there", who=who, what=what, when=_when(when))
    if team is not None and team != brief_team:
        raise WorkspaceError(f"brief {origin.brief} belongs to team {brief_team!r}; a push cannot move it to {team!r}")
    opened = WorkspaceBrief(connection, origin.brief, url)
    _server, known = opened.read_all()
    new_meta = rows.meta_row(brief)
    if new_meta != known.meta:
        needed = approvals_needed(brief)
        connection.execute("UPDATE briefing.briefs SET approvals_needed = %s WHERE id = %s AND approvals_needed <> %s",
                           (needed, origin.brief, needed))
        known.meta_version = int(one(connection.execute("SELECT meta_version FROM briefing.briefs WHERE id = %s",
                                                        (origin.brief,)))[0])
    opened.known = opened.write_changes(brief, known, set())
    return PushResult(origin.brief, False, brief_team, len(brief.sources), len(brief.items()),
                      opened.known.brief_version)


def pull(url: str, brief_id: str, output: Path, *, overwrite: bool = False,
         prompt: connecting.PasswordPrompt | None = connecting.terminal_prompt) -> Brief:
    """Write the workspace brief to `output` (atomically), remembering where it came from."""
    output = Path(output)
    if output.exists() and not overwrite:
        raise WorkspaceError(f"{output} already exists; choose another name or pass --force to replace it")
    with WorkspaceBrief.open(url, brief_id, prompt=prompt) as opened:
        return write_pulled(opened, output)


def write_pulled(opened: WorkspaceBrief, output: Path) -> Brief:
    brief = opened.load()
    here = schema.workspace_id(opened.connection)
    brief.origin = Origin(here, opened.brief_id, opened.known.brief_version, _public(opened.url),
                          datetime.now(UTC).isoformat(timespec="seconds"), opened.user).to_json()
    save_brief(Path(output), brief)
    connection = opened.connection
    with contextlib.suppress(psycopg.Error):  # the copy is written; a missing audit line must not fail it
        connection.execute("INSERT INTO briefing.audit (brief, action, detail) VALUES (%s, 'pulled', %s)",
                           (opened.brief_id, f"version {opened.known.brief_version} to {Path(output).name}"))
    return brief
