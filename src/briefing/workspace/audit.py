"""The audit trail and the list of briefs, as the command line and the app show them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg


@dataclass(frozen=True)
class Entry:
    """One line of the audit trail."""

    num: int
    at: str
    actor: str
    brief: str | None
    action: str
    detail: str

    def line(self) -> str:
        where = f" [{self.brief}]" if self.brief else ""
        return f"{self.at}  {self.actor}{where}  {self.action}{': ' + self.detail if self.detail else ''}"


def log(connection: psycopg.Connection[Any], brief_id: str | None = None, limit: int | None = None) -> list[Entry]:
    """What happened, oldest first (only what the caller may see)."""
    where = "WHERE brief = %s" if brief_id else ""
    params: list[object] = [brief_id] if brief_id else []
    sql = f"SELECT num, at, actor, brief, action, detail FROM briefing.audit {where} ORDER BY num"
    if limit:
        sql = f"SELECT * FROM ({sql} DESC LIMIT %s) AS last ORDER BY num"
        params.append(limit)
    return [Entry(int(n), at.astimezone().strftime("%Y-%m-%d %H:%M:%S%z"), actor, brief, action, detail)
            for n, at, actor, brief, action, detail in connection.execute(sql, params)]


@dataclass(frozen=True)
class Listed:
    """A brief as `list` shows it."""

    brief_id: str
    title: str
    team: str
    state: str
    marking: str | None
    authors: tuple[str, ...]
    changed_by: str
    changed_at: str


def briefs(connection: psycopg.Connection[Any]) -> list[Listed]:
    """The briefs the caller may see, most recently changed first."""
    return [Listed(i, title, team, state, marking, tuple(authors), by, at.astimezone().strftime("%Y-%m-%d %H:%M"))
            for i, title, team, state, marking, authors, by, at in connection.execute(
                "SELECT b.id, b.title, b.team, b.state, b.marking, "
                "ARRAY(SELECT member FROM briefing.named n WHERE n.brief = b.id AND n.part = 'author' "
                "ORDER BY member), "
                "b.changed_by, b.changed_at FROM briefing.briefs b ORDER BY b.changed_at DESC, b.id")]
