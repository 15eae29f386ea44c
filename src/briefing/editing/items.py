"""What a new item looks like: the item a passage or a suggestion becomes, and kind conversions.

These are the rules of the brief, not of any window: the app's undo commands and the command
line's `add` and `accept` build items through the same functions.
"""

from __future__ import annotations

from typing import get_args

from briefing.editing.suggestion import Suggestion
from briefing.model import Brief, Citation, Item
from briefing.model.brief import ItemKind
from briefing.templating.model import Template

# the kind of template section that takes each kind of suggestion
SECTION_KIND_FOR_SUGGESTION: dict[str, str] = {
    "actors": "actors", "caveats": "caveats", "questions": "questions", "summary": "prose"}
# the section key to try when the brief has no template that says
SECTION_KEY_FOR_SUGGESTION: dict[str, str] = {
    "actors": "actors", "caveats": "caveats", "questions": "questions", "summary": "summary"}
# the kind of item each kind of suggestion becomes
ITEM_KIND_FOR_SUGGESTION: dict[str, ItemKind] = {
    "actors": "actor", "caveats": "caveat", "questions": "question", "summary": "prose"}
ACTOR_NAME_LIMIT = 80


def _item_kind(value: str | None) -> ItemKind:
    return value if value in get_args(ItemKind) else "prose"  # type: ignore[return-value]


def item_kind_for(template: Template | None, section_key: str) -> ItemKind:
    """The kind of item a section holds (prose where the template does not say)."""
    spec = template.section(section_key) if template else None
    return _item_kind(spec.item_kind if spec else None)


def section_keys(brief: Brief, template: Template | None) -> list[str]:
    """The sections an analyst can add items to, in the template's order, then any extra ones."""
    keys: list[str] = []
    if template is not None:
        keys = [s.key for s in template.sections if s.kind != "sources"]
    keys += [s.key for s in brief.sections if s.key not in keys]
    return keys


def elide(text: str, width: int = 40) -> str:
    """`text` on one line, cut to `width` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def item_from_passage(brief: Brief, template: Template | None, section_key: str,
                      passage: tuple[str, int, int]) -> Item:
    """A new item of the section's kind citing exactly a passage, (source id, start, end): the
    source's text[start:end].

    Raises KeyError for an unknown source and ValueError for a span outside its text."""
    source_id, start, end = passage
    source = brief.source(source_id)
    if not 0 <= start <= end <= len(source.text):
        raise ValueError(f"{start}–{end} is not a passage of {source.title!r} ({len(source.text)} characters)")
    quote = source.text[start:end]
    kind = item_kind_for(template, section_key)
    citation = Citation(source.id, start, end, quote)
    text = " ".join(quote.split())
    if kind == "actor":
        return Item(kind="actor", name=text[:ACTOR_NAME_LIMIT], text="", citations=[citation])
    return Item(kind=kind, text=text, citations=[citation])


def convert_item(item: Item, kind: ItemKind) -> None:
    """Turn `item` into an item of `kind` in place (moved to a section of another kind), losing no text:
    an actor takes its name from the text, an actor's name becomes the text of anything else."""
    if kind == item.kind:
        return
    if kind == "actor" and not item.name:
        item.name, item.text = elide(item.text, ACTOR_NAME_LIMIT), ""
    elif item.kind == "actor" and not item.text:
        item.text = item.name or ""
    item.kind = kind


def section_for_suggestion(brief: Brief, template: Template | None, suggestion: Suggestion) -> str | None:
    """The first section of the template whose kind takes this suggestion's kind."""
    wanted = SECTION_KIND_FOR_SUGGESTION[suggestion.kind]
    if template is not None:
        for spec in template.sections:
            if spec.kind == wanted:
                return spec.key
    keys = section_keys(brief, template)
    guess = SECTION_KEY_FOR_SUGGESTION[suggestion.kind]
    return guess if guess in keys else (keys[0] if keys else None)


def item_from_suggestion(brief: Brief, suggestion: Suggestion, text: str | None = None) -> Item:
    """The item a suggestion becomes: its text (or the analyst's edit), citing all its evidence
    that still matches its source."""
    citations = []
    for ev in suggestion.evidence:
        source = brief.find_source(str(ev.source))
        if source is not None and source.text[ev.start:ev.end] == ev.text:
            citations.append(Citation(source.id, ev.start, ev.end, ev.text))
    body = suggestion.text if text is None else text
    kind = ITEM_KIND_FOR_SUGGESTION[suggestion.kind]
    if kind == "actor":
        return Item(kind="actor", name=suggestion.name or body, role=suggestion.role,
                    affiliation=suggestion.affiliation, actor_type=suggestion.actor_type,
                    text="" if text is None else text, citations=citations)
    return Item(kind=kind, text=body, citations=citations,
                caveat_kind=suggestion.caveat_kind if kind == "caveat" else None)
