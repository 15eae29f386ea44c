"""Convert between Python string offsets (what citations store) and Qt's UTF-16 text positions.

A character outside the Basic Multilingual Plane (many emoji, some CJK) is one Python character
but two UTF-16 units, so every position after it differs by one. Most sources have none, and
then the mapping is the identity at no cost.
"""

from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts between Python string offsets and Qt's UTF-16 positions (they differ after astral characters)."""

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # Qt position of each astral character's first unit, for the reverse direction.
        self._qt_astral = [index + n for n, index in enumerate(self._astral)]

    def to_qt(self, offset: int) -> int:
        if not self._astral:
            return offset
        return offset + bisect.bisect_left(self._astral, offset)

    def to_py(self, position: int) -> int:
        """A position inside a surrogate pair rounds down to the start of its character."""
        if not self._astral:
            return position
        return position - bisect.bisect_right(self._qt_astral, position - 1)
