"""Long work off the GUI thread: a Job runs a function on the thread pool with progress and cancel.

The function receives a JobContext to report progress and to ask whether the user cancelled.
Results and errors come back as queued signals on the GUI thread. An engine's BriefingError
becomes its one-line message; anything else is logged with its traceback and reported as an
unexpected failure, so no traceback ever reaches a dialog.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from briefing.errors import BriefingError
from briefing.gui import offload

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job function to stop early; the job then reports `cancelled`."""


class JobContext:
    def __init__(self, job: Job) -> None:
        self._job = job

    def progress(self, done: int, total: int, message: str = "") -> None:
        self._job._progress.emit(int(done), int(total), message)

    def cancelled(self) -> bool:
        return self._job.cancel_event.is_set()

    def check(self) -> None:
        if self.cancelled():
            raise Cancelled


class _Runner(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        job = self.job
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
            if job.cancel_event.is_set():
                job._stopped.emit()
            else:
                job._result.emit(result)
        finally:
            job._ended.emit()


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
        self.cancel_event = threading.Event()
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
        self.cancel_event.set()

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
