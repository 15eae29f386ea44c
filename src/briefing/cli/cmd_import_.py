"""`briefing import FILE.brief PATH...`: add files and folders to a brief as sources.

Everything that can be imported is imported and saved in one transaction; every file that
cannot be gets one line on stderr saying why, and the exit status is 1 if there was any.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TextIO

from briefing.cli.common import Subparsers, add_command
from briefing.ingest import DEFAULT_LIMITS, ImportReport, IngestLimits, import_paths
from briefing.model import Brief


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "import", "add sources (files or folders) to a brief",
        "Add files and folders (searched recursively) to a brief as sources. Plain text, Markdown, HTML and "
        "saved pages (.mht), DOCX, PDF and .eml are read; content already in the brief is reported as a duplicate "
        "and not added. "
        "Exit status 1 if any file could not be imported (everything else still is).",
    )
    parser.add_argument("brief", metavar="FILE.brief", help="the brief to add the sources to")
    parser.add_argument("paths", metavar="PATH", nargs="+", help="files and folders to import")
    add_limit_options(parser)
    parser.set_defaults(func=run)


def add_limit_options(parser: argparse.ArgumentParser) -> None:
    """The options `import` and `new` share: attachments and the limits on one file."""
    parser.add_argument("--attachments", action="store_true",
                        help="also import the files attached to e-mails, as sources of their own")
    parser.add_argument("--max-size", type=float, metavar="MB", default=DEFAULT_LIMITS.max_file_bytes / 2**20,
                        help="refuse files larger than this (default: %(default)g MB)")
    parser.add_argument("--max-pages", type=int, metavar="N", default=DEFAULT_LIMITS.max_pdf_pages,
                        help="refuse PDFs with more pages (default: %(default)s)")
    parser.add_argument("--timeout", type=float, metavar="SECONDS", default=DEFAULT_LIMITS.max_seconds,
                        help="give up on a file after this long (default: %(default)g s)")


def limits_from(args: argparse.Namespace) -> IngestLimits:
    return IngestLimits(max_file_bytes=int(args.max_size * 2**20), max_pdf_pages=args.max_pages,
                        max_seconds=args.timeout)


def run(args: argparse.Namespace) -> int:
    from briefing.store import BriefFile  # the store is only needed once there is work to do

    target = Path(args.brief)
    with BriefFile.open(target) as brief_file:
        brief = brief_file.load()
        report = import_into(brief, args)
        if report.imported:
            brief_file.save(brief)
    print_report(report, target)
    return exit_status(report)


def exit_status(report: ImportReport) -> int:
    """0 all imported, 1 a file failed, 130 stopped by Ctrl-C (what was read is kept)."""
    if report.cancelled:
        return 130
    return 0 if report.ok else 1


def import_into(brief: Brief, args: argparse.Namespace) -> ImportReport:
    """Run the import with a progress line (on a terminal) and Ctrl-C as a clean cancel."""
    progress = ProgressLine(sys.stderr)
    with _first_interrupt_cancels() as cancelled:
        try:
            return import_paths(brief, args.paths, limits=limits_from(args), attachments=args.attachments,
                                progress=progress if progress.active else None, cancel=cancelled)
        finally:
            progress.clear()


def print_report(report: ImportReport, target: Path) -> None:
    """One line per duplicate (stdout) and per failure (stderr), then the summary."""
    for duplicate in report.duplicates:
        print(f"duplicate: {printable(duplicate.path)} is already in the brief as “{duplicate.existing.title}”")
    for problem in report.skipped:
        print(f"skipped: {printable(problem.line())}")
    for problem in report.failed:
        print(f"briefing: {printable(problem.line())}", file=sys.stderr)
    saved = f" into {printable(str(target))}" if report.imported else ""
    print(f"{report.summary()}{saved}")


def printable(text: str) -> str:
    """A path as the terminal can show it: bytes that are not UTF-8 (possible in file names) become �."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class ProgressLine:
    """`[12/340] file.pdf` rewritten in place on a terminal; silent when output is redirected."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.active = stream.isatty()
        self._shown = False

    def __call__(self, done: int, total: int, path: Path) -> None:
        width = shutil.get_terminal_size((80, 20)).columns - 1
        line = f"[{done}/{total}] {printable(path.name)}" if done < total else f"[{done}/{total}] done"
        self.stream.write("\r" + line[:width].ljust(width))
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            width = shutil.get_terminal_size((80, 20)).columns - 1
            self.stream.write("\r" + " " * width + "\r")
            self.stream.flush()


@contextmanager
def _first_interrupt_cancels() -> Iterator[Callable[[], bool]]:
    """Ctrl-C once: finish the current file, keep what is done, stop. Twice: stop at once."""
    state = {"cancelled": False}

    def handler(signum: int, frame: FrameType | None) -> None:
        if state["cancelled"]:
            raise KeyboardInterrupt
        state["cancelled"] = True

    try:
        previous = signal.signal(signal.SIGINT, handler)
    except ValueError:  # not the main thread: leave Ctrl-C alone
        yield lambda: False
        return
    try:
        yield lambda: state["cancelled"]
    finally:
        signal.signal(signal.SIGINT, previous)
