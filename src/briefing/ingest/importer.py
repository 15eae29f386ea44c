"""Import many files and folders into a brief: everything importable is imported, every other
file gets one line saying why not, and nothing is ever half-imported.

Works on the Brief model only; saving is the caller's business (the CLI saves through the
store, the GUI through its undo stack), so a cancelled or failed import changes nothing on disk.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from briefing.ingest.attachments import read_attachments
from briefing.ingest.errors import IngestError
from briefing.ingest.limits import DEFAULT_LIMITS, IngestLimits
from briefing.ingest.pdf_worker import Outcome, PdfReaders, read_outcome
from briefing.ingest.registry import display_path, supported
from briefing.model.brief import Brief
from briefing.model.source import Source

ProgressCallback = Callable[[int, int, Path], None]
"""Called before each file is read or waited for: (files done, files in all, that file)."""


@dataclass(frozen=True)
class Imported:
    """A file read into a new source."""

    path: str
    source: Source


@dataclass(frozen=True)
class Duplicate:
    """A file whose content the brief already holds: the existing source is offered instead."""

    path: str
    existing: Source


@dataclass(frozen=True)
class Problem:
    """A file not imported, and the one-line reason."""

    path: str
    reason: str

    def line(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class ImportReport:
    """Everything one import did, file by file, so the caller can tell the user what happened."""

    imported: list[Imported] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    failed: list[Problem] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    """Files met in folders that are not worth an error: unsupported types, links already seen,
    attachments that are not documents."""
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        parts = [f"{len(self.imported)} imported", f"{len(self.duplicates)} duplicate"
                 f"{'' if len(self.duplicates) == 1 else 's'}", f"{len(self.failed)} failed"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        return ", ".join(parts) + (" (cancelled)" if self.cancelled else "")


def import_paths(
    brief: Brief,
    paths: Iterable[str | os.PathLike[str]],
    *,
    limits: IngestLimits = DEFAULT_LIMITS,
    progress: ProgressCallback | None = None,
    cancel: Callable[[], bool] | None = None,
    attachments: bool = False,
    isolate_pdfs: bool = True,
) -> ImportReport:
    """Add the sources found at `paths` (files, and folders searched recursively) to `brief`.

    A source whose content hash the brief already holds is reported as a duplicate and not
    added. Each source is appended whole, after it has been read completely, and in the order
    of the files, so an error or a cancel between files leaves the brief consistent and the
    outcome never depends on timing. With `attachments`, the files attached to imported
    e-mails become sources of their own.

    With `isolate_pdfs` (the default) files named .pdf are read by a helper process (see
    `pdf_worker`): a PDF that crashes or hangs the PDF engine costs that file only, and the
    other files are read meanwhile.
    """
    report = ImportReport()
    files = collect_files(paths, report)
    known: dict[str, Source] = {source.sha256: source for source in brief.sources}

    def take(index: int, outcome: Outcome) -> None:
        path = files[index]
        if isinstance(outcome, str):
            report.failed.append(Problem(display_path(path), outcome))
            return
        _add(brief, known, report, display_path(path), outcome)
        if attachments and outcome.media_type == "message/rfc822" and outcome.extra.get("attachments"):
            _add_attachments(brief, known, report, path, limits)

    readers = _Readers(files, limits, isolate_pdfs)
    try:
        for index, path in enumerate(files):
            if cancel is not None and cancel():
                report.cancelled = True
                break
            if progress is not None and not readers.is_pdf(index):
                progress(readers.handed_on, len(files), path)
            readers.read(index)
            for ready in readers.in_order(wait=False):
                take(*ready)
        if not report.cancelled:
            for ready in readers.in_order(wait=True, cancel=cancel, progress=progress):
                take(*ready)
            report.cancelled = readers.cancelled
        if report.cancelled:
            for ready in readers.whatever_is_read():
                take(*ready)
    finally:
        readers.close(kill=report.cancelled)
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), files[-1] if files else Path())
    return report


_SHARE_FROM = 16
"""An import of this many files starts the helper at once, PDFs or not, so the two cores share
the reading; a smaller one is not worth a second interpreter's start-up."""
_BACKLOG = 2
"""Files the helper may have waiting before the main process reads the next one itself (PDFs
go to the helper whatever its backlog). Two keep it busy between answers without leaving the
main process idle at the end, waiting for a queue of files it could have read."""
_SHARE_BYTES = 2 * 1024 * 1024
"""Larger files other than PDFs are read in this process: the helper reads under a memory cap
(`IngestLimits.memory_budget`) that a big page or text could exceed where this process reads
it whole, and an outcome must not depend on which process read the file."""


