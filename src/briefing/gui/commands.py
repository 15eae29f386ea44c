"""Every change the app makes to a brief, as an undoable command with a name people understand.

A command mutates the brief in `redo`/`undo` and reports what it touched to the controller
(`controller.notify(Change)`); views refresh from that report. Commands hold ids, not widget
references, so they stay valid whatever the views have rebuilt in between.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from briefing.gui import engines
from briefing.gui.change import Change
from briefing.gui.controller import DocumentController
from briefing.gui.engines import Suggestion
from briefing.model import Brief, Citation, Item, Section, Source
from briefing.templating.model import Template

_MERGE_EDIT = 1001


def tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


def _elide(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


class BriefCommand(QUndoCommand):
    def __init__(self, controller: DocumentController, name: str) -> None:
        super().__init__(name)
        self.controller = controller

    @property
    def brief(self) -> Brief:
        return self.controller.brief


class AddItemCommand(BriefCommand):
    """Add one item to a section (from a selected passage, a suggestion, or empty)."""

    def __init__(self, controller: DocumentController, section_key: str, item: Item,
                 index: int | None = None, name: str | None = None) -> None:
        super().__init__(controller, name or tr("Add item to {section}").format(
            section=controller.section_title(section_key)))
        self.section_key, self.item, self.index = section_key, item, index

    def redo(self) -> None:
        section = self.brief.section(self.section_key)
        index = len(section.items) if self.index is None else min(self.index, len(section.items))
        section.items.insert(index, self.item)
        self.controller.notify(Change(sections=frozenset({self.section_key}), items=frozenset({self.item.id}),
                                      structure=True))
        self.controller.nav.select_item(self.item.id)

    def undo(self) -> None:
        found = self.brief.find_item(self.item.id)
        if found:
            found[0].items.pop(found[1])
        if self.controller.nav.item_id == self.item.id:
            self.controller.nav.select_item("")
        self.controller.notify(Change(sections=frozenset({self.section_key}), items=frozenset({self.item.id}),
                                      structure=True))


def item_from_passage(controller: DocumentController, section_key: str, source: Source,
                      start: int, end: int) -> Item:
    """A new item of the section's kind citing exactly source.text[start:end]."""
    quote = source.text[start:end]
    kind = controller.item_kind_for(section_key)
    citation = Citation(source.id, start, end, quote)
    text = " ".join(quote.split())
    if kind == "actor":
        return Item(kind="actor", name=text[:80], text="", citations=[citation])
    return Item(kind=kind, text=text, citations=[citation])  # type: ignore[arg-type]


def add_passage_command(controller: DocumentController, section_key: str, source_id: str,
                        start: int, end: int) -> AddItemCommand:
    source = controller.brief.source(source_id)
    item = item_from_passage(controller, section_key, source, start, end)
    return AddItemCommand(controller, section_key, item, name=tr("Add passage to {section}").format(
        section=controller.section_title(section_key)))


class EditItemCommand(BriefCommand):
    """Set fields of an item. Consecutive edits of the same fields of one item merge into one step."""

    def __init__(self, controller: DocumentController, item_id: str, values: dict[str, Any],
                 name: str | None = None) -> None:
        item = controller.find_item(item_id)
        if item is None:
            raise KeyError(item_id)
        self.item_id = item_id
        self.new = {k: copy.copy(v) for k, v in values.items()}
        self.old = {k: copy.copy(getattr(item, k)) for k in values}
        label = {"text": tr("Edit text"), "name": tr("Edit name"), "role": tr("Edit role"),
                 "affiliation": tr("Edit affiliation"), "likelihood": tr("Set likelihood"),
                 "confidence": tr("Set confidence"), "citations": tr("Edit citations")}
        default = label.get(next(iter(values)), tr("Edit item")) if len(values) == 1 else tr("Edit item")
        super().__init__(controller, name or tr("{action} of “{item}”").format(
            action=default, item=_elide(item.label or tr("(empty)"), 30)))
        self.mergeable = name is None and set(values) != {"citations"}

    def _apply(self, values: dict[str, Any]) -> None:
        found = self.brief.find_item(self.item_id)
        if not found:
            return
        item = found[0].items[found[1]]
        for key, value in values.items():
            setattr(item, key, copy.copy(value))
        self.controller.notify(Change(sections=frozenset({found[0].key}), items=frozenset({self.item_id})))

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def id(self) -> int:
        return _MERGE_EDIT if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditItemCommand) or other.item_id != self.item_id:
            return False
        if set(other.new) != set(self.new) or not other.mergeable:
            return False
        self.new = other.new
        return True


class AddCitationCommand(EditItemCommand):
    def __init__(self, controller: DocumentController, item_id: str, citation: Citation) -> None:
        item = controller.find_item(item_id)
        citations = [*list(item.citations if item else []), citation]
        super().__init__(controller, item_id, {"citations": citations}, name=tr("Add citation"))


class RemoveCitationCommand(EditItemCommand):
    def __init__(self, controller: DocumentController, item_id: str, index: int) -> None:
        item = controller.find_item(item_id)
        citations = list(item.citations if item else [])
        if 0 <= index < len(citations):
            citations.pop(index)
        super().__init__(controller, item_id, {"citations": citations}, name=tr("Remove citation"))


