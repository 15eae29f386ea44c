"""Source properties: metadata and the Admiralty grade, each grade shown with its meaning."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing.gui.commands import EditSourceCommand
from briefing.gui.controller import DocumentController
from briefing.model import CREDIBILITY, RELIABILITY, Grade, Source


class _OptionalDate(QWidget):
    """A date that may be absent: a check box and a calendar date edit."""

    def __init__(self, value: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox(self.tr("Known"), self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.known.setChecked(value is not None)
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())
        self.edit.setEnabled(value is not None)
        self.known.toggled.connect(self.edit.setEnabled)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        if not self.known.isChecked():
            return None
        qdate = self.edit.date()
        return date(qdate.year(), qdate.month(), qdate.day())


class SourceDialog(QDialog):
    """A source's metadata and grade, applied as one undoable edit (its text never changes)."""

    def __init__(self, controller: DocumentController, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.source = source
        self.setWindowTitle(self.tr("Source Properties — {title}").format(title=source.title[:60]))
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.title = QLineEdit(source.title, self)
        self.publisher = QLineEdit(source.publisher or "", self)
        self.author = QLineEdit(source.author or "", self)
        self.url = QLineEdit(source.url or "", self)
        self.published = _OptionalDate(source.published, self)
        self.accessed = _OptionalDate(source.accessed, self)
        self.reliability = QComboBox(self)
        self.reliability.addItem(self.tr("? — not assessed"), None)
        for letter, meaning in RELIABILITY.items():
            self.reliability.addItem(f"{letter} — {self.tr(meaning)}", letter)
        self.reliability.setCurrentIndex(max(0, self.reliability.findData(source.grade.reliability)))
        self.credibility = QComboBox(self)
        self.credibility.addItem(self.tr("? — not assessed"), None)
        for number, meaning in CREDIBILITY.items():
            self.credibility.addItem(f"{number} — {self.tr(meaning)}", number)
        self.credibility.setCurrentIndex(max(0, self.credibility.findData(source.grade.credibility)))
        self.grade_label = QLabel(self)
        self.reliability.currentIndexChanged.connect(self._show_grade)
        self.credibility.currentIndexChanged.connect(self._show_grade)
        self.marking = QComboBox(self)
        self.marking.setEditable(False)
        self.marking.addItem(self.tr("(none)"), None)
        labels = controller.template.marking.labels() if controller.template else []
        for label in labels:
            self.marking.addItem(label, label)
        known = controller.template.marking.find(source.marking) if controller.template else None
        current = known.label if known else source.marking  # (one comparison for markings: the scheme's `find`)
        if current and current not in labels:
            self.marking.addItem(current, current)
        self.marking.setCurrentIndex(max(0, self.marking.findData(current)))
        self.notes = QPlainTextEdit(source.notes, self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        origin = QLabel(source.origin or self.tr("(unknown)"), self)
        origin.setWordWrap(True)
        for label, widget, name in (
            (self.tr("&Title:"), self.title, self.tr("Title")),
            (self.tr("&Publisher:"), self.publisher, self.tr("Publisher")),
            (self.tr("&Author:"), self.author, self.tr("Author")),
            (self.tr("Pu&blished:"), self.published, self.tr("Date of publication")),
            (self.tr("&URL:"), self.url, self.tr("URL")),
            (self.tr("Acc&essed:"), self.accessed, self.tr("Access date")),
            (self.tr("&Reliability:"), self.reliability, self.tr("Source reliability")),
            (self.tr("&Credibility:"), self.credibility, self.tr("Information credibility")),
            (self.tr("Grade:"), self.grade_label, self.tr("Grade")),
            (self.tr("&Marking:"), self.marking, self.tr("Marking")),
            (self.tr("&Notes:"), self.notes, self.tr("Notes")),
            (self.tr("Imported from:"), origin, self.tr("Imported from")),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._show_grade()

    def grade(self) -> Grade:
        return Grade(self.reliability.currentData(), self.credibility.currentData())

    def _show_grade(self) -> None:
        grade = self.grade()
        self.grade_label.setText(f"<b>{grade.code() or '—'}</b>  {grade.describe()}")

    def values(self) -> dict[str, Any]:
        """Only the fields that differ from the source as it is."""
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        wanted: dict[str, Any] = {
            "title": self.title.text().strip() or self.source.title,
            "publisher": text(self.publisher),
            "author": text(self.author),
            "url": text(self.url),
            "published": self.published.value(),
            "accessed": self.accessed.value(),
            "grade": self.grade(),
            "marking": self.marking.currentData(),
            "notes": self.notes.toPlainText(),
        }
        return {k: v for k, v in wanted.items() if getattr(self.source, k) != v}

    def accept(self) -> None:
        values = self.values()
        if values:
            self.controller.push(EditSourceCommand(self.controller, self.source.id, values))
        super().accept()

    @classmethod
    def edit(cls, controller: DocumentController, source_id: str, parent: QWidget | None = None) -> SourceDialog:
        """Open the dialog for one source, window-modal and without blocking the caller."""
        dialog = cls(controller, controller.brief.source(source_id), parent)
        dialog.setModal(True)
        dialog.show()
        return dialog
