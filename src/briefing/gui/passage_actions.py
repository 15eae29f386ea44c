"""The "Add selection to ▸ section" actions: one per section of the template, each with a shortcut.

The same actions appear in the Brief menu and in the reader's context menu, so the shortcut a
user sees in one place works everywhere. What "the selection" is comes from a provider function
(the reader's current passage); the actions never reach into the reader themselves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from briefing.gui.commands import add_passage_command
from briefing.gui.controller import DocumentController

Passage = tuple[str, int, int]  # source id, start, end (Python offsets)
PassageProvider = Callable[[], Passage | None]


class PassageActions(QObject):
    """The Add to ▸ section actions (Ctrl+1…9) for the passage selected in the reader."""

    rebuilt = Signal()
    message = Signal(str)

    def __init__(self, controller: DocumentController, window: QWidget, provider: PassageProvider) -> None:
        super().__init__(window)
        self.controller = controller
        self.window = window
        self.provider = provider
        self.actions: list[QAction] = []
        controller.document_changed.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        for action in self.actions:
            self.window.removeAction(action)
            action.deleteLater()
        self.actions = []
        for number, key in enumerate(self.controller.section_keys(), start=1):
            title = self.controller.section_title(key)
            action = QAction(self.tr("Add to {section}").format(section=title), self)
            action.setStatusTip(self.tr("Add the selected passage to “{section}”, citing it").format(section=title))
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setData(key)
            action.triggered.connect(lambda _checked=False, k=key: self.add_to(k))
            self.window.addAction(action)
            self.actions.append(action)
        self.rebuilt.emit()

    def add_to(self, section_key: str) -> bool:
        passage = self.provider()
        if passage is None:
            self.message.emit(self.tr("Select a passage in the reader first."))
            return False
        return self.add_passage(section_key, passage)

    def add_passage(self, section_key: str, passage: Passage) -> bool:
        source_id, start, end = passage
        if self.controller.brief.find_source(source_id) is None or end <= start:
            return False
        self.controller.push(add_passage_command(self.controller, section_key, source_id, start, end))
        return True

    def fill_menu(self, menu: QMenu) -> None:
        menu.clear()
        for action in self.actions:
            menu.addAction(action)
        menu.setEnabled(bool(self.actions))
