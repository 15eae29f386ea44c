"""What an edit changed: the report every view refreshes from, and autosave copies by."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Change:
    """A change report.

    Views look only at the parts they show: the outline at `sections` and `items`, the source
    list at `sources`, the properties at `meta`. `structure` means items or sources were added,
    removed or moved (lists must be rebuilt, not just relabelled); `everything` means a new
    brief was loaded.
    """

    meta: bool = False
    sources: frozenset[str] = field(default_factory=frozenset)
    sections: frozenset[str] = field(default_factory=frozenset)
    items: frozenset[str] = field(default_factory=frozenset)
    structure: bool = False
    dismissed: bool = False
    everything: bool = False
    releases: bool = False  # the release history (what was exported or sent) changed

    @classmethod
    def all(cls) -> Change:
        return cls(meta=True, structure=True, dismissed=True, everything=True, releases=True)

    def merged(self, other: Change) -> Change:
        return Change(
            meta=self.meta or other.meta,
            sources=self.sources | other.sources,
            sections=self.sections | other.sections,
            items=self.items | other.items,
            structure=self.structure or other.structure,
            dismissed=self.dismissed or other.dismissed,
            everything=self.everything or other.everything,
            releases=self.releases or other.releases,
        )

    @property
    def touches_items(self) -> bool:
        return self.everything or self.structure or bool(self.items) or bool(self.sections)
