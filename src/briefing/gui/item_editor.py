"""The item editor: text, citations, and the fields of actors and judgments (ICD 203 terms).

Every keystroke is pushed at once as an EditItemCommand; consecutive edits of the same field
merge into one undo step. Nothing typed waits outside the brief, so whatever reads the brief
next (export, print, send, save) sees it without anyone having to flush the editor first.
When the item changes underneath (undo, another view), the fields are refreshed only where
they differ, so the cursor stays where it is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing.gui import spelling
from briefing.gui.change import Change
from briefing.gui.commands import AddCitationCommand, EditItemCommand, RemoveCitationCommand
from briefing.gui.controller import DocumentController
from briefing.model import CONFIDENCE_TERMS, LIKELIHOOD_TERMS, Citation, Item

PassageProvider = Callable[[], tuple[str, int, int] | None]


class ItemEditor(QDockWidget):
    """The selected item's text, fields and citations; every edit is pushed at once as a command."""

    def __init__(self, controller: DocumentController, passage: PassageProvider,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Item"), parent)
        self.setObjectName("ItemEditorDock")
        self.controller = controller
        self.passage = passage
        self.item_id = ""
        self._loading = False
        self._typing = False  # our own edit is being pushed: the widgets already show it
        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(6, 4, 6, 4)
        self.heading = QLabel(body)
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)

        self.form = QFormLayout()
        self.name = QLineEdit(body)
        self.role = QLineEdit(body)
        self.affiliation = QLineEdit(body)
        self.likelihood = QComboBox(body)
        self.likelihood.addItem(self.tr("(none)"), None)
        for term, (low, high) in LIKELIHOOD_TERMS.items():
            self.likelihood.addItem(self.tr("{term} ({low}–{high} %)").format(term=term, low=low, high=high), term)
        self.confidence = QComboBox(body)
        self.confidence.addItem(self.tr("(none)"), None)
        for term in CONFIDENCE_TERMS:
            self.confidence.addItem(self.tr("{term} confidence").format(term=term), term)
        self.text = QPlainTextEdit(body)
        self.text.setTabChangesFocus(True)
        self.spell = spelling.attach(self.text.document())
        self.words = QLabel(body)
        self.text_label = QLabel(self.tr("&Text:"), body)
        self.text_label.setBuddy(self.text)
        for label, widget, name in (
            (self.tr("&Name:"), self.name, self.tr("Actor name")),
            (self.tr("&Role:"), self.role, self.tr("Actor role")),
            (self.tr("A&ffiliation:"), self.affiliation, self.tr("Actor affiliation")),
            (self.tr("&Likelihood:"), self.likelihood, self.tr("Likelihood (ICD 203)")),
            (self.tr("&Confidence:"), self.confidence, self.tr("Confidence")),
        ):
            widget.setAccessibleName(name)
            self.form.addRow(label, widget)
        self.text.setAccessibleName(self.tr("Item text"))
        outer.addLayout(self.form)
        outer.addWidget(self.text_label)
        outer.addWidget(self.text, 2)
        outer.addWidget(self.words)

        outer.addWidget(QLabel(self.tr("Citations:"), body))
        self.citations = QListWidget(body)
        self.citations.setAccessibleName(self.tr("Citations"))
        self.citations.setWordWrap(True)
        self.citations.itemActivated.connect(lambda _item: self.jump())
        outer.addWidget(self.citations, 1)
        buttons = QHBoxLayout()
        self.add_cite = QPushButton(self.tr("&Cite Selection"), body)
        self.add_cite.setToolTip(self.tr("Add the passage selected in the reader as a citation"))
        self.remove_cite = QPushButton(self.tr("&Remove"), body)
        self.goto_cite = QPushButton(self.tr("&Show Passage"), body)
        for button in (self.add_cite, self.remove_cite, self.goto_cite):
            buttons.addWidget(button)
        outer.addLayout(buttons)
        self.add_cite.clicked.connect(self.cite_selection)
        self.remove_cite.clicked.connect(self.remove_citation)
        self.goto_cite.clicked.connect(self.jump)
        self.setWidget(body)

        self.text.textChanged.connect(lambda: self._edited("text", self.text.toPlainText()))
        self.name.textEdited.connect(lambda value: self._edited("name", value))
        self.role.textEdited.connect(lambda value: self._edited("role", value or None))
        self.affiliation.textEdited.connect(lambda value: self._edited("affiliation", value or None))
        self.likelihood.activated.connect(lambda _i: self._edited("likelihood", self.likelihood.currentData()))
        self.confidence.activated.connect(lambda _i: self._edited("confidence", self.confidence.currentData()))
        controller.nav.item_selected.connect(self.show_item)
        controller.changed.connect(self._on_change)
        self.show_item("")

    # ------------------------------------------------------------------ showing

    def item(self) -> Item | None:
        return self.controller.find_item(self.item_id) if self.item_id else None

    def show_item(self, item_id: str) -> None:
        self.item_id = item_id
        self._load()

    def _load(self) -> None:
        item = self.item()
        self._loading = True
        try:
            enabled = item is not None
            is_actor = item is not None and item.kind == "actor"
            self.text_label.setText(self.tr("&Note:") if is_actor else self.tr("&Text:"))
            for widget in (self.text, self.name, self.role, self.affiliation, self.likelihood, self.confidence,
                           self.citations, self.add_cite, self.remove_cite, self.goto_cite):
                widget.setEnabled(enabled)
            if item is None:
                self.heading.setText(self.tr("<i>Select an item in the brief to edit it.</i>"))
                self.text.setPlainText("")
                self.citations.clear()
                self.words.clear()
                self._show_rows(actor=False, judgment=False)
                return
            found = self.controller.brief.find_item(item.id)
            section = self.controller.section_title(found[0].key) if found else ""
            self.heading.setText(self.tr("<b>{section}</b> — {kind}").format(section=section, kind=item.kind))
            self._show_rows(actor=item.kind == "actor", judgment=item.kind == "judgment")
            self._sync(item)
        finally:
            self._loading = False

    def _show_rows(self, actor: bool, judgment: bool) -> None:
        for widget, visible in ((self.name, actor), (self.role, actor), (self.affiliation, actor),
                                (self.likelihood, judgment), (self.confidence, judgment)):
            self.form.setRowVisible(widget, visible)

    def _sync(self, item: Item) -> None:
        """Put the item's values into the widgets that show something else (keeps cursors still)."""
        if self.text.toPlainText() != item.text:
            self.text.setPlainText(item.text)
        for edit, value in ((self.name, item.name), (self.role, item.role), (self.affiliation, item.affiliation)):
            if edit.text() != (value or ""):
                edit.setText(value or "")
        self.likelihood.setCurrentIndex(max(0, self.likelihood.findData(item.likelihood)))
        self.confidence.setCurrentIndex(max(0, self.confidence.findData(item.confidence)))
        self._show_words()
        self._fill_citations(item)

    def _show_words(self) -> None:
        self.words.setText(self.tr("%n word(s)", "", len(self.text.toPlainText().split())))

    def _fill_citations(self, item: Item) -> None:
        row = self.citations.currentRow()
        self.citations.clear()
        for citation in item.citations:
            source = self.controller.brief.find_source(citation.source_id)
            title = source.title if source else self.tr("(missing source)")
            grade = source.grade.code() if source else ""
            quote = " ".join(citation.quote.split())
            entry = QListWidgetItem(f"{grade} {title}: “{quote[:140]}{'…' if len(quote) > 140 else ''}”".strip())
            entry.setToolTip(citation.quote)
            if source is None or not citation.matches(source):
                entry.setForeground(Qt.GlobalColor.red)
                entry.setToolTip(self.tr("This citation no longer matches its source."))
            self.citations.addItem(entry)
        if self.citations.count():
            self.citations.setCurrentRow(min(max(row, 0), self.citations.count() - 1))

    def _on_change(self, change: Change) -> None:
        if change.everything:
            self.item_id = self.controller.nav.item_id
            self._load()
            return
        if self._typing and not change.structure and not change.sources:
            self._show_words()
            return
        if self.item_id and (self.item_id in change.items or change.sources):
            if self.item() is None:
                self.item_id = ""
            self._load()

    # ------------------------------------------------------------------ editing

    def _edited(self, field: str, value: object) -> None:
        """Push the edit now (it merges with the previous keystrokes into one undo step)."""
        if self._loading or not self.item_id:
            return
        item = self.item()
        if item is None or getattr(item, field) == value:
            return
        self._typing = True
        try:
            self.controller.push(EditItemCommand(self.controller, self.item_id, {field: value}))
        finally:
            self._typing = False

    def cite_selection(self) -> None:
        passage = self.passage()
        if passage is None or not self.item_id:
            self.heading.setToolTip(self.tr("Select a passage in the reader first."))
            return
        source_id, start, end = passage
        source = self.controller.brief.source(source_id)
        self.controller.push(AddCitationCommand(self.controller, self.item_id,
                                                Citation(source_id, start, end, source.text[start:end])))

    def remove_citation(self) -> None:
        row = self.citations.currentRow()
        if row >= 0 and self.item_id:
            self.controller.push(RemoveCitationCommand(self.controller, self.item_id, row))

    def jump(self) -> None:
        item = self.item()
        row = self.citations.currentRow()
        if item is not None and 0 <= row < len(item.citations):
            citation = item.citations[row]
            self.controller.nav.show_passage(citation.source_id, citation.start, citation.end)
