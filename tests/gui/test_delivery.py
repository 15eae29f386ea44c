"""E-mail drafts and the release history from the main window."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from briefing.gui.commands import AddItemCommand
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
    assert controller.undo_stack.count() == 0  # a record of what left is not an edit: nothing to undo


def test_failed_draft_records_nothing(qtbot, opened, tmp_path: Path) -> None:
    out = tmp_path / "missing-folder" / "sub" / "draft.eml"
    (tmp_path / "missing-folder").write_text("a file where a folder should be", encoding="utf-8")
    job = opened.delivery.draft(out)
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    qtbot.waitUntil(lambda: opened.findChild(QMessageBox, "errorDialog") is not None, timeout=5000)
    assert opened.controller.brief.releases == []
    assert opened.controller.undo_stack.count() == 0


def test_history_follows_recorded_releases(qtbot, opened) -> None:
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
    opened.menus.close_brief()
    assert dialog.table.rowCount() == 0
    assert not opened.menus.send.isEnabled() and not opened.menus.export_eml.isEnabled()


def test_no_undo_takes_a_release_record_away(qtbot, opened, tmp_path: Path) -> None:
    """Drafts and PDF/DOCX exports are recorded; undoing every edit afterwards leaves every record."""
    from briefing.store import load_brief

    controller = opened.controller
    key = controller.section_keys()[0]
    controller.push(AddItemCommand(controller, key, Item(text="Talks on the northern harbour resumed.")))
    opened.menus.release_history.trigger()
    dialog = opened.findChild(ReleaseHistoryDialog)
    jobs = [opened.delivery.draft(tmp_path / "draft.eml"), opened.files.export(tmp_path / "brief.pdf"),
            opened.files.export(tmp_path / "brief.docx")]
    for job in jobs:
        assert job is not None
        qtbot.waitUntil(lambda job=job: not job.running, timeout=60000)
    qtbot.waitUntil(lambda: len(controller.brief.releases) == 3, timeout=5000)
    assert sorted(r.action for r in controller.brief.releases) == ["drafted", "exported", "exported"]
    assert {r.filename for r in controller.brief.releases} >= {"brief.pdf", "brief.docx"}
    assert dialog.table.rowCount() == 3
    assert controller.undo_stack.canUndo()
    while controller.undo_stack.canUndo():
        opened.menus.undo.trigger()
    assert controller.brief.section(key).items == []
    assert len(controller.brief.releases) == 3 and dialog.table.rowCount() == 3
    controller.flush(wait=True)
    assert len(load_brief(controller.path).releases) == 3
