"""PDFs are read in a helper process, beside the files the importer reads itself.

Two reasons. PDFium is C code: a hostile PDF that crashes it, or hangs inside one page where
no time check can run, must cost that one file, not the application and the analyst's
unsaved work. A separate process can die or be killed; the importer then reports the file
and goes on with a fresh helper. And the helper runs on another core: PDF extraction is the
slowest reading there is, and the other files are read meanwhile.

The protocol is private to this module: frames (`briefing.frames`), requests
`(index, path, limits)` in, answers `(index, Source | reason)` out, in request order.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from briefing.frames import read_frame as _read_frame
from briefing.frames import write_frame as _write_frame
from briefing.ingest.errors import IngestError
from briefing.ingest.limits import IngestLimits
from briefing.model.source import Source

Outcome = Source | str
_READY = (-1, "ready")
_GRACE_SECONDS = 10.0  # beyond a file's own time limit, before its reader is killed
_START_SECONDS = 60.0
"""How long a helper may take to start (load the readers) before it counts as broken. Not a
file's time: on a busy machine start-up alone can outlast a short time limit, and a helper given
up on three times leaves every PDF to the importing process, without the guard."""

OVER_MEMORY = ("could not be read: it needed more memory than a file of its size may (4 times its size and "
               "200 MB); the file is probably damaged or hostile")
CRASHED = ("could not be read: the reader stopped on it (the file is probably damaged or hostile, or needed "
           "more memory than a file of its size may)")


def worker_command() -> list[str]:
    """How the helper is started: this interpreter, running `serve` (not `-m`, which would load
    this module a second time as the package imports it)."""
    return [sys.executable, "-c", "from briefing.ingest.pdf_worker import serve; serve()"]


def read_outcome(path: Path, limits: IngestLimits) -> Outcome:
    """Read one file; a refusal, or anything unforeseen, comes back as its reason."""
    from briefing.ingest.registry import read_source

    try:
        return read_source(path, limits)
    except IngestError as error:
        return error.reason
    except MemoryError:
        return OVER_MEMORY
    except Exception as error:  # the helper must answer, whatever the file did
        return f"could not be read ({type(error).__name__}: {str(error)[:160]})"


def serve(read: Callable[[Path, IngestLimits], Outcome] = read_outcome) -> None:
    """The helper's loop: answer each request in turn until the importer closes the pipe."""
    # Ctrl-C in a terminal reaches the whole process group; the importer decides what it means.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    requests, answers = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing printed by a library may corrupt the answer stream
    _warm_up()  # the engine's own start-up is not charged to the first file's memory budget
    _write_frame(answers, _READY)  # started: a death from now on is a file's doing
    while True:
        request = _read_frame(requests)
        if request is None:
            return
        assert isinstance(request, tuple)
        index, path, limits = request
        with _capped(Path(path), limits):
            outcome = read(Path(path), limits)
        _write_frame(answers, (index, outcome))


@contextlib.contextmanager
def _capped(path: Path, limits: IngestLimits) -> Iterator[None]:
    """Run the reading of one file under an address-space and a CPU-time limit (POSIX).

    The address space may grow by the file's memory budget (`IngestLimits.memory_budget`) over
    what the helper already has; the CPU time by the file's time limit and the grace period.
    Past either, the allocation fails or the kernel stops the helper: the importer reports that
    file and starts a fresh helper for the next. Both soft limits are lifted again afterwards
    (a soft limit may be raised back up to the hard one), so each file gets its own budget.
    """
    try:
        import resource
    except ImportError:  # Windows: the wall-clock limit in the importer still applies
        yield
        return
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    saved: list[tuple[int, tuple[int, int]]] = []
    try:
        caps = [(resource.RLIMIT_CPU, int(_cpu_seconds() + limits.max_seconds + _GRACE_SECONDS) + 1)]
        if current := _address_space():
            caps.append((resource.RLIMIT_AS, current + limits.memory_budget(size)))
        for kind, budget in caps:
            soft, hard = resource.getrlimit(kind)
            if hard != resource.RLIM_INFINITY:
                budget = min(budget, hard)
            try:
                resource.setrlimit(kind, (budget, hard))
                saved.append((kind, (soft, hard)))
            except (ValueError, OSError):
                continue
        yield
    finally:
        for kind, previous in saved:
            with contextlib.suppress(ValueError, OSError):
                resource.setrlimit(kind, previous)


def _address_space() -> int:
    """This process's current virtual memory size in bytes (0 when it cannot be told)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _cpu_seconds() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _warm_up() -> None:
    """Load the PDF reader and let PDFium initialise on a tiny document."""
    try:
        import pypdfium2

        from briefing.ingest import pdf  # noqa: F401  (the reader's own imports)

        pypdfium2.PdfDocument(_TINY_PDF).close()
    except Exception:  # a broken installation shows on the first real file, with its reason
        pass


_TINY_PDF = (b"%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
             b"endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 9 9]>>endobj\ntrailer<</Root 1 0 R>>")


def _exit_with_parent(parent: int) -> None:
    """A helper stuck inside a page must not outlive an importer that was killed (POSIX)."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


