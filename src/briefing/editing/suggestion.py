"""A suggestion of the analysis as the app and the command line offer it: one shape for all kinds."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.model import Evidence

SUGGESTION_KINDS: tuple[str, ...] = ("actors", "caveats", "questions", "summary")


@dataclass
class Suggestion:
    """One suggestion of an actor, caveat, question or summary sentence, with its evidence.

    Evidence names sources by id (the analysis numbers them by position), so a suggestion can be
    accepted into a brief whatever order its sources are in."""

    kind: str  # one of SUGGESTION_KINDS
    key: str  # stable across runs: what a dismissal remembers
    text: str
    evidence: list[Evidence]
    detail: str = ""
    name: str | None = None
    role: str | None = None
    affiliation: str | None = None
    actor_type: str | None = None
    caveat_kind: str | None = None
    mentions: int = 0
    cue: str = ""
    score: float | None = None
