"""The Preview panel: the brief exported to PDF as it stands, refreshed in the background after edits."""

from __future__ import annotations

import copy
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from briefing.gui import offload
from briefing.gui.background import Job, JobContext
from briefing.gui.change import Change
from briefing.gui.controller import DocumentController
from briefing.gui.pdf_pane import PdfPane, PreviewWindow

REFRESH_DELAY_MS = 2000


class PreviewDock(QDockWidget):
    """The PDF the export would write, refreshed in the background a moment after the brief changes."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Preview"), parent)
        self.setObjectName("PreviewDock")
        self.controller = controller
        self.job: Job | None = None
        self.stale = True
        self._folder = tempfile.TemporaryDirectory(prefix="briefing-preview-")
        self._serial = 0
        self._stopped = False
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.status = QLabel(body)
        self.busy = QProgressBar(body)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self.refresh_button = QPushButton(self.tr("&Refresh"), body)
        self.refresh_button.clicked.connect(self.refresh)
        self.window_button = QPushButton(self.tr("Open in &Window"), body)
        self.window_button.setToolTip(self.tr("Show the preview in a window of its own, at full size"))
        self.window_button.clicked.connect(self.open_window)
        top.addWidget(self.status, 1)
        top.addWidget(self.busy)
        top.addWidget(self.refresh_button)
        top.addWidget(self.window_button)
        self.document = QPdfDocument(self)
        self.pane = PdfPane(self.document, body)
        self.view = self.pane.view
        self.preview_window: PreviewWindow | None = None
        layout.addLayout(top)
        layout.addWidget(self.pane, 1)
        self.setWidget(body)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        controller.changed.connect(self._on_change)
        self.visibilityChanged.connect(lambda visible: visible and self.stale and self._timer.start())

    def open_window(self) -> PreviewWindow:
        """Show the preview in its own window (the same document: it refreshes with the panel)."""
        if self.preview_window is None:
            self.preview_window = PreviewWindow(self.document, self)
        self.preview_window.show()
        self.preview_window.raise_()
        self.preview_window.activateWindow()
        if self.stale or self.document.status() != QPdfDocument.Status.Ready:
            self._timer.start(0)  # the panel may be hidden, so nothing refreshed it yet
        return self.preview_window

    def _refresh_wanted(self) -> bool:
        return self.isVisible() or (self.preview_window is not None and self.preview_window.isVisible())

    def _on_change(self, change: Change) -> None:
        if self._stopped:
            return
        self.stale = True
        if change.everything:
            self.document.close()
            self.status.setText("")
        if self._refresh_wanted():
            self._timer.start(300 if change.everything else REFRESH_DELAY_MS)

    def refresh(self) -> None:
        self._timer.stop()
        if self._stopped or not self.controller.is_open:
            return
        if self.job is not None and self.job.running:
            self.job.cancel()
        self._serial += 1
        target = Path(self._folder.name) / f"preview-{self._serial}.pdf"
        brief = copy.deepcopy(self.controller.brief)
        template = self.controller.template

        def work(ctx: JobContext) -> Path:
            ctx.check()
            written: Path = offload.call("export", brief, target, template, cancel=ctx.token)
            return written

        job = Job(self.tr("Preview"), work, self)
        job.finished.connect(self._loaded)
        job.failed.connect(self._failed)
        job.done.connect(lambda: self.busy.setVisible(self.job is not None and self.job.running))
        self.job = job
        self.stale = False
        self.busy.show()
        self.status.setText(self.tr("Updating…"))
        job.start()

    def _loaded(self, path: Path) -> None:
        if self.job is None or self.sender() is not self.job:
            return
        self.document.load(str(path))
        if self.document.status() != QPdfDocument.Status.Ready:
            self._failed(self.tr("the preview file could not be read"))
            return
        self.status.setText(self.tr("%n page(s)", "", self.document.pageCount()))

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("No preview: {message}").format(message=message))
        self.status.setToolTip(message)

    def closeEvent(self, event: object) -> None:
        if self.job is not None:
            self.job.cancel()
        super().closeEvent(event)  # type: ignore[arg-type]

    def shutdown(self) -> None:
        """The window is closing: stop the refresh timer and any export, remove the preview files."""
        self._timer.stop()
        self._stopped = True
        if self.preview_window is not None:
            self.preview_window.hide()
        if self.job is not None:
            self.job.cancel()
        self.document.close()
        self._folder.cleanup()
