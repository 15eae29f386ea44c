"""The designer's sections page: the list (add, remove, reorder) and the selected section's fields.

Sections inherited from a parent are shown as they come; the first change writes the whole
list into the template (a list of sections replaces the parent's, see docs/templates.md), so
what the author sees is exactly what the file then says.
"""

from __future__ import annotations

import copy
from typing import Any, Protocol

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from briefing.gui.template_designer_forms import FormPage
from briefing.templating import schema
from briefing.templating.design import KeyPath


class SectionsDesign(Protocol):
    """What the sections page needs from the designer."""

    def value(self, path: KeyPath) -> Any: ...
    def own(self, path: KeyPath) -> Any: ...
    def edit(self, path: KeyPath, value: Any, *, merge: bool = True) -> None: ...
    def sections(self) -> list[dict[str, Any]]: ...


class SectionsPage(QWidget):
    """The sections of the template: a list to add, remove and reorder, and the selected one's fields."""

    def __init__(self, design: SectionsDesign, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.design = design
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Sections"))
        self.list.currentRowChanged.connect(self._selected)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.up_button = QPushButton(self.tr("Move &Up"), self)
        self.down_button = QPushButton(self.tr("Move &Down"), self)
        self.add_button.clicked.connect(self.add_section)
        self.remove_button.clicked.connect(self.remove_section)
        self.up_button.clicked.connect(lambda: self.move_section(-1))
        self.down_button.clicked.connect(lambda: self.move_section(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        self.inherited = QLabel(self)
        self.inherited.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(buttons)
        left.addWidget(self.inherited)
        self.detail_holder = QVBoxLayout()
        self.detail: FormPage | None = None
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(self.detail_holder, 3)
        self.shown_index = -1
        self.shown_kind: object = None

    def refresh(self) -> None:
        sections = self.design.sections()
        labels = [f"{s.get('title', s.get('key', '?'))}  [{s.get('kind', 'prose')}]" for s in sections]
        current = self.list.currentRow()
        if [self.list.item(i).text() for i in range(self.list.count())] != labels:
            self.list.blockSignals(True)
            self.list.clear()
            self.list.addItems(labels)
            self.list.setCurrentRow(min(max(current, 0), len(labels) - 1))
            self.list.blockSignals(False)
        own = self.design.own(("sections",))
        self.inherited.setText(
            self.tr("These sections come from {parent}; a change here writes the whole list into this template.")
            .format(parent=self.design.own(("extends",))) if not isinstance(own, list) and
            self.design.own(("extends",)) else "")
        row = self.list.currentRow()
        kind = sections[row].get("kind") if 0 <= row < len(sections) else None
        if row != self.shown_index or self.detail is None or kind != self.shown_kind:  # actors have columns
            self._show_detail(row)
        elif self.detail is not None:
            self.detail.refresh()

    def _selected(self, row: int) -> None:
        self._show_detail(row)

    def _show_detail(self, row: int) -> None:
        if self.detail is not None:
            self.detail_holder.removeWidget(self.detail)
            self.detail.deleteLater()
            self.detail = None
        self.shown_index = row
        if row < 0 or row >= len(self.design.sections()):
            return
        self.shown_kind = self.design.sections()[row].get("kind")
        page = FormPage(self._SectionView(self.design, row), self)
        base: KeyPath = ("sections", row)
        page.text((*base, "key"), self.tr("Key"))
        page.text((*base, "title"), self.tr("Title"))
        page.choice((*base, "kind"), self.tr("Kind"), schema.KINDS)
        page.flag((*base, "required"), self.tr("Required"))
        page.flag((*base, "cites_required"), self.tr("Every item cites a source"))
        page.number((*base, "min_items"), self.tr("At least (items)"), low=0, high=99, step=1, whole=True)
        page.number((*base, "max_items"), self.tr("At most (items)"), low=1, high=999, step=1, whole=True)
        page.number((*base, "max_words"), self.tr("At most (words per item)"), low=1, high=9999, step=5,
                    whole=True)
        page.text((*base, "guidance"), self.tr("Guidance for the analyst"), multiline=True)
        if self.design.sections()[row].get("kind") == "actors":
            page.ordered_choices((*base, "columns"), self.tr("Columns"), schema.COLUMNS)
        self.detail = page
        self.detail_holder.addWidget(page)
        page.refresh()

    class _SectionView:
        """Reads a section's fields from the effective list (inherited or own)."""

        def __init__(self, design: SectionsDesign, row: int) -> None:
            self.design, self.row = design, row

        def value(self, path: KeyPath) -> Any:
            sections = self.design.sections()
            return sections[self.row].get(str(path[-1])) if self.row < len(sections) else None

        def own(self, path: KeyPath) -> Any:
            return self.value(path) if isinstance(self.design.own(("sections",)), list) else None

        def edit(self, path: KeyPath, value: Any, *, merge: bool = True) -> None:
            self.design.edit(path, value, merge=merge)

    def _write(self, sections: list[dict[str, Any]], row: int) -> None:
        self.design.edit(("sections",), sections, merge=False)
        self.list.setCurrentRow(row)
        self._show_detail(row)

    def add_section(self) -> None:
        sections = copy.deepcopy(self.design.sections())
        keys = {s.get("key") for s in sections}
        number = 1
        while f"section_{number}" in keys:
            number += 1
        at = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else len(sections)
        if at == len(sections) and sections and sections[-1].get("kind") == "sources":
            at -= 1  # the source list closes a brief
        sections.insert(at, {"key": f"section_{number}", "title": self.tr("New section"), "kind": "prose"})
        self._write(sections, at)

    def remove_section(self) -> None:
        row = self.list.currentRow()
        sections = copy.deepcopy(self.design.sections())
        if 0 <= row < len(sections):
            del sections[row]
            self._write(sections, min(row, len(sections) - 1))

    def move_section(self, step: int) -> None:
        row = self.list.currentRow()
        sections = copy.deepcopy(self.design.sections())
        target = row + step
        if 0 <= row < len(sections) and 0 <= target < len(sections):
            sections[row], sections[target] = sections[target], sections[row]
            self._write(sections, target)
