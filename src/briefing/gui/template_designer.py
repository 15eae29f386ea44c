"""The template designer: forms over a template's keys, its YAML, live validation and preview, undo.

Opened from Templates ▸ Design… or by double-clicking a template in Templates ▸ Manage. The
design is the data of one template file as its author wrote it (`extends` and inherited values
kept); every change, from a form or the YAML view, is one step on an undo stack. After each
change the text goes to the preview process (`template_designer_preview`), which answers with
the problems (file, line, key) and then the sample brief as PDF — and, on the DOCX tab, the
DOCX as LibreOffice renders it. The GUI thread never waits for either.

The design lives in a draft folder with copies of its assets, so trying a logo or a reference
document never touches the installed template; Save As writes a new template (id, version)
into the user's, an administrator's or the system-wide folder.
"""

from __future__ import annotations

import copy
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing.errors import BriefingError
from briefing.gui.pdf_pane import PdfPane
from briefing.gui.template_designer_forms import (
    FormPage,
    LabelsPage,
    branding_page,
    cover_page,
    general_page,
    marking_page,
    page_page,
    reference_page,
)
from briefing.gui.template_designer_preview import PreviewClient, PreviewRequest
from briefing.gui.template_designer_sections import SectionsPage
from briefing.templating import design
from briefing.templating.design import KeyPath, get_path
from briefing.templating.package import asset_names
from briefing.templating.schema import ID_PATTERN
from briefing.templating.search import system_templates_dir, template_search_path, user_templates_dir
from briefing.templating.source import load_data

_MISSING = object()
PREVIEW_DELAY_MS = 80  # coalesces a burst of keystrokes into one render
YAML_DELAY_MS = 300


class DesignEdit(QUndoCommand):
    """One change to the design; consecutive typing in one field merges into one step."""

    def __init__(self, designer: TemplateDesigner, before: dict[str, Any], after: dict[str, Any],
                 text: str, merge_key: KeyPath | None) -> None:
        super().__init__(text)
        self.designer, self.before, self.after, self.merge_key = designer, before, after, merge_key

    def id(self) -> int:
        return 1707

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DesignEdit) or other.merge_key is None or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.designer.set_data(self.after)

    def undo(self) -> None:
        self.designer.set_data(self.before)


