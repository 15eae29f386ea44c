"""What a workspace writer last saw of a brief: the versions and content keys its next save compares against."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.store.codec import Row


@dataclass
class KnownItem:
    """An item as this writer last saw it in the workspace: its version, content key and place."""

    version: int
    key: Row
    section: str
    position: float


@dataclass
class KnownSource:
    """A brief's source as this writer last saw it in the workspace."""

    version: int
    key: Row
    position: float


@dataclass
class Known:
    """What the database held when this writer last read or wrote it."""

    brief_version: int = 0
    meta_version: int = 0
    meta: Row = ()
    sections: tuple[str, ...] = ()
    dismissed: frozenset[str] = frozenset()
    releases: int = 0
    state: str = "draft"
    items: dict[str, KnownItem] = field(default_factory=dict)
    sources: dict[str, KnownSource] = field(default_factory=dict)
