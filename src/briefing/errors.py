"""Exceptions whose message is written for the user.

Every layer outside `gui/` raises these instead of showing dialogs; the CLI prints
`str(error)` on one line and the GUI puts it in a message box. A message says what went
wrong, where, and what to do about it.
"""

from __future__ import annotations

import errno


class BriefingError(Exception):
    """An error whose message can be shown to the user as it is."""

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class ValidationError(BriefingError):
    """A value in the model, a spec or a template is not acceptable."""


class ProblemList(BriefingError):
    """Several problems found at once (validation that reports everything, not the first)."""

    def __init__(self, problems: list[str], *, summary: str = "found problems") -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems) if self.problems else summary)


_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


def write_error(path: object, error: OSError) -> BriefingError:
    """One sentence for a file the file system would not let us write (full disk, no permission ...)."""
    if error.errno in _DISK_FULL:
        return BriefingError(f"{path} could not be written: the disk is full; free some space and try again")
    if isinstance(error, PermissionError):
        return BriefingError(f"{path}: cannot write there ({error.strerror}); choose another place")
    return BriefingError(f"{path} could not be written ({error.strerror or error}); check the drive and the "
                         f"folder, then try again")
