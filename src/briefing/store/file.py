"""BriefFile: an open .brief — identified, migrated if old, locked for writing, saved atomically.

Atomicity comes from SQLite: every save is one transaction in rollback-journal mode, so a
process killed at any instant leaves the old or the new brief (SQLite rolls a hot journal
back on the next open). The rollback journal rather than WAL is deliberate: between saves
the .brief is one complete, self-contained file that can be copied or mailed while the
brief is open. Whole-file writes (create, Save As, migration backups) go to a temporary
file in the same folder that replaces the target in one rename.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import threading
from pathlib import Path
from types import TracebackType

import briefing
from briefing.errors import BriefingError
from briefing.model import Brief
from briefing.store import guard, migrations, search, sync
from briefing.store.errors import StoreError
from briefing.store.foreign import IMPORT_ADVICE, foreign_kind
from briefing.store.lock import FileLock
from briefing.store.replacing import remove_leftovers as _remove_leftovers
from briefing.store.replacing import replacing as _replacing
from briefing.store.schema import APPLICATION_ID, CURRENT_SCHEMA, SCHEMA_VERSION

_HEADER = b"SQLite format 3\x00"
_CHOOSE = "choose a .brief file saved by Briefing"


def _damaged(path: Path, detail: object) -> StoreError:
    return StoreError(f"{path} is damaged and cannot be read ({detail}); open a backup copy of it")


def _translate(path: Path, error: BaseException, doing: str = "read") -> StoreError:
    """One sentence for an SQLite (or encoding) error met while reading or writing `path`."""
    if isinstance(error, StoreError):
        return error
    if isinstance(error, OSError):  # our own file operations: backups, copies, renames
        verb = "opened" if doing == "read" else doing
        reason = error.strerror or str(error)
        return StoreError(f"{path} could not be {verb} ({reason}); check the folder, its permissions and free space")
    text = str(error)
    # SQLite's result code, not its message text (which changes between versions and languages);
    # the primary code is the low byte of an extended one (SQLITE_IOERR_WRITE → SQLITE_IOERR).
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == sqlite3.SQLITE_NOTADB:
        return StoreError(f"{path} is not a brief or is badly damaged; {_CHOOSE}, or a backup copy")
    if primary == sqlite3.SQLITE_CORRUPT:
        return _damaged(path, "its database structure is broken")
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StoreError(f"{path} is busy in another program; close that program and try again")
    if primary == sqlite3.SQLITE_FULL:
        return StoreError(f"{path} could not be {doing}: the disk is full; free some space and try again")
    if primary == sqlite3.SQLITE_READONLY:
        return StoreError(f"{path} could not be {doing} because it is read-only; save a copy elsewhere")
    if primary == sqlite3.SQLITE_CANTOPEN:
        return StoreError(f"{path} could not be opened; check that it exists and that you may read it")
    if primary == sqlite3.SQLITE_IOERR:
        return StoreError(f"{path} could not be {doing} (a disk error); check the drive and try again")
    if doing == "read":
        return _damaged(path, text or type(error).__name__)
    return StoreError(f"{path} could not be {doing} ({text or type(error).__name__}); nothing was changed")


def _check_file(path: Path) -> None:
    """Refuse what is plainly not a brief before SQLite sees it (and before anything is locked)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(100)
    except FileNotFoundError:
        raise StoreError(f"{path} does not exist; check the file name and folder") from None
    except IsADirectoryError:
        raise StoreError(f"{path} is a folder, not a brief; {_CHOOSE}") from None
    except OSError as error:
        raise StoreError(f"{path} could not be read ({error.strerror}); check that you may read it") from None
    if size == 0:
        raise StoreError(f"{path} is empty, not a brief (perhaps it was not copied completely); open a backup copy")
    if not head.startswith(_HEADER):
        kind = foreign_kind(head, path.name)
        if kind is not None:
            raise StoreError(f"{path} is {kind}, not a brief; {IMPORT_ADVICE}")
        raise StoreError(f"{path} is not a Briefing file (it is not an SQLite database); {_CHOOSE}")
    if len(head) < 100:
        raise StoreError(f"{path} is cut short (incomplete); open a backup copy or copy the original again")
    # A hot journal of ours may legitimately hold the pages that make the file whole again.
    if guard.check_sidecars(path):
        return
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(head[28:32], "big")
    header_size_valid = head[24:28] == head[92:96]  # change counter == version-valid-for
    if header_size_valid and page_size and size < page_size * page_count:
        raise StoreError(f"{path} is cut short (incomplete); open a backup copy or copy the original again")


