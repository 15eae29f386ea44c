"""The PySide6 desktop app. The only package that imports Qt."""

from briefing.gui import refcounts as _refcounts  # noqa: F401  (before anything emits a signal)
