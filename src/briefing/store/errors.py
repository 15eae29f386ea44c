"""Errors of the .brief store, each a one-sentence message naming the file and what to do."""

from __future__ import annotations

from briefing.errors import BriefingError


class StoreError(BriefingError):
    """A .brief file cannot be read or written (not a brief, damaged, too new, unwritable …)."""


class BriefLockedError(StoreError):
    """The .brief file is open for writing in another Briefing window (another process)."""
