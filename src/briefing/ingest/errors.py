"""The one exception a reader raises: a file that cannot become a source, with the reason why."""

from __future__ import annotations

from briefing.errors import BriefingError


class IngestError(BriefingError):
    """A file (or pasted text) that cannot be imported.

    `reason` is the bare reason ("is encrypted with a password"), so that the importer can
    write "FILE: reason" lines and the GUI can show the reason next to the file it names.
    """

    def __init__(self, reason: str, *, where: str | None = None) -> None:
        self.reason = reason
        super().__init__(reason, where=where)
