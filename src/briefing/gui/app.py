"""Start the desktop app: check the platform, set up Qt, logging and the window, open the brief."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from briefing.gui import preflight

log = logging.getLogger(__name__)
_TRANSLATORS: list[object] = []  # kept alive for the life of the app


def create_window(argv: list[str]):  # type: ignore[no-untyped-def]
    """Build the application object (if needed) and the window, and open the brief to work on.

    The brief is the one named in `argv`, else the one open when the app last stopped, whether
    it was closed or crashed: the file is always current, so that is the crash recovery.
    """
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from briefing.gui import palette, translations
    from briefing.gui.errors import install_excepthook, setup_logging
    from briefing.gui.icons import icon
    from briefing.gui.main_window import MainWindow
    from briefing.gui.paths import APPLICATION, ORGANIZATION

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(["briefing", *argv])
    if not _TRANSLATORS:
        _TRANSLATORS.extend(translations.install(app))
        if isinstance(app, QGuiApplication):
            palette.follow_system(app)
    QGuiApplication.setDesktopFileName("briefing")
    QGuiApplication.setWindowIcon(icon("briefing"))
    setup_logging()
    install_excepthook()
    # Background threads (import, the store) hand the GIL back to the GUI thread sooner.
    sys.setswitchinterval(0.001)
    window = MainWindow()
    window.restore_layout()
    if argv[:1] == ["--workspace"] and len(argv) == 3:  # `briefing workspace open URL BRIEF`
        from briefing.gui.workspace_dock import open_workspace

        open_workspace(window, argv[1], argv[2])
        return app, window
    target = Path(argv[0]) if argv else window.controller.settings.last_open()
    if target is not None:
        if target.exists():
            window.files.open_path(target)
        elif argv:
            window.files.error(window.tr("Could not open the brief"),
                               window.tr("{path} does not exist.").format(path=target),
                               window.tr("Check the name, or open the brief with File ▸ Open."))
        else:
            window.controller.settings.set_last_open(None)
    return app, window


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    problem = preflight.check()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    started = time.perf_counter()
    app, window = create_window(args)
    window.show()
    log.info("window shown %.0f ms after start", (time.perf_counter() - started) * 1000)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
