"""The analysis word lists, read from `resources/analysis/*.txt` (one entry a line, sorted, unique).

Lists are data, not code: a reviewer extends them without touching a rule, and a test keeps each
file sorted and free of repeats. Lines starting with "#" are comments. Each file is read once.
"""

from __future__ import annotations

from functools import cache

from briefing.resources import resource


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of `resources/analysis/<name>.txt`, in file order."""
    path = resource("analysis", f"{name}.txt")
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    if "#" not in text:  # no comment line: the lines stripped in one pass (given_names alone has 21,000)
        return tuple(filter(None, map(str.strip, lines)))
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def word_set(name: str) -> frozenset[str]:
    """The entries of a list as a set, for membership tests on lower-cased words."""
    return frozenset(entries(name))


@cache
def pairs(name: str) -> tuple[tuple[str, str], ...]:
    """The rows of `resources/analysis/<name>.tsv`: a lower-cased key, a tab, its value."""
    path = resource("analysis", f"{name}.tsv")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition("\t")
            rows.append((key.strip(), value.strip()))
    return tuple(rows)
