"""The brief: its metadata, sections of items, and the citations tying each item to its sources."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from briefing.errors import ValidationError
from briefing.model.source import Source, new_id

ItemKind = Literal["prose", "actor", "question", "caveat", "judgment"]
ITEM_KINDS: tuple[str, ...] = ("prose", "actor", "question", "caveat", "judgment")

# ICD 203 estimative language.
LIKELIHOOD_TERMS: dict[str, tuple[int, int]] = {
    "almost no chance": (1, 5),
    "very unlikely": (5, 20),
    "unlikely": (20, 45),
    "roughly even chance": (45, 55),
    "likely": (55, 80),
    "very likely": (80, 95),
    "almost certain": (95, 99),
}
CONFIDENCE_TERMS: tuple[str, ...] = ("low", "moderate", "high")


@dataclass
class Citation:
    """A claim's anchor: the span [start, end) of a source's text and the words quoted then.

    `quote` is kept so that a citation whose source text no longer matches can be detected
    and explained rather than silently pointing at other words.
    """

    source_id: str
    start: int
    end: int
    quote: str

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValidationError(f"citation span {self.start}–{self.end} is not a valid range")

    def matches(self, source: Source) -> bool:
        return source.id == self.source_id and source.text[self.start:self.end] == self.quote


@dataclass
class Item:
    """One entry of a section.

    A single flat class serves every kind so that moving an item between sections, storing it
    and editing it need no conversions; fields that do not apply to a kind stay None.
    For an actor `text` is the analyst's note on the actor.
    """

    kind: ItemKind = "prose"
    text: str = ""
    citations: list[Citation] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    # actors
    name: str | None = None
    role: str | None = None
    affiliation: str | None = None
    actor_type: str | None = None
    # judgments (ICD 203)
    likelihood: str | None = None
    confidence: str | None = None
    # caveats
    caveat_kind: str | None = None
    # portion marking label, where the template asks for portion marks
    portion: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in ITEM_KINDS:
            raise ValidationError(f"item kind {self.kind!r} is unknown; use one of {', '.join(ITEM_KINDS)}")
        if self.likelihood is not None and self.likelihood not in LIKELIHOOD_TERMS:
            raise ValidationError(
                f"likelihood {self.likelihood!r} is not an ICD 203 term; use one of {', '.join(LIKELIHOOD_TERMS)}"
            )
        if self.confidence is not None and self.confidence not in CONFIDENCE_TERMS:
            raise ValidationError(
                f"confidence {self.confidence!r} is not low, moderate or high"
            )

    @property
    def label(self) -> str:
        """What a list shows for this item: an actor's name, otherwise its text."""
        if self.kind == "actor":
            return self.name or self.text
        return self.text

    def word_count(self) -> int:
        return len(self.text.split())


@dataclass
class Section:
    """The items filed under one of the template's section keys, in order."""

    key: str
    items: list[Item] = field(default_factory=list)

    def word_count(self) -> int:
        return sum(item.word_count() for item in self.items)


@dataclass
class Release:
    """A record of one copy that left the analyst's hands: exported (PDF, DOCX), drafted (.eml) or sent."""

    at: datetime
    action: str  # "drafted", "sent", "exported"
    recipients: list[str]
    marking: str | None
    filename: str
    sha256: str
    detail: str = ""


@dataclass
class Brief:
    """The whole brief. Plain data: no I/O, no Qt; the store, spec and GUI all work on this."""

    title: str = "Untitled brief"
    template_id: str = "situation-brief"
    subtitle: str | None = None
    author: str | None = None
    organization: str | None = None
    date: datetime | None = None
    reference: str | None = None
    marking: str | None = None
    distribution: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    dismissed: set[str] = field(default_factory=set)
    template_snapshot: str | None = None
    releases: list[Release] = field(default_factory=list)
    # Where this copy came from: a workspace brief (JSON of URL, id and version, written by
    # `briefing workspace pull`), so that pushing the copy updates that brief. Not content:
    # the brief spec does not carry it, and the model never reads it.
    origin: str | None = None

    def source(self, source_id: str) -> Source:
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)

    def find_source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def section(self, key: str) -> Section:
        """The section with this key, created empty if the brief has none yet."""
        for section in self.sections:
            if section.key == key:
                return section
        section = Section(key)
        self.sections.append(section)
        return section

    def find_item(self, item_id: str) -> tuple[Section, int] | None:
        for section in self.sections:
            for index, item in enumerate(section.items):
                if item.id == item_id:
                    return section, index
        return None

    def items(self) -> list[Item]:
        return [item for section in self.sections for item in section.items]

    def citation_counts(self) -> dict[str, int]:
        """How many citations point into each source, by source id."""
        counts: dict[str, int] = {source.id: 0 for source in self.sources}
        for item in self.items():
            for citation in item.citations:
                counts[citation.source_id] = counts.get(citation.source_id, 0) + 1
        return counts
