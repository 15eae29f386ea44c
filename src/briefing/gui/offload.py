"""Run CPU-heavy engine work (analysis, export) in helper processes instead of threads.

A Python thread doing pure-Python work holds the GIL, and every Qt call the GUI thread makes
then waits its turn: typing stutters while a big brief is analysed. A helper process has a GIL
of its own. Helpers are started once and reused (`python -c "…serve()"`, no Qt loaded): each
reads pickled requests (`briefing.frames`) on stdin, runs one of the few functions named in
TASK_NAMES, and writes the pickled outcome on stdout. Cancelling a task kills its helper at
once (through the CancelToken, no polling); the next task starts a fresh one. Each helper leads
a process group of its own, so the reading workers it forks die with it: they inherit its stdout,
and one left alive would keep the pipe open and the cancelled call waiting.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from briefing.frames import read_frame, write_frame

ENABLED = True  # tests that stand in for an engine in-process turn this off
TASK_NAMES = ("analyze", "export", "draft_eml")
_GROUPS = hasattr(os, "killpg")  # POSIX; on Windows helpers fork no workers
MAX_IDLE = 2  # helpers kept warm between tasks (analysis and preview or export can overlap)


class Cancelled(Exception):
    """The caller cancelled; the helper was stopped."""


class OffloadError(RuntimeError):
    """The helper failed unexpectedly (the detail is in the message, for the log)."""


class CancelToken:
    """Cancellation that pushes: whoever waits registers what stopping means (killing a helper)
    and `cancel()` does it at once, from any thread."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []

    def cancel(self) -> None:
        with self._lock:
            self._event.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    def cancelled(self) -> bool:
        return self._event.is_set()

    def on_cancel(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call `callback` on cancel (now, if cancelled already); returns a function that unregisters it."""
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(callback)
                return lambda: self._forget(callback)
        callback()
        return lambda: None

    def _forget(self, callback: Callable[[], None]) -> None:
        with self._lock, contextlib.suppress(ValueError):
            self._callbacks.remove(callback)


def _tasks() -> dict[str, Callable[..., Any]]:
    from briefing.gui import engines

    return {"analyze": engines.analyze, "export": engines.export_brief, "draft_eml": engines.draft_eml}


class _Helper:
    """One helper process; used by one task at a time."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.cwd = Path.cwd()
        self.errors: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115  (closed in close())
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from briefing.gui.offload import serve; serve()"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.errors, env=env,
            start_new_session=_GROUPS)

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        """Kill the helper and whatever it forked (its process group, where there are groups)."""
        with contextlib.suppress(OSError):
            if _GROUPS:
                os.killpg(self.process.pid, signal.SIGKILL)
            else:
                self.process.kill()

    def close(self) -> None:
        self.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.errors):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()

    def stderr_tail(self) -> str:
        with contextlib.suppress(OSError, ValueError):
            self.errors.seek(0)
            return self.errors.read().decode("utf-8", "replace").strip()[-2000:]
        return ""


_idle: list[_Helper] = []
_lock = threading.Lock()


def _environment() -> dict[str, str]:
    """The helper's environment: this process's, with this package importable."""
    package_root = str(Path(__file__).resolve().parent.parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = package_root + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _take() -> _Helper:
    """An idle helper started with the environment and working folder as they are now (settings,
    template folders and relative paths come from them), else a new one."""
    env = _environment()
    stale: list[_Helper] = []
    found: _Helper | None = None
    with _lock:
        while _idle and found is None:
            helper = _idle.pop()
            if helper.alive and helper.env == env and helper.cwd == Path.cwd():
                found = helper
            else:
                stale.append(helper)
    for helper in stale:
        helper.close()
    return found or _Helper(env)


def _give_back(helper: _Helper) -> None:
    with _lock:
        if helper.alive and len(_idle) < MAX_IDLE:
            _idle.append(helper)
            return
    helper.close()


def shutdown() -> None:
    """Stop the idle helpers (at exit; a busy one is stopped by its task's end or cancel)."""
    with _lock:
        helpers, _idle[:] = list(_idle), []
    for helper in helpers:
        helper.close()


atexit.register(shutdown)


def call(task: str, *args: Any, cancel: CancelToken | None = None) -> Any:  # noqa: ANN401  (a task by name: callers state its type)
    """`TASKS[task](*args)` in a helper process; engine errors come back as the same exceptions."""
    if task not in TASK_NAMES:
        raise OffloadError(f"{task!r} is not a task the app runs in a helper process")
    if cancel is not None and cancel.cancelled():
        raise Cancelled
    if not ENABLED:
        return _tasks()[task](*args)
    helper = _take()
    forget = cancel.on_cancel(helper.kill) if cancel is not None else (lambda: None)
    try:
        assert helper.process.stdin is not None and helper.process.stdout is not None
        try:
            write_frame(helper.process.stdin, (task, args))
            reply = read_frame(helper.process.stdout)
        except (OSError, ValueError):
            reply = None  # killed while the request was written
    finally:
        forget()
    if reply is None:
        helper.close()
        if cancel is not None and cancel.cancelled():
            raise Cancelled
        raise OffloadError(f"the {task} helper stopped (exit {helper.process.returncode}): {helper.stderr_tail()}")
    _give_back(helper)
    kind, value = _pair(reply)
    if kind == "ok":
        return value
    if kind == "error":
        raise value
    raise OffloadError(str(value))


def _pair(frame: object) -> tuple[Any, Any]:
    """A frame as the (kind, value) or (task, args) pair both ends send."""
    if not isinstance(frame, tuple) or len(frame) != 2:
        raise OffloadError(f"unexpected frame from a helper: {type(frame).__name__}")
    return frame[0], frame[1]


def serve() -> None:
    """The helper's loop: one request in, one outcome out, until the app closes the pipe."""
    tasks = _tasks()
    while True:
        request = read_frame(sys.stdin.buffer)
        if request is None:
            return
        task, args = _pair(request)
        try:
            outcome: tuple[str, Any] = ("ok", tasks[task](*args))
        except Exception as error:  # returned to the parent, which raises it there
            try:
                import pickle

                pickle.dumps(error)
                outcome = ("error", error)
            except Exception:
                outcome = ("crash", "".join(traceback.format_exception(error)))
        try:
            write_frame(sys.stdout.buffer, outcome)
        except BrokenPipeError:
            return
