"""Every change the app makes to a brief, as an undoable command with a name people understand.

A command is a thin wrapper: redo and undo each call one operation of `briefing.editing` (the
rules, shared with the command line) and hand the Change it returns to the controller
(`controller.notify`), from which views refresh. Commands hold ids, not widget references, so
they stay valid whatever the views have rebuilt in between; what they add here is the undo
name and where the selection goes.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from briefing.editing import elide as _elide
from briefing.editing import item_from_passage, item_from_suggestion, item_kind_for, section_for_suggestion
from briefing.editing import operations as ops
from briefing.editing.suggestion import Suggestion
from briefing.gui.controller import DocumentController
from briefing.model import Brief, Citation, Item, Section, Source
from briefing.templating.model import Template

_MERGE_EDIT = 1001


def tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


class BriefCommand(QUndoCommand):
    """An undoable change of the controller's brief; subclasses wrap one operation of `editing`."""

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
        self.controller.notify(ops.insert_item(self.brief, self.section_key, self.item, self.index))
        self.controller.nav.select_item(self.item.id)

    def undo(self) -> None:
        change = ops.remove_item(self.brief, self.item.id)
        if self.controller.nav.item_id == self.item.id:
            self.controller.nav.select_item("")
        self.controller.notify(change)


def add_passage_command(controller: DocumentController, section_key: str, source_id: str,
                        start: int, end: int) -> AddItemCommand:
    item = item_from_passage(controller.brief, controller.template, section_key, (source_id, start, end))
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

    def redo(self) -> None:
        self.controller.notify(ops.set_item_fields(self.brief, self.item_id, self.new))

    def undo(self) -> None:
        self.controller.notify(ops.set_item_fields(self.brief, self.item_id, self.old))

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
    """Cite one more passage from an item (a step of its own: never merged with typing)."""

    def __init__(self, controller: DocumentController, item_id: str, citation: Citation) -> None:
        item = controller.find_item(item_id)
        citations = [*list(item.citations if item else []), citation]
        super().__init__(controller, item_id, {"citations": citations}, name=tr("Add citation"))


class RemoveCitationCommand(EditItemCommand):
    """Take one citation off an item, by its position in the item's list."""

    def __init__(self, controller: DocumentController, item_id: str, index: int) -> None:
        item = controller.find_item(item_id)
        citations = list(item.citations if item else [])
        if 0 <= index < len(citations):
            citations.pop(index)
        super().__init__(controller, item_id, {"citations": citations}, name=tr("Remove citation"))


class MoveItemCommand(BriefCommand):
    """Move an item to `index` of `section_key` (the same section: a reorder), converting its kind
    to the target section's (see editing.convert_item); undo puts back its old fields too."""

    def __init__(self, controller: DocumentController, item_id: str, section_key: str, index: int) -> None:
        found = controller.brief.find_item(item_id)
        if not found:
            raise KeyError(item_id)
        self.item_id = item_id
        self.old_key, self.old_index = found[0].key, found[1]
        self.new_key, self.new_index = section_key, index
        self.old_kind = found[0].items[found[1]].kind
        self.new_kind = (item_kind_for(controller.template, section_key) if section_key != self.old_key
                         else self.old_kind)
        name = (tr("Reorder items in {section}") if section_key == self.old_key else tr("Move item to {section}"))
        super().__init__(controller, name.format(section=controller.section_title(section_key)))

    _before: Item | None = None

    def redo(self) -> None:
        self._before = copy.deepcopy(self.controller.find_item(self.item_id))
        self.controller.notify(ops.move_item(self.brief, self.item_id, self.new_key, self.new_index, self.new_kind))

    def undo(self) -> None:
        change = ops.replace_item(self.brief, copy.deepcopy(self._before)) if self._before is not None else None
        moved = ops.move_item(self.brief, self.item_id, self.old_key, self.old_index, self.old_kind)
        self.controller.notify(moved if change is None else change.merged(moved))


class DeleteItemCommand(BriefCommand):
    """Delete an item; undo puts it back at the same place of the same section."""

    def __init__(self, controller: DocumentController, item_id: str) -> None:
        found = controller.brief.find_item(item_id)
        if not found:
            raise KeyError(item_id)
        self.key, self.index = found[0].key, found[1]
        self.item = found[0].items[found[1]]
        super().__init__(controller, tr("Delete “{item}”").format(item=_elide(self.item.label or tr("(empty)"))))

    def redo(self) -> None:
        change = ops.remove_item(self.brief, self.item.id)
        if self.controller.nav.item_id == self.item.id:
            self.controller.nav.select_item("")
        self.controller.notify(change)

    def undo(self) -> None:
        self.controller.notify(ops.insert_item(self.brief, self.key, self.item, self.index))


