"""Text typed into the item editor is in whatever reads the brief next, however soon that is.

The editor once kept typing aside until a timer fired, and only some callers pushed it into
the brief first: an export started within a second of the last keystroke missed the words.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pypdf
from pytestqt.qtbot import QtBot

from briefing.gui.commands import AddItemCommand
from briefing.model import Item

TYPED = " Kessel harbour reopened"


def _type_into_new_item(window, qtbot: QtBot) -> str:  # type: ignore[no-untyped-def]
    controller = window.controller
    item = Item(kind="prose", text="Talks resumed.")
    controller.push(AddItemCommand(controller, "summary", item))
    controller.nav.select_item(item.id)
    assert window.editor.item_id == item.id
    window.editor.text.setFocus()
    window.editor.text.moveCursor(window.editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor.text, TYPED)
    return item.id


def test_text_typed_just_before_export_is_in_the_docx(qtbot: QtBot, opened, tmp_path: Path) -> None:
    item_id = _type_into_new_item(opened, qtbot)
    out = tmp_path / "now.docx"
    job = opened.files.export(out)  # at once: no pause after the last keystroke
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Talks resumed." + TYPED in text
    assert opened.controller.find_item(item_id).text == "Talks resumed." + TYPED


def test_text_typed_just_before_printing_is_in_the_pdf(qtbot: QtBot, opened, tmp_path: Path) -> None:
    # printing goes through the same PDF export, so paper matches the file
    _type_into_new_item(opened, qtbot)
    out = tmp_path / "now.pdf"
    job = opened.files.export(out)
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(str(out)).pages)
    assert "Kessel harbour reopened" in " ".join(text.split())


def test_text_typed_just_before_a_draft_is_in_the_eml(qtbot: QtBot, opened, tmp_path: Path) -> None:
    _type_into_new_item(opened, qtbot)
    out = tmp_path / "now.eml"
    job = opened.delivery.draft(out)
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    assert "Kessel harbour reopened" in out.read_text(encoding="utf-8", errors="replace")


def test_typing_is_one_undo_step(qtbot: QtBot, opened) -> None:
    item_id = _type_into_new_item(opened, qtbot)
    controller = opened.controller
    assert controller.find_item(item_id).text == "Talks resumed." + TYPED
    controller.undo_stack.undo()
    assert controller.find_item(item_id).text == "Talks resumed."
    assert opened.editor.text.toPlainText() == "Talks resumed."
    controller.undo_stack.redo()
    assert controller.find_item(item_id).text == "Talks resumed." + TYPED
