"""The suggestions panel: what the analysis found, grouped by kind, to accept, edit or dismiss."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.editing.suggestion import SUGGESTION_KINDS, Suggestion
from briefing.gui.analysis_service import AnalysisService
from briefing.gui.change import Change
from briefing.gui.commands import DismissSuggestionCommand, accept_suggestion_command
from briefing.gui.controller import DocumentController
from briefing.gui.reader import SUGGESTION_COLOURS

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2  # the kind of suggestions a heading holds


class _SuggestionTree(QTreeWidget):
    """Keyboard navigation moves between suggestions, stepping over the group headings."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        current = self.currentItem()
        if current is None or current.parent() is None:
            self._step(current, 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and not event.modifiers():
            self._step(self.currentItem(), 1 if event.key() == Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)

    def _step(self, start: QTreeWidgetItem | None, direction: int) -> None:
        """Select the suggestion after (or before) `start`; from a heading, its first suggestion. A folded heading's
        suggestions are stepped over: selecting one would unfold it."""
        flat: list[QTreeWidgetItem] = []
        for index in range(self.topLevelItemCount()):
            group = self.topLevelItem(index)
            for row in range(group.childCount() if group is not None and group.isExpanded() else 0):
                child = group.child(row) if group is not None else None
                if child is not None:
                    flat.append(child)
        if not flat:
            return
        if start is not None and start in flat:
            position = flat.index(start) + direction
            if not 0 <= position < len(flat):
                return
            target = flat[position]
        else:
            in_group = [item for item in flat if start is None or item.parent() is start]
            target = in_group[0] if in_group else flat[0]
        self.setCurrentItem(target)


class SuggestionsDock(QDockWidget):
    """The analysis' open suggestions by kind, to accept (as is or edited) or dismiss."""

    def __init__(self, controller: DocumentController, analysis: AnalysisService,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("S&uggestions"), parent)
        self.setObjectName("SuggestionsDock")
        self.controller = controller
        self.analysis = analysis
        self.by_key: dict[str, Suggestion] = {}
        self._folded: set[str] = set()  # kinds whose heading the analyst folded
        self.titles = {"actors": self.tr("Actors"), "caveats": self.tr("Caveats"),
                       "questions": self.tr("Questions"), "summary": self.tr("Summary")}
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.status = QLabel(body)
        self.tree = _SuggestionTree(body)
        self.tree.setHeaderLabels([self.tr("Suggestion"), self.tr("Why"), self.tr("Evidence")])
        self.tree.setAccessibleName(self.tr("Suggestions"))
        self.tree.setColumnWidth(0, 330)
        self.tree.setColumnWidth(1, 190)
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(lambda _c, _p: self._show_evidence())
        self.tree.itemActivated.connect(lambda _i, _c: self.accept_current())
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("&Accept"), body)
        self.edit_button = QPushButton(self.tr("&Edit and Accept…"), body)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"), body)
        self.accept_button.setToolTip(self.tr("Add it to the brief, citing its evidence (Enter)"))
        self.accept_button.clicked.connect(self.accept_current)
        self.edit_button.clicked.connect(self.edit_current)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        for button in (self.accept_button, self.edit_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.tree)
        self.setWidget(body)
        analysis.updated.connect(self.rebuild)
        analysis.state_changed.connect(self.status.setText)
        controller.changed.connect(self._on_change)
        self.rebuild()

    def _on_change(self, change: Change) -> None:
        if change.dismissed or change.structure or change.everything:
            self.rebuild()

    def rebuild(self) -> None:
        current = self.current()
        # a group the analyst folded stays folded when the list is rebuilt (after each accept, say)
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            kind = group.data(0, GROUP_ROLE) if group is not None else None
            if group is not None and kind:
                (self._folded.discard if group.isExpanded() else self._folded.add)(str(kind))
        self.tree.clear()
        self.by_key = {}
        suggestions = self.analysis.open_suggestions()
        nodes: dict[str, QTreeWidgetItem] = {}
        for kind in SUGGESTION_KINDS:
            node = QTreeWidgetItem([self.titles[kind]])
            node.setFlags(Qt.ItemFlag.ItemIsEnabled)
            node.setData(0, GROUP_ROLE, kind)
            node.setForeground(0, QBrush(SUGGESTION_COLOURS[kind]))
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            nodes[kind] = node
        select: QTreeWidgetItem | None = None
        for suggestion in suggestions:
            self.by_key[suggestion.key] = suggestion
            evidence = "; ".join(f"“{' '.join(e.text.split())[:60]}”" for e in suggestion.evidence[:2])
            child = QTreeWidgetItem([suggestion.text, self.why(suggestion), evidence])
            child.setData(0, KEY_ROLE, suggestion.key)
            child.setToolTip(0, suggestion.text)
            child.setToolTip(2, "\n\n".join(e.text for e in suggestion.evidence[:5]))
            nodes[suggestion.kind].addChild(child)
            if current is not None and suggestion.key == current.key:
                select = child
        for kind, node in nodes.items():
            node.setText(0, f"{self.titles[kind]} ({node.childCount()})")
            self.tree.addTopLevelItem(node)
            node.setExpanded(kind not in self._folded)
        if select is not None:
            self.tree.setCurrentItem(select)
        self._update_buttons()

    def why(self, suggestion: Suggestion) -> str:
        """What made the analysis propose it: role and mentions, the caveat's cue, the summary's score."""
        parts = [suggestion.detail]
        if suggestion.kind == "actors":
            kinds = {"person": self.tr("person"), "organization": self.tr("organisation"), "state": self.tr("state")}
            parts += [kinds.get(suggestion.actor_type or "", ""),
                      ", ".join(v for v in (suggestion.role, suggestion.affiliation) if v),
                      self.tr("%n mention(s)", "", suggestion.mentions) if suggestion.mentions else ""]
        elif suggestion.kind == "caveats":
            parts += [suggestion.caveat_kind or "", f"“{suggestion.cue}”" if suggestion.cue else ""]
        elif suggestion.kind == "questions":
            parts += [f"“{suggestion.cue}”" if suggestion.cue else ""]
        elif suggestion.score is not None:
            parts += [self.tr("score {score:.2f}").format(score=suggestion.score)]
        return " · ".join(p for p in parts if p)

    def current(self) -> Suggestion | None:
        node = self.tree.currentItem()
        key = node.data(0, KEY_ROLE) if node is not None else None
        return self.by_key.get(str(key)) if key else None

    def select_key(self, key: str) -> bool:
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            for row in range(group.childCount() if group is not None else 0):
                child = group.child(row) if group is not None else None
                if child is not None and child.data(0, KEY_ROLE) == key:
                    self.tree.setCurrentItem(child)
                    return True
        return False

    def _update_buttons(self) -> None:
        enabled = self.current() is not None and self.controller.is_open
        for button in (self.accept_button, self.edit_button, self.dismiss_button):
            button.setEnabled(enabled)

    def _show_evidence(self) -> None:
        self._update_buttons()
        suggestion = self.current()
        if suggestion is not None and suggestion.evidence:
            first = suggestion.evidence[0]
            self.controller.nav.show_passage(str(first.source), first.start, first.end)

    def _next_after(self, suggestion: Suggestion) -> None:
        """Keep the keyboard flow going: select the neighbour of what was just handled."""
        node = self.tree.currentItem()
        parent = node.parent() if node is not None else None
        if node is None or parent is None:
            return
        row = parent.indexOfChild(node)
        neighbour = parent.child(row + 1) or parent.child(row - 1)
        self._pending_key = str(neighbour.data(0, KEY_ROLE)) if neighbour is not None else ""

    def accept(self, suggestion: Suggestion, text: str | None = None) -> bool:
        command = accept_suggestion_command(self.controller, suggestion, text)
        if command is None:
            self.status.setText(self.tr("This template has no section for {kind}.").format(kind=suggestion.kind))
            return False
        self.controller.push(command)
        return True

    def dismiss(self, suggestion: Suggestion) -> None:
        self.controller.push(DismissSuggestionCommand(self.controller, suggestion))

    def _keep_position(self, action: object) -> None:
        suggestion = self.current()
        if suggestion is None:
            return
        self._pending_key = ""
        self._next_after(suggestion)
        if callable(action):
            action(suggestion)
        if self._pending_key:
            self.select_key(self._pending_key)
        self.tree.setFocus()

    def accept_current(self) -> None:
        self._keep_position(self.accept)

    def dismiss_current(self) -> None:
        self._keep_position(self.dismiss)

    def edit_current(self) -> None:
        suggestion = self.current()
        if suggestion is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Edit and Accept"))
        dialog.setLabelText(self.tr("The item will cite this suggestion's evidence:")
                            if suggestion.kind != "actors" else self.tr("Note on {name}:").format(
                                name=suggestion.name or suggestion.text))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setTextValue(suggestion.text if suggestion.kind != "actors" else "")
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        editor = dialog.findChild(QPlainTextEdit)
        if editor is not None:  # a proposed caveat sentence runs long: wrapped, it reads whole without scrolling
            editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        dialog.resize(max(dialog.width(), 560), max(dialog.height(), 260))
        dialog.textValueSelected.connect(lambda text: self.accept(suggestion, text))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    _pending_key = ""
