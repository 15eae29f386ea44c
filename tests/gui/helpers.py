"""Helpers shared by the GUI tests: drops and waiting for the background import they start."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QUrl

from briefing.gui.background import Job


def drop_mime(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop_files(window: Any, qtbot: Any, paths: list[Path]) -> None:
    """Import by the path a drop on the window takes, and wait for the background import."""
    result = window.handle_drop(drop_mime(paths))
    assert isinstance(result, Job)
    qtbot.waitUntil(lambda: not result.running, timeout=20000)
