"""The suggestions the analysis hands to the app and the CLI, and their JSON form.

Each suggestion has a stable `key` built from its content (not from its position), so the app can
remember that the analyst dismissed it even after sources are added or the analysis is re-run.
Evidence points at a source by its index in the analysed list; `Suggestions.source_ids` maps the
index to the source's id for citations.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from briefing.model import Citation, Evidence


def normalized(text: str) -> str:
    """The text a stable key is made of: case-folded, white space evened out.

    str.split splits on exactly the characters `\\s` matches, so this is `re.sub(r"\\s+", " ", text).strip()`
    at a third of the cost (it runs for every suggestion).
    """
    return " ".join(text.split()).casefold()


def stable_key(kind: str, *parts: str) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{kind}:{digest}"


@dataclass(frozen=True)
class ActorSuggestion:
    name: str
    type: str  # "person" or "organization"
    role: str | None
    affiliation: str | None
    mentions: int
    evidence: tuple[Evidence, ...]
    cue: str = ""
    key: str = ""


@dataclass(frozen=True)
class CaveatSuggestion:
    kind: str
    text: str  # the phrase or clause the caveat is about, as the source words it
    cue: str
    evidence: tuple[Evidence, ...]
    key: str = ""
    sentence: str = ""  # the proposed sentence for the brief's Sourcing caveats section


@dataclass(frozen=True)
class QuestionSuggestion:
    text: str
    evidence: tuple[Evidence, ...]
    cue: str = ""
    key: str = ""


@dataclass(frozen=True)
class SummarySuggestion:
    text: str
    score: float
    evidence: tuple[Evidence, ...]
    key: str = ""


@dataclass
class Suggestions:
    """What the analysis proposes for a set of sources, each item with its evidence."""

    actors: list[ActorSuggestion] = field(default_factory=list)
    caveats: list[CaveatSuggestion] = field(default_factory=list)
    questions: list[QuestionSuggestion] = field(default_factory=list)
    summary: list[SummarySuggestion] = field(default_factory=list)
    source_ids: list[str] = field(default_factory=list)

    def source_id(self, evidence: Evidence) -> str:
        """The id of the source an evidence span points into."""
        if isinstance(evidence.source, str):
            return evidence.source
        return self.source_ids[evidence.source]

    def citation(self, evidence: Evidence) -> Citation:
        """A citation for the brief from an evidence span, ready to attach to an item."""
        return Citation(self.source_id(evidence), evidence.start, evidence.end, evidence.text)

    def without(self, dismissed: set[str]) -> Suggestions:
        """The suggestions the analyst has not dismissed (by key)."""
        return Suggestions(
            [a for a in self.actors if a.key not in dismissed],
            [c for c in self.caveats if c.key not in dismissed],
            [q for q in self.questions if q.key not in dismissed],
            [s for s in self.summary if s.key not in dismissed],
            list(self.source_ids),
        )

    def to_json(self, sources: list[dict[str, Any]], *, details: bool = False) -> dict[str, Any]:
        """The `briefing analyze --json` object: the design's fields, plus each caveat's proposed
        `sentence` for the brief; `sources` gives each source's path and title. With `details`,
        every item also carries its `cue` and `key`."""
        def extra(cue: str, key: str) -> dict[str, str]:
            return {"cue": cue, "key": key} if details else {}

        return {
            "sources": sources,
            "actors": [
                {"name": a.name, "type": a.type, "role": a.role, "affiliation": a.affiliation,
                 "mentions": a.mentions, "evidence": _evidence(a.evidence), **extra(a.cue, a.key)}
                for a in self.actors
            ],
            "caveats": [
                {"kind": c.kind, "text": c.text, "cue": c.cue, "sentence": c.sentence or c.text,
                 "evidence": _evidence(c.evidence),
                 **({"key": c.key} if details else {})}
                for c in self.caveats
            ],
            "questions": [
                {"text": q.text, "evidence": _evidence(q.evidence), **extra(q.cue, q.key)}
                for q in self.questions
            ],
            "summary": [
                {"text": s.text, "score": s.score, "evidence": _evidence(s.evidence),
                 **({"key": s.key} if details else {})}
                for s in self.summary
            ],
        }


def _evidence(items: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    return [{"source": e.source, "start": e.start, "end": e.end, "text": e.text} for e in items]