class MoveItemCommand(BriefCommand):
    """Move an item to `index` of `section_key` (the same section: a reorder)."""

    def __init__(self, controller: DocumentController, item_id: str, section_key: str, index: int) -> None:
        found = controller.brief.find_item(item_id)
        if not found:
            raise KeyError(item_id)
        self.item_id = item_id
        self.old_key, self.old_index = found[0].key, found[1]
        self.new_key, self.new_index = section_key, index
        self.old_kind = found[0].items[found[1]].kind
        self.new_kind = controller.item_kind_for(section_key) if section_key != self.old_key else self.old_kind
        name = (tr("Reorder items in {section}") if section_key == self.old_key else tr("Move item to {section}"))
        super().__init__(controller, name.format(section=controller.section_title(section_key)))

    def _move(self, to_key: str, to_index: int, kind: str) -> None:
        found = self.brief.find_item(self.item_id)
        if not found:
            return
        item = found[0].items.pop(found[1])
        if kind != item.kind:
            if kind == "actor" and not item.name:
                item.name, item.text = _elide(item.text, 80), ""
            elif item.kind == "actor" and not item.text:
                item.text = item.name or ""
            item.kind = kind  # type: ignore[assignment]
        target = self.brief.section(to_key)
        target.items.insert(max(0, min(to_index, len(target.items))), item)
        self.controller.notify(Change(sections=frozenset({self.old_key, self.new_key}),
                                      items=frozenset({self.item_id}), structure=True))

    _before: Item | None = None

    def redo(self) -> None:
        self._before = copy.deepcopy(self.controller.find_item(self.item_id))
        self._move(self.new_key, self.new_index, self.new_kind)

    def undo(self) -> None:
        found = self.brief.find_item(self.item_id)
        if found and self._before is not None:
            found[0].items[found[1]] = copy.deepcopy(self._before)
        self._move(self.old_key, self.old_index, self.old_kind)


class DeleteItemCommand(BriefCommand):
    def __init__(self, controller: DocumentController, item_id: str) -> None:
        found = controller.brief.find_item(item_id)
        if not found:
            raise KeyError(item_id)
        self.key, self.index = found[0].key, found[1]
        self.item = found[0].items[found[1]]
        super().__init__(controller, tr("Delete “{item}”").format(item=_elide(self.item.label or tr("(empty)"))))

    def redo(self) -> None:
        found = self.brief.find_item(self.item.id)
        if found:
            found[0].items.pop(found[1])
        if self.controller.nav.item_id == self.item.id:
            self.controller.nav.select_item("")
        self.controller.notify(Change(sections=frozenset({self.key}), items=frozenset({self.item.id}),
                                      structure=True))

    def undo(self) -> None:
        self.brief.section(self.key).items.insert(self.index, self.item)
        self.controller.notify(Change(sections=frozenset({self.key}), items=frozenset({self.item.id}),
                                      structure=True))


_SECTION_FOR_KIND = {"actors": "actors", "caveats": "caveats", "questions": "questions", "summary": "prose"}


def section_for_suggestion(controller: DocumentController, suggestion: Suggestion) -> str | None:
    """The first section of the template whose kind takes this suggestion's kind."""
    wanted = _SECTION_FOR_KIND[suggestion.kind]
    if controller.template is not None:
        for spec in controller.template.sections:
            if spec.kind == wanted:
                return spec.key
    keys = controller.section_keys()
    guess = {"actors": "actors", "caveats": "caveats", "questions": "questions", "summary": "summary"}
    return guess[suggestion.kind] if guess[suggestion.kind] in keys else (keys[0] if keys else None)


def item_from_suggestion(controller: DocumentController, suggestion: Suggestion, text: str | None = None) -> Item:
    """The item a suggestion becomes: its text (or the analyst's edit), citing all its evidence."""
    citations = []
    for ev in suggestion.evidence:
        source = controller.brief.find_source(str(ev.source))
        if source is not None and source.text[ev.start:ev.end] == ev.text:
            citations.append(Citation(source.id, ev.start, ev.end, ev.text))
    body = suggestion.text if text is None else text
    if suggestion.kind == "actors":
        return Item(kind="actor", name=suggestion.name or body, role=suggestion.role,
                    affiliation=suggestion.affiliation, actor_type=suggestion.actor_type,
                    text="" if text is None else text, citations=citations)
    kind = {"caveats": "caveat", "questions": "question", "summary": "prose"}[suggestion.kind]
    return Item(kind=kind, text=body, citations=citations,  # type: ignore[arg-type]
                caveat_kind=suggestion.caveat_kind if kind == "caveat" else None)


def accept_suggestion_command(controller: DocumentController, suggestion: Suggestion,
                              text: str | None = None) -> AddItemCommand | None:
    key = section_for_suggestion(controller, suggestion)
    if key is None:
        return None
    item = item_from_suggestion(controller, suggestion, text)
    return AddItemCommand(controller, key, item, name=tr("Accept suggestion “{text}”").format(
        text=_elide(item.label)))


