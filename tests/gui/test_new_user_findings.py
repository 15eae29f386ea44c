"""What a new analyst ran into in a walk-through: each a regression test written before its fix."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from briefing.gui import engines
from briefing.gui.commands import AddItemCommand, ImportSourcesCommand
from briefing.gui.file_dialogs import BriefFileIcons
from briefing.model import Item, Source

from .conftest import ARTICLE


def _saved_brief(window, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "harbour.brief"
    assert window.files.save_as(path)
    return path


def test_ctrl_y_redoes(qtbot, opened) -> None:
    assert QKeySequence("Ctrl+Y") in opened.menus.redo.shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.Redo) in opened.menus.redo.shortcuts()


def test_export_dialog_starts_in_the_briefs_folder(qtbot, opened, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "desk" / "velmora"
    _saved_brief(opened, folder)
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda _p, _t, suggested, _f: (asked.append(suggested), ("", ""))[1]))
    opened.files.export_dialog("pdf")
    opened.delivery.draft_dialog()
    assert [Path(name).parent for name in asked] == [folder, folder]


def test_save_as_dialog_starts_in_the_briefs_folder_and_names_briefs(qtbot, opened, tmp_path: Path,
                                                                      monkeypatch) -> None:
    folder = tmp_path / "desk"
    _saved_brief(opened, folder)
    seen: list[tuple[str, str]] = []

    def fake_exec(dialog: QFileDialog) -> int:
        seen.append((dialog.directory().absolutePath(), dialog.iconProvider().type(QFileInfo(str(folder / "a.brief")))))
        return 0

    monkeypatch.setattr(QFileDialog, "exec", fake_exec)
    opened.files.save_as_dialog()
    opened.files.open_dialog()
    assert seen[0][0] == str(folder)
    assert all(kind == "Briefing brief" for _folder, kind in seen)
    assert len(seen) == 2


def test_briefs_are_not_called_sqlite_databases_in_file_dialogs(qtbot, tmp_path: Path) -> None:
    icons = BriefFileIcons()
    assert icons.type(QFileInfo(str(tmp_path / "x.brief"))) == "Briefing brief"
    assert "SQL" not in icons.type(QFileInfo(str(tmp_path / "x.brief")))


def test_closed_brief_does_not_point_at_a_disabled_import(qtbot, opened) -> None:
    opened.menus.close_brief()
    assert not opened.menus.import_.isEnabled()
    heading = opened.reader.heading.text()
    assert "Import" not in heading
    assert "File ▸ New" in heading


def test_opening_a_word_file_offers_to_import_it(qtbot, opened, tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Harbour talks resume in Velmora. Officials met on Tuesday.")
    path = tmp_path / "article.docx"
    document.save(str(path))
    assert not opened.files.open_path(path)
    box = opened.files.last_error
    assert isinstance(box, QMessageBox)
    assert "Word document, not a brief" in box.text()
    assert "SQLite" not in box.text()
    accept = next(b for b in box.buttons() if "Import" in b.text())
    before = len(opened.controller.brief.sources)
    with qtbot.waitSignal(opened.files.imported, timeout=20000):
        accept.click()
    assert len(opened.controller.brief.sources) == before + 1


def test_opening_a_word_file_without_a_brief_says_what_it_is(qtbot, window, tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Harbour talks.")
    path = tmp_path / "article.docx"
    document.save(str(path))
    assert not window.files.open_path(path)
    assert "Word document, not a brief" in window.files.last_error.text()
    assert engines.foreign_kind(path) == "a Word document"


def test_item_panel_shows_no_note_label_when_nothing_is_selected(qtbot, opened) -> None:
    controller = opened.controller
    controller.push(ImportSourcesCommand(controller, [Source(title="Harbour talks", text=ARTICLE)]))
    actor = Item(kind="actor", name="Ilse Marrow", text="Foreign minister.")
    controller.push(AddItemCommand(controller, "actors", actor))
    controller.nav.select_item(actor.id)
    assert opened.editor.text_label.text() == "&Note:"
    controller.nav.select_item("")
    assert opened.editor.text_label.text() != "&Note:"
