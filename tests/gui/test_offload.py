"""Heavy engine work runs in a helper process: results, engine errors and cancelling come back,
and the helper is reused from one task to the next."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import pytest

from briefing.analysis import reading
from briefing.errors import BriefingError
from briefing.gui import offload
from briefing.model import Brief, Source


def test_engine_errors_come_back_as_the_same_exception(tmp_path: Path) -> None:
    # A template id that is not installed: the export fails in the helper with a user-facing error.
    brief = Brief(template_id="no-such-template")
    with pytest.raises(BriefingError):
        offload.call("export", brief, tmp_path / "out.pdf", None)


def test_cancel_stops_the_child_quickly(tmp_path: Path) -> None:
    token = offload.CancelToken()
    token.cancel()
    with pytest.raises(offload.Cancelled):
        offload.call("analyze", [], cancel=token)


def test_cancel_kills_a_running_task_and_the_next_task_still_runs() -> None:
    text = "Foreign Minister Ilse Marrow said on Tuesday that talks would resume. " * 4000
    sources = [Source(title=f"S{i}", text=text) for i in range(20)]
    token = offload.CancelToken()
    started = threading.Event()
    token.on_cancel(started.set)
    threading.Timer(0.5, token.cancel).start()
    with pytest.raises(offload.Cancelled):
        offload.call("analyze", sources, cancel=token)
    assert started.is_set()
    assert offload.call("analyze", [], cancel=offload.CancelToken()) == []


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (any of its threads may have started them)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    return found


def _running(pid: int) -> bool:
    """Alive and not a zombie waiting to be reaped (a container's first process may never reap it)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux") or reading.available_workers() < 2,
                    reason="the helper forks no workers here")
def test_cancel_also_stops_the_workers_a_helper_forked() -> None:
    """Regression: the reading workers a helper forks inherit its stdout; killing the helper alone left
    them holding the pipe open, and the cancelled call waited for ever for a reply."""
    text = "Foreign Minister Ilse Marrow said on Tuesday that talks would resume. " * 4000
    sources = [Source(title=f"S{i}", text=text) for i in range(20)]
    token = offload.CancelToken()
    outcome: list[str] = []

    def run() -> None:
        with pytest.raises(offload.Cancelled):
            offload.call("analyze", sources, cancel=token)
        outcome.append("cancelled")

    offload.shutdown()
    before = set(_children(os.getpid()))
    caller = threading.Thread(target=run, daemon=True)
    caller.start()
    workers: list[int] = []
    for _ in range(600):  # until the helper has forked its workers
        helpers = [pid for pid in _children(os.getpid()) if pid not in before]
        workers = [worker for helper in helpers for worker in _children(helper)]
        if workers:
            break
        time.sleep(0.05)
    assert workers, "the helper never forked reading workers"
    token.cancel()
    caller.join(30)
    assert outcome == ["cancelled"]
    for _ in range(200):
        if not any(map(_running, workers)):
            break
        time.sleep(0.05)
    assert not any(map(_running, workers))


def test_the_helper_is_reused() -> None:
    offload.shutdown()
    offload.call("analyze", [])
    first = [helper.process.pid for helper in offload._idle]
    offload.call("analyze", [])
    assert [helper.process.pid for helper in offload._idle] == first and len(first) == 1


def test_unknown_task_is_refused() -> None:
    with pytest.raises(offload.OffloadError):
        offload.call("rm -rf", [])


def test_a_helper_started_before_the_environment_changed_is_not_reused(monkeypatch: pytest.MonkeyPatch) -> None:
    offload.shutdown()
    offload.call("analyze", [])
    (before,) = [helper.process.pid for helper in offload._idle]
    monkeypatch.setenv("BRIEFING_TEMPLATE_PATH", "/nonexistent-templates")
    offload.call("analyze", [])
    assert [helper.process.pid for helper in offload._idle] != [before]


def test_the_apps_analysis_asks_for_every_core(monkeypatch: pytest.MonkeyPatch) -> None:
    """The GUI analyses in an offload helper with no threads of its own, where forking is safe; in a process
    with threads `can_fork` refuses, so asking is safe everywhere."""
    from briefing.analysis import analyze_texts, reading
    from briefing.gui import engines

    asked: list[int] = []

    def analyze(sources: list[Source], *, workers: int = 1) -> object:
        asked.append(workers)
        return analyze_texts([])

    monkeypatch.setattr(engines.analysis, "analyze", analyze)
    source = Source(id="s1", title="Story", text="Officials said the port would reopen.")
    engines.analyze([source])
    assert asked == [reading.available_workers()]
