"""Collecting every problem of a spec, each as one located line, before failing once."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from briefing.errors import ProblemList


class SpecError(ProblemList):
    """A brief spec that cannot be built: `problems` holds one "FILE:LINE: key: message" line each.

    All problems are reported together so that an analyst fixing a hand-written spec does not
    have to run the build once per typo.
    """

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems, summary="the brief spec has problems")


def one_line(text: str, limit: int = 80) -> str:
    """User text shown inside a one-line message: quoted, breaks made visible, long text shortened."""
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return '"' + shown.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace('"', '\\"') + '"'


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """ "; did you mean 'x'?" when a close choice exists, else the list of valid choices."""
    options = list(choices)
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if close:
        return f"; did you mean {close[0]!r}?"
    if options:
        return "; valid keys: " + ", ".join(options)
    return ""


class Problems:
    """An accumulator of located problems for one spec file."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self._found: list[tuple[int, str]] = []

    @property
    def lines(self) -> list[str]:
        """The problems in file order (a stable sort: same-line problems keep the order found)."""
        return [text for _, text in sorted(self._found, key=lambda found: found[0])]

    def add(self, line: int | None, key: str, message: str) -> None:
        """Record one problem; `line` is 1-based (None when the problem has no place in the file)."""
        place = f"{self.origin}:{line}" if line is not None else self.origin
        message = " ".join(message.split("\n"))
        self._found.append((line or 0, f"{place}: {key}: {message}" if key else f"{place}: {message}"))

    def __len__(self) -> int:
        return len(self._found)

    def raise_if_any(self) -> None:
        if self._found:
            raise SpecError(self.lines)
