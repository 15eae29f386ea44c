"""Every mutation of a brief, each returning the Change it made.

The app's undo commands are thin wrappers over these (redo calls one, undo calls its inverse)
and the command line calls them directly. A Change must name everything the mutation touched:
views refresh from it and autosave copies only what it names, so a Change that forgets something
loses an edit (the round-trip test of every command catches that).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping

from briefing.editing.change import Change
from briefing.editing.items import convert_item, item_from_passage, item_from_suggestion, section_for_suggestion
from briefing.editing.suggestion import Suggestion
from briefing.model import Brief, Item, Release, Section, Source
from briefing.model.brief import ItemKind
from briefing.templating import reapply_template
from briefing.templating.model import Template


def _item_change(*keys: str, item_id: str, structure: bool = False) -> Change:
    return Change(sections=frozenset(keys), items=frozenset({item_id}), structure=structure)


def insert_item(brief: Brief, section_key: str, item: Item, index: int | None = None) -> Change:
    """Put `item` at `index` of the section (at its end when None or past it)."""
    section = brief.section(section_key)
    at = len(section.items) if index is None else max(0, min(index, len(section.items)))
    section.items.insert(at, item)
    return _item_change(section_key, item_id=item.id, structure=True)


def add_passage(brief: Brief, template: Template | None, section_key: str,
                passage: tuple[str, int, int]) -> tuple[Item, Change]:
    """Add an item of the section's kind citing exactly a passage (source id, start, end); the
    command line's `add` and the app's Ctrl+1… do the same."""
    item = item_from_passage(brief, template, section_key, passage)
    return item, insert_item(brief, section_key, item)


def accept_suggestion(brief: Brief, template: Template | None, suggestion: Suggestion,
                      text: str | None = None) -> tuple[Item, Change] | None:
    """Add the item a suggestion becomes to the first section that takes its kind; None when the
    brief has no section for it."""
    key = section_for_suggestion(brief, template, suggestion)
    if key is None:
        return None
    item = item_from_suggestion(brief, suggestion, text)
    return item, insert_item(brief, key, item)


def remove_item(brief: Brief, item_id: str) -> Change:
    """Take the item out of its section (nothing happens for an item that is not there)."""
    found = brief.find_item(item_id)
    if not found:
        return Change()
    section, index = found
    section.items.pop(index)
    return _item_change(section.key, item_id=item_id, structure=True)


def set_item_fields(brief: Brief, item_id: str, values: Mapping[str, object]) -> Change:
    """Set fields of an item (copies of the values: later edits of the caller's lists do not reach it)."""
    found = brief.find_item(item_id)
    if not found:
        return Change()
    item = found[0].items[found[1]]
    for key, value in values.items():
        if not hasattr(item, key):
            raise AttributeError(f"an item has no field {key!r}")
        setattr(item, key, copy.copy(value))
    return _item_change(found[0].key, item_id=item_id)


def move_item(brief: Brief, item_id: str, to_key: str, to_index: int, kind: ItemKind) -> Change:
    """Move an item to `to_index` of section `to_key`, converting it to `kind` (see convert_item)."""
    found = brief.find_item(item_id)
    if not found:
        return Change()
    from_key = found[0].key
    item = found[0].items.pop(found[1])
    convert_item(item, kind)
    target = brief.section(to_key)
    target.items.insert(max(0, min(to_index, len(target.items))), item)
    return _item_change(from_key, to_key, item_id=item_id, structure=True)


def replace_item(brief: Brief, item: Item) -> Change:
    """Put `item` in place of the item with its id (undo of a conversion puts back the old fields)."""
    found = brief.find_item(item.id)
    if not found:
        return Change()
    found[0].items[found[1]] = item
    return _item_change(found[0].key, item_id=item.id)


def set_dismissed(brief: Brief, key: str, dismissed: bool) -> Change:
    """Dismiss a suggestion (by its key) or take the dismissal back."""
    if dismissed:
        brief.dismissed.add(key)
    else:
        brief.dismissed.discard(key)
    return Change(dismissed=True)


def set_source_fields(brief: Brief, source_id: str, values: Mapping[str, object]) -> Change:
    """Change a source's metadata; its text never changes (citations point into it)."""
    if "text" in values:
        raise ValueError("a source's text cannot be edited: citations point into it")
    source = brief.source(source_id)
    for key, value in values.items():
        if not hasattr(source, key):
            raise AttributeError(f"a source has no field {key!r}")
        setattr(source, key, value)
    return Change(sources=frozenset({source_id}))


def set_brief_fields(brief: Brief, values: Mapping[str, object]) -> Change:
    """Change the brief's own properties (title, author, marking, distribution…)."""
    for key, value in values.items():
        if not hasattr(brief, key):
            raise AttributeError(f"a brief has no field {key!r}")
        setattr(brief, key, copy.copy(value))
    return Change(meta=True)


def add_sources(brief: Brief, sources: list[Source], index: int | None = None) -> Change:
    """Add sources at `index` of the source list (at its end when None)."""
    at = len(brief.sources) if index is None else index
    brief.sources[at:at] = sources
    return Change(sources=frozenset(s.id for s in sources), structure=True)


def remove_sources(brief: Brief, ids: set[str] | frozenset[str]) -> Change:
    """Take sources out of the brief (the caller makes sure nothing cites them)."""
    brief.sources[:] = [s for s in brief.sources if s.id not in ids]
    return Change(sources=frozenset(ids), structure=True)


def append_release(brief: Brief, release: Release) -> Change:
    """Record a release (exported, drafted, sent) in the brief's history; nothing takes one out again."""
    brief.releases.append(release)
    return Change(releases=True)



def _template_change(brief: Brief) -> Change:
    keys = frozenset(section.key for section in brief.sections)
    return Change(meta=True, structure=True, sections=keys, dismissed=True)


def set_template_state(brief: Brief, template_id: str, snapshot: str | None,
                       sections: list[Section]) -> Change:
    """Put back the brief's template id, template copy and section list exactly (undo of a re-apply)."""
    brief.template_id, brief.template_snapshot = template_id, snapshot
    brief.sections[:] = sections
    return _template_change(brief)


def apply_template(brief: Brief, template: Template, added: list[Section]) -> Change:
    """Make `template` the brief's own (its text stored in the brief), adding the empty sections
    `added` for the keys it introduces; items stay where they are."""
    reapply_template(brief, template)
    brief.sections.extend(added)
    return _template_change(brief)
