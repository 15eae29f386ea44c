"""The main window: places the panels, owns the services, and takes drops. No brief logic lives here.

Reading stays in the middle (the reader), sources on the left, the brief and the item editor on
the right, and suggestions, checks and the preview below, as docks the user can move and hide.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from briefing.gui.analysis_service import AnalysisService
from briefing.gui.background import Job, wait_all
from briefing.gui.change import Change
from briefing.gui.checks_dock import ChecksDock
from briefing.gui.checks_service import ChecksService
from briefing.gui.controller import DocumentController
from briefing.gui.delivery_actions import DeliveryActions
from briefing.gui.file_ops import FileOps
from briefing.gui.icons import icon
from briefing.gui.item_editor import ItemEditor
from briefing.gui.menus import Menus
from briefing.gui.outline_dock import OutlineDock
from briefing.gui.passage_actions import PassageActions
from briefing.gui.preview_dock import PreviewDock
from briefing.gui.reader import PASSAGE_MIME, SourceReader
from briefing.gui.sources_dock import SourcesDock
from briefing.gui.suggestions_dock import SuggestionsDock
from briefing.gui.task_bar import TaskBar
from briefing.gui.template_updates import TemplateUpdates

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The window: it places the panels and wires them to the controller; the work lives in the parts."""

    def __init__(self, controller: DocumentController | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowIcon(icon("briefing"))
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
                            | QMainWindow.DockOption.AllowNestedDocks)
        self.controller = controller or DocumentController(self)
        self.analysis = AnalysisService(self.controller, self)
        self.checks = ChecksService(self.controller, self)

        self.reader = SourceReader(self.controller, self.analysis, self)
        self.setCentralWidget(self.reader)
        self.sources = SourcesDock(self.controller, self)
        self.reader.follow_hits(self.sources.hits)
        self.outline = OutlineDock(self.controller, self)
        self.passages = PassageActions(self.controller, self, self.reader.current_passage)
        self.reader.menu_filler = self.passages.fill_menu
        self.editor = ItemEditor(self.controller, self.reader.current_passage, self)
        self.suggestions = SuggestionsDock(self.controller, self.analysis, self)
        self.checks_dock = ChecksDock(self.controller, self.checks, self)
        self.preview = PreviewDock(self.controller, self)
        self.checks.updated.connect(self.outline.set_findings)

        self.tasks = TaskBar(self)
        self.status_text = QLabel(self)
        self.statusBar().addWidget(self.status_text, 1)
        self.statusBar().addPermanentWidget(self.tasks)
        self.files = FileOps(self.controller, self, self.tasks)
        self.files.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.delivery = DeliveryActions(self.controller, self, self.tasks)
        self.delivery.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.passages.message.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.analysis.state_changed.connect(self._analysis_state)
        self.analysis.job_started.connect(self.tasks.track)
        self.outline.edit_requested.connect(lambda _id: self.editor.text.setFocus())
        self.sources.import_requested.connect(self.files.import_dialog)
        self.sources.paste_requested.connect(self.files.paste)

        self.template_updates = TemplateUpdates(self.controller, self)
        self.template_updates.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self._place_docks()
        self.menus = Menus(self)
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.template_updates.bar)
        self.template_updates.bar.hide()
        self.controller.document_changed.connect(self._update_title)
        self.controller.changed.connect(self._on_change)
        self.controller.undo_stack.cleanChanged.connect(lambda _clean: self._update_title())
        self.controller.saved.connect(lambda _path: self._show_saved())
        self.controller.save_failed.connect(lambda message: self.files.error(self.tr("Not saved"), message))
        self._update_title()
        self.resize(1480, 900)

    def _place_docks(self) -> None:
        left, right, bottom = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea,
                               Qt.DockWidgetArea.BottomDockWidgetArea)
        self.addDockWidget(left, self.sources)
        self.addDockWidget(right, self.outline)
        self.addDockWidget(right, self.editor)
        self.splitDockWidget(self.outline, self.editor, Qt.Orientation.Vertical)
        self.addDockWidget(bottom, self.suggestions)
        self.addDockWidget(bottom, self.checks_dock)
        self.addDockWidget(bottom, self.preview)
        self.tabifyDockWidget(self.suggestions, self.checks_dock)
        self.tabifyDockWidget(self.checks_dock, self.preview)
        self.suggestions.raise_()
        self.setCorner(Qt.Corner.BottomLeftCorner, left)
        self.setCorner(Qt.Corner.BottomRightCorner, right)
        self.resizeDocks([self.sources, self.outline], [410, 390], Qt.Orientation.Horizontal)
        self.resizeDocks([self.suggestions], [250], Qt.Orientation.Vertical)
        self.resizeDocks([self.outline, self.editor], [400, 360], Qt.Orientation.Vertical)
        self.default_state = self.saveState()

    def restore_layout(self) -> None:
        geometry, state = self.controller.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self.template_updates.refresh()  # the saved state may show the notice bar; it follows the brief

    def reset_layout(self) -> None:
        self.restoreState(self.default_state)
        for dock in (self.sources, self.outline, self.editor, self.suggestions, self.checks_dock, self.preview):
            dock.show()
        self.template_updates.refresh()

    # ------------------------------------------------------------------ state shown

    def _on_change(self, change: Change) -> None:
        if change.meta or change.everything:
            self._update_title()

    def _update_title(self) -> None:
        if not self.controller.is_open:
            self.setWindowTitle(self.tr("Briefing"))
            self.status_text.setText(self.tr("No brief open. Create one with File ▸ New (Ctrl+N)."))
            return
        path = self.controller.path
        where = self.tr("not saved to a file of your choice yet — use Save As") if self.controller.is_untitled \
            else str(path)
        if path is None:  # a brief held elsewhere (a workspace) says where itself
            where = str(getattr(self.controller.file, "where", ""))
        self.setWindowTitle(f"{self.controller.brief.title} — {path.name if path else where} — Briefing")
        self.status_text.setText(where)

    def _analysis_state(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 3000)

    def _show_saved(self) -> None:
        if not self.controller.is_untitled:
            self.statusBar().showMessage(self.tr("All changes saved"), 1500)

    # ------------------------------------------------------------------ drops

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if not mime.hasFormat(PASSAGE_MIME) and (mime.hasUrls() or mime.hasText() or mime.hasHtml()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.handle_drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def handle_drop(self, mime: QMimeData) -> bool | Job:
        """Import what was dropped (files and folders in the background, text or HTML at once); open a brief."""
        if mime.hasFormat(PASSAGE_MIME):
            return False
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if len(paths) == 1 and paths[0].suffix.lower() == ".brief":
            return self.files.open_path(paths[0])  # a brief dropped on the window is opened, not imported
        if paths:
            job = self.files.import_paths(paths)
            return job if job is not None else False
        if mime.hasText() or mime.hasHtml():
            return self.files.import_text(mime.text() if mime.hasText() else None,
                                          mime.html() if mime.hasHtml() else None)
        return False

    # ------------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.settings.set_window_state(self.saveGeometry(), self.saveState())
        self.controller.close_document()
        for job in self.tasks.jobs:
            job.cancel()
        self.analysis.shutdown()
        self.checks.shutdown()
        self.preview.shutdown()
        wait_all(5000)
        event.accept()
