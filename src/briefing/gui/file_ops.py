"""File-level operations of the window: new, open, save as, import, paste, export and print.

Each one that may take time runs as a Job (progress and cancel in the status bar); each
failure ends in a dialog saying what happened, to which file, and what to do.
"""

from __future__ import annotations

import copy
import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from briefing.errors import BriefingError
from briefing.gui import engines, offload
from briefing.gui.background import Job, JobContext
from briefing.gui.commands import ImportSourcesCommand
from briefing.gui.controller import DocumentController
from briefing.gui.errors import show_error
from briefing.gui.file_dialogs import ask_brief_path, remember_folder, start_folder
from briefing.gui.new_dialog import NewBriefDialog
from briefing.gui.task_bar import TaskBar
from briefing.model import Release
from briefing.wording import safe_file_name

log = logging.getLogger(__name__)

BRIEF_FILTER = "Briefs (*.brief)"
IMPORT_FILTER = "Sources (*.txt *.md *.html *.htm *.pdf *.docx *.eml *.rtf *.odt);;All files (*)"


class FileOps(QObject):
    """The window's file operations (see the module); each reports through a job, a message or a dialog."""

    exported = Signal(str)  # path
    imported = Signal(int)  # number of sources added
    message = Signal(str)  # for the status bar

    def __init__(self, controller: DocumentController, window: QWidget, tasks: TaskBar) -> None:
        super().__init__(window)
        self.controller = controller
        self.window = window
        self.tasks = tasks
        self.last_error: QMessageBox | None = None

    def error(self, title: str, message: str, advice: str = "") -> None:
        self.last_error = show_error(self.window, title, message, advice)

    # ------------------------------------------------------------------ documents

    def new_brief(self) -> NewBriefDialog:
        dialog = NewBriefDialog(self.window)
        dialog.accepted.connect(lambda: self.create(dialog))
        dialog.open()
        return dialog

    def create(self, dialog: NewBriefDialog) -> None:
        template = dialog.template()
        if template is None:
            return
        try:
            self.controller.new_document(template, title=dialog.brief_title())
        except (BriefingError, OSError) as error:
            self.error(self.tr("Could not create the brief"), str(error),
                       self.tr("Check that your data folder is writable and has free space."))

    def open_dialog(self) -> None:
        path = ask_brief_path(self.window, self.tr("Open Brief"), self.controller.settings.folder("open"),
                              self.tr(BRIEF_FILTER))
        if path is not None:
            self.controller.settings.set_folder("open", path.parent)
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        try:
            self.controller.open_document(path)
        except engines.locked_error_types() as error:
            self.error(self.tr("Brief in use"),
                       self.tr("{name} is already open in another Briefing window.").format(name=path.name),
                       self.tr("Switch to that window, or close it there and open the brief again. ({detail})")
                       .format(detail=error))
            return False
        except (BriefingError, OSError) as error:
            kind = engines.foreign_kind(path)
            if kind is not None and self.controller.is_open:
                self.offer_import(path, kind)
                return False
            # The store's sentences already name the file; wrapping them again would say it twice.
            said = str(error)
            text = said if path.name in said else self.tr("{name} could not be opened: {error}").format(
                name=path.name, error=said)
            self.error(self.tr("Could not open the brief"), text,
                       self.tr("Check that the file is a brief saved by Briefing and that you may read it."))
            return False
        return True

    def offer_import(self, path: Path, kind: str) -> QMessageBox:
        """A source opened as if it were a brief: offer to import it into the open brief instead."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Not a brief"),
                          self.tr("{name} is {kind}, not a brief. Import it as a source of “{title}”?").format(
                              name=path.name, kind=kind, title=self.controller.brief.title),
                          QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("importInsteadDialog")
        import_button = box.addButton(self.tr("&Import as Source"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(import_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.buttonClicked.connect(lambda button: self.import_paths([path]) if button is import_button else None)
        box.open()
        self.last_error = box
        return box

    def save_as_dialog(self) -> None:
        if not self.controller.is_open:
            return
        suggested = str(start_folder(self.controller, "save") / (file_stem(self.controller.brief.title) + ".brief"))
        chosen = ask_brief_path(self.window, self.tr("Save Brief As"), suggested, self.tr(BRIEF_FILTER), save=True)
        if chosen is not None:
            path = chosen if chosen.suffix == ".brief" else chosen.with_name(chosen.name + ".brief")
            remember_folder(self.controller, "save", path.parent)
            self.save_as(path)

    def save_as(self, path: Path) -> bool:
        try:
            self.controller.save_as(path)
        except (BriefingError, OSError) as error:
            self.error(self.tr("Could not save the brief"),
                       self.tr("The brief could not be saved as {path}: {error}").format(path=path, error=error),
                       self.tr("Choose a folder you may write to, with free space."))
            return False
        self.message.emit(self.tr("Saved as {path}").format(path=path))
        return True

    # ------------------------------------------------------------------ sources

    def import_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import Sources"),
                                                self.controller.settings.folder("import"), self.tr(IMPORT_FILTER))
        if names:
            self.controller.settings.set_folder("import", Path(names[0]).parent)
            self.import_paths([Path(n) for n in names])

    def import_paths(self, paths: list[Path]) -> Job | None:
        """Import files and folders in the background: the path used by the menu and by drops."""
        if not self.controller.is_open:
            self.error(self.tr("No brief is open"), self.tr("Sources are imported into a brief."),
                       self.tr("Create a brief with File ▸ New or open one first."))
            return None
        snapshot = copy.copy(self.controller.brief)
        snapshot.sources = list(self.controller.brief.sources)
        path_for = self.controller.path

        def work(ctx: JobContext) -> engines.ImportResult:
            return engines.import_paths(snapshot, paths, progress=ctx.progress, cancel=ctx.cancelled)

        job = Job(self.tr("Importing"), work, self)
        job.finished.connect(lambda result: self._imported(result, path_for))
        job.failed.connect(lambda message: self.error(self.tr("Import failed"), message,
                                                      self.tr("Check the files and try again.")))
        self.tasks.track(job)
        job.start()
        return job

    def _imported(self, result: engines.ImportResult, path_for: Path | None) -> None:
        if path_for != self.controller.path:
            return  # the brief was closed meanwhile; nothing to add it to
        if result.imported:
            self.controller.push(ImportSourcesCommand(self.controller, result.imported))
        parts = [self.tr("%n source(s) imported", "", len(result.imported))]
        if result.duplicates:
            parts.append(self.tr("%n already in the brief", "", len(result.duplicates)))
        self.message.emit("; ".join(parts))
        self.imported.emit(len(result.imported))
        if result.failed:
            lines = "\n".join(f"{Path(p).name}: {reason}" for p, reason in result.failed[:12])
            more = len(result.failed) - 12
            if more > 0:
                lines += "\n" + self.tr("…and {count} more").format(count=more)
            self.error(self.tr("Some files were not imported"),
                       self.tr("%n file(s) could not be imported:", "", len(result.failed)) + "\n" + lines,
                       self.tr("Convert them to a supported format (text, HTML, PDF, DOCX, e-mail) and import "
                               "them again."))

    def paste(self) -> bool:
        """Import the clipboard's text or HTML as a new source."""
        if not self.controller.is_open:
            return False
        mime = QGuiApplication.clipboard().mimeData()
        text = mime.text() if mime is not None and mime.hasText() else None
        html = mime.html() if mime is not None and mime.hasHtml() else None
        return self.import_text(text, html)

    def import_text(self, text: str | None, html: str | None) -> bool:
        try:
            source = engines.read_clipboard(text, html)
        except BriefingError as error:
            self.error(self.tr("Nothing to paste"), str(error))
            return False
        if any(s.sha256 == source.sha256 for s in self.controller.brief.sources):
            self.message.emit(self.tr("That text is already a source of this brief."))
            return False
        self.controller.push(ImportSourcesCommand(self.controller, [source]))
        return True

    # ------------------------------------------------------------------ output

    def export_dialog(self, fmt: str) -> None:
        if not self.controller.is_open:
            return
        suggested = str(start_folder(self.controller, "export") / f"{file_stem(self.controller.brief.title)}.{fmt}")
        filters = {"pdf": self.tr("PDF documents (*.pdf)"), "docx": self.tr("Word documents (*.docx)")}
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export {fmt}").format(fmt=fmt.upper()),
                                              suggested, filters.get(fmt, ""))
        if name:
            path = Path(name) if name.lower().endswith("." + fmt) else Path(f"{name}.{fmt}")
            remember_folder(self.controller, "export", path.parent)
            self.export(path, offer_open=True)

    def export(self, path: Path, offer_open: bool = False, record: bool = True) -> Job:
        """Export in the background; the file written is recorded in the release history unless
        `record` is False (a print's temporary PDF is not a release of its own)."""
        brief = copy.deepcopy(self.controller.brief)
        template = self.controller.template
        path_for = self.controller.path

        def work(ctx: JobContext) -> tuple[Path, Release | None]:
            ctx.check()
            written: Path = offload.call("export", brief, path, template, cancel=ctx.token)
            if not record:
                return written, None
            from briefing.delivery.history import brief_template, release_for_export  # not Qt; loaded when used

            return written, release_for_export(written, brief, template or brief_template(brief))

        job = Job(self.tr("Exporting {name}").format(name=path.name), work, self)
        job.finished.connect(lambda result: self._exported(result, offer_open, path_for))
        job.failed.connect(lambda message: self.error(
            self.tr("Export failed"), self.tr("{name} was not written: {error}").format(name=path.name, error=message),
            self.tr("Fix what the message names (the Checks panel may help) and export again.")))
        self.tasks.track(job)
        job.start()
        return job

    def _exported(self, result: tuple[Path, Release | None], offer_open: bool, path_for: Path | None) -> None:
        path, release = Path(result[0]), result[1]
        if release is not None and self.controller.is_open and path_for == self.controller.path:
            self.controller.record_release(release)
        self.message.emit(self.tr("Exported {path}").format(path=path))
        self.exported.emit(str(path))
        if not offer_open:
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export finished"),
                          self.tr("The brief was exported to {path}.").format(path=path),
                          QMessageBox.StandardButton.Close, self.window)
        open_button = box.addButton(self.tr("&Open It"), QMessageBox.ButtonRole.AcceptRole)
        folder_button = box.addButton(self.tr("Show &Folder"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(open_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def clicked(button: object) -> None:
            if button is open_button:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            elif button is folder_button:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

        box.buttonClicked.connect(clicked)
        box.open()

    def print_brief(self) -> None:
        """Print through the PDF the export produces, so paper matches the file exactly."""
        if not self.controller.is_open:
            return
        folder = Path(tempfile.mkdtemp(prefix="briefing-print-"))
        job = self.export(folder / "print.pdf", record=False)
        job.finished.connect(lambda result: self._print_pdf(Path(result[0])))

    def _print_pdf(self, path: Path) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if print_pdf(path, printer) == 0:
            self.error(self.tr("Printing failed"), self.tr("The printer could not be started."),
                       self.tr("Check the printer, or export a PDF and print that."))


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Paint each page of the PDF at `path` onto `printer`, scaled to the printable area; pages printed."""
    document = QPdfDocument()
    document.load(str(path))
    painter = QPainter()
    if document.pageCount() == 0 or not painter.begin(printer):
        document.close()
        return 0
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            size = document.pagePointSize(page).toSize()
            size.scale(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(0, 0, document.render(page, QSize(size.width(), size.height())))
        return document.pageCount()
    finally:
        painter.end()
        document.close()


def file_stem(title: str) -> str:
    """The file name (without suffix) a save or export dialog suggests for a brief of this title."""
    return safe_file_name(title, "brief", limit=60, separator="-")
