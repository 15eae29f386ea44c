"""A suggestion of the analysis as the app and the command line offer it: one shape for all kinds."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from briefing.analysis import (
    ActorSuggestion,
    CaveatSuggestion,
    QuestionSuggestion,
    Suggestions,
    SummarySuggestion,
)
from briefing.model import Evidence, Source

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


AnalysisItem = ActorSuggestion | CaveatSuggestion | QuestionSuggestion | SummarySuggestion


def suggestions_from_analysis(result: Suggestions, sources: Sequence[Source],
                              cancel: Callable[[], bool] | None = None) -> list[Suggestion]:
    """The analysis' suggestions in one shape, their evidence naming sources by id (the analysis
    numbers them by their position in `sources`). Stops early, with what it has, on `cancel`."""
    out: list[Suggestion] = []
    groups: tuple[tuple[str, Iterable[AnalysisItem]], ...] = (
        ("actors", result.actors), ("caveats", result.caveats), ("questions", result.questions),
        ("summary", result.summary))
    for kind, entries in groups:
        for entry in entries:
            if cancel is not None and cancel():
                return out
            out.append(_one(kind, entry, [e for e in (_by_id(x, sources) for x in entry.evidence) if e is not None]))
    return out


def _one(kind: str, entry: AnalysisItem, evidence: list[Evidence]) -> Suggestion:
    if isinstance(entry, ActorSuggestion):
        return Suggestion(kind, entry.key or f"{kind}:{entry.name}", entry.name, evidence, name=entry.name,
                          role=entry.role, affiliation=entry.affiliation, actor_type=entry.type,
                          mentions=entry.mentions, cue=entry.cue)
    if isinstance(entry, CaveatSuggestion):  # offered as the sentence it proposes for the brief
        return Suggestion(kind, entry.key or f"{kind}:{entry.text}", entry.sentence or entry.text, evidence,
                          caveat_kind=entry.kind, cue=entry.cue)
    if isinstance(entry, QuestionSuggestion):
        return Suggestion(kind, entry.key or f"{kind}:{entry.text}", entry.text, evidence, cue=entry.cue)
    return Suggestion(kind, entry.key or f"{kind}:{entry.text}", entry.text, evidence, score=entry.score)


def _by_id(evidence: Evidence, sources: Sequence[Source]) -> Evidence | None:
    """Evidence naming its source by id; None for an index outside the analysed list."""
    source = evidence.source
    if isinstance(source, int):
        if not 0 <= source < len(sources):
            return None
        source = sources[source].id
    return Evidence(source, evidence.start, evidence.end, evidence.text)
