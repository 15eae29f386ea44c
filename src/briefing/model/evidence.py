"""Evidence: the exact span of source text that a suggestion or finding rests on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Evidence:
    """`text == source.text[start:end]`; `source` is the source's id (or its index in a batch)."""

    source: str | int
    start: int
    end: int
    text: str
