"""The designer's form pages: one widget per template key, read from and written to the design.

A page never edits the YAML itself: each widget reports `(key path, value)` to the designer,
which records the change as one undoable step and then asks every page to `refresh` from the
data. A value the template inherits is shown until the author changes it; clearing a field
(an empty text, "inherited" in a list) removes the key again, so the parent's value returns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing.templating import schema
from briefing.templating.design import KeyPath
from briefing.templating.model import DEFAULT_LABELS

INHERITED = ""  # the combo entry that removes a key (the parent's value, or the default, applies)


class Design(Protocol):
    """What a page needs from the designer."""

    def value(self, path: KeyPath) -> Any: ...
    def own(self, path: KeyPath) -> Any: ...
    def edit(self, path: KeyPath, value: Any, *, merge: bool = True) -> None: ...


class FormPage(QWidget):
    """A form of bound fields; `refresh` reloads every field not being typed in."""

    edited = Signal()

    def __init__(self, design: Design, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.design = design
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)  # rows keep their height; the room left stays below them
        self.refreshers: list[Callable[[], None]] = []

    def refresh(self) -> None:
        for refresh in self.refreshers:
            refresh()

    def _row(self, label: str, widget: QWidget, path: KeyPath) -> None:
        widget.setAccessibleName(label)
        widget.setToolTip(".".join(str(p) for p in path))
        widget.setObjectName("field:" + ".".join(str(p) for p in path))
        self.form.addRow(label, widget)

    def text(self, path: KeyPath, label: str, *, multiline: bool = False) -> QWidget:
        if multiline:
            box = QPlainTextEdit(self)
            box.setMaximumHeight(70)
            box.textChanged.connect(lambda: self.design.edit(path, box.toPlainText() or None))

            def refresh_box() -> None:
                if not box.hasFocus() and box.toPlainText() != str(self.design.value(path) or ""):
                    box.blockSignals(True)
                    box.setPlainText(str(self.design.value(path) or ""))
                    box.blockSignals(False)

            self.refreshers.append(refresh_box)
            self._row(label, box, path)
            return box
        line = QLineEdit(self)
        line.textEdited.connect(lambda value: self.design.edit(path, value or None))

        def refresh_line() -> None:
            shown = self.design.value(path)
            line.setPlaceholderText(self.tr("(inherited)") if self.design.own(path) is None else "")
            if not line.hasFocus():
                line.setText("" if shown is None else str(shown))

        self.refreshers.append(refresh_line)
        self._row(label, line, path)
        return line

    def number(self, path: KeyPath, label: str, *, low: float, high: float, step: float = 0.5,
               suffix: str = "", whole: bool = False, unit: str = "") -> QDoubleSpinBox:
        """A number; the lowest value means "not set" (removes the key), shown as "inherited"."""
        box = QDoubleSpinBox(self)
        box.setDecimals(0 if whole else 1)
        box.setRange(low - step, high)
        box.setSingleStep(step)
        box.setSuffix(suffix)
        box.setSpecialValueText(self.tr("inherited"))

        def changed(value: float) -> None:
            if value < low:
                self.design.edit(path, None)
            else:
                number: Any = int(value) if whole else round(value, 2)
                self.design.edit(path, f"{number:g}{unit}" if unit else number)

        box.valueChanged.connect(changed)

        def refresh() -> None:
            if box.hasFocus():
                return
            shown = _as_number(self.design.value(path), unit)
            box.blockSignals(True)
            box.setValue(box.minimum() if shown is None else shown)
            box.blockSignals(False)

        self.refreshers.append(refresh)
        self._row(label, box, path)
        return box

    def flag(self, path: KeyPath, label: str) -> QCheckBox:
        box = QCheckBox(self)
        box.toggled.connect(lambda on: self.design.edit(path, on, merge=False))

        def refresh() -> None:
            box.blockSignals(True)
            box.setChecked(bool(self.design.value(path)))
            box.blockSignals(False)

        self.refreshers.append(refresh)
        self._row(label, box, path)
        return box

    def choice(self, path: KeyPath, label: str, choices: tuple[str, ...] | Callable[[], list[str]]) -> QComboBox:
        box = QComboBox(self)

        def options() -> list[str]:
            return list(choices() if callable(choices) else choices)

        box.addItems([INHERITED, *options()])
        box.activated.connect(lambda _index: self.design.edit(path, box.currentText() or None, merge=False))

        def refresh() -> None:
            box.blockSignals(True)
            wanted = [INHERITED, *options()]
            if [box.itemText(i) for i in range(box.count())] != wanted:
                box.clear()
                box.addItems(wanted)
            shown = self.design.value(path)
            box.setCurrentText("" if shown is None else str(shown))
            box.setItemText(0, self.tr("(inherited: {value})").format(value=shown) if shown is not None
                            and self.design.own(path) is None else self.tr("(inherited)"))
            if self.design.own(path) is None:
                box.setCurrentIndex(0)
            box.blockSignals(False)

        self.refreshers.append(refresh)
        self._row(label, box, path)
        return box

    def colour(self, path: KeyPath, label: str) -> QLineEdit:
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        line = QLineEdit(holder)
        line.setPlaceholderText("#RRGGBB")
        swatch = QToolButton(holder)
        swatch.setText("…")
        swatch.setToolTip(self.tr("Choose a colour"))
        row.addWidget(line, 1)
        row.addWidget(swatch)
        line.textEdited.connect(lambda value: self.design.edit(path, value or None))

        def pick() -> None:
            chosen = QColorDialog.getColor(QColor(line.text() or "#000000"), self, label)
            if chosen.isValid():
                self.design.edit(path, chosen.name().upper(), merge=False)

        swatch.clicked.connect(pick)

        def refresh() -> None:
            shown = str(self.design.value(path) or "")
            if not line.hasFocus():
                line.setText(shown)
            swatch.setStyleSheet(f"background: {shown};" if QColor.isValidColorName(shown) else "")

        self.refreshers.append(refresh)
        self._row(label, holder, path)
        return line

    def ordered_choices(self, path: KeyPath, label: str, choices: tuple[str, ...]) -> QListWidget:
        """A checkable, reorderable list (cover fields, actor columns): the checked ones, in order."""
        box = QListWidget(self)
        box.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        box.setMaximumHeight(150)

        def write() -> None:
            chosen = [box.item(i).text() for i in range(box.count())
                      if box.item(i).checkState() == Qt.CheckState.Checked]
            self.design.edit(path, chosen, merge=False)

        box.itemChanged.connect(lambda _item: write())
        box.model().rowsMoved.connect(lambda *_args: write())

        def refresh() -> None:
            chosen = [str(v) for v in (self.design.value(path) or [])]
            order = chosen + [c for c in choices if c not in chosen]
            box.blockSignals(True)
            box.clear()
            for name in order:
                item = QListWidgetItem(name, box)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
                item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
            box.blockSignals(False)

        self.refreshers.append(refresh)
        self._row(label, box, path)
        return box

    def note(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        self.form.addRow(label)
        return label


def _as_number(value: Any, unit: str) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and unit and value.endswith(unit):
        try:
            return float(value[: -len(unit)])
        except ValueError:
            return None
    return None


def general_page(design: Design) -> FormPage:
    page = FormPage(design)
    page.text(("name",), page.tr("Name"))
    page.text(("description",), page.tr("Description"), multiline=True)
    page.text(("language",), page.tr("Language"))
    extends = page.note("")

    def show_parent() -> None:
        parent = design.own(("extends",))
        extends.setText(page.tr("Extends: {parent} — everything not set here comes from it, and is kept.")
                        .format(parent=parent) if parent else page.tr("Extends no other template."))

    page.refreshers.append(show_parent)
    page.flag(("toc",), page.tr("Table of contents"))
    page.choice(("citation_style",), page.tr("Citation style"), schema.CITATION_STYLES)
    return page


def page_page(design: Design) -> FormPage:
    page = FormPage(design)
    page.choice(("page", "size"), page.tr("Paper"), schema.PAGE_SIZES)
    page.choice(("page", "orientation"), page.tr("Orientation"), schema.ORIENTATIONS)
    for side, label in (("top", page.tr("Top margin")), ("bottom", page.tr("Bottom margin")),
                        ("left", page.tr("Left margin")), ("right", page.tr("Right margin"))):
        page.number(("page", "margins", side), label, low=5, high=80, suffix=" mm", unit="mm")
    page.choice(("typography", "body_font"), page.tr("Body font"), schema.BUNDLED_FONTS)
    page.choice(("typography", "heading_font"), page.tr("Heading font"), schema.BUNDLED_FONTS)
    page.number(("typography", "body_size"), page.tr("Body size"), low=6, high=24, suffix=" pt")
    page.number(("typography", "title_size"), page.tr("Title size"), low=10, high=72, suffix=" pt")
    for level, label in enumerate((page.tr("Heading 1 size"), page.tr("Heading 2 size"), page.tr("Heading 3 size"))):
        page.number(("typography", "heading_sizes", level), label, low=6, high=48, suffix=" pt")
    page.colour(("typography", "text_colour"), page.tr("Text colour"))
    page.colour(("typography", "heading_colour"), page.tr("Heading colour"))
    return page


def branding_page(design: Design) -> FormPage:
    page = FormPage(design)
    page.text(("branding", "organization"), page.tr("Organization"))
    page.text(("branding", "logo"), page.tr("Logo (PNG or JPEG, beside the template)"))
    page.number(("branding", "logo_height"), page.tr("Logo height"), low=5, high=60, suffix=" mm", unit="mm")
    page.colour(("branding", "accent_colour"), page.tr("Accent colour"))
    page.text(("branding", "footer_text"), page.tr("Footer text"))
    return page


def marking_page(design: Design) -> FormPage:
    page = FormPage(design)
    page.choice(("marking", "scheme"), page.tr("Scheme"), schema.MARKING_SCHEMES)

    def levels() -> list[str]:
        found = design.value(("marking", "levels"))
        if isinstance(found, list) and found:
            return [str(level.get("label") if isinstance(level, dict) else level) for level in found]
        scheme = design.value(("marking", "scheme"))
        return [] if scheme == "none" else ["TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"]

    page.choice(("marking", "default"), page.tr("Default marking"), levels)
    page.flag(("marking", "portion_marks"), page.tr("Portion marks"))
    return page


def cover_page(design: Design) -> FormPage:
    page = FormPage(design)
    page.flag(("cover", "enabled"), page.tr("Cover page (off: a title block on page one)"))
    page.ordered_choices(("cover", "fields"), page.tr("Fields, in order"), schema.COVER_FIELDS)
    page.choice(("cover", "date_format"), page.tr("Date format"), schema.DATE_FORMATS)
    return page


def reference_page(design: Design) -> FormPage:
    page = FormPage(design)
    page.note(page.tr("A Word document or template (.docx, .dotx) beside the template: the DOCX starts "
                      "from it (styles, page, letterhead) and the PDF follows its look. Put a bookmark named "
                      "'marking' where the banner goes and 'page' where the page number goes."))
    page.text(("docx", "reference"), page.tr("Reference document"))
    return page


class LabelsPage(QWidget):
    """Every fixed string of the output, with the default shown where the template keeps it."""

    def __init__(self, design: Design, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.design = design
        self.table = QTableWidget(len(DEFAULT_LABELS), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Text")])
        self.table.setAccessibleName(self.tr("Labels"))
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, key in enumerate(DEFAULT_LABELS):
            item = QTableWidgetItem(key)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            self.table.setItem(row, 1, QTableWidgetItem(""))
        self.table.itemChanged.connect(self._changed)
        layout = QFormLayout(self)
        layout.addRow(self.table)
        reset = QPushButton(self.tr("Use the default for the selected label"), self)
        reset.clicked.connect(self._reset)
        layout.addRow(reset)

    def _changed(self, item: QTableWidgetItem) -> None:
        name = self.table.item(item.row(), 0)
        if item.column() == 1 and name is not None:
            key = name.text()
            text = item.text()
            self.design.edit(("labels", key), None if text in ("", DEFAULT_LABELS[key]) else text)

    def _reset(self) -> None:
        row = self.table.currentRow()
        name = self.table.item(row, 0) if row >= 0 else None
        if name is not None:
            self.design.edit(("labels", name.text()), None, merge=False)

    def refresh(self) -> None:
        self.table.blockSignals(True)
        for row, key in enumerate(DEFAULT_LABELS):
            value = self.design.value(("labels", key))
            cell = self.table.item(row, 1)
            if cell is None:
                continue
            if self.table.currentItem() is not cell or self.table.state() != QTableWidget.State.EditingState:
                cell.setText(str(value) if value is not None else DEFAULT_LABELS[key])
        self.table.blockSignals(False)
