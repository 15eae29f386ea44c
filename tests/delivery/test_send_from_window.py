"""Sending from the main window: File ▸ Send opens the Send dialog, and what was sent is recorded.

Here rather than in tests/gui because it needs the SMTP server of the delivery tests.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from briefing.delivery.history import load_brief
from briefing.gui.main_window import MainWindow
from briefing.gui.send_dialog import SendDialog
from briefing.templating import Template

from .conftest import PASSWORD, MailServer, configure_mail


def test_send_from_the_window_records_an_undoable_release(qtbot: QtBot, smtp_server: MailServer,
                                                          template: Template, tmp_path: Path) -> None:
    configure_mail(smtp_server)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    controller = window.controller
    path = tmp_path / "harbour.brief"
    controller.new_document(template, path=path, title="Harbour talks")
    assert window.menus.send.isEnabled()

    window.menus.send.trigger()
    dialog = window.findChild(SendDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.to_edit.setText("anna@example.org")
    dialog.password_edit.setText(PASSWORD)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: len(controller.brief.releases) == 1, timeout=30000)

    [received] = smtp_server.received
    assert received.recipients == ["anna@example.org"]
    [release] = controller.brief.releases
    assert release.action == "sent" and release.recipients == ["anna@example.org"]
    assert not controller.undo_stack.canUndo()  # a record of what was sent is not an edit

    controller.flush(wait=True)
    assert [r.sha256 for r in load_brief(path).releases] == [release.sha256]  # autosaved into the file

    window.menus.undo.trigger()
    assert controller.brief.releases == [release]
    window.close()
