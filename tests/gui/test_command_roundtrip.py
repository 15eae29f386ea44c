"""Every undo command, run forward, back and forward again: after each step the `.brief` on disk,
reloaded, equals the brief in memory.

Autosave copies only what a command's Change report names, so a command whose report forgets
something it touched leaves the file behind the screen: this test fails instead of an edit being
lost. A new command class must be added to COMMANDS (the last test checks that none is missing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from briefing.editing import Suggestion
from briefing.gui import commands as c
from briefing.gui import engines
from briefing.gui.controller import DocumentController
from briefing.model import Brief, Citation, Evidence, Grade, Item, Source
from briefing.store import load_brief

from .conftest import ARTICLE, REPORT

Factory = Callable[[DocumentController], c.BriefCommand]


@pytest.fixture
def controller(qtbot, tmp_path: Path) -> Iterator[DocumentController]:
    ctl = DocumentController()
    ctl.new_document(engines.load_template("situation-brief"), tmp_path / "round.brief", title="Round trip")
    article, report = Source(title="Harbour talks", text=ARTICLE), Source(title="Fleet", text=REPORT)
    ctl.push(c.ImportSourcesCommand(ctl, [article, report]))
    ctl.push(c.add_passage_command(ctl, "summary", article.id, *_span(ARTICLE, "Officials from the Republic")))
    ctl.push(c.add_passage_command(ctl, "summary", article.id, *_span(ARTICLE, "the draft agreement")))
    ctl.push(c.add_passage_command(ctl, "actors", article.id, *_span(ARTICLE, "Ilse Marrow")))
    ctl.undo_stack.clear()
    yield ctl
    ctl.close_document()


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _summary(ctl: DocumentController, index: int = 0) -> Item:
    return ctl.brief.section("summary").items[index]


def _article(ctl: DocumentController) -> Source:
    return ctl.brief.sources[0]


def _suggestion(ctl: DocumentController) -> Suggestion:
    source = _article(ctl)
    start, end = _span(source.text, "speaking on condition of anonymity")
    return Suggestion("caveats", "caveats:anonymity", "An official spoke anonymously.",
                      [Evidence(source.id, start, end, source.text[start:end])], caveat_kind="anonymous-source")


COMMANDS: dict[str, Factory] = {
    "add empty item": lambda ctl: c.AddItemCommand(ctl, "questions", Item(kind="question", text="Who?"), 0),
    "add passage": lambda ctl: c.add_passage_command(ctl, "caveats", _article(ctl).id,
                                                     *_span(ARTICLE, "reportedly collapse")),
    "edit text": lambda ctl: c.EditItemCommand(ctl, _summary(ctl).id, {"text": "Talks resumed."}),
    "edit actor": lambda ctl: c.EditItemCommand(ctl, ctl.brief.section("actors").items[0].id,
                                                {"role": "Foreign Minister", "affiliation": "Velmora"}),
    "add citation": lambda ctl: c.AddCitationCommand(
        ctl, _summary(ctl).id, Citation(_article(ctl).id, *_span(ARTICLE, "Kessel"), "Kessel")),
    "remove citation": lambda ctl: c.RemoveCitationCommand(ctl, _summary(ctl).id, 0),
    "reorder": lambda ctl: c.MoveItemCommand(ctl, _summary(ctl, 1).id, "summary", 0),
    "move to actors": lambda ctl: c.MoveItemCommand(ctl, _summary(ctl).id, "actors", 1),
    "move actor to questions": lambda ctl: c.MoveItemCommand(ctl, ctl.brief.section("actors").items[0].id,
                                                             "questions", 0),
    "delete": lambda ctl: c.DeleteItemCommand(ctl, _summary(ctl, 1).id),
    "accept suggestion": lambda ctl: c.accept_suggestion_command(ctl, _suggestion(ctl)),  # type: ignore[return-value]
    "dismiss suggestion": lambda ctl: c.DismissSuggestionCommand(ctl, _suggestion(ctl)),
    "edit source": lambda ctl: c.EditSourceCommand(ctl, _article(ctl).id, {
        "title": "Talks resume", "publisher": "Kessel Courier", "published": date(2031, 3, 4),
        "grade": Grade("B", 2)}),
    "edit brief": lambda ctl: c.EditBriefCommand(ctl, {"title": "New title", "marking": "TLP:RED",
                                                       "distribution": ["Desk", "Directorate"]}),
    "import": lambda ctl: c.ImportSourcesCommand(ctl, [Source(title="Third", text="A third source text.")]),
    "remove source": lambda ctl: c.RemoveSourceCommand(ctl, ctl.brief.sources[1].id),
    "re-apply template": lambda ctl: c.ReapplyTemplateCommand(ctl, engines.load_template("policy-memo")),
}


def _on_disk(ctl: DocumentController) -> Brief:
    ctl.flush(wait=True)
    assert ctl.path is not None
    return load_brief(ctl.path)


def _assert_saved(ctl: DocumentController, step: str) -> None:
    saved = _on_disk(ctl)
    assert saved == ctl.brief, f"after {step}, the file differs from the brief in memory"


@pytest.mark.parametrize("name", list(COMMANDS))
def test_redo_undo_redo_each_reach_the_file(controller: DocumentController, name: str) -> None:
    _assert_saved(controller, "setting up")
    before = _on_disk(controller)
    command = COMMANDS[name](controller)
    controller.push(command)
    _assert_saved(controller, f"{name} (done)")
    assert controller.brief != before, f"{name} changed nothing"
    controller.undo_stack.undo()
    _assert_saved(controller, f"{name} (undone)")
    assert controller.brief == before, f"undoing {name} did not put the brief back"
    controller.undo_stack.redo()
    _assert_saved(controller, f"{name} (redone)")


def _command_classes(cls: type) -> set[type]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub} | _command_classes(sub)
    return found


def test_every_command_class_is_in_the_round_trip(controller: DocumentController) -> None:
    covered = {type(factory(controller)) for factory in COMMANDS.values()}
    assert _command_classes(c.BriefCommand) <= covered