class _Helper:
    """One running helper process, with a thread that collects its answers."""

    def __init__(self, command: list[str]) -> None:
        self.process = subprocess.Popen(  # our own interpreter and module
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, close_fds=True,
        )  # each frame is flushed as it is written: no need for an unbuffered interpreter
        self.answers: queue.Queue[tuple[int, Outcome] | None] = queue.Queue()
        self.last_answer = time.monotonic()
        self.ready = False
        self.collector = threading.Thread(target=self._collect, name="briefing-pdf-answers", daemon=True)
        self.collector.start()

    def _collect(self) -> None:
        assert self.process.stdout is not None
        while True:
            try:
                frame = _read_frame(self.process.stdout)
            except Exception:  # a garbled frame: treat as the helper's end
                frame = None
            if frame is None:
                self.answers.put(None)
                return
            self.last_answer = time.monotonic()
            if frame == _READY:
                self.ready = True
                continue
            self.answers.put(frame)  # type: ignore[arg-type]

    def send(self, index: int, path: Path, limits: IngestLimits) -> bool:
        try:
            assert self.process.stdin is not None
            _write_frame(self.process.stdin, (index, str(path), limits))
            return True
        except (OSError, ValueError):
            return False

    def stop(self, *, kill: bool = False) -> None:
        """End the helper: by closing its requests (it exits when done), or at once."""
        if kill:
            self.process.kill()
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
        except OSError:  # the helper is gone: what was left unsent no longer matters
            pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.collector.join(timeout=5)
        if self.process.stdout is not None:
            self.process.stdout.close()


class PdfReaders:
    """Reads the PDFs it is given in helper processes and hands back their outcomes in order.

    `submit` queues files; `outcome(index)` waits for one. A helper that dies costs the file
    it was reading (it answers in order, so that is the oldest unanswered one) and another is
    started for the files after it; one that takes longer than the time limit allows is
    killed the same way. When no helper can be started, or three in a row die before they are
    ready (a broken installation, not a bad file), the files are read in this process: the
    result is the same, only the isolation is lost.
    """

    def __init__(self, limits: IngestLimits) -> None:
        self.limits = limits
        self.pending: dict[int, Path] = {}  # submitted, not answered yet
        self.done: dict[int, Outcome] = {}
        self.helper: _Helper | None = None
        self.failed_starts = 0
        self.in_process = False

    def submit(self, index: int, path: Path) -> None:
        self.pending[index] = path
        if self.in_process:
            return
        if self.helper is None:
            self._start_and_resend()  # sends everything pending, this file included
        elif not self.helper.send(index, path, self.limits):
            self._lost_helper(CRASHED)

    def outcome(self, index: int, within: float | None = None) -> Outcome | None:
        """The outcome for `index`, waiting at most `within` seconds for it (None: as long as it
        takes); None when it is not there yet."""
        deadline = None if within is None else time.monotonic() + within
        while index not in self.done:
            if self.in_process:
                self._read_here()
                continue
            if self.helper is None:
                self._start_and_resend()
                continue
            wait = 0.1 if deadline is None else min(0.1, max(0.0, deadline - time.monotonic()))
            try:
                answer = self.helper.answers.get(timeout=wait)
            except queue.Empty:
                allowed = self.limits.max_seconds + _GRACE_SECONDS if self.helper.ready else _START_SECONDS
                if time.monotonic() - self.helper.last_answer > allowed:
                    self._lost_helper(f"took longer than {self.limits.max_seconds:g} s to read and was stopped "
                                      "(the time limit can be raised in settings)")
                elif deadline is not None and time.monotonic() >= deadline:
                    return None
                continue
            self._take(answer)
        return self.done.pop(index)

    def start(self) -> None:
        """Start the helper now rather than with the first file (its start-up then overlaps the
        files read meanwhile in the importing process)."""
        if self.helper is None and not self.in_process:
            self._start_and_resend()

    def backlog(self) -> int | None:
        """How many files the running helper has not answered yet (answers already sent are
        collected first); None when no helper runs (it cannot take more work)."""
        while self.helper is not None and self.pending:
            try:
                answer = self.helper.answers.get_nowait()
            except queue.Empty:
                break
            self._take(answer)
        return None if self.helper is None else len(self.pending)

    def _take(self, answer: tuple[int, Outcome] | None) -> None:
        if answer is None:
            self._lost_helper(CRASHED)
            return
        answered, result = answer
        self.pending.pop(answered, None)
        self.done[answered] = result

    def close(self, *, kill: bool = False) -> None:
        """Let the helper finish and exit; with `kill` (a cancelled import), stop it at once."""
        if self.helper is not None:
            self.helper.stop(kill=kill)
            self.helper = None

    def _lost_helper(self, reason: str) -> None:
        """The helper died or hung: the oldest unanswered file gets `reason`, the rest go to a new one."""
        assert self.helper is not None
        ready = self.helper.ready
        self.helper.stop(kill=True)
        self.helper = None
        if not ready:
            self.failed_starts += 1
            if self.failed_starts >= 3:
                self.in_process = True
            return
        if self.pending:
            first = min(self.pending)
            self.done[first] = reason
            del self.pending[first]

    def _start_and_resend(self) -> None:
        try:
            self.helper = _Helper(worker_command())
        except (OSError, ValueError, TypeError):  # no interpreter to start (an embedded Python)
            self.in_process = True
            return
        for index in sorted(self.pending):
            if not self.helper.send(index, self.pending[index], self.limits):
                self._lost_helper(CRASHED)
                return

    def _read_here(self) -> None:
        for index in sorted(self.pending):
            self.done[index] = read_outcome(self.pending.pop(index), self.limits)

