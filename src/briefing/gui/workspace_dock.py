"""The workspace panel: the brief's review state, who holds the next step, and threaded comments on items.

Also File ▸ Open Workspace Brief…: `open_workspace` asks for the workspace's address and the
brief, connects (asking for a password in a dialog when neither the keyring nor ~/.pgpass has
it), and adds this panel to the window. Everything is read and written through the session.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.errors import BriefingError
from briefing.gui.workspace_session import WorkspaceSession
from briefing.workspace import ConflictError


class WorkspaceDock(QDockWidget):
    """Review state and comments of the open workspace brief."""

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Workspace"), parent)
        self.setObjectName("workspace")
        self.session = session
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.state = QLabel(body)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.next_step = QLabel(body)
        self.next_step.setWordWrap(True)
        layout.addWidget(self.state)
        layout.addWidget(self.next_step)
        buttons = QHBoxLayout()
        self.submit = QPushButton(self.tr("Submit for Review"), body)
        self.approve = QPushButton(self.tr("Approve"), body)
        self.reject = QPushButton(self.tr("Reject…"), body)
        for button, action in ((self.submit, "submit"), (self.approve, "approve"), (self.reject, "reject")):
            button.clicked.connect(lambda _checked=False, a=action: self.review(a))
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.comments = QTreeWidget(body)
        self.comments.setHeaderLabels([self.tr("Comment"), self.tr("By"), self.tr("Item")])
        layout.addWidget(self.comments, 1)
        self.comment_text = QLineEdit(body)
        self.comment_text.setPlaceholderText(self.tr("Comment on the selected item (Enter to post)"))
        self.comment_text.returnPressed.connect(self.post)
        layout.addWidget(self.comment_text)
        row = QHBoxLayout()
        self.reply_button = QPushButton(self.tr("Reply"), body)
        self.reply_button.clicked.connect(self.reply)
        self.resolve_button = QPushButton(self.tr("Resolve"), body)
        self.resolve_button.clicked.connect(self.toggle_resolved)
        row.addWidget(self.reply_button)
        row.addWidget(self.resolve_button)
        layout.addLayout(row)
        # The team's library: any source anyone imported, searched on the server, added in one step.
        self.library_query = QLineEdit(body)
        self.library_query.setPlaceholderText(self.tr("Search the team's library (Enter)"))
        self.library_query.returnPressed.connect(self.search_library)
        layout.addWidget(self.library_query)
        self.library_hits = QListWidget(body)
        self.library_hits.itemActivated.connect(lambda _item: self.add_from_library())
        layout.addWidget(self.library_hits, 1)
        self.add_source = QPushButton(self.tr("Add to Brief"), body)
        self.add_source.clicked.connect(self.add_from_library)
        layout.addWidget(self.add_source)
        self.setWidget(body)
        session.review_changed.connect(self.refresh)
        session.closed.connect(self.deleteLater)
        self.refresh()

    def refresh(self) -> None:
        try:
            status = self.session.status()
            comments = self.session.comments()
        except BriefingError as error:
            self.next_step.setText(str(error))
            return
        self.state.setText(self.tr("State: {state} · marking {marking}").format(
            state=status.state, marking=status.marking or self.tr("none")))
        self.next_step.setText(self.tr("Next: {step}").format(step=status.next_step))
        self.submit.setEnabled(status.state == "draft")
        self.approve.setEnabled(status.state == "in review")
        self.reject.setEnabled(status.state in ("in review", "approved"))
        self.comments.clear()
        nodes: dict[int, QTreeWidgetItem] = {}
        for comment in comments:
            text = comment.text if not comment.resolved_by else self.tr("{text} (resolved by {who})").format(
                text=comment.text, who=comment.resolved_by)
            parent = nodes.get(comment.parent) if comment.parent is not None else None
            item = self.session.controller.find_item(comment.item) if comment.item else None
            about = " ".join((item.label if item else comment.item or "").split())
            node = QTreeWidgetItem([text, f"{comment.author}, {comment.at}", about[:60]])
            node.setToolTip(0, text)
            node.setData(0, Qt.ItemDataRole.UserRole, comment.num)
            node.setData(1, Qt.ItemDataRole.UserRole, bool(comment.resolved_by))
            if parent is None:
                self.comments.addTopLevelItem(node)
            else:
                parent.addChild(node)
            nodes[comment.num] = node
        self.comments.expandAll()

    def search_library(self) -> None:
        query = self.library_query.text().strip()
        self.library_hits.clear()
        if not query:
            return
        try:
            hits = self.session.search_library(query)
        except BriefingError as error:
            QMessageBox.warning(self, self.tr("Library"), str(error))
            return
        for hit in hits:
            entry = QListWidgetItem(f"{hit.title}{' — ' + hit.publisher if hit.publisher else ''}\n{hit.snippet}")
            entry.setData(Qt.ItemDataRole.UserRole, hit.num)
            entry.setToolTip(hit.snippet)
            self.library_hits.addItem(entry)
        if not hits:
            self.library_hits.addItem(self.tr("No source of your teams matches."))

    def add_from_library(self) -> None:
        from briefing.gui.commands import ImportSourcesCommand

        entry = self.library_hits.currentItem()
        num = entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None
        if num is None:
            return
        try:
            source = self.session.library_source(int(num))
        except BriefingError as error:
            QMessageBox.warning(self, self.tr("Library"), str(error))
            return
        controller = self.session.controller
        if any(s.sha256 == source.sha256 for s in controller.brief.sources):
            controller.nav.select_source(next(s.id for s in controller.brief.sources if s.sha256 == source.sha256))
            return
        controller.push(ImportSourcesCommand(controller, [source]))

    def review(self, action: str) -> None:
        comment = ""
        if action == "reject":
            comment, ok = QInputDialog.getText(self, self.tr("Reject"), self.tr("Why (for the authors):"))
            if not ok:
                return
        try:
            self.session.step(action, comment)
        except BriefingError as error:
            QMessageBox.warning(self, self.tr("Review"), str(error))

    def _selected(self) -> int | None:
        node = self.comments.currentItem()
        return None if node is None else int(node.data(0, Qt.ItemDataRole.UserRole))

    def post(self, parent: int | None = None) -> None:
        text = self.comment_text.text().strip()
        if not text:
            return
        item = self.session.controller.nav.item_id or None
        try:
            self.session.add_comment(text, item=item, parent=parent)
        except BriefingError as error:
            QMessageBox.warning(self, self.tr("Comment"), str(error))
            return
        self.comment_text.clear()

    def reply(self) -> None:
        parent = self._selected()
        if parent is not None:
            self.post(parent)

    def toggle_resolved(self) -> None:
        node = self.comments.currentItem()
        if node is None:
            return
        resolved = bool(node.data(1, Qt.ItemDataRole.UserRole))
        try:
            self.session.resolve(int(node.data(0, Qt.ItemDataRole.UserRole)), not resolved)
        except BriefingError as error:
            QMessageBox.warning(self, self.tr("Comment"), str(error))


class OpenWorkspaceDialog(QDialog):
    """The workspace's address and the brief's id (both remembered for next time)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open Workspace Brief"))
        settings = QSettings()
        self.url = QLineEdit(str(settings.value("workspace/url", "") or ""), self)
        self.url.setPlaceholderText("postgresql://you@db.example.org:5432/desk")
        self.brief = QLineEdit(self)
        self.brief.setPlaceholderText(self.tr("the id `briefing workspace list` shows"))
        form = QFormLayout(self)
        form.addRow(self.tr("Workspace:"), self.url)
        form.addRow(self.tr("Brief:"), self.brief)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        QSettings().setValue("workspace/url", self.url.text().strip())
        super().accept()


