"""The file dialogs that list briefs, and where every file dialog starts.

Qt's own dialog names a file's type from the MIME database, which sees a brief's SQLite
header and calls it "SQLite3 database" (cut to "SQL…ase" in the Type column). An icon
provider names briefs as briefs. Dialogs start in the brief's own folder, as people expect of
a document application, unless they already chose another folder for this brief.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

from briefing.gui.controller import DocumentController
from briefing.gui.icons import icon

BRIEF_SUFFIX = "brief"


def tr(text: str) -> str:
    return QCoreApplication.translate("file_dialogs", text)


class BriefFileIcons(QFileIconProvider):
    """Names .brief files "Briefing brief" and gives them the app's icon."""

    def type(self, info: QFileInfo) -> str:
        if info.suffix().lower() == BRIEF_SUFFIX:
            return tr("Briefing brief")
        return super().type(info)

    def icon(self, what: QFileInfo | QFileIconProvider.IconType) -> QIcon:
        if isinstance(what, QFileInfo) and what.suffix().lower() == BRIEF_SUFFIX:
            return icon("briefing")
        return super().icon(what)


def _dialog(parent: QWidget, caption: str, start: str, name_filter: str, save: bool) -> QFileDialog:
    dialog = QFileDialog(parent, caption, start, name_filter)
    dialog.setObjectName("briefFileDialog")
    dialog.setIconProvider(BriefFileIcons())
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(BRIEF_SUFFIX)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def ask_brief_path(parent: QWidget, caption: str, start: str, name_filter: str, save: bool = False) -> Path | None:
    """A brief to open (or a name to save one as), chosen in a dialog that names briefs as such."""
    dialog = _dialog(parent, caption, start, name_filter, save)
    if not dialog.exec():
        return None
    chosen = dialog.selectedFiles()
    return Path(chosen[0]) if chosen else None


def start_folder(controller: DocumentController, purpose: str) -> Path:
    """Where a dialog for `purpose` ("export", "save", …) starts: the folder last chosen for this
    brief, else the brief's own folder, else the folder last chosen for any brief, else home."""
    path = controller.path
    settings = controller.settings
    if path is not None and not controller.is_untitled:
        remembered = settings.folder(_per_brief(purpose, path))
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        return path.parent
    general = settings.folder(purpose)
    return Path(general) if general and Path(general).is_dir() else Path.home()


def remember_folder(controller: DocumentController, purpose: str, folder: Path) -> None:
    settings = controller.settings
    settings.set_folder(purpose, folder)
    if controller.path is not None and not controller.is_untitled:
        settings.set_folder(_per_brief(purpose, controller.path), folder)


def _per_brief(purpose: str, path: Path) -> str:
    return f"{purpose}-{hashlib.sha1(str(path).encode(), usedforsecurity=False).hexdigest()[:16]}"