def _connect(path: Path, *, create: bool = False, readonly: bool = False) -> sqlite3.Connection:
    """A hardened connection (see `guard.harden`); `readonly` ones cannot change the file at all,
    not even by rolling a journal back (SQLite refuses instead: see `_recovered_copy`)."""
    # Never create a database by accident while opening one.
    mode = "rwc" if create else ("ro" if readonly else "rw")
    connection = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode={mode}", uri=True, isolation_level=None, check_same_thread=False,
        timeout=10.0,
    )
    return guard.harden(connection)


def _in_memory() -> sqlite3.Connection:
    return guard.harden(sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False))


def _recovered_copy(path: Path) -> sqlite3.Connection:
    """The brief as it was before an interrupted save, for a reader, without touching the file.

    SQLite would have to roll the hot journal back into the file itself; a reader instead does
    it in a private copy of file and journal (the journal was checked to be ours and to name no
    other file), keeps the result in memory and deletes the copy. The writer that opens the
    brief next recovers the file in place.
    """
    with tempfile.TemporaryDirectory(prefix="briefing-") as folder:
        copy = Path(folder) / "recovering.brief"
        shutil.copyfile(path, copy)
        shutil.copyfile(guard.journal_path(path), guard.journal_path(copy))
        disk = _connect(copy)
        try:
            memory = _in_memory()
            disk.backup(memory)
        finally:
            disk.close()
    return memory


def _prepare_for_writing(connection: sqlite3.Connection) -> sqlite3.Connection:
    """Rollback journal (see the module's docstring) and a full sync at every commit.

    While the file is open the journal is truncated rather than deleted after each commit
    (a fifth of the cost of a small save: no folder update to sync); `close` switches back
    to DELETE, which removes the empty journal and leaves the .brief alone in its folder.
    """
    connection.execute("PRAGMA journal_mode = TRUNCATE")
    connection.execute("PRAGMA synchronous = FULL")
    # Briefs travel by e-mail: what the analyst deleted (a source, a draft judgment) must not
    # linger in free pages of the file. Zeroing costs little since saves touch few rows.
    connection.execute("PRAGMA secure_delete = ON")
    return connection


def _compact(connection: sqlite3.Connection) -> None:
    """Give free pages back to the file system when they are a good part of it (on close)."""
    if connection.execute("PRAGMA auto_vacuum").fetchone()[0] != 2:  # files of schema 1 were not made for it
        return
    free = connection.execute("PRAGMA freelist_count").fetchone()[0]
    if free and free * 4 >= connection.execute("PRAGMA page_count").fetchone()[0]:
        # executescript steps the pragma to its end; execute() would free a single page.
        connection.executescript("PRAGMA incremental_vacuum;")


def _identify(connection: sqlite3.Connection, path: Path) -> int:
    """The schema version of a .brief; a StoreError for anything else."""
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if application_id != APPLICATION_ID:
        tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if application_id == 0 and tables == 0:
            raise StoreError(f"{path} is an empty database, not a brief; {_CHOOSE}")
        raise StoreError(f"{path} is a database of another program, not a brief; {_CHOOSE}")
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} was saved by a newer version of Briefing (file format {version}; this version reads up to "
            f"{SCHEMA_VERSION}); update Briefing to open it"
        )
    if version < migrations.OLDEST_SUPPORTED:
        raise StoreError(f"{path} has file format {version}, which this version of Briefing cannot read")
    return version


def _check_pages(connection: sqlite3.Connection, path: Path) -> None:
    """Find damage now rather than halfway through a load or, worse, a save.

    `quick_check` reads every page (some 20 ms for a brief of 1,000 sources, warm) and
    catches torn or overwritten pages.
    """
    problems = [row[0] for row in connection.execute("PRAGMA quick_check(3)")]
    if problems != ["ok"]:
        raise _damaged(path, "some of its pages are broken")


def _scratch(path: Path) -> sqlite3.Connection:
    """A connection to a file being built under a temporary name (see `_replacing`)."""
    connection = _connect(path, create=True)
    connection.execute("PRAGMA journal_mode = MEMORY")
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA secure_delete = ON")
    return connection


