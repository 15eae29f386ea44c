"""The write lock of a .brief file: an OS lock on a hidden sidecar file next to it.

An OS lock (flock on POSIX, msvcrt.locking on Windows) dies with its process, so a crash
never leaves a stale lock behind; the sidecar only carries "pid host" for the message the
second window shows. SQLite's own locks are not enough: they last one transaction, while a
window holds a brief for as long as it is open.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import stat
import sys
from pathlib import Path

from briefing.store.errors import BriefLockedError, StoreError

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # POSIX only

# On Windows a locked byte cannot be read by others: lock byte 0, write the owner after it.
_OWNER_OFFSET = 16


def lock_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.lock")


def _owner(fd: int) -> str:
    try:
        os.lseek(fd, _OWNER_OFFSET, os.SEEK_SET)
        words = os.read(fd, 512).decode("utf-8", "replace").split()
    except OSError:
        words = []
    if len(words) >= 2 and words[0].isdigit():
        return f"process {words[0]} on {words[1]}"
    return "another process"


class FileLock:
    """Exclusive, non-blocking, per open file: a second lock in the same process fails too."""

    def __init__(self, target: Path) -> None:
        self.target = target
        # Beside the real file: a brief opened through a symbolic link and through its real
        # path must meet the same lock.
        self.path = lock_path(target.resolve())
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        # Retried because the previous holder may delete the sidecar between our open and
        # our lock; we must hold the lock on the file that is at `self.path` now.
        for _attempt in range(20):
            try:
                # Never through a link: a received folder may hold a "lock file" linked to
                # another file, which the owner line below would overwrite.
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | _NOFOLLOW, 0o644)
            except FileNotFoundError:
                raise StoreError(
                    f"{self.target} cannot be written because its folder does not exist; choose an existing folder"
                ) from None
            except OSError as error:
                if error.errno == errno.ELOOP:
                    raise self._not_ours() from None
                raise StoreError(
                    f"{self.target} cannot be opened for writing because its folder is not writable "
                    f"({error.strerror}); open it read-only or save a copy elsewhere"
                ) from error
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
                os.close(fd)
                raise self._not_ours()
            if not _try_lock(fd):
                owner = _owner(fd)
                os.close(fd)
                raise BriefLockedError(
                    f"{self.target} is open in another Briefing window ({owner}); close it there or open a copy"
                )
            if sys.platform != "win32":
                try:
                    same = self.path.stat().st_ino == os.fstat(fd).st_ino
                except FileNotFoundError:
                    same = False
                if not same:
                    os.close(fd)
                    continue
            try:
                os.ftruncate(fd, _OWNER_OFFSET)
                os.lseek(fd, _OWNER_OFFSET, os.SEEK_SET)
                os.write(fd, f"{os.getpid()} {socket.gethostname()}\n".encode())
            except OSError:
                pass  # the owner line is a courtesy for the message, not part of the lock
            self._fd = fd
            return
        raise StoreError(f"{self.target} could not be locked for writing; try again")

    def _not_ours(self) -> StoreError:
        return StoreError(
            f"{self.target} cannot be opened for writing: its lock file {self.path.name} is a link or not a plain "
            f"file, so Briefing did not make it; delete {self.path.name} and open the brief again"
        )

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform != "win32":
            # Remove the sidecar while still holding the lock (see `acquire` for the race).
            with contextlib.suppress(OSError):
                self.path.unlink()
        _unlock(fd)
        os.close(fd)
        if sys.platform == "win32":
            with contextlib.suppress(OSError):  # another window has it open; it will remove it
                self.path.unlink()

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        # The file system offers no locks (some network shares): work on, unprotected,
        # rather than refuse every brief stored there.
        return True
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
