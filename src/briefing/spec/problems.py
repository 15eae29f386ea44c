"""Collecting every problem of a spec, each as one located line, before failing once."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.errors import ProblemList


@dataclass(frozen=True)
class SpecProblem:
    """One problem: where (file, 1-based line or None, key path such as `sections.summary[2]`) and what."""

    origin: str
    line: int | None
    key: str
    message: str

    def __str__(self) -> str:
        place = f"{self.origin}:{self.line}" if self.line is not None else self.origin
        return f"{place}: {self.key}: {self.message}" if self.key else f"{place}: {self.message}"


class SpecError(ProblemList):
    """A brief spec that cannot be built: `problems` holds one "FILE:LINE: key: message" line each.

    All problems are reported together so that an analyst fixing a hand-written spec does not
    have to run the build once per typo. `entries` holds the same problems as data, for a view
    that jumps to the line.
    """

    def __init__(self, problems: list[str], entries: list[SpecProblem] | None = None) -> None:
        super().__init__(problems, summary="the brief spec has problems")
        self.entries = list(entries or [])


def one_line(text: str, limit: int = 80) -> str:
    """User text shown inside a one-line message: quoted, breaks made visible, long text shortened."""
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return '"' + shown.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace('"', '\\"') + '"'


class Problems:
    """An accumulator of located problems for one spec file."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self._found: list[SpecProblem] = []

    @property
    def entries(self) -> list[SpecProblem]:
        """The problems in file order (a stable sort: same-line problems keep the order found)."""
        return sorted(self._found, key=lambda problem: problem.line or 0)

    @property
    def lines(self) -> list[str]:
        return [str(problem) for problem in self.entries]

    def add(self, line: int | None, key: str, message: str) -> None:
        """Record one problem; `line` is 1-based (None when the problem has no place in the file)."""
        self._found.append(SpecProblem(self.origin, line, key, " ".join(message.split("\n"))))

    def __len__(self) -> int:
        return len(self._found)

    def raise_if_any(self) -> None:
        if self._found:
            raise self.error()

    def error(self) -> SpecError:
        return SpecError(self.lines, self.entries)
