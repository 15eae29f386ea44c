"""Crash recovery, the second-instance message, and bad input dropped on the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QSettings
from PySide6.QtWidgets import QMessageBox

from briefing.gui.app import create_window

from .helpers import drop_files, drop_mime

CRASHER = r"""
import os, sys, time
from PySide6.QtCore import QSettings
folder = os.environ["TEST_QT_SETTINGS"]
for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
    QSettings.setPath(QSettings.Format.NativeFormat, scope, folder)
from briefing.gui.app import create_window
from briefing.gui import engines
from briefing.gui.commands import EditBriefCommand
app, window = create_window([])
window.controller.new_document(engines.load_template("situation-brief"), title="Before the crash")
window.files.import_text("Harbour pilots in Kessel reported two tugboats missing on Monday.", None)
window.controller.push(EditBriefCommand(window.controller, {"title": "Edited just before the crash"}))
deadline = time.time() + 10
while window.controller.has_pending_changes and time.time() < deadline:
    app.processEvents()
    time.sleep(0.02)
print(window.controller.path, flush=True)
os._exit(3)  # no close, no clean-up: as if the power went
"""

HOLDER = r"""
import os, sys
from PySide6.QtCore import QSettings
folder = os.environ["TEST_QT_SETTINGS"]
QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, folder)
from briefing.gui.app import create_window
app, window = create_window([sys.argv[1]])
print("open" if window.controller.is_open else "failed", flush=True)
sys.stdin.readline()
window.close()
"""


def _env(cli_env: dict[str, str], home: Path) -> dict[str, str]:
    env = dict(cli_env)
    env["TEST_QT_SETTINGS"] = str(home / "qt-settings")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_reopens_the_brief_as_it_was_after_a_crash(qtbot, cli_env, private_home: Path) -> None:
    result = subprocess.run([sys.executable, "-c", CRASHER], check=False, env=_env(cli_env, private_home),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 3, result.stderr
    path = Path(result.stdout.strip().splitlines()[-1])
    assert path.exists()
    QSettings("Briefing", "Briefing").sync()
    _app, window = create_window([])
    qtbot.addWidget(window)
    assert window.controller.path == path
    assert window.controller.brief.title == "Edited just before the crash"
    assert [s.text for s in window.controller.brief.sources] == [
        "Harbour pilots in Kessel reported two tugboats missing on Monday."]
    window.close()


def test_second_instance_is_told_the_brief_is_in_use(qtbot, cli_env, private_home: Path, tmp_path: Path) -> None:
    _app, first = create_window([])
    qtbot.addWidget(first)
    from briefing.gui import engines

    brief_path = tmp_path / "shared.brief"
    first.controller.new_document(engines.load_template("situation-brief"), brief_path, title="Shared")
    first.close()
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(brief_path)], env=_env(cli_env, private_home),
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True) as holder:
        assert holder.stdout is not None and holder.stdin is not None
        try:
            assert holder.stdout.readline().strip() == "open"
            _app, second = create_window([str(brief_path)])
            qtbot.addWidget(second)
            assert not second.controller.is_open
            box = second.files.last_error
            assert isinstance(box, QMessageBox)
            assert box.windowTitle() == "Brief in use"
            assert "already open in another Briefing window" in box.text()
            assert "Traceback" not in box.text() + box.informativeText()
            second.close()
        finally:
            holder.stdin.write("\n")
            holder.stdin.flush()
            holder.wait(timeout=30)
    assert holder.returncode == 0
    # Once the other instance has closed it, the brief opens normally.
    _app, third = create_window([str(brief_path)])
    qtbot.addWidget(third)
    assert third.controller.is_open and third.controller.brief.title == "Shared"
    third.close()


def test_bad_file_dropped_on_the_window_is_explained(qtbot, opened, tmp_path: Path) -> None:
    bad = tmp_path / "scan.bin"
    bad.write_bytes(os.urandom(2048) + b"\x00\xff")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    drop_files(opened, qtbot, [bad, empty])
    assert opened.controller.brief.sources == []
    box = opened.files.last_error
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "scan.bin" in box.text() and "empty.txt" in box.text()
    assert "Traceback" not in box.text()
    assert opened.controller.undo_stack.count() == 0


def test_dropped_folder_imports_every_file_and_skips_duplicates(qtbot, opened, sources_dir: Path) -> None:
    drop_files(opened, qtbot, [sources_dir])
    texts = [s.text for s in opened.controller.brief.sources]
    assert len(texts) == 2
    assert any("Satellite images" in t for t in texts) and any("Harbour talks" in t for t in texts)
    drop_files(opened, qtbot, [sources_dir / "harbour-talks.txt"])
    assert len(opened.controller.brief.sources) == 2
    assert opened.controller.undo_stack.count() == 1


def test_dropped_text_becomes_a_source(qtbot, opened) -> None:
    mime = QMimeData()
    mime.setText("Port authority notice: the northern quay closes at dusk.")
    assert opened.handle_drop(mime) is True
    assert opened.controller.brief.sources[0].text.startswith("Port authority notice")
    assert opened.handle_drop(drop_mime([])) is False


def test_drop_without_a_brief_says_what_to_do(qtbot, window, sources_dir: Path) -> None:
    assert window.handle_drop(drop_mime([sources_dir / "harbour-talks.txt"])) is False
    box = window.files.last_error
    assert isinstance(box, QMessageBox) and "File ▸ New" in box.informativeText()


def test_a_brief_dropped_on_the_window_is_opened_and_remembered(qtbot, window, tmp_path: Path) -> None:
    from briefing.gui import engines

    paths = []
    for name in ("first", "second"):
        window.controller.new_document(engines.load_template("situation-brief"), tmp_path / f"{name}.brief",
                                       title=name.capitalize())
        paths.append((tmp_path / f"{name}.brief").resolve())
    window.controller.close_brief()
    assert window.handle_drop(drop_mime([paths[0]])) is True
    assert window.controller.brief.title == "First"
    assert window.controller.settings.recent_files()[:2] == [paths[0], paths[1]]
    window.menus._fill_recent()
    labels = [a.text() for a in window.menus.recent_menu.actions() if a.text()]
    assert labels[:2] == ["&1 first.brief", "&2 second.brief"]
    window.menus.recent_menu.actions()[1].trigger()
    assert window.controller.brief.title == "Second"


def test_a_damaged_brief_is_refused_with_a_message(qtbot, window, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.brief"
    damaged.write_bytes(b"SQLite format 3\x00" + os.urandom(600))
    assert window.files.open_path(damaged) is False
    box = window.files.last_error
    assert isinstance(box, QMessageBox) and "damaged.brief" in box.text()
    assert "Traceback" not in box.text() + box.informativeText()
    assert not window.controller.is_open
    assert damaged.read_bytes().startswith(b"SQLite format 3")  # left as it was


def test_dropped_pdfs_are_read_by_the_helper_and_land_in_order(qtbot, opened, tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    folder = tmp_path / "inbox"
    folder.mkdir()
    for number in range(3):
        page = canvas.Canvas(str(folder / f"{number}-report.pdf"))
        page.drawString(72, 720, f"Report {number} from the harbour master.")
        page.save()
    (folder / "1-note.txt").write_text("A note between the reports.", encoding="utf-8")
    drop_files(opened, qtbot, [folder])
    texts = [s.text for s in opened.controller.brief.sources]
    assert texts == ["Report 0 from the harbour master.", "A note between the reports.",
                     "Report 1 from the harbour master.", "Report 2 from the harbour master."]
    opened.controller.undo_stack.undo()
    assert opened.controller.brief.sources == []
