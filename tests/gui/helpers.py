"""Helpers shared by the GUI tests: drops, waiting for background work, stand-ins for absent engines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QUrl

from briefing.gui import engines
from briefing.gui.workers import Job
from briefing.model import Evidence, Source


def drop_mime(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop_files(window: Any, qtbot: Any, paths: list[Path]) -> None:
    """Import by the path a drop on the window takes, and wait for the background import."""
    result = window.handle_drop(drop_mime(paths))
    assert isinstance(result, Job)
    qtbot.waitUntil(lambda: not result.running, timeout=20000)


def analysis_available() -> bool:
    try:
        from briefing.analysis import analyze  # noqa: F401
    except ImportError:
        return False
    return True


def fake_analyze(sources: list[Source], cancel: Any = None) -> list[engines.Suggestion]:
    """Stands in for the analysis engine on builds without it: finds two known cues by search."""
    found: list[engines.Suggestion] = []
    for source in sources:
        for needle, kind in (("Foreign Minister Ilse Marrow", "actors"),
                             ("A senior Ostrand official", "caveats"),
                             ("It is not clear whether the draft covers the disputed eastern pier", "questions")):
            start = source.text.find(needle)
            if start < 0:
                continue
            ev = Evidence(source.id, start, start + len(needle), needle)
            if kind == "actors":
                found.append(engines.Suggestion("actors", f"actor:{needle}", "Ilse Marrow", [ev], "",
                                                name="Ilse Marrow", role="Foreign Minister", affiliation="Velmora"))
            elif kind == "caveats":
                found.append(engines.Suggestion("caveats", f"caveat:{needle}", needle, [ev], "",
                                                caveat_kind="anonymous-source"))
            else:
                found.append(engines.Suggestion("questions", f"q:{needle}", needle + "?", [ev]))
    return found
