"""Model objects to workspace rows and back, and the order of items kept with as few writes as possible.

Dates and lists are stored as the .brief file stores them (ISO text, JSON), through the same
codec, so that a brief pushed and pulled back is the same brief to the last character.
Items and sources are ordered by a `position` number; a move or an insertion writes the moved
or new row only (a position between its neighbours), so that two analysts arranging different
parts of a section do not collide on rows they did not touch.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Sequence

from briefing.model import Brief, Citation, Item, Release, Source
from briefing.store import codec
from briefing.store.codec import Row
from briefing.workspace.errors import WorkspaceError

# Brief metadata as the workspace keeps it: the .brief columns without `origin` (where a copy came
# from means nothing inside the workspace itself), plus the distribution list.
BRIEF_FIELDS: tuple[str, ...] = (
    "title", "template_id", "subtitle", "author", "organization", "date", "reference", "marking",
    "template_snapshot",
)
ITEM_FIELDS: tuple[str, ...] = (
    "kind", "text", "name", "role", "affiliation", "actor_type", "likelihood", "confidence", "caveat_kind",
    "portion", "citations",
)
# brief_sources columns after (brief, id, position, library): codec.SOURCE_COLUMNS without id, position, text.
SOURCE_FIELDS: tuple[str, ...] = (
    "title", "publisher", "author", "published", "url", "accessed", "reliability", "credibility", "marking",
    "notes", "media_type", "origin", "paragraphs", "sha256", "extra",
)
RELEASE_FIELDS: tuple[str, ...] = ("at", "action", "recipients", "marking", "filename", "sha256", "detail")


def columns(names: Sequence[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def meta_row(brief: Brief) -> Row:
    """Values for BRIEF_FIELDS, then the distribution as JSON."""
    return (*codec.brief_row(brief)[: len(BRIEF_FIELDS)], json.dumps(brief.distribution, ensure_ascii=False))


def apply_meta_row(brief: Brief, row: Row) -> None:
    codec.apply_brief_row(brief, (*row[: len(BRIEF_FIELDS)], brief.origin))
    distribution = row[len(BRIEF_FIELDS)]
    brief.distribution = list(distribution if isinstance(distribution, list) else json.loads(distribution))


def item_key(item: Item) -> Row:
    """Everything stored about an item except where it is (compares without serialising)."""
    citations = tuple((c.source_id, c.start, c.end, c.quote) for c in item.citations)
    return (item.kind, item.text, item.name, item.role, item.affiliation, item.actor_type, item.likelihood,
            item.confidence, item.caveat_kind, item.portion, citations)


def item_values(item: Item) -> Row:
    """Values for ITEM_FIELDS."""
    key = item_key(item)
    citations = [{"source": s, "start": a, "end": b, "quote": q} for s, a, b, q in key[-1]]
    return (*key[:-1], json.dumps(citations, ensure_ascii=False))


def item_texts(item: Item) -> Row:
    """Every text of an item, its citations' included (they go into JSON, where a NUL cannot be seen)."""
    return (item.id, *item_key(item)[:-1], *[text for c in item.citations for text in (c.source_id, c.quote)])


def item_from_row(item_id: str, row: Row) -> Item:
    """An Item from ITEM_FIELDS values (citations as parsed JSON)."""
    *fields, citations = row
    cites = [Citation(c["source"], int(c["start"]), int(c["end"]), c["quote"]) for c in citations]
    (kind, text, name, role, affiliation, actor_type, likelihood, confidence, caveat_kind, portion) = fields
    return Item(kind=kind, text=text, citations=cites, id=item_id, name=name, role=role, affiliation=affiliation,
                actor_type=actor_type, likelihood=likelihood, confidence=confidence, caveat_kind=caveat_kind,
                portion=portion)


def source_key(source: Source) -> Row:
    return codec.source_key(source)


def source_values(source: Source) -> Row:
    """Values for SOURCE_FIELDS (the text goes to the library)."""
    row = codec.source_row(source, 0)
    return (row[2], *row[4:])


def source_from_row(source_id: str, text: str, row: Row) -> Source:
    title, *rest = row
    return codec.source_from_row((source_id, 0, title, text, *rest))


def release_values(release: Release) -> Row:
    return codec.release_row(release)


def check_storable(brief: Brief) -> None:
    """Refuse, in one sentence, what PostgreSQL cannot hold or the workspace cannot tell apart."""
    keys = [section.key for section in brief.sections]
    if len(set(keys)) != len(keys):
        twice = next(key for key in keys if keys.count(key) > 1)
        raise WorkspaceError(f"the brief has two sections with the key {twice!r}; move the items of one into the "
                             "other first")
    seen: set[str] = set()
    for item in brief.items():
        if item.id in seen:
            raise WorkspaceError(f"the brief has two items with the id {item.id!r}; delete one of them first")
        seen.add(item.id)
    source_ids: set[str] = set()
    for source in brief.sources:
        if source.id in source_ids:
            raise WorkspaceError(f"the brief has two sources with the id {source.id!r}; remove one of them first")
        source_ids.add(source.id)


def check_row(values: Row, what: str) -> Row:
    """A row about to be written, refused in one sentence if it holds a NUL (PostgreSQL text cannot)."""
    if any(isinstance(value, str) and "\x00" in value for value in values):
        raise WorkspaceError(f"{what} contains a NUL character, which the workspace cannot store; remove it first")
    return values


def place(order: Sequence[str], known: dict[str, float]) -> dict[str, float]:
    """New positions for the ids in `order` that need one, keeping as many known positions as possible.

    The known positions that already run in increasing order along `order` (their longest such
    run) stay; every other id gets a position spread between its kept neighbours. Returns only the
    ids whose position changes. When neighbours are too close to split, every id is renumbered.
    """
    kept = _longest_increasing([(index, known[i]) for index, i in enumerate(order) if i in known])
    keep_index = {index for index, _ in kept}
    result: dict[str, float] = {}
    index = 0
    while index < len(order):
        if index in keep_index:
            index += 1
            continue
        run_start = index
        while index < len(order) and index not in keep_index:
            index += 1
        low = known[order[run_start - 1]] if run_start > 0 else None
        high = known[order[index]] if index < len(order) else None
        count = index - run_start
        for offset in range(count):
            if low is None and high is None:
                value = float(offset + 1)
            elif low is None:
                value = high - (count - offset)  # type: ignore[operator]
            elif high is None:
                value = low + offset + 1
            else:
                value = low + (high - low) * (offset + 1) / (count + 1)
            result[order[run_start + offset]] = value
        if low is not None and high is not None and (high - low) / (count + 1) < 1e-9:
            return {item_id: float(n + 1) for n, item_id in enumerate(order)
                    if known.get(item_id) != float(n + 1)}
    return result


def _longest_increasing(pairs: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """The longest strictly increasing run (by value) of (index, value) pairs, in index order."""
    tails: list[float] = []
    tail_at: list[int] = []
    previous: list[int] = [-1] * len(pairs)
    for n, (_index, value) in enumerate(pairs):
        slot = bisect.bisect_left(tails, value)
        if slot == len(tails):
            tails.append(value)
            tail_at.append(n)
        else:
            tails[slot] = value
            tail_at[slot] = n
        previous[n] = tail_at[slot - 1] if slot > 0 else -1
    chain: list[tuple[int, float]] = []
    at = tail_at[-1] if tail_at else -1
    while at != -1:
        chain.append(pairs[at])
        at = previous[at]
    return chain[::-1]
