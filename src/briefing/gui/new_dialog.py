"""New brief: choose a template (name, description, where it comes from) and a title."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.errors import BriefingError
from briefing.gui import engines
from briefing.templating.model import Template


class NewBriefDialog(QDialog):
    """Choose a template and a title for a new brief."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Brief"))
        self.setMinimumSize(560, 380)
        self.templates: list[Template] = []
        error = ""
        try:
            self.templates = engines.list_templates()
        except BriefingError as problem:
            error = str(problem)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        for template in self.templates:
            origin = template.origin_kind
            where = str(template.origin) if template.origin else origin
            entry = QListWidgetItem(f"{template.name}\n{template.description}")
            entry.setToolTip(self.tr("{id} — {kind} template from {where}").format(
                id=template.id, kind=origin, where=where))
            entry.setData(Qt.ItemDataRole.UserRole, template.id)
            self.list.addItem(entry)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title = QLineEdit(self.tr("Untitled brief"), self)
        self.title.setAccessibleName(self.tr("Title of the new brief"))
        self.title.selectAll()
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        label = QLabel(self.tr("&Template:"), self)
        label.setBuddy(self.list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addLayout(form)
        note = QLabel(self.tr("The brief is saved as you work. Use File ▸ Save As to give it a name and place."),
                      self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        if self.templates:
            self.list.setCurrentRow(next((i for i, t in enumerate(self.templates) if t.id == "situation-brief"), 0))
        else:
            self.details.setText(error or self.tr("No templates are installed. Ask your administrator, or put a "
                                                  "template in your templates folder."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.title.setFocus()

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.templates):
            return
        template = self.templates[row]
        sections = ", ".join(s.title for s in template.sections)
        where = str(template.origin) if template.origin else template.origin_kind
        self.details.setText(self.tr("<b>{name}</b> ({kind}) — sections: {sections}<br><small>{where}</small>")
                             .format(name=template.name, kind=template.origin_kind, sections=sections, where=where))

    def template(self) -> Template | None:
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None

    def brief_title(self) -> str:
        return self.title.text().strip() or self.tr("Untitled brief")
