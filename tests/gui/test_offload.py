"""Heavy engine work runs in a child process: results, engine errors and cancelling come back."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.gui import offload
from briefing.model import Brief


def test_engine_errors_come_back_as_the_same_exception(tmp_path: Path) -> None:
    # A template id that is not installed: the export fails in the child with a user-facing error.
    brief = Brief(template_id="no-such-template")
    with pytest.raises(BriefingError):
        offload.call("export", brief, tmp_path / "out.pdf", None)


def test_cancel_stops_the_child_quickly(tmp_path: Path) -> None:
    started = time.monotonic()
    with pytest.raises(offload.Cancelled):
        offload.call("analyze", [], cancel=lambda: time.monotonic() - started > 0.05)


def test_unknown_task_is_refused() -> None:
    with pytest.raises(offload.OffloadError):
        offload.call("rm -rf", [])
