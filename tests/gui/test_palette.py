"""The window follows a dark system appearance even where the platform theme leaves Qt light."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefing.gui import palette


def test_dark_scheme_gives_a_dark_palette_and_light_brings_it_back(qtbot) -> None:
    app = QApplication.instance()
    original = app.palette()
    try:
        palette.apply_scheme(app, Qt.ColorScheme.Dark, original)
        assert palette.is_dark(app.palette())
        palette.apply_scheme(app, Qt.ColorScheme.Unknown, original)
        assert palette.is_dark(app.palette())
        palette.apply_scheme(app, Qt.ColorScheme.Light, original)
        assert not palette.is_dark(app.palette())
    finally:
        app.setPalette(original)


def test_dark_palette_keeps_text_readable() -> None:
    dark = palette.dark_palette()
    assert palette.is_dark(dark)
    assert dark.color(palette.Role.Text).lightness() - dark.color(palette.Role.Base).lightness() > 150