class _Readers:
    """Files read by the helper (PDFs always, any other file while the helper has room) and in
    this process (the rest); outcomes handed on in file order."""

    def __init__(self, files: list[Path], limits: IngestLimits, isolate_pdfs: bool) -> None:
        self.files = files
        self.limits = limits
        self.pdfs = PdfReaders(limits) if isolate_pdfs else None
        if self.pdfs is not None and len(files) >= _SHARE_FROM:
            self.pdfs.start()
        self.helped: dict[int, bool] = {}  # whether the helper reads a file, decided once
        self.outcomes: dict[int, Outcome] = {}
        self.visited = 0  # files read, or handed to the helper
        self.handed_on = 0  # outcomes given to the caller
        self.cancelled = False

    def is_pdf(self, index: int) -> bool:
        """Read by the helper (progress for these is reported while they are waited for): the
        PDFs, and any other file up to `_SHARE_BYTES` when the helper has fewer than `_BACKLOG`
        files waiting. Which
        process reads a file never changes its outcome, only when it is ready."""
        if self.pdfs is None:
            return False
        if index not in self.helped:
            suffix = self.files[index].suffix.lower()
            backlog = self.pdfs.backlog()
            self.helped[index] = suffix == ".pdf" or (
                backlog is not None and backlog < _BACKLOG and _size(self.files[index]) <= _SHARE_BYTES)
        return self.helped[index]

    def read(self, index: int) -> None:
        path = self.files[index]
        if self.pdfs is not None and self.is_pdf(index):
            self.pdfs.submit(index, path)
        else:
            self.outcomes[index] = read_outcome(path, self.limits)
        self.visited = index + 1

    def in_order(self, *, wait: bool, cancel: Callable[[], bool] | None = None,
                 progress: ProgressCallback | None = None) -> Iterator[tuple[int, Outcome]]:
        """The outcomes not handed on yet, in file order: as far as they are there, or (with
        `wait`) all of them, waiting for the helper and checking `cancel` while it works."""
        while self.handed_on < self.visited:
            index = self.handed_on
            if wait and cancel is not None and cancel():
                self.cancelled = True
                return
            outcome = self.outcomes.pop(index, None)
            if outcome is None and progress is not None:
                progress(index, len(self.files), self.files[index])
            while outcome is None and self.pdfs is not None:
                outcome = self.pdfs.outcome(index, within=0.2 if wait else 0.0)
                if outcome is None and (not wait or (cancel is not None and cancel())):
                    self.cancelled = wait
                    return
            assert outcome is not None
            self.handed_on += 1
            yield index, outcome

    def whatever_is_read(self) -> Iterator[tuple[int, Outcome]]:
        """After a cancel: the files read so far, in order, leaving out those still being read."""
        for index in range(self.handed_on, self.visited):
            outcome = self.outcomes.pop(index, None)
            if outcome is None and self.pdfs is not None:
                outcome = self.pdfs.outcome(index, within=0.0)
            if outcome is not None:
                yield index, outcome

    def close(self, *, kill: bool) -> None:
        if self.pdfs is not None:
            self.pdfs.close(kill=kill)


def _add(brief: Brief, known: dict[str, Source], report: ImportReport, path: str, source: Source) -> None:
    existing = known.get(source.sha256)
    if existing is not None:
        report.duplicates.append(Duplicate(path, existing))
        return
    brief.sources.append(source)
    known[source.sha256] = source
    report.imported.append(Imported(path, source))


def _add_attachments(brief: Brief, known: dict[str, Source], report: ImportReport, path: Path,
                     limits: IngestLimits) -> None:
    try:
        data = path.read_bytes()
        results = read_attachments(data, display_path(path), limits)
    except (OSError, IngestError) as error:
        report.skipped.append(Problem(display_path(path), f"attachments could not be read ({error})"))
        return
    for where, outcome in results:
        if isinstance(outcome, IngestError):
            report.skipped.append(Problem(where, outcome.reason))
        else:
            _add(brief, known, report, where, outcome)


def collect_files(paths: Iterable[str | os.PathLike[str]], report: ImportReport) -> list[Path]:
    """The files to read, in a stable order: named files as given, folders walked recursively.

    Named paths are always tried (and fail loudly); inside folders, hidden files and files of
    unsupported types are skipped. Symbolic links inside a folder are followed only when they
    stay inside the folder that was named (a `notes.txt -> /etc/passwd` in a mail-drop folder is
    not the analyst's material), and a folder is entered only once, so a link loop ends at the
    second visit with one line in the report.
    """
    files: list[Path] = []
    seen_files: set[tuple[int, int]] = set()
    seen_dirs: set[tuple[int, int]] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(_walk(path, report, seen_dirs, seen_files, Path(os.path.realpath(path))))
        elif not path.exists() and not path.is_symlink():
            report.failed.append(Problem(display_path(path), "does not exist"))
        else:
            key = _key(path)
            if key is None or key not in seen_files:
                if key is not None:
                    seen_files.add(key)
                files.append(path)
    return files


def _walk(folder: Path, report: ImportReport, seen_dirs: set[tuple[int, int]],
          seen_files: set[tuple[int, int]], root: Path) -> Iterator[Path]:
    key = _key(folder)
    if key is not None:
        if key in seen_dirs:
            report.skipped.append(Problem(display_path(folder), "leads back to a folder already read (a link loop)"))
            return
        seen_dirs.add(key)
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except PermissionError:
        report.failed.append(Problem(display_path(folder), "folder cannot be read: permission denied"))
        return
    except OSError as error:
        report.failed.append(Problem(display_path(folder), f"folder cannot be read: {error.strerror or error}"))
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith("."):
            continue
        if entry.is_symlink() and not _inside(path, root):
            report.skipped.append(Problem(display_path(path), "is a link to something outside the folder "
                                                              "being imported; not followed (import it by name)"))
            continue
        try:
            is_dir = entry.is_dir()  # follows links
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, report, seen_dirs, seen_files, root)
            continue
        if not supported(path):
            report.skipped.append(Problem(display_path(path), "is not a kind of file Briefing imports"))
            continue
        file_key = _key(path)
        if file_key is not None:
            if file_key in seen_files:
                continue  # the same file reached by a second path
            seen_files.add(file_key)
        yield path


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # read (and refused with its reason) wherever it goes


def _inside(link: Path, root: Path) -> bool:
    """Whether a link ends inside `root` (every link of a chain resolved)."""
    try:
        return Path(os.path.realpath(link)).is_relative_to(root)
    except (OSError, ValueError):
        return False


def _key(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino)
