"""Whole-file writes: a temporary file beside the target that replaces it in one rename.

Used for new briefs, Save As and backups before an upgrade. A killed process can leave its
temporary behind (`.NAME.xxxxxxxx.tmp`); the next writer of NAME removes it (see
`remove_leftovers`).
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path


def _temporary_sibling(path: Path) -> Path:
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")


_TEMPORARY_TAIL = re.compile(r"[0-9a-f]{8}\.tmp(?:-journal)?")  # after ".NAME." (see _temporary_sibling)


def remove_leftovers(target: Path) -> None:
    """Delete the temporaries a killed create or Save As left beside `target` (exactly our names).

    Called only while holding `target`'s lock: whoever writes such a temporary holds that lock
    for as long as it exists, so none of the files removed here can be in use.
    """
    prefix = f".{target.name}."
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if not name.startswith(prefix) or not _TEMPORARY_TAIL.fullmatch(name[len(prefix):]):
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False):
                Path(entry.path).unlink()


def _sync_file(path: Path) -> None:
    """Push a file's content to the disk before it is renamed into place."""
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary path in the target's folder that replaces the target on success.

    What is written there needs no journal and no syncs of its own (nobody sees the file
    before the rename; a failure deletes it): the whole file is synced once, then renamed.
    """
    temporary = _temporary_sibling(target)
    try:
        yield temporary
        _sync_file(temporary)
        temporary.replace(target)
        _sync_folder(target.parent)
    finally:
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
