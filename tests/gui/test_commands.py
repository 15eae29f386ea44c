"""The controller and its undo commands, without a window: every change undoes, redoes and is saved."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from briefing.editing import Suggestion
from briefing.gui import engines
from briefing.gui.change import Change
from briefing.gui.commands import (
    AddCitationCommand,
    DeleteItemCommand,
    DismissSuggestionCommand,
    EditBriefCommand,
    EditItemCommand,
    EditSourceCommand,
    ImportSourcesCommand,
    MoveItemCommand,
    RemoveCitationCommand,
    RemoveSourceCommand,
    accept_suggestion_command,
    add_passage_command,
)
from briefing.gui.controller import DocumentController
from briefing.model import Citation, Evidence, Grade, Source

from .conftest import ARTICLE


@pytest.fixture
def controller(qtbot, tmp_path: Path) -> Iterator[DocumentController]:
    ctl = DocumentController()
    ctl.new_document(engines.load_template("situation-brief"), tmp_path / "test.brief", title="Test")
    ctl.push(ImportSourcesCommand(ctl, [Source(title="Harbour talks", text=ARTICLE)]))
    yield ctl
    # Close while this test still holds it: a controller collected later, with its store thread
    # and timers still live, crashed a later test's event loop.
    ctl.close_document()


def _reload(controller: DocumentController):  # type: ignore[no-untyped-def]
    controller.flush(wait=True)
    assert controller.path is not None
    controller.file.close()  # type: ignore[union-attr]
    file = engines.open_brief_file(controller.path, readonly=True)
    try:
        return file.load()
    finally:
        file.close()


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def test_add_passage_cites_exactly_the_span_and_undoes(controller: DocumentController) -> None:
    source = controller.brief.sources[0]
    start, end = _span(source.text, "resume talks on shared use")
    reports: list[Change] = []
    controller.changed.connect(reports.append)
    controller.push(add_passage_command(controller, "summary", source.id, start, end))
    item = controller.brief.section("summary").items[0]
    assert item.citations == [Citation(source.id, start, end, "resume talks on shared use")]
    assert reports[-1].structure and item.id in reports[-1].items and "summary" in reports[-1].sections
    assert controller.undo_stack.undoText() == "Add passage to Bottom line"
    controller.undo_stack.undo()
    assert controller.brief.section("summary").items == []
    controller.undo_stack.redo()
    assert controller.brief.section("summary").items[0] is item


def test_passage_added_to_actors_becomes_an_actor(controller: DocumentController) -> None:
    source = controller.brief.sources[0]
    controller.push(add_passage_command(controller, "actors", source.id, *_span(source.text, "Ilse Marrow")))
    actor = controller.brief.section("actors").items[0]
    assert actor.kind == "actor" and actor.name == "Ilse Marrow"


def test_consecutive_typing_merges_into_one_undo_step(controller: DocumentController) -> None:
    source = controller.brief.sources[0]
    controller.push(add_passage_command(controller, "summary", source.id, 0, 10))
    item = controller.brief.section("summary").items[0]
    count = controller.undo_stack.count()
    for text in ("V", "Ve", "Vel"):
        controller.push(EditItemCommand(controller, item.id, {"text": text}))
    assert controller.undo_stack.count() == count + 1
    controller.push(EditItemCommand(controller, item.id, {"likelihood": "likely"}))
    assert controller.undo_stack.count() == count + 2
    controller.undo_stack.undo()
    assert item.likelihood is None
    controller.undo_stack.undo()
    assert item.text == source.text[0:10]


def test_move_between_sections_converts_the_kind_and_undo_restores_it(controller: DocumentController) -> None:
    source = controller.brief.sources[0]
    controller.push(add_passage_command(controller, "summary", source.id, *_span(source.text, "Foreign Minister")))
    controller.push(add_passage_command(controller, "summary", source.id, *_span(source.text, "Kessel Institute")))
    first, second = controller.brief.section("summary").items
    controller.push(MoveItemCommand(controller, second.id, "summary", 0))
    assert [i.id for i in controller.brief.section("summary").items] == [second.id, first.id]
    assert controller.undo_stack.undoText() == "Reorder items in Bottom line"
    controller.push(MoveItemCommand(controller, first.id, "actors", 0))
    moved = controller.brief.section("actors").items[0]
    assert moved.kind == "actor" and moved.name == "Foreign Minister"
    controller.undo_stack.undo()
    restored = controller.brief.section("summary").items[1]
    assert restored.kind == "prose" and restored.text == "Foreign Minister" and restored.name is None
    controller.undo_stack.undo()
    assert [i.id for i in controller.brief.section("summary").items] == [first.id, second.id]


def test_delete_and_undo_put_the_item_back_in_place(controller: DocumentController) -> None:
    source = controller.brief.sources[0]
    for needle in ("Velmora", "Ostrand", "Kessel"):
        controller.push(add_passage_command(controller, "summary", source.id, *_span(source.text, needle)))
    middle = controller.brief.section("summary").items[1]
    controller.push(DeleteItemCommand(controller, middle.id))
    assert middle not in controller.brief.section("summary").items
    controller.undo_stack.undo()
    assert controller.brief.section("summary").items[1] is middle


def test_citations_added_and_removed(controller: DocumentController) -> None:
    source = controller.brief.sources[0]
    controller.push(add_passage_command(controller, "summary", source.id, *_span(source.text, "Velmora")))
    item = controller.brief.section("summary").items[0]
    start, end = _span(source.text, "northern harbour")
    controller.push(AddCitationCommand(controller, item.id, Citation(source.id, start, end, "northern harbour")))
    assert len(item.citations) == 2 and controller.undo_stack.undoText() == "Add citation"
    controller.push(RemoveCitationCommand(controller, item.id, 0))
    assert [c.quote for c in item.citations] == ["northern harbour"]
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert [c.quote for c in item.citations] == ["Velmora"]


def test_accept_and_dismiss_suggestions_are_kept_in_the_file(controller: DocumentController) -> None:
    source = controller.brief.sources[0]
    start, end = _span(source.text, "A senior Ostrand official")
    caveat = Suggestion("caveats", "caveat-1", "The draft's terms come from an anonymous official.",
                                [Evidence(source.id, start, end, "A senior Ostrand official")],
                                caveat_kind="anonymous-source")
    question = Suggestion("questions", "question-1", "Does the draft cover the pier?",
                                  [Evidence(source.id, 0, 7, "Harbour")])
    command = accept_suggestion_command(controller, caveat, text="Only an anonymous official describes the draft.")
    assert command is not None
    controller.push(command)
    controller.push(DismissSuggestionCommand(controller, question))
    item = controller.brief.section("caveats").items[0]
    assert item.kind == "caveat" and item.caveat_kind == "anonymous-source"
    assert item.text == "Only an anonymous official describes the draft."
    assert item.citations[0].matches(source)
    brief = _reload(controller)
    assert brief.dismissed == {"question-1"}
    assert brief.section("caveats").items[0].citations[0].quote == "A senior Ostrand official"


def test_source_and_brief_properties(controller: DocumentController) -> None:
    source = controller.brief.sources[0]
    controller.push(EditSourceCommand(controller, source.id, {"grade": Grade("B", 2), "publisher": "Kessel Post",
                                                              "published": date(2025, 3, 4)}))
    controller.push(EditBriefCommand(controller, {"marking": "TLP:GREEN", "distribution": ["Desk A", "Desk B"]}))
    assert source.grade.code() == "B2"
    brief = _reload(controller)
    assert brief.sources[0].grade == Grade("B", 2) and brief.sources[0].publisher == "Kessel Post"
    assert brief.sources[0].published == date(2025, 3, 4)
    assert brief.marking == "TLP:GREEN" and brief.distribution == ["Desk A", "Desk B"]


def test_import_and_remove_source_undo(controller: DocumentController) -> None:
    extra = Source(title="Notice", text="The quay closes at dusk.")
    controller.push(ImportSourcesCommand(controller, [extra]))
    assert controller.brief.sources[-1] is extra
    controller.push(RemoveSourceCommand(controller, extra.id))
    assert extra not in controller.brief.sources
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert extra not in controller.brief.sources
    assert len(controller.brief.sources) == 1


def test_autosave_puts_every_change_in_the_file_within_two_seconds(qtbot, controller: DocumentController) -> None:
    controller.push(EditBriefCommand(controller, {"title": "Saved on its own"}))
    assert controller.has_pending_changes
    qtbot.waitUntil(lambda: not controller.has_pending_changes, timeout=2000)
    file = engines.open_brief_file(controller.path, readonly=True)  # type: ignore[arg-type]
    try:
        assert file.load().title == "Saved on its own"
    finally:
        file.close()


def test_save_as_copies_and_continues_in_the_copy(qtbot, tmp_path: Path) -> None:
    controller = DocumentController()
    controller.new_document(engines.load_template("situation-brief"), title="Draft")
    untitled = controller.path
    assert controller.is_untitled and untitled is not None and untitled.exists()
    controller.push(EditBriefCommand(controller, {"author": "Desk analyst"}))
    target = tmp_path / "named.brief"
    controller.save_as(target)
    assert controller.path == target.resolve() and not controller.is_untitled
    assert not untitled.exists()
    controller.push(EditBriefCommand(controller, {"reference": "SB-1"}))
    assert controller.undo_stack.count() == 2
    brief = _reload(controller)
    assert (brief.author, brief.reference) == ("Desk analyst", "SB-1")
    assert controller.settings.last_open() == target.resolve()


def test_snapshots_are_independent_of_later_edits(controller: DocumentController) -> None:
    from briefing.gui.controller import Snapshotter

    source = controller.brief.sources[0]
    controller.push(add_passage_command(controller, "summary", source.id, 0, 7))
    item = controller.brief.section("summary").items[0]
    snapshots = Snapshotter()
    first = snapshots.take(controller.brief)
    item.text = "changed in place"
    source.publisher = "Kessel Post"
    snapshots.note(Change(sources=frozenset({source.id}), items=frozenset({item.id})))
    second = snapshots.take(controller.brief)
    assert first.section("summary").items[0].text == source.text[0:7]
    assert first.sources[0].publisher is None
    assert second.section("summary").items[0].text == "changed in place"
    assert second.sources[0].publisher == "Kessel Post"
    third = snapshots.take(controller.brief)
    assert third.sources[0] is second.sources[0]  # unchanged: not copied again


def test_continuous_typing_reaches_the_file_within_two_seconds(qtbot, tmp_path: Path) -> None:
    import time

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from briefing.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    controller = window.controller
    controller.new_document(engines.load_template("situation-brief"), tmp_path / "typing.brief", title="Typing")
    window.outline.add_empty("summary")
    item_id = controller.nav.item_id
    controller.flush(wait=True)
    started = time.monotonic()
    saved_text = ""
    while time.monotonic() - started < 3.0:  # never pausing long enough for the typing timer
        QTest.keyClick(window.editor.text, Qt.Key.Key_A)
        qtbot.wait(100)
        if time.monotonic() - started > 2.2 and not saved_text:
            file = engines.open_brief_file(controller.path, readonly=True)  # type: ignore[arg-type]
            try:
                saved_text = next(i.text for i in file.load().items() if i.id == item_id)
            finally:
                file.close()
    assert saved_text.startswith("aaaa"), "text typed in the first second is in the file while typing goes on"
    window.close()


def test_two_untitled_briefs_in_one_second_get_their_own_files(qtbot) -> None:
    first, second = DocumentController(), DocumentController()
    template = engines.load_template("situation-brief")
    first.new_document(template, title="One")
    second.new_document(template, title="Two")
    assert first.path != second.path and first.is_untitled and second.is_untitled
    first.close_document()
    second.close_document()
