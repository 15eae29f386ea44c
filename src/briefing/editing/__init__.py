"""The rules of editing a brief, without a window: what an edit does and what it reports changed.

`operations` holds every mutation (each returns the `Change` it made), `items` what a new item
looks like (from a passage or a suggestion) and how an item changes kind. The app wraps each
operation in an undo command; the command line calls them directly.
"""

from briefing.editing.change import Change
from briefing.editing.items import (
    convert_item,
    elide,
    item_from_passage,
    item_from_suggestion,
    item_kind_for,
    section_for_suggestion,
    section_keys,
)
from briefing.editing.suggestion import SUGGESTION_KINDS, Suggestion

__all__ = [
    "SUGGESTION_KINDS",
    "Change",
    "Suggestion",
    "convert_item",
    "elide",
    "item_from_passage",
    "item_from_suggestion",
    "item_kind_for",
    "section_for_suggestion",
    "section_keys",
]
