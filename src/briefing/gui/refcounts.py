"""A guard against a PySide6 reference-count bug that ends the app with "bool_dealloc".

PySide6 6.12.0's `SignalInstance.emit` returns True without taking a reference to it, so every
signal emitted from Python takes one reference from True. Python 3.11 aborts the process when
True's count reaches zero: a few thousand emits (an hour of typing, each keystroke a command
that reports its change) would crash the app with everything in memory. Python 3.12 made True
and False immortal, which makes the bug harmless; on 3.11 the same is done here, once, by giving
them a count no session can exhaust. Without the bug, or on 3.12+, this changes nothing that
matters.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40  # far more emits than any session makes


def make_bools_immortal() -> None:
    """Give True and False a reference count no leak can exhaust (what Python 3.12+ does itself)."""
    if sys.version_info >= (3, 12) or getattr(make_bools_immortal, "done", False):
        return
    for value in (True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += _RESERVE
    make_bools_immortal.done = True  # type: ignore[attr-defined]


make_bools_immortal()
