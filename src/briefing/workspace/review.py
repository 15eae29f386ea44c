"""Review and release: draft → in review → approved → released, and who holds the next step.

The rules live in the database (see `review_before` in schema_v1.sql), so they hold whatever
client is used; this module asks for a step and turns a refusal into one sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg

from briefing.workspace.errors import WorkspaceError
from briefing.workspace.writing import one

ACTIONS: tuple[str, ...] = ("submit", "approve", "reject")


@dataclass(frozen=True)
class Status:
    """Where a brief stands in review."""

    brief_id: str
    title: str
    state: str
    marking: str | None
    approvals: int
    approvals_needed: int
    authors: tuple[str, ...]
    next_step: str


def status(connection: psycopg.Connection[Any], brief_id: str) -> Status:
    row = connection.execute(
        "SELECT b.title, b.state, b.marking, greatest(b.approvals_needed, CASE WHEN EXISTS (SELECT 1 FROM "
        "briefing.strict_markings s WHERE s.label = b.marking) THEN 2 ELSE 1 END), "
        "(SELECT count(DISTINCT by_user) FROM briefing.reviews r WHERE r.brief = b.id AND r.action = 'approve' "
        " AND r.num > coalesce((SELECT max(num) FROM briefing.reviews x WHERE x.brief = b.id "
        "                       AND x.action IN ('submit', 'reject')), 0)), "
        "ARRAY(SELECT member FROM briefing.named n WHERE n.brief = b.id AND n.part = 'author' ORDER BY member) "
        "FROM briefing.briefs b WHERE b.id = %s", (brief_id,)).fetchone()
    if row is None:
        raise WorkspaceError(f"there is no brief {brief_id!r} in this workspace that you may see")
    title, state, marking, needed, approvals, authors = row
    return Status(brief_id, title, state, marking, int(approvals), int(needed), tuple(authors),
                  next_step(state, int(approvals), int(needed), tuple(authors)))


def next_step(state: str, approvals: int, needed: int, authors: tuple[str, ...]) -> str:
    """Who holds the next step, in words."""
    if state == "draft":
        return f"an author ({', '.join(authors) or 'anyone of the team'}) submits it for review"
    if state == "in review":
        more = needed - approvals
        return (f"a reviewer other than its authors approves it ({approvals} of {needed} approvals"
                f"{'' if more <= 0 else f', {more} more needed'})")
    if state == "approved":
        return "a releasing officer sends or exports it (that records the release)"
    return "nobody: it has been released"


def step(connection: psycopg.Connection[Any], brief_id: str, action: str, comment: str = "") -> Status:
    """Submit, approve or reject; a WorkspaceError with the database's reason when refused."""
    if action not in ACTIONS:
        raise WorkspaceError(f"review action {action!r} is unknown; use one of {', '.join(ACTIONS)}")
    try:
        with connection.transaction():
            one(connection.execute("INSERT INTO briefing.reviews (brief, action, comment) VALUES (%s, %s, %s) "
                                   "RETURNING num", (brief_id, action, comment)))
    except psycopg.errors.ForeignKeyViolation:
        raise WorkspaceError(f"there is no brief {brief_id!r} in this workspace that you may see") from None
    except psycopg.errors.InsufficientPrivilege as error:
        raise WorkspaceError(str(error.diag.message_primary or error)) from None
    except (psycopg.errors.ObjectNotInPrerequisiteState, psycopg.errors.UndefinedObject) as error:
        raise WorkspaceError(str(error.diag.message_primary or error)) from None
    return status(connection, brief_id)


@dataclass(frozen=True)
class Comment:
    """A comment on a brief (on one item, or on the whole brief), perhaps a reply, perhaps resolved."""

    num: int
    item: str | None
    parent: int | None
    author: str
    at: str
    text: str
    resolved_by: str | None


def comments(connection: psycopg.Connection[Any], brief_id: str) -> list[Comment]:
    """The brief's comments, threads in order (a reply follows its parent)."""
    found = [Comment(int(n), item, parent, author, at.strftime("%Y-%m-%d %H:%M"), text, resolved)
             for n, item, parent, author, at, text, resolved in connection.execute(
                 "SELECT num, item, parent, author, at, text, resolved_by FROM briefing.comments "
                 "WHERE brief = %s ORDER BY num", (brief_id,))]
    children: dict[int | None, list[Comment]] = {}
    for comment in found:
        children.setdefault(comment.parent, []).append(comment)
    ordered: list[Comment] = []

    def walk(parent: int | None) -> None:
        for child in children.get(parent, []):
            ordered.append(child)
            walk(child.num)

    walk(None)
    return ordered


def add_comment(connection: psycopg.Connection[Any], brief_id: str, text: str, *, item: str | None = None,
                parent: int | None = None) -> int:
    if not text.strip():
        raise WorkspaceError("the comment is empty; write something to post it")
    try:
        row = one(connection.execute("INSERT INTO briefing.comments (brief, item, parent, text) "
                                     "VALUES (%s, %s, %s, %s) RETURNING num", (brief_id, item, parent, text.strip())))
    except psycopg.Error as error:
        raise WorkspaceError(f"the comment was not posted: {getattr(error.diag, 'message_primary', error)}") from None
    return int(row[0])


def resolve_comment(connection: psycopg.Connection[Any], num: int, resolved: bool = True) -> None:
    try:
        connection.execute("UPDATE briefing.comments SET resolved_at = CASE WHEN %s THEN now() END WHERE num = %s",
                           (resolved, num))
    except psycopg.Error as error:
        raise WorkspaceError(f"the comment could not be resolved: {getattr(error.diag, 'message_primary', error)}"
                             ) from None
