"""Two app controllers on one workspace brief (two analysts): each sees the other's edits within moments."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from briefing.gui.commands import AddItemCommand, EditItemCommand
from briefing.gui.controller import DocumentController
from briefing.gui.workspace_session import WorkspaceSession
from briefing.model import Item
from briefing.workspace import ConflictError, WorkspaceBrief, push

from .conftest import Workspace
from .samples import small_file


@pytest.fixture(autouse=True)
def isolated_settings(private_home: Path) -> None:
    folder = private_home / "qt-settings"
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))


def open_pair(qtbot, workspace: Workspace, tmp_path: Path, choose=None):  # type: ignore[no-untyped-def]
    ana, ben = workspace.add_user("ana"), workspace.add_user("ben")
    brief_id = push(small_file(tmp_path), ana).brief_id
    sessions = []
    for url in (ana, ben):
        controller = DocumentController()
        sessions.append(WorkspaceSession.open(controller, url, brief_id, choose=choose))
    return sessions


def close(*sessions: WorkspaceSession) -> None:
    for session in sessions:
        session.controller.close_brief()
        session.controller._io.shutdown(wait=True)


def test_two_controllers_see_each_others_edits(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    ana, ben = open_pair(qtbot, workspace, tmp_path)
    try:
        heard: list[str] = []
        ben.message.connect(heard.append)
        first = ana.controller.brief.sections[0].items[0].id
        ana.controller.push(EditItemCommand(ana.controller, first, {"text": "Ana's wording."}))
        ana.controller.flush(wait=True)
        qtbot.waitUntil(lambda: ben.controller.find_item(first).text == "Ana's wording.", timeout=5000)
        assert heard and heard[-1].startswith("ana changed")

        ben.controller.push(AddItemCommand(ben.controller, "questions", Item(kind="question", text="Who wrote it?")))
        ben.controller.flush(wait=True)
        qtbot.waitUntil(lambda: [i.text for i in ana.controller.brief.section("questions").items][-1:]
                        == ["Who wrote it?"], timeout=5000)
        # Undo stays local: Ana's stack holds her edit only; Ben's holds his addition only.
        assert ana.controller.undo_stack.count() == 1 and ben.controller.undo_stack.count() == 1
        ana.controller.undo_stack.undo()
        ana.controller.flush(wait=True)
        qtbot.waitUntil(lambda: ben.controller.find_item(first).text == "Kyiv has the plan.", timeout=5000)
        assert [i.text for i in ben.controller.brief.section("questions").items][-1] == "Who wrote it?"
    finally:
        close(ana, ben)


@pytest.mark.parametrize("choice", ["theirs", "mine"])
def test_the_second_writer_is_asked_and_nothing_is_lost(qtbot, workspace: Workspace, tmp_path: Path,
                                                        choice: str) -> None:
    asked: list[ConflictError] = []

    def choose(conflict: ConflictError) -> str:
        asked.append(conflict)
        return choice

    ana, ben = open_pair(qtbot, workspace, tmp_path, choose)
    try:
        first = ana.controller.brief.sections[0].items[0].id
        ben.stop()  # Ben does not hear Ana's change before he writes his own
        ana.controller.push(EditItemCommand(ana.controller, first, {"text": "Ana's wording."}))
        ana.controller.flush(wait=True)
        ben.controller.push(EditItemCommand(ben.controller, first, {"text": "Ben's wording."}))
        ben.controller.flush(wait=True)
        qtbot.waitUntil(lambda: bool(asked), timeout=5000)
        assert asked[0].who == "ana"
        kept = "Ana's wording." if choice == "theirs" else "Ben's wording."
        qtbot.waitUntil(lambda: ben.controller.find_item(first).text == kept, timeout=5000)
        ben.controller.flush(wait=True)
        with WorkspaceBrief.open(workspace.url("ana"), ana.brief_id) as opened:
            assert opened.load().sections[0].items[0].text == kept
    finally:
        close(ana, ben)


def test_the_window_opens_a_workspace_brief_with_its_review_state(qtbot, workspace: Workspace,
                                                                   tmp_path: Path) -> None:
    from briefing.gui.main_window import MainWindow
    from briefing.gui.workspace_dock import WorkspaceDock, open_workspace

    ana = workspace.add_user("ana")
    rita = workspace.add_user("rita", "reviewer")
    brief_id = push(small_file(tmp_path), ana).brief_id
    with WorkspaceBrief.open(ana, brief_id) as opened:
        from briefing.workspace import review

        review.step(opened.connection, brief_id, "submit")
    window = MainWindow()
    qtbot.addWidget(window)
    session = open_workspace(window, rita, brief_id)
    try:
        assert session is not None and window.controller.brief.title == "Draft plan"
        assert brief_id in window.windowTitle() and "rita" in window.status_text.text()
        dock = window.findChild(WorkspaceDock)
        assert dock is not None and "in review" in dock.state.text() and dock.approve.isEnabled()
        window.controller.nav.select_item(window.controller.brief.sections[0].items[0].id)
        dock.comment_text.setText("Source is single-sourced; say so.")
        dock.post()
        assert dock.comments.topLevelItemCount() == 1
        assert dock.comments.topLevelItem(0).text(2) == "Kyiv has the plan."
        dock.approve.click()
        assert "approved" in dock.state.text() and not dock.approve.isEnabled()
        failures: list[str] = []
        window.controller.save_failed.disconnect()  # no modal message box in a test
        window.controller.save_failed.connect(failures.append)
        # The team's library: a source another brief brought in is found and added in one step.
        from briefing.model import Source
        from briefing.workspace import library

        with WorkspaceBrief.open(ana, brief_id) as opened:
            library.add(opened.connection, "desk", [Source("Harbour report", "Three patrol vessels left harbour.")])
        dock.library_query.setText("vessels")
        dock.library_query.returnPressed.emit()
        assert dock.library_hits.count() == 1 and "Harbour report" in dock.library_hits.item(0).text()
        dock.library_hits.setCurrentRow(0)
        dock.add_source.click()
        assert [s.title for s in window.controller.brief.sources][-1] == "Harbour report"
        window.controller.flush(wait=True)
        # Approved content is frozen: the workspace's own sentence says so (no file path in it).
        assert failures and "approved" in failures[0] and "None" not in failures[0]
        with WorkspaceBrief.open(ana, brief_id) as opened:
            assert [s.title for s in opened.load().sources] == ["Draft plan delivered"]
    finally:
        window.controller.close_brief()
        window.controller._io.shutdown(wait=True)


def test_undo_does_not_silently_undo_someone_elses_later_change(qtbot, workspace: Workspace,
                                                                tmp_path: Path) -> None:
    asked: list[ConflictError] = []

    def choose(conflict: ConflictError) -> str:
        asked.append(conflict)
        return "theirs"

    ana, ben = open_pair(qtbot, workspace, tmp_path, choose)
    try:
        first = ana.controller.brief.sections[0].items[0].id
        ana.controller.push(EditItemCommand(ana.controller, first, {"text": "Ana's wording."}))
        ana.controller.flush(wait=True)
        qtbot.waitUntil(lambda: ben.controller.find_item(first).text == "Ana's wording.", timeout=5000)
        ben.controller.push(EditItemCommand(ben.controller, first, {"text": "Ben's wording."}))
        ben.controller.flush(wait=True)
        qtbot.waitUntil(lambda: ana.controller.find_item(first).text == "Ben's wording.", timeout=5000)
        ana.controller.undo_stack.undo()  # Ana's undo would bring back the text from before her edit
        ana.controller.flush(wait=True)
        qtbot.waitUntil(lambda: bool(asked), timeout=5000)
        assert asked[0].who == "ben"
        qtbot.waitUntil(lambda: ana.controller.find_item(first).text == "Ben's wording.", timeout=5000)
        with WorkspaceBrief.open(workspace.url("ana"), ana.brief_id) as opened:
            assert opened.load().sections[0].items[0].text == "Ben's wording."
    finally:
        close(ana, ben)


def test_news_from_another_thread_reaches_a_live_session_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    """What the listener or the store thread hands over is taken in on the GUI thread, and dropped once the
    session is gone (the listener may hear one last change while a window closes)."""
    import threading
    from typing import Any, cast

    import shiboken6

    session = WorkspaceSession(DocumentController(), cast(Any, None))
    heard: list[tuple[object, bool]] = []

    def hear(payload: object) -> None:
        heard.append((payload, threading.current_thread() is threading.main_thread()))

    def from_a_thread(payload: object) -> None:
        thread = threading.Thread(target=session._later, args=(hear, payload))
        thread.start()
        thread.join()

    from_a_thread({"table": "items"})
    qtbot.waitUntil(lambda: bool(heard), timeout=2000)
    assert heard == [({"table": "items"}, True)]
    from_a_thread({"table": "sections"})
    shiboken6.delete(session)
    qtbot.wait(100)
    assert heard == [({"table": "items"}, True)]
