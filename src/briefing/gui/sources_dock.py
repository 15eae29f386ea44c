"""The Sources dock: the brief's sources with grade, marking and citation counts, and full-text search."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing.gui import engines
from briefing.gui.change import Change
from briefing.gui.commands import RemoveSourceCommand
from briefing.gui.controller import DocumentController
from briefing.gui.find_hits import SourceHits
from briefing.gui.source_dialog import SourceDialog
from briefing.model import Source

_Index = QModelIndex | QPersistentModelIndex
SOURCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SourcesModel(QAbstractTableModel):
    """The brief's sources as table rows (grade, title, publisher, date, marking, times cited)."""

    COLUMNS = ("grade", "title", "publisher", "date", "marking", "cites")

    def __init__(self, controller: DocumentController) -> None:
        super().__init__()
        self.controller = controller
        self.sources: list[Source] = []
        self.counts: dict[str, int] = {}
        self.headers = [self.tr("Grade"), self.tr("Title"), self.tr("Publisher"), self.tr("Date"),
                        self.tr("Marking"), self.tr("Cited")]

    def reload(self) -> None:
        self.beginResetModel()
        self.sources = list(self.controller.brief.sources)
        self.counts = self.controller.brief.citation_counts()
        self.endResetModel()

    def refresh(self, source_ids: frozenset[str], counts: bool) -> None:
        """Repaint only the rows whose metadata or citation count changed (typing changes neither)."""
        changed = set(source_ids)
        if counts:
            new_counts = self.controller.brief.citation_counts()
            changed |= {key for key, value in new_counts.items() if self.counts.get(key) != value}
            self.counts = new_counts
        if not changed:
            return
        for row, source in enumerate(self.sources):
            if source.id in changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sources)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        source = self.sources[index.row()]
        column = self.COLUMNS[index.column()]
        if role == SOURCE_ID_ROLE:
            return source.id
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "grade": source.grade.code(),
                "title": source.title,
                "publisher": source.publisher or "",
                "date": source.published.isoformat() if source.published else "",
                "marking": source.marking or "",
                "cites": str(self.counts.get(source.id, 0)),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "grade":
                return source.grade.describe() or self.tr("Not graded yet")
            if column == "cites":
                return self.tr("%n citation(s) point into this source", "", self.counts.get(source.id, 0))
            return f"{source.title}\n{source.originator}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("grade", "cites"):
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.UserRole:  # sort key
            if column == "cites":
                return self.counts.get(source.id, 0)
            if column == "date":
                return source.published.isoformat() if source.published else ""
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None


class _Filter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.allowed: set[str] | None = None
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_allowed(self, ids: set[str] | None) -> None:
        self.beginFilterChange()
        self.allowed = ids
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:
        if self.allowed is None:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return index.data(SOURCE_ID_ROLE) in self.allowed


class SourcesDock(QDockWidget):
    """Full-text search runs on the store thread, after the pending save, so it finds what was
    just imported and never blocks typing; the list filters to its hits when they arrive."""

    import_requested = Signal()
    paste_requested = Signal()
    search_done = Signal(int)
    find_next_requested = Signal()

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Sources"), parent)
        self.setObjectName("SourcesDock")
        self.controller = controller
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.search = QLineEdit(body)
        self.search.setPlaceholderText(self.tr("Search the sources' text…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search sources"))
        self.table = QTableView(body)
        self.table.setAccessibleName(self.tr("Sources"))
        self.model = SourcesModel(controller)
        self.proxy = _Filter()
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        for column, width in ((0, 46), (2, 100), (3, 82), (4, 86), (5, 46)):
            self.table.setColumnWidth(column, width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self.setWidget(body)

        self.properties_action = QAction(self.tr("Source &Properties…"), self)
        self.properties_action.setShortcut(QKeySequence("Alt+Return"))
        self.properties_action.triggered.connect(self.edit_current)
        self.remove_action = QAction(self.tr("&Remove Source"), self)
        self.remove_action.triggered.connect(self.remove_current)
        self.table.addAction(self.properties_action)
        self.paste_action = QAction(self.tr("&Paste as Source"), self)
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.paste_action.triggered.connect(self.paste_requested.emit)
        self.table.addAction(self.paste_action)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.remove_action)

        self.hits = SourceHits(self)
        self.search.returnPressed.connect(self.find_next_requested.emit)
        self._search_serial = 0
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        controller.changed.connect(self._on_change)
        controller.nav.source_selected.connect(self._follow)

    def _on_change(self, change: Change) -> None:
        if change.everything or (change.structure and change.sources):
            current = self.controller.nav.source_id
            self.model.reload()
            if self.search.text().strip():
                self._run_search()
            self._follow(current)
            self._hide_empty_columns()
        elif change.sources or change.touches_items:
            self.model.refresh(change.sources, counts=change.touches_items)

    def _hide_empty_columns(self) -> None:
        """Publisher, date and marking columns show only when some source has one: the title needs the room."""
        sources = self.model.sources
        for column, attribute in ((2, "publisher"), (3, "published"), (4, "marking")):
            self.table.setColumnHidden(column, not any(getattr(s, attribute) for s in sources))

    def _run_search(self) -> None:
        query = self.search.text().strip()
        if not query:
            self.proxy.set_allowed(None)
            self.hits.clear()
            return
        self._search_serial += 1
        serial, file, brief = self._search_serial, self.controller.file, self.controller.brief
        self.controller.in_store(engines.search_sources, lambda hits: self._show_hits(serial, hits), file, brief,
                                 query)

    def _show_hits(self, serial: int, hits: dict[str, engines.Spans]) -> None:
        """Filter to the hits of the latest search (an older, slower one is dropped)."""
        if serial == self._search_serial and self.search.text().strip():
            self.proxy.set_allowed(set(hits))
            self.hits.set(hits)
            self.search_done.emit(len(hits))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.controller.nav.select_source(str(current.data(SOURCE_ID_ROLE)))

    def _follow(self, source_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 1)
            if index.data(SOURCE_ID_ROLE) == source_id:
                if self.table.currentIndex().row() != row:
                    self.table.setCurrentIndex(index)
                    self.table.scrollTo(index)
                return

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(SOURCE_ID_ROLE)) if index.isValid() else None

    def edit_current(self) -> None:
        source_id = self.current_id()
        if source_id:
            SourceDialog.edit(self.controller, source_id, self)

    def remove_current(self) -> None:
        source_id = self.current_id()
        if not source_id:
            return
        cited = self.controller.brief.citation_counts().get(source_id, 0)
        if cited:
            QMessageBox.information(self, self.tr("Source is cited"), self.tr(
                "This source cannot be removed: {count} citation(s) point into it. "
                "Remove those citations first (the reader highlights them).").format(count=cited))
            return
        self.controller.push(RemoveSourceCommand(self.controller, source_id))

    def _menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.properties_action)
        menu.addAction(self.remove_action)
        menu.addSeparator()
        menu.addAction(self.paste_action)
        menu.addAction(self.tr("&Import Sources…"), self.import_requested.emit)
        menu.popup(self.table.viewport().mapToGlobal(position))
