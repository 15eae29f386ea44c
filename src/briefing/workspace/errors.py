"""Errors of the workspace, each one sentence for the user: what, where, what to do."""

from __future__ import annotations

from briefing.errors import BriefingError


class WorkspaceError(BriefingError):
    """The workspace cannot be reached, or refused what was asked (no right, no such brief, …)."""


class ConflictError(WorkspaceError):
    """Someone else changed what this writer was about to change (optimistic concurrency).

    `who`, `what` and `when` say whose change won, so the writer can choose: keep theirs
    (reload) or write theirs over it deliberately.
    """

    def __init__(self, message: str, *, who: str = "", what: str = "", when: str = "", item_id: str = "") -> None:
        super().__init__(message)
        self.who, self.what, self.when, self.item_id = who, what, when, item_id
