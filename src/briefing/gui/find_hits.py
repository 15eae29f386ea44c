"""The matches of the current search in the sources, and stepping through them (F3 / Shift+F3).

The search box filters the source list to the sources that match; a reader also wants to see
each match in the text and go from one to the next, across sources, the way a browser's find
bar does. This object holds the matches of the latest search (in the order the search ranked
the sources) and answers "where is the next one from here"; the reader draws them and the menu
steps through them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QObject, Signal

Spans = tuple[tuple[int, int], ...]
Match = tuple[str, int, int]  # source id, start, end


class SourceHits(QObject):
    """The latest search's matches, by source, and which one comes next from a given place."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._by_source: dict[str, Spans] = {}
        self._flat: list[Match] = []
        self._rank: dict[str, int] = {}

    def set(self, hits: dict[str, Spans]) -> None:
        """The matches of a new search, sources best first."""
        self._by_source = dict(hits)
        self._rank = {source_id: rank for rank, source_id in enumerate(hits)}
        self._flat = [(source_id, start, end) for source_id, spans in hits.items() for start, end in spans]
        self.changed.emit()

    def clear(self) -> None:
        if self._by_source:
            self.set({})

    @property
    def total(self) -> int:
        return len(self._flat)

    @property
    def active(self) -> bool:
        return bool(self._by_source)

    def flat(self) -> list[Match]:
        """Every match, in stepping order."""
        return list(self._flat)

    def in_source(self, source_id: str) -> Spans:
        return self._by_source.get(source_id, ())

    def step(self, source_id: str | None, offset: int, forward: bool) -> tuple[Match, int] | None:
        """The match after (or before) `offset` in `source_id`, wrapping around; with its 1-based number.

        A source outside the results counts as standing before the first one, so F3 from
        anywhere starts at the best-ranked source.
        """
        if not self._flat:
            return None
        here = (self._rank.get(source_id or "", -1), offset)
        keys = [(self._rank[match[0]], match[1]) for match in self._flat]
        if forward:
            index = bisect_right(keys, here)
            index = 0 if index >= len(keys) else index
        else:
            index = bisect_left(keys, here) - 1
            index = len(keys) - 1 if index < 0 else index
        return self._flat[index], index + 1
