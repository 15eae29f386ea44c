"""A crafted brief opened in the window: one message, the window stays, nothing on disk changes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from briefing.model import Brief, Source
from briefing.store import save_brief


def crafted(tmp_path: Path, sql: str, *params: object) -> Path:
    path = tmp_path / "received.brief"
    save_brief(path, Brief(title="Received", sources=[Source(title="Harbour", text="Talks resumed.")]))
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute(sql, params)
    connection.close()
    return path


@pytest.mark.parametrize("case", ["deep JSON", "trigger"])
def test_a_crafted_brief_is_refused_with_a_message(qtbot, window, tmp_path: Path, case: str) -> None:
    if case == "deep JSON":
        path = crafted(tmp_path, "UPDATE sources SET extra = ?", "[" * 200_000 + "]" * 200_000)
    else:
        path = crafted(tmp_path, "CREATE TRIGGER t AFTER INSERT ON sources BEGIN UPDATE brief SET marking = 'x'; END")
    before = path.read_bytes()
    assert not window.files.open_path(path)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorDialog") is not None, timeout=5000)
    box = window.findChild(QMessageBox, "errorDialog")
    assert "received.brief" in box.text() and "internal" not in box.text().lower()
    # One sentence that names the file once, not "X could not be opened: X was not opened…".
    assert "could not be opened:" not in box.text() and box.text().count("received.brief") == 1
    assert not window.controller.is_open and window.isVisible()
    assert path.read_bytes() == before
