"""Others' changes to a workspace brief, as `WorkspaceBrief.refresh` reads them, and their application in memory."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefing.model import Brief, Item, Section, Source
from briefing.workspace import rows


@dataclass
class Remote:
    """What others changed since this writer's last look, ready to be applied to the brief in memory."""

    items: dict[str, Item] = field(default_factory=dict)  # added or changed, by id
    removed_items: set[str] = field(default_factory=set)
    order: dict[str, list[str]] = field(default_factory=dict)  # section key -> item ids, for touched sections
    sources: dict[str, Source] = field(default_factory=dict)
    removed_sources: set[str] = field(default_factory=set)
    source_order: list[str] | None = None
    meta: Brief | None = None  # a brief holding the new metadata
    sections: list[str] | None = None
    dismissed: set[str] | None = None
    releases: list[Any] | None = None
    state: str | None = None
    who: set[str] = field(default_factory=set)

    @property
    def empty(self) -> bool:
        return not (self.items or self.removed_items or self.order or self.sources or self.removed_sources
                    or self.source_order is not None or self.meta is not None or self.sections is not None
                    or self.dismissed is not None or self.releases is not None or self.state is not None)


def apply_remote(brief: Brief, remote: Remote) -> None:
    """Bring the brief in memory up to what `refresh` read (others' changes), in place."""
    if remote.meta is not None:
        origin = brief.origin
        for name in rows.BRIEF_FIELDS:
            setattr(brief, name, getattr(remote.meta, name))
        brief.distribution = list(remote.meta.distribution)
        brief.origin = origin
    if remote.dismissed is not None:
        brief.dismissed = set(remote.dismissed)
    if remote.releases is not None:
        brief.releases = list(remote.releases)
    if remote.sources or remote.removed_sources or remote.source_order is not None:
        by_id = {s.id: s for s in brief.sources}
        by_id.update(remote.sources)
        order = remote.source_order or [s.id for s in brief.sources if s.id not in remote.removed_sources]
        brief.sources = [by_id[i] for i in order if i in by_id]
    items = {item.id: item for item in brief.items()}
    items.update(remote.items)
    if remote.sections is not None:
        existing = {section.key: section for section in brief.sections}
        brief.sections = [existing.get(key) or Section(key) for key in remote.sections] + [
            section for key, section in existing.items() if key not in remote.sections and section.items]
    for key, order in remote.order.items():
        brief.section(key).items = [items[i] for i in order if i in items]
    if remote.removed_items:
        for section in brief.sections:
            section.items = [item for item in section.items if item.id not in remote.removed_items]

