"""The team workspace: briefs and sources in a team's PostgreSQL database, edited by several analysts at once.

    with WorkspaceBrief.open(url, brief_id) as opened:   # the same operations as store.BriefFile
        brief = opened.load()
        ...                                              # edit the Brief
        opened.save(brief)                               # one transaction; ConflictError names who won
        remote = opened.refresh()                        # what others changed since
        apply_remote(brief, remote)

    push(path, url, team=...)   /   pull(url, brief_id, path)      # .brief files in and out, without loss

The database decides who sees and may do what (group roles, row-level security, triggers): see
`schema_v1.sql`. Nothing here imports Qt; `gui/` reaches it through the same store operations.
"""

from briefing.workspace.errors import ConflictError, WorkspaceError
from briefing.workspace.listener import Listener
from briefing.workspace.live import WorkspaceBrief
from briefing.workspace.remote import Remote, apply_remote
from briefing.workspace.transfer import Origin, PushResult, pull, push

__all__ = [
    "ConflictError",
    "Listener",
    "Origin",
    "PushResult",
    "Remote",
    "WorkspaceBrief",
    "WorkspaceError",
    "apply_remote",
    "pull",
    "push",
]