def _ask_password(window: QWidget, account: str) -> str | None:
    text, ok = QInputDialog.getText(window, window.tr("Workspace password"),
                                    window.tr("Password for {account}:").format(account=account),
                                    QLineEdit.EchoMode.Password)
    return text if ok and text else None


def _choose(window: QWidget, conflict: ConflictError) -> str:
    box = QMessageBox(QMessageBox.Icon.Warning, window.tr("Changed by someone else"), str(conflict),
                      parent=window)
    theirs = box.addButton(window.tr("Keep Theirs"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(window.tr("Save Mine over It"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(theirs)
    box.exec()
    return "theirs" if box.clickedButton() is theirs else "mine"


def open_workspace(window: QMainWindow, url: str | None = None, brief_id: str | None = None
                   ) -> WorkspaceSession | None:
    """Open a workspace brief in `window` (asking for what is not given); None if cancelled or refused."""
    if url is None or brief_id is None:
        dialog = OpenWorkspaceDialog(window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        url, brief_id = dialog.url.text().strip(), dialog.brief.text().strip()
    controller = window.controller  # type: ignore[attr-defined]
    try:
        session = WorkspaceSession.open(controller, url, brief_id,
                                        prompt=lambda account: _ask_password(window, account),
                                        choose=lambda conflict: _choose(window, conflict))
    except BriefingError as error:
        QMessageBox.warning(window, window.tr("Could not open the workspace brief"), str(error))
        return None
    session.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    dock = WorkspaceDock(session, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.workspace_session = session  # type: ignore[attr-defined]
    return session
