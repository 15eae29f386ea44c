"""Follow the system's light or dark appearance, also where the platform theme does not recolour Qt.

Desktop themes that support it hand Qt a dark palette themselves; on the others (a bare X11
session, some window managers) Qt learns that the user prefers dark but keeps a light palette.
There the app applies a dark palette of its own, and switches back when the system does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        Role.Window: "#2b2d30", Role.WindowText: "#e6e6e6", Role.Base: "#1e1f22", Role.AlternateBase: "#26282b",
        Role.ToolTipBase: "#3c3f41", Role.ToolTipText: "#e6e6e6", Role.Text: "#e6e6e6", Role.Button: "#35373a",
        Role.ButtonText: "#e6e6e6", Role.BrightText: "#ff6b6b", Role.Link: "#6ea8ff", Role.Highlight: "#2f65ca",
        Role.HighlightedText: "#ffffff", Role.PlaceholderText: "#8c8f94", Role.Light: "#4a4d51",
        Role.Midlight: "#3e4144", Role.Mid: "#2f3134", Role.Dark: "#1b1c1e", Role.Shadow: "#111111",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor("#7a7d82"))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightness() < 128


def apply_scheme(app: QGuiApplication, scheme: Qt.ColorScheme, light: QPalette) -> None:
    """Dark scheme and a light palette: go dark; light scheme after we went dark: restore `light`."""
    if scheme == Qt.ColorScheme.Dark and not is_dark(app.palette()):
        app.setPalette(dark_palette())
    elif scheme == Qt.ColorScheme.Light and is_dark(app.palette()) and not is_dark(light):
        app.setPalette(light)


def follow_system(app: QGuiApplication) -> None:
    """Match the palette to the system's colour scheme now and whenever it changes."""
    light = app.palette()
    apply_scheme(app, app.styleHints().colorScheme(), light)
    app.styleHints().colorSchemeChanged.connect(lambda scheme: apply_scheme(app, scheme, light))
