"""The team story in the app, end to end: two analysts write one workspace brief at once, a reviewer
approves it in her window, the releasing officer sends it from his through a real SMTP server, and
every step is in the audit trail; an analyst of another team sees nothing of it."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSettings

from briefing.cli import main
from briefing.gui.commands import AddItemCommand, EditItemCommand
from briefing.gui.controller import DocumentController
from briefing.gui.main_window import MainWindow
from briefing.gui.send_dialog import SendDialog
from briefing.gui.workspace_dock import WorkspaceDock, open_workspace
from briefing.gui.workspace_session import WorkspaceSession
from briefing.model import Item
from briefing.workspace import WorkspaceBrief, push, review
from briefing.workspace.errors import WorkspaceError
from delivery.conftest import PASSWORD, MailServer, certificate_authority, configure_mail, smtp_server  # noqa: F401

from .conftest import Workspace
from .samples import small_file


@pytest.fixture(autouse=True)
def isolated_settings(private_home: Path) -> None:
    folder = private_home / "qt-settings"
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))


def window_on(qtbot, url: str, brief_id: str) -> tuple[MainWindow, WorkspaceSession]:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    session = open_workspace(window, url, brief_id)
    assert session is not None
    return window, session


def shut(window: MainWindow) -> None:
    window.controller.close_brief()
    window.controller._io.shutdown(wait=True)


def test_two_analysts_write_a_reviewer_approves_the_officer_sends_and_the_log_has_it_all(
        qtbot, workspace: Workspace, tmp_path: Path, smtp_server: MailServer,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    ana, ben = workspace.add_user("ana"), workspace.add_user("ben")
    rita, sam = workspace.add_user("rita", "reviewer"), workspace.add_user("sam", "reviewer")
    omar = workspace.add_user("omar", team="other")
    brief_id = push(small_file(tmp_path), ana).brief_id

    # Two analysts at once, each in an app of their own: each sees the other's edit.
    writers = [DocumentController(), DocumentController()]
    ana_session = WorkspaceSession.open(writers[0], ana, brief_id)
    ben_session = WorkspaceSession.open(writers[1], ben, brief_id)
    try:
        summary = writers[0].brief.sections[0].items[0].id
        writers[0].push(EditItemCommand(writers[0], summary, {"text": "Kyiv has received the 28-point plan."}))
        writers[1].push(AddItemCommand(writers[1], "questions", Item(kind="question", text="Who drafted it?")))
        for controller in writers:
            controller.flush(wait=True)
        qtbot.waitUntil(lambda: writers[1].find_item(summary).text == "Kyiv has received the 28-point plan.",
                        timeout=5000)
        qtbot.waitUntil(lambda: "Who drafted it?" in [i.text for i in writers[0].brief.section("questions").items],
                        timeout=5000)
    finally:
        for session in (ana_session, ben_session):
            session.controller.close_brief()
            session.controller._io.shutdown(wait=True)

    with psycopg.connect(ana, autocommit=True) as connection:
        review.step(connection, brief_id, "submit")

    # The reviewer approves in her window; the dock says who holds the next step.
    window, _ = window_on(qtbot, rita, brief_id)
    try:
        dock = window.findChild(WorkspaceDock)
        assert dock is not None and "in review" in dock.state.text() and dock.approve.isEnabled()
        dock.approve.click()
        assert "approved" in dock.state.text()
    finally:
        shut(window)

    # The releasing officer sends it by e-mail from his window: the release is recorded, the brief released.
    configure_mail(smtp_server)
    window, _ = window_on(qtbot, sam, brief_id)
    try:
        assert window.controller.brief.section("questions").items[-1].text == "Who drafted it?"
        window.menus.send.trigger()
        dialog = window.findChild(SendDialog)
        assert dialog is not None
        dialog.to_edit.setText("duty@example.org")
        dialog.password_edit.setText(PASSWORD)
        dialog.send_button.click()
        qtbot.waitUntil(lambda: len(window.controller.brief.releases) == 1, timeout=30000)
        window.controller.flush(wait=True)
    finally:
        shut(window)
    [mail] = smtp_server.received
    assert mail.recipients == ["duty@example.org"]
    assert workspace.sql("SELECT state FROM briefing.briefs WHERE id = %s", (brief_id,)) == [("released",)]

    capsys.readouterr()
    assert main(["workspace", "log", rita, brief_id]) == 0
    log = capsys.readouterr().out
    for who, what in (("ana", "created brief"), ("ana", "changed"), ("ben", "added"), ("ana", "submitted"),
                      ("rita", "approved"), ("sam", "recorded release"), ("sam", "released")):
        assert any(who in line and what in line for line in log.splitlines()), (who, what, log)

    # Another team's analyst: not in the list, not openable, not in the log.
    assert main(["workspace", "list", omar]) == 0
    assert brief_id not in capsys.readouterr().out
    with pytest.raises(WorkspaceError):
        WorkspaceBrief.open(omar, brief_id)
    assert main(["workspace", "log", omar, brief_id]) == 0
    assert capsys.readouterr().out.strip() == "nothing in the audit trail you may see"
