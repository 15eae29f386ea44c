"""Sending a brief by e-mail from the window, drafting it as `.eml`, and showing its release history.

The delivery engine sends and writes; this module opens the Send dialog for the open brief,
runs the draft export as a Job off the GUI thread, and records every release in the brief
through `DocumentController.record_release`: autosaved with the brief, and never undone.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from briefing.gui import offload
from briefing.gui.background import Job, JobContext
from briefing.gui.controller import DocumentController
from briefing.gui.errors import show_error
from briefing.gui.file_dialogs import remember_folder, start_folder
from briefing.gui.file_ops import file_stem
from briefing.gui.release_history import ReleaseHistoryDialog
from briefing.gui.send_dialog import SendDialog
from briefing.gui.task_bar import TaskBar
from briefing.model import Release
from briefing.templating.model import Template


class DeliveryActions(QObject):
    """Sending, e-mail drafts and the release history of the open brief."""

    message = Signal(str)  # for the status bar

    def __init__(self, controller: DocumentController, window: QWidget, tasks: TaskBar) -> None:
        super().__init__(window)
        self.controller = controller
        self.window = window
        self.tasks = tasks
        self.history_dialog: ReleaseHistoryDialog | None = None

    def _template(self) -> Template | None:
        template = self.controller.template
        if template is None:
            show_error(self.window, self.tr("No template"),
                       self.tr("This brief's template is neither installed nor stored in the brief."),
                       self.tr("Install the template it was made with (Templates ▸ Manage Templates) and try "
                               "again."))
        return template

    def record(self, release: Release, path_for: Path | None = None) -> bool:
        """Add `release` to the open brief's history (if it is still the brief it was made from)."""
        if not self.controller.is_open or (path_for is not None and path_for != self.controller.path):
            return False
        self.controller.record_release(release)
        return True

    # ------------------------------------------------------------------ send

    def send_dialog(self) -> SendDialog | None:
        """Open the Send dialog for the open brief; a successful sending is recorded in its history."""
        if not self.controller.is_open:
            return None
        template = self._template()
        if template is None:
            return None
        dialog = SendDialog(copy.deepcopy(self.controller.brief), template, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        path_for = self.controller.path
        dialog.finished.connect(lambda result: self._sent(dialog, result, path_for))
        dialog.open()
        return dialog

    def _sent(self, dialog: SendDialog, result: int, path_for: Path | None) -> None:
        release = dialog.release
        if result == QDialog.DialogCode.Accepted and release is not None and self.record(release, path_for):
            self.message.emit(self.tr("Sent to {recipients}; recorded in the release history.").format(
                recipients=", ".join(release.recipients)))

    # ------------------------------------------------------------------ draft

    def draft_dialog(self) -> None:
        if not self.controller.is_open:
            return
        suggested = str(start_folder(self.controller, "export") / f"{file_stem(self.controller.brief.title)}.eml")
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export E-mail Draft"), suggested,
                                              self.tr("E-mail drafts (*.eml)"))
        if name:
            path = Path(name) if name.lower().endswith(".eml") else Path(f"{name}.eml")
            remember_folder(self.controller, "export", path.parent)
            self.draft(path)

    def draft(self, path: Path) -> Job | None:
        """Write the draft in a child process; on success record the drafted release."""
        if not self.controller.is_open:
            return None
        template = self._template()
        if template is None:
            return None
        brief = copy.deepcopy(self.controller.brief)
        path_for = self.controller.path

        def work(ctx: JobContext) -> Release:
            ctx.check()
            release: Release = offload.call("draft_eml", brief, path, template, cancel=ctx.token)
            return release

        job = Job(self.tr("Drafting {name}").format(name=path.name), work, self)
        job.finished.connect(lambda release: self._drafted(release, path, path_for))
        job.failed.connect(lambda text: show_error(
            self.window, self.tr("E-mail draft failed"),
            self.tr("{name} was not written: {error}").format(name=path.name, error=text),
            self.tr("Fix what the message names (the Checks panel may help) and try again.")))
        self.tasks.track(job)
        job.start()
        return job

    def _drafted(self, release: Release, path: Path, path_for: Path | None) -> None:
        self.record(release, path_for)
        self.message.emit(self.tr("E-mail draft written to {path}").format(path=path))

    # ------------------------------------------------------------------ history

    def show_history(self) -> ReleaseHistoryDialog:
        if self.history_dialog is None:
            self.history_dialog = ReleaseHistoryDialog(self.controller, self.window)
        self.history_dialog.refresh()
        self.history_dialog.show()
        self.history_dialog.raise_()
        return self.history_dialog