def accept_suggestion_command(controller: DocumentController, suggestion: Suggestion,
                              text: str | None = None) -> AddItemCommand | None:
    key = section_for_suggestion(controller.brief, controller.template, suggestion)
    if key is None:
        return None
    item = item_from_suggestion(controller.brief, suggestion, text)
    return AddItemCommand(controller, key, item, name=tr("Accept suggestion “{text}”").format(
        text=_elide(item.label)))


class DismissSuggestionCommand(BriefCommand):
    """Hide a suggestion in this brief (remembered by its key, so re-analysis keeps it hidden)."""

    def __init__(self, controller: DocumentController, suggestion: Suggestion) -> None:
        super().__init__(controller, tr("Dismiss suggestion “{text}”").format(text=_elide(suggestion.text)))
        self.key = suggestion.key

    def redo(self) -> None:
        self.controller.notify(ops.set_dismissed(self.brief, self.key, True))

    def undo(self) -> None:
        self.controller.notify(ops.set_dismissed(self.brief, self.key, False))


class EditSourceCommand(BriefCommand):
    """Change a source's metadata (title, publisher, dates, grade, marking, notes…); never its text."""

    def __init__(self, controller: DocumentController, source_id: str, values: dict[str, Any]) -> None:
        source = controller.brief.source(source_id)
        self.source_id = source_id
        self.new = dict(values)
        self.old = {k: getattr(source, k) for k in values}
        super().__init__(controller, tr("Edit source “{title}”").format(title=_elide(source.title, 30)))

    def redo(self) -> None:
        self.controller.notify(ops.set_source_fields(self.brief, self.source_id, self.new))

    def undo(self) -> None:
        self.controller.notify(ops.set_source_fields(self.brief, self.source_id, self.old))


class EditBriefCommand(BriefCommand):
    """Change the brief's own properties (title, author, marking, distribution…)."""

    def __init__(self, controller: DocumentController, values: dict[str, Any], name: str | None = None) -> None:
        self.new = {k: copy.copy(v) for k, v in values.items()}
        self.old = {k: copy.copy(getattr(controller.brief, k)) for k in values}
        super().__init__(controller, name or tr("Edit brief properties"))

    def redo(self) -> None:
        self.controller.notify(ops.set_brief_fields(self.brief, self.new))

    def undo(self) -> None:
        self.controller.notify(ops.set_brief_fields(self.brief, self.old))


class ImportSourcesCommand(BriefCommand):
    """Add sources read by the importer; undo removes exactly these."""

    def __init__(self, controller: DocumentController, sources: list[Source]) -> None:
        name = (tr("Import “{title}”").format(title=_elide(sources[0].title, 30)) if len(sources) == 1
                else tr("Import {count} sources").format(count=len(sources)))
        super().__init__(controller, name)
        self.sources = list(sources)

    def redo(self) -> None:
        self.controller.notify(ops.add_sources(self.brief, self.sources))
        if self.sources:
            self.controller.nav.select_source(self.sources[0].id)

    def undo(self) -> None:
        ids = {s.id for s in self.sources}
        change = ops.remove_sources(self.brief, ids)
        if self.controller.nav.source_id in ids:
            self.controller.nav.select_source("")
        self.controller.notify(change)


class RemoveSourceCommand(BriefCommand):
    """Remove a source nothing cites (the view refuses cited ones, with a reason)."""

    def __init__(self, controller: DocumentController, source_id: str) -> None:
        self.source = controller.brief.source(source_id)
        self.index = controller.brief.sources.index(self.source)
        super().__init__(controller, tr("Remove source “{title}”").format(title=_elide(self.source.title, 30)))

    def redo(self) -> None:
        change = ops.remove_sources(self.brief, {self.source.id})
        if self.controller.nav.source_id == self.source.id:
            self.controller.nav.select_source("")
        self.controller.notify(change)

    def undo(self) -> None:
        self.controller.notify(ops.add_sources(self.brief, [self.source], self.index))


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

    def redo(self) -> None:
        change = ops.apply_template(self.brief, self.template, self.added)
        self.controller.template = self.template
        self.controller.notify(change)

    def undo(self) -> None:
        template_id, snapshot, template, sections = self.old
        change = ops.set_template_state(self.brief, template_id, snapshot, sections)
        self.controller.template = template
        self.controller.notify(change)
