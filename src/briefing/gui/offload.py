"""Run CPU-heavy engine work (analysis, export) in a child process instead of a thread.

A Python thread doing pure-Python work holds the GIL, and every Qt call the GUI thread makes
then waits its turn: typing stutters while a big brief is analysed. A child process has a GIL
of its own. The child runs this module (`python -m briefing.gui.offload`), reads one pickled
request on stdin, runs one of the few functions named in TASKS, and writes the pickled outcome
on stdout. Cancelling kills the child. No Qt is imported here: the child never loads it.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

ENABLED = True  # tests that stand in for an engine in-process turn this off
POLL_S = 0.05
TASK_NAMES = ("analyze", "export", "draft_eml")


class Cancelled(Exception):
    """The caller cancelled; the child was stopped."""


class OffloadError(RuntimeError):
    """The child failed unexpectedly (the detail is in the message, for the log)."""


def _tasks() -> dict[str, Callable[..., Any]]:
    from briefing.gui import engines

    return {"analyze": engines.analyze, "export": engines.export_brief, "draft_eml": engines.draft_eml}


def call(task: str, *args: Any, cancel: Callable[[], bool] | None = None) -> Any:
    """`TASKS[task](*args)` in a child process; engine errors come back as the same exceptions."""
    if task not in TASK_NAMES:
        raise OffloadError(f"{task!r} is not a task the app runs in a child process")
    if not ENABLED:
        return _tasks()[task](*args)
    package_root = str(Path(__file__).resolve().parent.parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = package_root + os.pathsep + env.get("PYTHONPATH", "")
    with tempfile.TemporaryFile() as request, tempfile.TemporaryFile() as reply:
        request.write(pickle.dumps((task, args), protocol=pickle.HIGHEST_PROTOCOL))
        request.seek(0)
        process = subprocess.Popen([sys.executable, "-m", "briefing.gui.offload"], stdin=request, stdout=reply,
                                   stderr=subprocess.PIPE, env=env)
        try:
            while process.poll() is None:
                if cancel is not None and cancel():
                    process.kill()
                    process.wait()
                    raise Cancelled
                time.sleep(POLL_S)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
            stderr = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
            if process.stderr:
                process.stderr.close()
        reply.seek(0)
        data = reply.read()
    if process.returncode != 0 or not data:
        raise OffloadError(f"the {task} process stopped (exit {process.returncode}): {stderr.strip()[-2000:]}")
    kind, value = pickle.loads(data)  # written by our own child, from our own request
    if kind == "ok":
        return value
    if kind == "error":
        raise value
    raise OffloadError(str(value))


def _child() -> int:
    task, args = pickle.loads(sys.stdin.buffer.read())
    try:
        outcome: tuple[str, Any] = ("ok", _tasks()[task](*args))
    except Exception as error:  # returned to the parent, which raises it there
        try:
            pickle.dumps(error)
            outcome = ("error", error)
        except Exception:
            outcome = ("crash", "".join(traceback.format_exception(error)))
    with contextlib.suppress(BrokenPipeError):
        sys.stdout.buffer.write(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL))
        sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(_child())