def _copy_database(connection: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of an open database, written atomically (SQLite's backup API)."""
    with _replacing(target) as temporary:
        copy = _scratch(temporary)
        try:
            connection.backup(copy)
        finally:
            copy.close()


def _copy_file(connection: sqlite3.Connection, path: Path, target: Path) -> None:
    """A byte-for-byte copy of the database file, made under a read transaction so that no
    other program can commit meanwhile (used for the backup before an upgrade: the user gets
    back exactly the file they had)."""
    connection.execute("BEGIN")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # takes the shared lock
        with FileLock(target), _replacing(target) as temporary:  # every writer of a temporary holds its lock
            shutil.copyfile(path, temporary)
    finally:
        connection.execute("COMMIT")


def _backup_path(path: Path, version: int) -> Path:
    for number in range(1, 1000):
        suffix = "" if number == 1 else f" {number}"
        candidate = path.with_name(f"{path.stem} (format {version} backup{suffix}){path.suffix}")
        if not candidate.exists():
            return candidate
    raise StoreError(f"{path} needs upgrading, but no name is free for its backup copy; tidy its folder")


class BriefFile:
    """An open .brief. Writable opens hold the file's lock until `close()`.

    Thread-safe: the GUI may save from a timer and search from a worker; one mutex orders them.
    """

    def __init__(self, path: Path, connection: sqlite3.Connection, lock: FileLock | None, *,
                 readonly: bool, backup: Path | None = None) -> None:
        self.path = path
        self.readonly = readonly
        self.backup = backup  # the copy written before an older file was upgraded
        self._connection: sqlite3.Connection | None = connection
        self._lock = lock
        self._mutex = threading.RLock()
        self._state: sync.StoredState | None = None

    # --- opening ---------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, brief: Brief, *, overwrite: bool = False) -> BriefFile:
        """A new .brief holding `brief`, open for writing; replaces an existing file only if asked."""
        path = Path(path)
        if path.is_dir():
            raise StoreError(f"{path} is a folder; choose a file name for the brief")
        if path.exists() and not overwrite:
            raise StoreError(f"{path} already exists; choose another name or allow replacing it")
        _check_ids(path, brief)
        lock = FileLock(path)
        lock.acquire()
        try:
            _remove_leftovers(path.resolve())
            with _replacing(path.resolve()) as temporary:  # through a link, replace the file it names
                connection = _scratch(temporary)
                try:
                    connection.execute("PRAGMA auto_vacuum = INCREMENTAL")  # only before the first table
                    connection.executescript(
                        f"BEGIN; {CURRENT_SCHEMA}; PRAGMA application_id = {APPLICATION_ID}; "
                        f"PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
                    )
                    connection.execute("BEGIN")
                    connection.execute("INSERT INTO meta (key, value) VALUES ('created_with', ?)",
                                       (f"Briefing {briefing.__version__}",))
                    state = sync.write(connection, None, brief)
                    connection.execute("COMMIT")
                finally:
                    connection.close()
            opened = cls(path, _prepare_for_writing(_connect(path)), lock, readonly=False)
        except BaseException as error:
            lock.release()
            if isinstance(error, sqlite3.Error | OverflowError | UnicodeError | OSError):
                raise _translate(path, error, "saved") from error
            raise
        opened._state = state
        return opened

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False, verify_pages: bool = True) -> BriefFile:
        """Open an existing .brief; an older file format is upgraded after a backup copy.

        A read-only open takes no lock and never changes the file: an older file is upgraded
        in memory only. `verify_pages=False` skips reading every page up front; it is for a
        short read-only look (one search) where SQLite's own checks on the pages it touches
        suffice, and a whole-file check would be most of the cost.
        """
        path = Path(path)
        _check_file(path)
        if not readonly and not os.access(path, os.W_OK):
            raise StoreError(f"{path} is read-only (write-protected); open it read-only or save a copy elsewhere")
        lock = None if readonly else FileLock(path)
        connection: sqlite3.Connection | None = None
        backup: Path | None = None
        try:
            if lock is not None:
                lock.acquire()
                _remove_leftovers(path.resolve())
            connection = _connect(path, readonly=readonly)
            try:
                version = _identify(connection, path)
            except sqlite3.OperationalError as error:
                if not readonly or error.sqlite_errorcode != sqlite3.SQLITE_READONLY_ROLLBACK:
                    raise
                connection.close()
                connection = None
                connection = _recovered_copy(path)
                version = _identify(connection, path)
            # Before any statement of ours can fire a trigger or read through a view.
            guard.check_schema(connection, path, version)
            guard.check_fts_config(connection, path)
            if verify_pages or not readonly:
                _check_pages(connection, path)
            if readonly:
                connection.execute("PRAGMA query_only = ON")
                if version < SCHEMA_VERSION:
                    connection = _upgraded_in_memory(connection, version)
            else:
                _prepare_for_writing(connection)
                if version < SCHEMA_VERSION:
                    backup = _backup_path(path, version)
                    _copy_file(connection, path, backup)
                    _upgrade(connection, version, path, backup)
        except BaseException as error:
            if connection is not None:
                connection.close()
            if lock is not None:
                lock.release()
            if isinstance(error, sqlite3.Error | OSError):
                raise _translate(path, error) from error
            raise
        return cls(path, connection, lock, readonly=readonly, backup=backup)

    # --- reading and writing -----------------------------------------------------------------

    def _live(self) -> sqlite3.Connection:
        if self._connection is None:
            raise StoreError(f"{self.path} has been closed; open it again")
        return self._connection

    def load(self) -> Brief:
        """The brief as the file holds it (a fresh object each time)."""
        with self._mutex:
            connection = self._live()
            try:
                connection.execute("BEGIN")  # one consistent snapshot across the tables
                try:
                    brief, state = sync.read(connection)
                finally:
                    connection.execute("COMMIT")
            except (sqlite3.Error, sync.DamagedError, BriefingError, ValueError, TypeError, KeyError,
                    RecursionError) as error:
                raise _translate(self.path, error) from error
            self._state = state
            return brief

    def save(self, brief: Brief) -> None:
        """Write `brief` in one transaction, touching only what changed since the last load or save."""
        if self.readonly:
            raise StoreError(f"{self.path} is open read-only; save a copy under another name instead")
        _check_ids(self.path, brief)
        with self._mutex:
            connection = self._live()
            if self._state is None:
                self.load()
            try:
                connection.execute("BEGIN IMMEDIATE")
                try:
                    state = sync.write(connection, self._state, brief)
                    connection.execute("COMMIT")
                except BaseException:
                    if connection.in_transaction:
                        connection.execute("ROLLBACK")
                    raise
            except (sqlite3.Error, OverflowError, UnicodeError, ValueError, TypeError) as error:
                raise _translate(self.path, error, "saved") from error
            self._state = state

    def save_copy(self, new_path: Path) -> None:
        """Write a consistent copy of the file as it is now to `new_path` ("Save As")."""
        new_path = Path(new_path)
        if new_path.exists() and new_path.resolve() == self.path.resolve():
            return
        if new_path.is_dir():
            raise StoreError(f"{new_path} is a folder; choose a file name for the copy")
        with self._mutex:
            connection = self._live()
            lock = FileLock(new_path)
            lock.acquire()  # the target may be open in another window
            try:
                _remove_leftovers(new_path.resolve())
                _copy_database(connection, new_path.resolve())
            except (sqlite3.Error, OSError) as error:
                raise _translate(new_path, error, "saved") from error
            finally:
                lock.release()

    def search(self, query: str, limit: int = 50) -> list[search.SearchHit]:
        with self._mutex:
            try:
                return search.find(self._live(), query, limit)
            except sqlite3.Error as error:
                raise _translate(self.path, error) from error

    def close(self) -> None:
        with self._mutex:
            connection, self._connection = self._connection, None
            if connection is not None:
                if not self.readonly:
                    with contextlib.suppress(sqlite3.Error):
                        _compact(connection)
                    with contextlib.suppress(sqlite3.Error):
                        connection.execute("PRAGMA journal_mode = DELETE")
                connection.close()
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    @property
    def closed(self) -> bool:
        return self._connection is None

    def __enter__(self) -> BriefFile:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else ("read-only" if self.readonly else "open")
        return f"<BriefFile {str(self.path)!r} {state}>"


def _check_ids(path: Path, brief: Brief) -> None:
    seen: set[str] = set()
    for source in brief.sources:
        if source.id in seen:
            raise StoreError(f"{path} cannot be saved: two sources share the id {source.id!r}; remove one of them")
        seen.add(source.id)


def _upgrade(connection: sqlite3.Connection, version: int, path: Path, backup: Path) -> None:
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            migrations.migrate(connection, version)
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    except sqlite3.Error as error:
        raise StoreError(
            f"{path} could not be upgraded from file format {version} ({error}); it is unchanged, and a copy "
            f"is at {backup}"
        ) from error


def _upgraded_in_memory(connection: sqlite3.Connection, version: int) -> sqlite3.Connection:
    memory = _in_memory()
    try:
        connection.backup(memory)
    finally:
        connection.close()
    memory.execute("BEGIN")
    migrations.migrate(memory, version)
    memory.execute("COMMIT")
    return memory


def load_brief(path: Path) -> Brief:
    """Read a .brief without locking it (it may be open in a window)."""
    with BriefFile.open(path, readonly=True) as opened:
        return opened.load()


def save_brief(path: Path, brief: Brief, *, overwrite: bool = True) -> None:
    """Write `brief` as a new .brief at `path` (atomically replacing a file that is there)."""
    BriefFile.create(Path(path), brief, overwrite=overwrite).close()


def search_sources(path_or_file: Path | BriefFile, query: str, limit: int = 50) -> list[search.SearchHit]:
    """Full-text search over the sources of an open BriefFile or of a .brief on disk.

    A file on disk is not checked page by page first: the search reads only the index pages
    and rows it needs, damage on those is reported as damage all the same, and the full check
    would cost more than the search (about 20 ms of a 25 ms search in a 1,000-source brief).
    """
    if isinstance(path_or_file, BriefFile):
        return path_or_file.search(query, limit)
    with BriefFile.open(Path(path_or_file), readonly=True, verify_pages=False) as opened:
        return opened.search(query, limit)
