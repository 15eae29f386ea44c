"""Icons: the bundled SVGs (sharp at any DPI), else the desktop theme, else Qt's built-in ones."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from briefing.resources import resource

_THEME = {
    "new": "document-new", "open": "document-open", "import": "document-import", "undo": "edit-undo",
    "redo": "edit-redo", "check": "tools-check-spelling", "export": "document-export", "paste": "edit-paste",
    "properties": "document-properties",
}
_STYLE = {
    "new": QStyle.StandardPixmap.SP_FileIcon, "open": QStyle.StandardPixmap.SP_DialogOpenButton,
    "import": QStyle.StandardPixmap.SP_ArrowDown, "undo": QStyle.StandardPixmap.SP_ArrowBack,
    "redo": QStyle.StandardPixmap.SP_ArrowForward, "check": QStyle.StandardPixmap.SP_DialogApplyButton,
    "export": QStyle.StandardPixmap.SP_DialogSaveButton, "paste": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "properties": QStyle.StandardPixmap.SP_FileDialogDetailedView,
}


@cache
def icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    if path.is_file():
        found = QIcon(str(path))
        if not found.isNull():
            return found
    if name in _THEME and QIcon.hasThemeIcon(_THEME[name]):
        return QIcon.fromTheme(_THEME[name])
    style = QApplication.style()
    if name in _STYLE and style is not None:
        return style.standardIcon(_STYLE[name])
    return QIcon()
