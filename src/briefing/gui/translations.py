"""Load the app's translations (and Qt's own, for standard dialogs) for the user's language.

English ships as a translation too: it holds only the singular and plural forms of the
"%n item(s)" strings, so that an English window says "1 source" and "2 sources".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N = Path(__file__).resolve().parent / "i18n"


def install(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install the translators for `locale` (the system's by default); returns those installed."""
    locale = locale or QLocale.system()
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt)
    own = QTranslator(app)
    if own.load(locale, "briefing", "_", str(I18N)) or own.load(str(I18N / "briefing_en.qm")):
        installed.append(own)
    for translator in installed:
        app.installTranslator(translator)
    return installed
