"""The brief outline: sections in the template's order with counts, limits and check marks.

Items are reordered and moved between sections by drag and drop, and passages dragged from the
reader are dropped onto a section to add them. Every drop becomes an undoable command; the
tree is then rebuilt from the brief, never edited in place.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QMenu,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.checks import Finding
from briefing.gui.change import Change
from briefing.gui.commands import AddItemCommand, DeleteItemCommand, MoveItemCommand, add_passage_command
from briefing.gui.controller import DocumentController
from briefing.gui.reader import PASSAGE_MIME, passage_from_mime
from briefing.model import Item

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # section key
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2  # item id
INTERNAL_MIME = "application/x-qabstractitemmodeldatalist"


class OutlineTree(QTreeWidget):
    """A tree whose drops are turned into commands instead of moving tree items."""

    def __init__(self, dock: OutlineDock) -> None:
        super().__init__(dock)
        self.dock = dock
        self.setHeaderHidden(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDropIndicatorShown(True)
        self.setAccessibleName(self.tr("Brief outline"))

    def mimeTypes(self) -> list[str]:
        return [INTERNAL_MIME, PASSAGE_MIME]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(PASSAGE_MIME) or event.source() is self:
            event.acceptProposedAction()
            super().dragEnterEvent(event)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        target = self.drop_target(event.position().toPoint())
        if target is None:
            event.ignore()
        else:
            event.setDropAction(Qt.DropAction.CopyAction if event.source() is not self else Qt.DropAction.MoveAction)
            event.accept()

    def drop_target(self, point: QPoint) -> tuple[str, int] | None:
        """(section key, index) a drop at `point` lands on."""
        target = self.itemAt(point)
        if target is None:
            return None
        key = target.data(0, KEY_ROLE)
        if not key or not self.dock.controller.item_kind_for(key) or key not in self.dock.controller.section_keys():
            return None
        item_id = target.data(0, ITEM_ROLE)
        section = self.dock.controller.brief.section(key)
        if not item_id:
            return key, len(section.items)
        index = next((i for i, it in enumerate(section.items) if it.id == item_id), len(section.items))
        rect = self.visualItemRect(target)
        return key, index + (1 if point.y() > rect.center().y() else 0)

    def dropEvent(self, event: QDropEvent) -> None:
        point = event.position().toPoint()
        passage = passage_from_mime(event.mimeData())
        if passage is not None:
            target = self.drop_target(point)
            if target is not None and self.dock.drop_passage(target[0], passage):
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                return
            event.ignore()
            return
        moving = self.currentItem()
        target = self.drop_target(point)
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if moving is not None and target is not None and moving.data(0, ITEM_ROLE):
            self.dock.move_item(str(moving.data(0, ITEM_ROLE)), *target)


class OutlineDock(QDockWidget):
    """The brief as a tree of sections and items: select, reorder, move, drop passages, see word limits."""

    edit_requested = Signal(str)

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Brief"), parent)
        self.setObjectName("OutlineDock")
        self.controller = controller
        self.findings: list[Finding] = []
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tree = OutlineTree(self)
        layout.addWidget(self.tree)
        self.setWidget(body)
        self._section_nodes: dict[str, QTreeWidgetItem] = {}
        self._icons: dict[str, QStyle.StandardPixmap] = {}  # the icon each section node shows now
        self._item_nodes: dict[str, QTreeWidgetItem] = {}
        self._building = False

        self.delete_action = QAction(self.tr("&Delete Item"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self.up_action = QAction(self.tr("Move &Up"), self)
        self.up_action.setShortcut(QKeySequence("Ctrl+Shift+Up"))
        self.up_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.up_action.triggered.connect(lambda: self.shift_current(-1))
        self.down_action = QAction(self.tr("Move Do&wn"), self)
        self.down_action.setShortcut(QKeySequence("Ctrl+Shift+Down"))
        self.down_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.down_action.triggered.connect(lambda: self.shift_current(1))
        for action in (self.delete_action, self.up_action, self.down_action):
            self.tree.addAction(action)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(self._activated)
        controller.changed.connect(self._on_change)
        controller.nav.item_selected.connect(self._follow)
        controller.nav.section_requested.connect(self._show_section)

    # ------------------------------------------------------------------ building

    def _on_change(self, change: Change) -> None:
        if change.everything or change.structure:
            self.rebuild()
            return
        for item_id in change.items:
            node = self._item_nodes.get(item_id)
            item = self.controller.find_item(item_id)
            if node is not None and item is not None:
                self._label_item(node, item)
        for key in change.sections:
            self._label_section(key)

    def set_findings(self, findings: list[Finding]) -> None:
        self.findings = findings
        for key in self._section_nodes:
            self._label_section(key)

    def rebuild(self) -> None:
        self._building = True
        expanded = {key for key, node in self._section_nodes.items() if node.isExpanded()}
        first_time = not self._section_nodes
        self.tree.clear()
        self._section_nodes.clear()
        self._icons.clear()
        self._item_nodes.clear()
        for key in self.controller.section_keys():
            node = QTreeWidgetItem([key])
            node.setData(0, KEY_ROLE, key)
            node.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled)
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            self.tree.addTopLevelItem(node)
            self._section_nodes[key] = node
            children = []
            for item in self.controller.brief.section(key).items:
                child = QTreeWidgetItem()
                child.setData(0, KEY_ROLE, key)
                child.setData(0, ITEM_ROLE, item.id)
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                               | Qt.ItemFlag.ItemIsDragEnabled)
                self._label_item(child, item)
                self._item_nodes[item.id] = child
                children.append(child)
            node.addChildren(children)
            node.setExpanded(first_time or key in expanded)
            self._label_section(key)
        if self.controller.template is not None:
            for spec in self.controller.template.sections:
                if spec.kind == "sources":
                    node = QTreeWidgetItem([self.tr("{title} (compiled on export)").format(title=spec.title)])
                    node.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    node.setForeground(0, self.palette().placeholderText())
                    self.tree.addTopLevelItem(node)
        self._building = False
        self._follow(self.controller.nav.item_id)

    def _label_item(self, node: QTreeWidgetItem, item: Item) -> None:
        label = " ".join(item.label.split()) or self.tr("(empty)")
        if item.kind == "actor" and item.role:
            label += f" — {item.role}"
        if item.kind == "judgment" and item.likelihood:
            label = f"[{item.likelihood}] {label}"
        shown = label if len(label) <= 90 else label[:89] + "…"
        if node.text(0) != shown:
            node.setText(0, shown)
        cites = len(item.citations)
        tip = label + "\n" + self.tr("%n citation(s)", "", cites)
        node.setToolTip(0, tip)

    def _label_section(self, key: str) -> None:
        node = self._section_nodes.get(key)
        if node is None:
            return
        section = self.controller.brief.section(key)
        spec = self.controller.template.section(key) if self.controller.template else None
        text = f"{self.controller.section_title(key)} ({len(section.items)})"
        words = section.word_count()
        if spec is not None and spec.max_words:
            text += "  " + self.tr("{words}/{limit} w").format(words=words, limit=spec.max_words)
        problems = [f for f in self.findings if f.section == key]
        errors = [f for f in problems if f.severity == "error"]
        over = spec is not None and spec.max_words is not None and words > spec.max_words
        icon = (QStyle.StandardPixmap.SP_MessageBoxCritical if errors or over
                else QStyle.StandardPixmap.SP_MessageBoxWarning if problems else QStyle.StandardPixmap.SP_DirIcon)
        if self._icons.get(key) != icon:  # setting an icon costs more than the rest of the label
            self._icons[key] = icon
            node.setIcon(0, self.style().standardIcon(icon))
        tips = [f.message for f in problems]
        if over:
            tips.insert(0, self.tr("Over the word limit of {limit}").format(limit=spec.max_words if spec else 0))
        if spec is not None and spec.guidance:
            tips.append(spec.guidance)
        node.setToolTip(0, "\n".join(tips))
        if node.text(0) != text:
            node.setText(0, text)
        node.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                     text + (" " + self.tr("needs attention") if problems or over else ""))

    # ------------------------------------------------------------------ navigation

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if self._building or current is None:
            return
        item_id = current.data(0, ITEM_ROLE)
        self.controller.nav.select_item(str(item_id) if item_id else "")

    def _activated(self, node: QTreeWidgetItem, _column: int) -> None:
        """Enter (or a double click) on an item goes to its text in the editor."""
        item_id = node.data(0, ITEM_ROLE)
        if item_id:
            self.edit_requested.emit(str(item_id))

    def _follow(self, item_id: str) -> None:
        node = self._item_nodes.get(item_id)
        if node is not None and self.tree.currentItem() is not node:
            self.tree.setCurrentItem(node)
            self.tree.scrollToItem(node)

    def _show_section(self, key: str) -> None:
        node = self._section_nodes.get(key)
        if node is not None:
            self.tree.setCurrentItem(node)
            self.tree.scrollToItem(node)
            self.raise_()

    def current_item_id(self) -> str | None:
        node = self.tree.currentItem()
        value = node.data(0, ITEM_ROLE) if node is not None else None
        return str(value) if value else None

    def current_section_key(self) -> str | None:
        node = self.tree.currentItem()
        value = node.data(0, KEY_ROLE) if node is not None else None
        return str(value) if value else None

    # ------------------------------------------------------------------ actions

    def drop_passage(self, key: str, passage: tuple[str, int, int]) -> bool:
        source_id, start, end = passage
        if self.controller.brief.find_source(source_id) is None or end <= start:
            return False
        self.controller.push(add_passage_command(self.controller, key, source_id, start, end))
        return True

    def move_item(self, item_id: str, key: str, index: int) -> None:
        found = self.controller.brief.find_item(item_id)
        if found is None:
            return
        section, old_index = found
        if section.key == key:
            if index > old_index:
                index -= 1
            if index == old_index:
                return
        self.controller.push(MoveItemCommand(self.controller, item_id, key, index))

    def move_to_end(self, key: str) -> None:
        item_id = self.current_item_id()
        if item_id:
            self.move_item(item_id, key, len(self.controller.brief.section(key).items))

    def shift_current(self, delta: int) -> None:
        item_id = self.current_item_id()
        found = self.controller.brief.find_item(item_id) if item_id else None
        if item_id is None or found is None:
            return
        index = found[1] + delta
        if 0 <= index < len(found[0].items):
            self.controller.push(MoveItemCommand(self.controller, item_id, found[0].key, index))

    def delete_current(self) -> None:
        item_id = self.current_item_id()
        if item_id:
            self.controller.push(DeleteItemCommand(self.controller, item_id))

    def add_empty(self, key: str) -> None:
        kind = self.controller.item_kind_for(key)
        item = Item(kind=kind, name="" if kind == "actor" else None)  # type: ignore[arg-type]
        self.controller.push(AddItemCommand(self.controller, key, item))
        self.edit_requested.emit(item.id)

    def _menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        key = self.current_section_key()
        if key and key in self.controller.section_keys():
            menu.addAction(self.tr("&New Item in {section}").format(section=self.controller.section_title(key)),
                           lambda: self.add_empty(key))
        if self.current_item_id():
            menu.addAction(self.up_action)
            menu.addAction(self.down_action)
            move = menu.addMenu(self.tr("Move &to"))
            current = self.controller.brief.find_item(self.current_item_id() or "")
            for other in self.controller.section_keys():
                if current and other != current[0].key:
                    action = move.addAction(self.controller.section_title(other))
                    action.triggered.connect(lambda _checked=False, k=other: self.move_to_end(k))
            menu.addSeparator()
            menu.addAction(self.delete_action)
        if not menu.isEmpty():
            menu.popup(self.tree.viewport().mapToGlobal(position))
