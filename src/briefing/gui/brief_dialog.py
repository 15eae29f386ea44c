"""Brief properties: title, subtitle, author, organization, date-time group, reference, distribution, marking."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
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

from briefing.gui.commands import EditBriefCommand
from briefing.gui.controller import DocumentController


def date_time_group(value: datetime | None) -> str:
    """The military date-time group of a moment ("201630ZNOV25"), as briefs are often dated."""
    if value is None:
        return ""
    moment = value.astimezone(UTC) if value.tzinfo else value
    return moment.strftime("%d%H%MZ") + moment.strftime("%b%y").upper()


class BriefDialog(QDialog):
    """The brief's own properties (title, author, marking, distribution…), applied as one undoable edit."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        brief = controller.brief
        self.setWindowTitle(self.tr("Brief Properties"))
        self.setMinimumWidth(520)
        self.title = QLineEdit(brief.title, self)
        self.subtitle = QLineEdit(brief.subtitle or "", self)
        self.author = QLineEdit(brief.author or "", self)
        self.organization = QLineEdit(brief.organization or "", self)
        self.reference = QLineEdit(brief.reference or "", self)
        self.distribution = QPlainTextEdit("\n".join(brief.distribution), self)
        self.distribution.setTabChangesFocus(True)
        self.distribution.setMaximumHeight(80)
        self.distribution.setPlaceholderText(self.tr("One recipient or group per line"))
        date_row = QWidget(self)
        row = QHBoxLayout(date_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.dated = QCheckBox(self.tr("Dated"), date_row)
        self.date = QDateTimeEdit(date_row)
        self.date.setDisplayFormat("yyyy-MM-dd HH:mm 'UTC'")
        self.date.setTimeZone(QTimeZone.utc())
        self.date.setCalendarPopup(True)
        self.dtg = QLabel(date_row)
        moment = brief.date or datetime.now(UTC)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        self.date.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc()))
        self.dated.setChecked(brief.date is not None)
        self.date.setEnabled(brief.date is not None)
        self.dated.toggled.connect(self.date.setEnabled)
        self.dated.toggled.connect(lambda _on: self._show_dtg())
        self.date.dateTimeChanged.connect(lambda _value: self._show_dtg())
        row.addWidget(self.dated)
        row.addWidget(self.date, 1)
        row.addWidget(self.dtg)
        self.marking = QComboBox(self)
        self.marking.addItem(self.tr("(none)"), None)
        scheme = controller.template.marking if controller.template else None
        for level in scheme.levels if scheme else []:
            self.marking.addItem(level.label, level.label)
            if level.description:
                self.marking.setItemData(self.marking.count() - 1, level.description, Qt.ItemDataRole.ToolTipRole)
        known = scheme.find(brief.marking) if scheme else None
        current = known.label if known else brief.marking  # (one comparison for markings: the scheme's `find`)
        if current and self.marking.findData(current) < 0:
            self.marking.addItem(current, current)
        self.marking.setCurrentIndex(max(0, self.marking.findData(current)))
        form = QFormLayout()
        for label, widget, name in (
            (self.tr("&Title:"), self.title, self.tr("Title")),
            (self.tr("&Subtitle:"), self.subtitle, self.tr("Subtitle")),
            (self.tr("&Author:"), self.author, self.tr("Author")),
            (self.tr("&Organization:"), self.organization, self.tr("Organization")),
            (self.tr("&Date:"), date_row, self.tr("Date-time group")),
            (self.tr("&Reference:"), self.reference, self.tr("Reference")),
            (self.tr("D&istribution:"), self.distribution, self.tr("Distribution")),
            (self.tr("&Marking:"), self.marking, self.tr("Marking")),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._show_dtg()

    def _moment(self) -> datetime | None:
        if not self.dated.isChecked():
            return None
        return datetime.fromtimestamp(self.date.dateTime().toSecsSinceEpoch(), UTC)

    def _show_dtg(self) -> None:
        self.dtg.setText(date_time_group(self._moment()))

    def values(self) -> dict[str, Any]:
        brief = self.controller.brief

        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        wanted: dict[str, Any] = {
            "title": self.title.text().strip() or brief.title,
            "subtitle": text(self.subtitle),
            "author": text(self.author),
            "organization": text(self.organization),
            "reference": text(self.reference),
            "distribution": [line.strip() for line in self.distribution.toPlainText().splitlines() if line.strip()],
            "marking": self.marking.currentData(),
            "date": self._moment(),
        }
        return {k: v for k, v in wanted.items() if getattr(brief, k) != v}

    def accept(self) -> None:
        values = self.values()
        if values:
            self.controller.push(EditBriefCommand(self.controller, values))
        super().accept()
