"""The release history of the open brief: what was exported, drafted or sent, when, to whom, under which marking.

A non-modal window that follows the controller's change reports, so a release recorded
while it is open shows at once (records are never undone). It only reads `brief.releases`; it never writes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.gui.change import Change
from briefing.gui.controller import DocumentController


class ReleaseHistoryDialog(QDialog):
    """What was exported, drafted and sent, when, to whom, with each file's digest."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Release History"))
        self.resize(860, 320)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        headers = [self.tr("Time"), self.tr("Action"), self.tr("Recipients"), self.tr("Marking"),
                   self.tr("File"), self.tr("SHA-256")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Releases of the brief"))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        controller.changed.connect(self._on_change)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.releases or change.everything:
            self.refresh()

    def refresh(self) -> None:
        releases = sorted(self.controller.brief.releases, key=lambda r: r.at) if self.controller.is_open else []
        self.table.setRowCount(len(releases))
        for row, release in enumerate(releases):
            detail = release.detail
            unaddressed = self.tr("(a file, not addressed)") if release.action == "exported" else self.tr("(none yet)")
            cells = [release.at.astimezone().strftime("%Y-%m-%d %H:%M"), release.action,
                     ", ".join(release.recipients) or unaddressed,
                     release.marking or self.tr("unmarked"), release.filename, release.sha256[:12]]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(release.sha256 if column == 5 else (detail or text))
                cell.setData(Qt.ItemDataRole.UserRole, release.sha256)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if not self.controller.is_open:
            self.summary.setText(self.tr("No brief is open."))
        elif not releases:
            self.summary.setText(self.tr("Nothing has been exported or sent from this brief yet."))
        else:
            self.summary.setText(self.tr("%n release(s) of this brief, oldest first.", "", len(releases)))
