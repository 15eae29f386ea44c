"""How the app tells a person that something went wrong: a dialog they can act on, and a log file.

A dialog says what happened, to which file, and what to do; the technical detail (traceback)
goes only to the log under the user's data folder, which the dialog names.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from briefing.gui.paths import log_path

log = logging.getLogger("briefing.gui")


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def setup_logging() -> None:
    """Log to a rotating file in the data folder (and keep warnings on stderr for developers)."""
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_path(), maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def show_error(parent: QWidget | None, title: str, message: str, advice: str = "") -> QMessageBox:
    """A non-blocking, window-modal message box (returned so tests and callers can find it)."""
    log.warning("%s: %s", title, message)
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.setInformativeText(advice or tr("Details are in the log file: {path}").format(path=log_path()))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setStyleSheet("QLabel { min-width: 26em; }")  # long paths and reasons wrap less
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def install_excepthook() -> None:
    """An unexpected exception becomes a log entry and a calm dialog instead of a crash or a traceback."""

    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if previous is not sys.__excepthook__:
            previous(kind, error, tb)  # a test harness's hook still sees it
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if QApplication.instance() is None:
            return
        show_error(QApplication.activeWindow(), tr("Something went wrong"),
                   tr("Briefing ran into an unexpected problem ({kind}). Your brief is saved; "
                      "the last action may not have completed.").format(kind=kind.__name__),
                   tr("Please report it with the log file: {path}").format(path=log_path()))

    sys.excepthook = hook
