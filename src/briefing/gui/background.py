"""The one way the app runs work off the GUI thread, and gets back onto it.

- `Job`: a function on the thread pool, with progress and cancel the same everywhere. The
  function receives a JobContext to report progress and to ask whether the user cancelled; its
  `token` is handed on to `offload.call`, which runs CPU-heavy engine work in a reusable helper
  process and kills it the moment the job is cancelled. Results and errors come back as queued
  signals on the GUI thread. An engine's BriefingError becomes its one-line message; anything
  else is logged with its traceback and reported as an unexpected failure, so no traceback ever
  reaches a dialog.
- `run_on_main(fn)`: for threads that are not Jobs (the store thread): the closure joins a
  locked list and one queued signal makes the GUI thread run the list. No polling timer.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal

from briefing.errors import BriefingError
from briefing.gui import offload

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job function to stop early; the job then reports `cancelled`."""


class JobContext:
    """What a job's function sees of its job: progress to report, cancellation to honour."""

    def __init__(self, job: Job) -> None:
        self._job = job

    @property
    def token(self) -> offload.CancelToken:
        """The job's cancellation, to hand to `offload.call` (or to register a stop action on)."""
        return self._job.token

    def progress(self, done: int, total: int, message: str = "") -> None:
        self._job.report_progress(int(done), int(total), message)

    def cancelled(self) -> bool:
        return self._job.token.cancelled()

    def check(self) -> None:
        if self.cancelled():
            raise Cancelled


class _Runner(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        self.job.execute()


_RUNNING: set[Job] = set()


class Job(QObject):
    """One piece of background work.

    The Job is never a Qt child of its owner: the owner (a panel, the window) may be deleted while
    the work runs. Instead it watches its owner and, once the owner is gone, cancels the work and
    delivers nothing, so no result ever reaches a deleted widget.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    done = Signal()  # after any of the three above
    started = Signal()
    # from the worker thread to this object (queued), then relayed above if the owner lives
    _result = Signal(object)
    _progress = Signal(int, int, str)
    _error = Signal(str)
    _stopped = Signal()
    _ended = Signal()

    def __init__(self, title: str, fn: Callable[[JobContext], Any], owner: QObject | None = None) -> None:
        super().__init__()
        self.title = title
        self.fn = fn
        self.token = offload.CancelToken()
        self.running = False
        self.owner_alive = True
        if owner is not None:
            owner.destroyed.connect(self._owner_gone)
        self._result.connect(self._relay_result)
        self._progress.connect(self._relay_progress)
        self._error.connect(self._relay_error)
        self._stopped.connect(self._relay_stopped)
        self._ended.connect(self._on_done)

    def start(self, pool: QThreadPool | None = None) -> None:
        self.running = True
        _RUNNING.add(self)
        self.started.emit()
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def cancel(self) -> None:
        self.token.cancel()

    def report_progress(self, done: int, total: int, message: str) -> None:
        """From the worker thread: queued to the GUI thread, shown if the owner still lives."""
        self._progress.emit(done, total, message)

    def execute(self) -> None:
        """Run the function here (on a pool thread) and report its outcome, queued, to the GUI thread."""
        job = self
        try:
            result = job.fn(JobContext(job))
        except (Cancelled, offload.Cancelled):
            job._stopped.emit()
        except BriefingError as error:
            job._error.emit(str(error))
        except Exception as error:  # an engine bug must not take the window down
            log.exception("%s failed", job.title)
            job._error.emit(f"{type(error).__name__}: {error}")
        else:
            if job.token.cancelled():
                job._stopped.emit()
            else:
                job._result.emit(result)
        finally:
            job._ended.emit()

    def _owner_gone(self) -> None:
        self.owner_alive = False
        self.cancel()

    def _relay_result(self, result: object) -> None:
        if self.owner_alive:
            self.finished.emit(result)

    def _relay_progress(self, done: int, total: int, message: str) -> None:
        if self.owner_alive:
            self.progress.emit(done, total, message)

    def _relay_error(self, message: str) -> None:
        if self.owner_alive:
            self.failed.emit(message)

    def _relay_stopped(self) -> None:
        if self.owner_alive:
            self.cancelled.emit()

    def _on_done(self) -> None:
        self.running = False
        _RUNNING.discard(self)
        if self.owner_alive:
            self.done.emit()


def wait_all(timeout_ms: int = 10000) -> bool:
    """Block until the pool is idle (used at shutdown and by tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


class _MainThreadRunner(QObject):
    """Runs closures posted from any thread on the GUI thread (Anki's taskman pattern)."""

    _wake = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._closures: list[Callable[[], None]] = []
        self._wake.connect(self.drain, Qt.ConnectionType.QueuedConnection)

    def post(self, closure: Callable[[], None]) -> None:
        with self._lock:
            self._closures.append(closure)
            first = len(self._closures) == 1
        if first:  # one wake-up for a burst: the GUI thread runs the whole list
            self._wake.emit()

    def drain(self) -> None:
        """Run what is waiting, in the order posted (on the GUI thread)."""
        with self._lock:
            closures, self._closures = self._closures, []
        for closure in closures:
            try:
                closure()
            except Exception:  # one bad closure must not drop the others
                log.exception("a closure posted to the GUI thread failed")


_runner: _MainThreadRunner | None = None
_runner_lock = threading.Lock()


def _main_runner() -> _MainThreadRunner:
    global _runner  # noqa: PLW0603  (one per application)
    with _runner_lock:
        if _runner is None or not shiboken6.isValid(_runner):
            _runner = _MainThreadRunner()
            app = QCoreApplication.instance()
            if app is not None:
                _runner.moveToThread(app.thread())
        return _runner


def run_on_main(closure: Callable[[], None], owner: QObject | None = None) -> None:
    """Run `closure` on the GUI thread soon; callable from any thread. With an `owner`, the
    closure is dropped if the owner has been deleted by then (nothing reaches a dead object)."""
    if owner is not None:
        inner = closure

        def closure() -> None:
            if shiboken6.isValid(owner):
                inner()

    _main_runner().post(closure)


def drain_main() -> None:
    """On the GUI thread: run the posted closures now rather than at the next event-loop turn."""
    _main_runner().drain()
