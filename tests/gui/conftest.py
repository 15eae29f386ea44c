"""Fixtures for the GUI tests: isolated settings, a real main window, and fictional source files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from briefing.gui import background

ARTICLE = """Harbour talks resume in Velmora

Officials from the Republic of Velmora and the Ostrand Federation met on Tuesday in the port city of
Kessel to resume talks on shared use of the northern harbour, according to a statement from the
Velmoran foreign ministry.

A senior Ostrand official, speaking on condition of anonymity, said the draft agreement would give
both navies equal access. Foreign Minister Ilse Marrow told reporters that Velmora "will not accept
any arrangement that limits our fishing fleet".

It is not clear whether the draft covers the disputed eastern pier. Analysts at the Kessel Institute
said the talks could reportedly collapse if the pier is excluded.
"""

REPORT = """Fleet movements near Kessel

Satellite images reviewed by the Coastal Monitoring Group show three Ostrand patrol vessels anchored
outside Kessel harbour since Monday. Admiral Tomas Brenn, commander of the Ostrand northern fleet,
said the vessels were on a routine exercise.
"""


@pytest.fixture(autouse=True)
def isolated_settings(private_home: Path) -> Iterator[None]:
    """QSettings caches its folder per process; point it into this test's private home."""
    folder = private_home / "qt-settings"
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    QSettings("Briefing", "Briefing").clear()
    yield
    background.wait_all(10000)


@pytest.fixture
def sources_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "harbour-talks.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "fleet-movements.txt").write_text(REPORT, encoding="utf-8")
    return folder


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    from briefing.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


@pytest.fixture
def opened(window, qtbot):  # type: ignore[no-untyped-def]
    """The window with a new brief from the shipped situation-brief template."""
    from briefing.gui import engines

    template = engines.load_template("situation-brief")
    window.controller.new_document(template, title="Harbour talks")
    return window