class TemplateDesigner(QDialog):
    """The designer window: one template file's data, its forms and YAML, the preview and the undo stack."""

    def __init__(self, path: Path | None = None, *, brief_path: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TemplateDesigner")
        self.resize(1400, 900)
        self.undo_stack = QUndoStack(self)
        self.draft = Path(tempfile.mkdtemp(prefix="briefing-design-"))
        self.source_path = path
        self.data, self.base = self._open(path)
        self.draft_file = self.draft / (path.name if path else "template.yaml")
        self.brief_path = brief_path
        self.sample = design.sample_spec(self.data)
        self.edited_at: float | None = None
        self.last_latency: float | None = None
        self.pdf_buffers: dict[str, QBuffer] = {}
        self._build()
        self.client = PreviewClient(self)
        self.client.problems_ready.connect(self._show_problems)
        self.client.pdf_ready.connect(self._show_pdf)
        self.client.docx_ready.connect(self._show_docx)
        self.client.failed.connect(self._show_failure)
        self.preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.request_preview)
        self.yaml_timer = QTimer(self, singleShot=True, interval=YAML_DELAY_MS)
        self.yaml_timer.timeout.connect(self._yaml_edited)
        application = QApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.shutdown)  # the app may end with the window open
        self.set_data(self.data)

    # ------------------------------------------------------------------ the design

    def _open(self, path: Path | None) -> tuple[dict[str, Any], dict[str, Any]]:
        """The file's own data, and the merged data its inherited values are shown from."""
        from briefing.templating import load_template, load_template_file

        if path is None:
            data = design.new_template_data()
            return data, load_data(load_template(str(data["extends"])).source_text)
        data = design.from_text(path.read_text(encoding="utf-8"))
        for name in asset_names(data, path.parent):
            target = self.draft / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path.parent / name, target)
        try:
            base = load_data(load_template_file(path).source_text)
        except BriefingError:
            base = copy.deepcopy(data)
        return data, base

    def value(self, path: KeyPath) -> Any:
        found = get_path(self.data, path, _MISSING)
        return get_path(self.base, path) if found is _MISSING else found

    def own(self, path: KeyPath) -> Any:
        return get_path(self.data, path)

    def sections(self) -> list[dict[str, Any]]:
        own = self.data.get("sections")
        found = own if isinstance(own, list) else self.base.get("sections")
        return [s for s in found if isinstance(s, dict)] if isinstance(found, list) else []

    def edit(self, path: KeyPath, value: Any, *, merge: bool = True) -> None:
        """Record one change (the designer's single funnel: forms and YAML view both come here)."""
        data = self.data
        if path[0] == "sections" and len(path) > 2 and not isinstance(data.get("sections"), list):
            data = design.with_path(data, ("sections",), copy.deepcopy(self.sections()))
        for depth, step in enumerate(path):
            # An item of an inherited list (heading sizes): the file takes the whole list, then the change.
            if isinstance(step, int) and not isinstance(get_path(data, path[:depth]), list):
                inherited = self.value(path[:depth])
                if not isinstance(inherited, list):
                    return
                data = design.with_path(data, path[:depth], copy.deepcopy(inherited))
        after = design.with_path(data, path, value)
        if after == self.data:
            return
        label = self.tr("Change {key}").format(key=".".join(str(p) for p in path))
        self.undo_stack.push(DesignEdit(self, copy.deepcopy(self.data), after, label, path if merge else None))

    def set_data(self, data: dict[str, Any]) -> None:
        self.data = copy.deepcopy(data)
        text = design.to_text(self.data)
        if not self.yaml.hasFocus() and self.yaml.toPlainText() != text:
            self.yaml.blockSignals(True)
            self.yaml.setPlainText(text)
            self.yaml.blockSignals(False)
        for page in self.pages:
            page.refresh()
        name = self.data.get("name") or self.data.get("id") or self.tr("New template")
        self.setWindowTitle(self.tr("Design template — {name}").format(name=name))
        self.edited_at = time.perf_counter()
        self.preview_timer.start()

    def text(self) -> str:
        return design.to_text(self.data)

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.forms = QTabWidget(self)
        self.forms.setAccessibleName(self.tr("Template settings"))
        self.sections_page = SectionsPage(self)
        self.labels_page = LabelsPage(self)
        form_pages: list[tuple[QWidget, str]] = [
            (general_page(self), self.tr("General")), (self.sections_page, self.tr("Sections")),
            (marking_page(self), self.tr("Marking")), (cover_page(self), self.tr("Cover")),
            (page_page(self), self.tr("Page && type")), (branding_page(self), self.tr("Branding")),
            (self.labels_page, self.tr("Labels")), (reference_page(self), self.tr("Word reference")),
        ]
        self.pages: list[Any] = [page for page, _ in form_pages]
        for page, title in form_pages:
            self.forms.addTab(page, title)
        self._file_button(form_pages[5][0], ("branding", "logo"), self.tr("Choose a &logo…"),
                          self.tr("Images (*.png *.jpg *.jpeg)"))
        self._file_button(form_pages[7][0], ("docx", "reference"), self.tr("Choose a &Word document…"),
                          self.tr("Word documents and templates (*.docx *.dotx)"))
        self.yaml = QPlainTextEdit(self)
        self.yaml.setObjectName("designer-yaml")
        self.yaml.setAccessibleName(self.tr("Template YAML"))
        self.yaml.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.yaml.textChanged.connect(self._yaml_typed)
        self.forms.addTab(self.yaml, self.tr("YAML"))
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setMaximumHeight(120)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.forms, 1)
        left_layout.addWidget(QLabel(self.tr("Problems (file:line: key: message):"), self))
        left_layout.addWidget(self.problems)
        self.pdf = QPdfDocument(self)
        self.docx_pages = QPdfDocument(self)
        self.previews = QTabWidget(self)
        self.panes = [PdfPane(self.pdf, self)]
        self.previews.addTab(self.panes[0], self.tr("PDF"))
        docx_tab = QWidget(self)
        docx_layout = QVBoxLayout(docx_tab)
        self.docx_status = QLabel(self.tr("The DOCX is rendered by LibreOffice when this tab is shown."), docx_tab)
        self.docx_status.setWordWrap(True)
        docx_layout.addWidget(self.docx_status)
        self.panes.append(PdfPane(self.docx_pages, docx_tab))
        docx_layout.addWidget(self.panes[1], 1)
        self.previews.addTab(docx_tab, self.tr("DOCX (as pages)"))
        self.previews.currentChanged.connect(lambda _index: self.preview_timer.start())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.previews)
        splitter.setSizes([640, 760])
        self.preview_source = QComboBox(self)
        self.preview_source.setAccessibleName(self.tr("Brief to preview"))
        self.preview_source.addItem(self.tr("Sample brief"), "sample")
        if self.brief_path is not None:
            self.preview_source.addItem(self.tr("The open brief"), "open")
        self.preview_source.currentIndexChanged.connect(lambda _index: self.preview_timer.start())
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([undo, redo])
        self.undo_button, self.redo_button = QPushButton(self.tr("Undo"), self), QPushButton(self.tr("Redo"), self)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.save_button = QPushButton(self.tr("&Save As New Template…"), self)
        self.save_button.setShortcut(QKeySequence.StandardKey.SaveAs)
        self.save_button.clicked.connect(self.save_as)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.status = QLabel(self)
        bar = QHBoxLayout()
        for widget in (self.undo_button, self.redo_button, QLabel(self.tr("Preview:"), self), self.preview_source):
            bar.addWidget(widget)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bar)

    def _file_button(self, page: QWidget, path: KeyPath, label: str, filters: str) -> None:
        button = QPushButton(label, page)
        button.clicked.connect(lambda: self.choose_file(path, filters))
        if isinstance(page, FormPage):
            page.form.addRow(button)

    def choose_file(self, path: KeyPath, filters: str, chosen: Path | None = None) -> None:
        """Copy a file into the draft folder and name it in the template (relative, as templates require)."""
        if chosen is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), str(Path.home()), filters)
            if not name:
                return
            chosen = Path(name)
        target = self.draft / chosen.name
        try:
            shutil.copyfile(chosen, target)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Design template"), self.tr("{file} cannot be read: {error}")
                                .format(file=chosen, error=error.strerror or error))
            return
        self.edit(path, chosen.name, merge=False)

    # ------------------------------------------------------------------ YAML view and preview

    def _yaml_typed(self) -> None:
        self.yaml_timer.start()

    def _show_failure(self, message: str) -> None:
        self.status.setText(message)

    def _yaml_edited(self) -> None:
        try:
            data = design.from_text(self.yaml.toPlainText())
        except BriefingError as error:
            self._show_problems([f"{self.draft_file.name}: {error}"], [])
            return
        if data != self.data:
            self.undo_stack.push(DesignEdit(self, copy.deepcopy(self.data), data, self.tr("Edit YAML"), ("yaml",)))

    def brief_for_preview(self) -> Path:
        if self.preview_source.currentData() == "open" and self.brief_path is not None:
            return self.brief_path
        return self.sample

    def request_preview(self) -> None:
        self.draft_file.write_text(self.text(), encoding="utf-8")  # where a problem's line numbers point
        want_docx = self.previews.currentIndex() == 1
        if want_docx:
            self.docx_status.setText(self.tr("Rendering the DOCX with LibreOffice…"))
        self.client.request(PreviewRequest(self.text(), str(self.draft_file), str(self.brief_for_preview()),
                                           want_docx))

    def _display_name(self, line: str) -> str:
        shown = str(self.source_path) if self.source_path else self.draft_file.name
        return line.replace(str(self.draft_file), shown).replace(str(self.draft), str(Path(shown).parent))

    def _show_problems(self, problems: list[str], notes: list[str]) -> None:
        self.problems.clear()
        self.problems.addItems([self._display_name(p) for p in problems])
        self.problems.addItems([self.tr("PDF: {note}").format(note=n) for n in notes])
        for row in range(self.problems.count()):
            item = self.problems.item(row)
            item.setToolTip(item.text())  # long lines: the whole sentence on hover
        if problems:
            self.status.setText(self.tr("{count} problem(s); the preview shows the last valid version")
                                .format(count=len(problems)))

    def _show_pdf(self, blob: bytes, _seconds: float) -> None:
        self._load(self.pdf, "pdf", blob)
        if self.edited_at is not None:
            self.last_latency = time.perf_counter() - self.edited_at
            self.edited_at = None
            self.status.setText(self.tr("Preview updated {ms} ms after the change")
                                .format(ms=round(self.last_latency * 1000)))

    def _show_docx(self, blob: bytes | None, message: str) -> None:
        if blob is None:
            self.docx_status.setText(self.tr("{reason}. The PDF tab shows the brief exactly; the DOCX is "
                                             "written all the same.").format(reason=message))
            return
        self.docx_status.setText(self.tr("The DOCX as LibreOffice shows it (Word may differ slightly)."))
        self._load(self.docx_pages, "docx", blob)

    def _load(self, document: QPdfDocument, key: str, blob: bytes) -> None:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(blob))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        old = self.pdf_buffers.get(key)
        self.pdf_buffers[key] = buffer
        if old is not None:
            old.deleteLater()

    # ------------------------------------------------------------------ save

    def save_as(self) -> design.SavedTemplate | None:
        if self.problems.count() and not self.problems.item(0).text().startswith(self.tr("PDF: ")):
            QMessageBox.warning(self, self.tr("Save template"), self.tr("Fix the problems listed first."))
            return None
        dialog = SaveAsDialog(self.data, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.save_to(dialog.target_folder(), dialog.id_edit.text().strip(), dialog.version_edit.text().strip())

    def save_to(self, folder: Path, template_id: str, version: str) -> design.SavedTemplate | None:
        try:
            saved = design.save_as(self.data, self.draft, folder, template_id, version)
        except BriefingError as error:
            QMessageBox.warning(self, self.tr("Save template"), str(error))
            return None
        self.status.setText(self.tr("Saved {id} version {version} as {path}")
                            .format(id=saved.template_id, version=saved.version, path=saved.path))
        self.undo_stack.setClean()
        return saved

    def reject(self) -> None:
        """Close (Esc, the Close button, the window's ×), but not over changes nobody saved."""
        if self.undo_stack.isClean():
            super().reject()
            return
        answer = QMessageBox.question(
            self, self.tr("Design template"), self.tr("Save the changes to this template as a new template?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Cancel:
            return
        if answer == QMessageBox.StandardButton.Save and self.save_as() is None:
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)  # QDialog asks reject() (when shown), which may keep the window open
        if event.isAccepted():
            self.shutdown()  # also for a window never shown, which QDialog closes without reject()

    def done(self, result: int) -> None:
        self.shutdown()
        super().done(result)

    def shutdown(self) -> None:
        """Stop the preview process, drop the draft folder and silence the documents (idempotent)."""
        self.preview_timer.stop()
        # The panes must not hear from documents (or views) being torn down with the window.
        for document in (self.pdf, self.docx_pages):
            document.blockSignals(True)
        for pane in self.panes:
            pane.view.pageNavigator().blockSignals(True)
            pane.view.blockSignals(True)
        self.client.shutdown()
        shutil.rmtree(self.draft, ignore_errors=True)


class SaveAsDialog(QDialog):
    """Id, version and folder of the new template."""

    def __init__(self, data: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save As New Template"))
        self.id_edit = QLineEdit(str(data.get("id") or ""), self)
        self.version_edit = QLineEdit(str(data.get("version") or "1"), self)
        self.folder = QComboBox(self)
        self.folder.addItem(self.tr("My templates ({path})").format(path=user_templates_dir()),
                            str(user_templates_dir()))
        for path, kind in template_search_path():
            if kind == "admin":
                self.folder.addItem(self.tr("Administrator's folder ({path})").format(path=path), str(path))
        self.folder.addItem(self.tr("System-wide ({path})").format(path=system_templates_dir()),
                            str(system_templates_dir()))
        self.error = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Id"), self.id_edit)
        layout.addRow(self.tr("Version"), self.version_edit)
        layout.addRow(self.tr("Folder"), self.folder)
        layout.addRow(self.error)
        layout.addRow(buttons)

    def target_folder(self) -> Path:
        return Path(str(self.folder.currentData()))

    def _accept(self) -> None:
        if not re.fullmatch(ID_PATTERN, self.id_edit.text().strip()):
            self.error.setText(self.tr("An id is lower-case letters, digits, '.', '_' and '-'."))
            return
        if not self.version_edit.text().strip():
            self.error.setText(self.tr("Give the template a version."))
            return
        self.accept()
