"""E-mail drafts and the release history from the main window."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from briefing.gui.commands import RecordReleaseCommand
from briefing.gui.release_history import ReleaseHistoryDialog
from briefing.model import Item


def test_eml_draft_is_written_and_recorded(qtbot, opened, tmp_path: Path) -> None:
    controller = opened.controller
    key = controller.section_keys()[0]
    controller.brief.section(key).items.append(Item(text="Talks on the northern harbour resumed."))
    out = tmp_path / "draft.eml"
    job = opened.delivery.draft(out)
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    qtbot.waitUntil(lambda: len(controller.brief.releases) == 1, timeout=5000)

    message = BytesParser(policy=policy.default).parsebytes(out.read_bytes())
    assert message["X-Unsent"] == "1"
    [release] = controller.brief.releases
    assert release.action == "drafted" and release.recipients == []
    assert release.filename in [part.get_filename() for part in message.iter_attachments()]
    assert isinstance(controller.undo_stack.command(controller.undo_stack.index() - 1), RecordReleaseCommand)


def test_failed_draft_records_nothing(qtbot, opened, tmp_path: Path) -> None:
    out = tmp_path / "missing-folder" / "sub" / "draft.eml"
    (tmp_path / "missing-folder").write_text("a file where a folder should be", encoding="utf-8")
    job = opened.delivery.draft(out)
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    qtbot.waitUntil(lambda: opened.findChild(QMessageBox, "errorDialog") is not None, timeout=5000)
    assert opened.controller.brief.releases == []
    assert opened.controller.undo_stack.count() == 0


def test_history_follows_recorded_and_undone_releases(qtbot, opened) -> None:
    from datetime import UTC, datetime

    from briefing.model import Release

    opened.menus.release_history.trigger()
    dialog = opened.findChild(ReleaseHistoryDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 0
    release = Release(datetime(2026, 11, 2, 9, 0, tzinfo=UTC), "sent", ["anna@example.org", "bo@example.org"],
                      "TLP:AMBER", "harbour.pdf", "0123456789abcdef" * 4)
    assert opened.delivery.record(release)
    assert dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert cells[1:] == ["sent", "anna@example.org, bo@example.org", "TLP:AMBER", "harbour.pdf", "0123456789ab"]
    opened.controller.undo_stack.undo()
    assert dialog.table.rowCount() == 0
    opened.controller.undo_stack.redo()
    assert dialog.table.rowCount() == 1
    opened.menus.close_brief()
    assert dialog.table.rowCount() == 0
    assert not opened.menus.send.isEnabled() and not opened.menus.export_eml.isEnabled()
