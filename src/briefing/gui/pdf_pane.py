"""A PDF view with the controls a reader needs: page back/forward, page count, and zoom.

Used by the Preview panel and by the preview window; both show the same QPdfDocument, so a
refresh of the preview reaches every view of it at once, without a second export.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

FIT_WIDTH, FIT_PAGE = "width", "page"


class PdfPane(QWidget):
    """A PDF document with page and zoom controls, for the preview panel and window."""

    def __init__(self, document: QPdfDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.controls = QHBoxLayout()
        self.previous_button = QToolButton(self)
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.previous_button.setAccessibleName(self.tr("Previous page"))
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page_label = QLabel(self)
        self.zoom = QComboBox(self)
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.zoom.addItem(self.tr("Fit page"), FIT_PAGE)
        for percent in (50, 75, 100, 150, 200):
            self.zoom.addItem(f"{percent} %", percent / 100)
        self.zoom.currentIndexChanged.connect(self._zoom_chosen)
        for widget in (self.previous_button, self.page_label, self.next_button):
            self.controls.addWidget(widget)
        self.controls.addStretch(1)
        self.controls.addWidget(self.zoom)
        self.view = QPdfView(self)
        self.view.setDocument(document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("PDF preview of the brief"))
        layout.addLayout(self.controls)
        layout.addWidget(self.view, 1)
        self.view.pageNavigator().currentPageChanged.connect(lambda _page: self._update_pages())
        document.pageCountChanged.connect(lambda _count: self._update_pages())
        document.statusChanged.connect(lambda _status: self._update_pages())
        self._update_pages()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        count = self.document.pageCount()
        if count == 0:
            return
        page = max(0, min(page, count - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._update_pages()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.MoveToPreviousPage):
            self.go_to(self.current_page() - 1)
        elif event.matches(QKeySequence.StandardKey.MoveToNextPage):
            self.go_to(self.current_page() + 1)
        else:
            super().keyPressEvent(event)

    def _zoom_chosen(self, index: int) -> None:
        value = self.zoom.itemData(index)
        if value == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif value == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(value))

    def _update_pages(self) -> None:
        count = self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0
        page = min(self.current_page(), max(count - 1, 0))
        self.page_label.setText(self.tr("Page {page} of {count}").format(page=page + 1, count=count) if count
                                else self.tr("No pages"))
        self.previous_button.setEnabled(count > 0 and page > 0)
        self.next_button.setEnabled(count > 0 and page < count - 1)


class PreviewWindow(QWidget):
    """The preview in a window of its own, to read the brief at full size beside the main window."""

    def __init__(self, document: QPdfDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("PreviewWindow")
        self.setWindowTitle(self.tr("Preview — Briefing"))
        self.resize(820, 1000)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.pane = PdfPane(document, self)
        layout.addWidget(self.pane)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.hide()
        event.ignore()  # kept for the next opening: it only shows the dock's document
