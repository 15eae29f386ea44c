"""Word lists of the Russian and Ukrainian rules, kept as data files in `data/` (one entry a line).

A reviewer extends a list without touching the rules; a test keeps every file sorted and unique.
Lines starting with "#" are comments. Files are read once, on first use.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of `data/NAME.txt`, in file order, without comments and blank lines."""
    text = resources.files("briefing.analysis.slavic").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def words(name: str) -> frozenset[str]:
    """The entries of `data/NAME.txt` as a set, for membership tests."""
    return frozenset(entries(name))


@cache
def pairs(name: str) -> tuple[tuple[str, str], ...]:
    """The rows of `data/NAME.tsv`: a lower-case key, a tab, its value."""
    text = resources.files("briefing.analysis.slavic").joinpath("data", f"{name}.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t", 1) for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return tuple((key, value) for key, value in rows)