class DismissSuggestionCommand(BriefCommand):
    def __init__(self, controller: DocumentController, suggestion: Suggestion) -> None:
        super().__init__(controller, tr("Dismiss suggestion “{text}”").format(text=_elide(suggestion.text)))
        self.key = suggestion.key

    def redo(self) -> None:
        self.brief.dismissed.add(self.key)
        self.controller.notify(Change(dismissed=True))

    def undo(self) -> None:
        self.brief.dismissed.discard(self.key)
        self.controller.notify(Change(dismissed=True))


class EditSourceCommand(BriefCommand):
    """Change a source's metadata (title, publisher, dates, grade, marking, notes…); never its text."""

    def __init__(self, controller: DocumentController, source_id: str, values: dict[str, Any]) -> None:
        source = controller.brief.source(source_id)
        self.source_id = source_id
        self.new = dict(values)
        self.old = {k: getattr(source, k) for k in values}
        super().__init__(controller, tr("Edit source “{title}”").format(title=_elide(source.title, 30)))

    def _apply(self, values: dict[str, Any]) -> None:
        source = self.brief.source(self.source_id)
        for key, value in values.items():
            setattr(source, key, value)
        self.controller.notify(Change(sources=frozenset({self.source_id})))

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class EditBriefCommand(BriefCommand):
    """Change the brief's own properties (title, author, marking, distribution…)."""

    def __init__(self, controller: DocumentController, values: dict[str, Any], name: str | None = None) -> None:
        self.new = {k: copy.copy(v) for k, v in values.items()}
        self.old = {k: copy.copy(getattr(controller.brief, k)) for k in values}
        super().__init__(controller, name or tr("Edit brief properties"))

    def _apply(self, values: dict[str, Any]) -> None:
        for key, value in values.items():
            setattr(self.brief, key, copy.copy(value))
        self.controller.notify(Change(meta=True))

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class ImportSourcesCommand(BriefCommand):
    def __init__(self, controller: DocumentController, sources: list[Source]) -> None:
        name = (tr("Import “{title}”").format(title=_elide(sources[0].title, 30)) if len(sources) == 1
                else tr("Import {count} sources").format(count=len(sources)))
        super().__init__(controller, name)
        self.sources = list(sources)

    def redo(self) -> None:
        self.brief.sources.extend(self.sources)
        self.controller.notify(Change(sources=frozenset(s.id for s in self.sources), structure=True))
        if self.sources:
            self.controller.nav.select_source(self.sources[0].id)

    def undo(self) -> None:
        ids = {s.id for s in self.sources}
        self.brief.sources[:] = [s for s in self.brief.sources if s.id not in ids]
        if self.controller.nav.source_id in ids:
            self.controller.nav.select_source("")
        self.controller.notify(Change(sources=frozenset(ids), structure=True))


class RemoveSourceCommand(BriefCommand):
    """Remove a source nothing cites (the view refuses cited ones, with a reason)."""

    def __init__(self, controller: DocumentController, source_id: str) -> None:
        self.source = controller.brief.source(source_id)
        self.index = controller.brief.sources.index(self.source)
        super().__init__(controller, tr("Remove source “{title}”").format(title=_elide(self.source.title, 30)))

    def redo(self) -> None:
        self.brief.sources.remove(self.source)
        if self.controller.nav.source_id == self.source.id:
            self.controller.nav.select_source("")
        self.controller.notify(Change(sources=frozenset({self.source.id}), structure=True))

    def undo(self) -> None:
        self.brief.sources.insert(self.index, self.source)
        self.controller.notify(Change(sources=frozenset({self.source.id}), structure=True))


class ReapplyTemplateCommand(BriefCommand):
    """Move the brief to another version of its template (normally the newer installed one).

    Redo stores the new template's text in the brief and adds empty sections for the keys it
    introduces; items stay where they are (a section the new version lacks is kept, not
    dropped). Undo puts back the old snapshot, template and section list exactly.
    """

    def __init__(self, controller: DocumentController, template: Template) -> None:
        super().__init__(controller, tr("Re-apply template “{name}” (version {version})").format(
            name=template.name, version=template.version))
        brief = controller.brief
        self.template = template
        self.old = (brief.template_id, brief.template_snapshot, controller.template, list(brief.sections))
        have = {section.key for section in brief.sections}
        self.added = [Section(spec.key) for spec in template.sections
                      if spec.kind != "sources" and spec.key not in have]

    def _notify(self) -> None:
        keys = frozenset(section.key for section in self.brief.sections)
        self.controller.notify(Change(meta=True, structure=True, sections=keys, dismissed=True))

    def redo(self) -> None:
        engines.reapply_template(self.brief, self.template)
        self.brief.sections.extend(self.added)
        self.controller.template = self.template
        self._notify()

    def undo(self) -> None:
        template_id, snapshot, template, sections = self.old
        self.brief.template_id, self.brief.template_snapshot = template_id, snapshot
        self.brief.sections[:] = sections
        self.controller.template = template
        self._notify()
