"""Where the app keeps its own files (untitled briefs, the log) and its plain QSettings values."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

ORGANIZATION = "Briefing"
APPLICATION = "Briefing"
MAX_RECENT = 10


def data_dir() -> Path:
    """The user's data folder for the app (created on first use)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    path = Path(location) if location else Path.home() / ".briefing"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_path() -> Path:
    return data_dir() / "briefing.log"


def untitled_path() -> Path:
    """A fresh file for a brief that has no name yet; it lives here until "Save As"."""
    folder = data_dir() / "untitled"
    folder.mkdir(parents=True, exist_ok=True)
    stem = time.strftime("untitled-%Y%m%d-%H%M%S")
    path, number = folder / f"{stem}.brief", 1
    while path.exists():  # two new briefs within a second
        number += 1
        path = folder / f"{stem}-{number}.brief"
    return path


def is_untitled(path: Path | None) -> bool:
    return path is not None and path.parent == data_dir() / "untitled"


class Settings:
    """Typed access to the few values the app remembers; plain strings and lists only."""

    def __init__(self) -> None:
        self._qs = QSettings(ORGANIZATION, APPLICATION)

    def recent_files(self) -> list[Path]:
        value = self._qs.value("files/recent", [])
        names = [value] if isinstance(value, str) else [str(v) for v in value] if isinstance(value, list) else []
        return [Path(n) for n in names if n]

    def add_recent(self, path: Path) -> None:
        names = [str(path)] + [str(p) for p in self.recent_files() if p != path and not is_untitled(p)]
        if is_untitled(path):
            names = names[1:]
        self._qs.setValue("files/recent", names[:MAX_RECENT])

    def clear_recent(self) -> None:
        self._qs.setValue("files/recent", [])

    def last_open(self) -> Path | None:
        value = self._qs.value("files/last_open", "")
        return Path(str(value)) if value else None

    def set_last_open(self, path: Path | None) -> None:
        self._qs.setValue("files/last_open", str(path) if path else "")
        self._qs.sync()

    def folder(self, purpose: str) -> str:
        return str(self._qs.value(f"folders/{purpose}", "") or "")

    def set_folder(self, purpose: str, folder: Path) -> None:
        self._qs.setValue(f"folders/{purpose}", str(folder))

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self._qs.value("window/geometry")
        state = self._qs.value("window/state")
        return (geometry if isinstance(geometry, QByteArray) else None,
                state if isinstance(state, QByteArray) else None)

    def set_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)

