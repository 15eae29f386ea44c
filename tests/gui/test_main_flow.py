"""The analyst's main flow, driven through the real widgets from a new brief to a reopened one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from briefing.gui.main_window import MainWindow
from briefing.gui.new_dialog import NewBriefDialog

from .helpers import drop_files


def test_main_flow(qtbot, tmp_path: Path, sources_dir: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    controller = window.controller

    # New brief from a template, through the chooser.
    dialog = window.files.new_brief()
    assert isinstance(dialog, NewBriefDialog)
    names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any(name.startswith("Situation brief") for name in names)
    dialog.title.setText("Harbour talks")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert controller.is_open and controller.brief.title == "Harbour talks"
    assert controller.path is not None and controller.path.exists()

    # Import a source the way a drop does.
    drop_files(window, qtbot, [sources_dir / "harbour-talks.txt"])
    assert len(controller.brief.sources) == 1
    source = controller.brief.sources[0]
    assert "Officials from the Republic of Velmora" in source.text
    assert window.sources.model.rowCount() == 1
    assert window.reader.source is source

    # Select a passage and add it to the summary with the section's action (Ctrl+1).
    passage = "Officials from the Republic of Velmora and the Ostrand Federation met on Tuesday"
    start = source.text.index(passage)
    window.reader.select(start, start + len(passage))
    assert window.reader.current_passage() == (source.id, start, start + len(passage))
    summary_action = window.passages.actions[0]
    assert summary_action.data() == "summary" and summary_action.shortcut().toString() == "Ctrl+1"
    summary_action.trigger()
    summary = controller.brief.section("summary").items
    assert len(summary) == 1
    citation = summary[0].citations[0]
    assert (citation.source_id, citation.start, citation.end, citation.quote) == (
        source.id, start, start + len(passage), passage)
    assert window.outline.tree.topLevelItem(0).text(0).startswith("Bottom line (1)")

    # Accept an actor and a caveat from the suggestions.
    qtbot.waitUntil(lambda: not window.analysis.busy and bool(window.analysis.suggestions), timeout=20000)
    actors = [s for s in window.analysis.open_suggestions() if s.kind == "actors"]
    caveats = [s for s in window.analysis.open_suggestions() if s.kind == "caveats"]
    assert actors and caveats
    actor = next((s for s in actors if "Marrow" in s.text), actors[0])
    caveat = next((s for s in caveats if "anonymity" in s.text or "senior" in s.text.lower()), caveats[0])
    assert window.suggestions.select_key(actor.key)
    window.suggestions.accept_button.click()
    assert window.suggestions.select_key(caveat.key)
    window.suggestions.accept_button.click()
    actor_item = controller.brief.section("actors").items[0]
    caveat_item = controller.brief.section("caveats").items[0]
    assert actor_item.kind == "actor" and actor_item.name == actor.name
    assert caveat_item.citations and caveat_item.citations[0].matches(source)
    assert actor.key not in {s.key for s in window.analysis.open_suggestions()}

    # Edit an item through the editor: the summary's text.
    item_id = summary[0].id
    controller.nav.select_item(item_id)
    assert window.editor.item_id == item_id
    window.editor.text.setPlainText("Velmora and Ostrand resumed harbour talks on Tuesday.")
    assert controller.find_item(item_id).text == "Velmora and Ostrand resumed harbour talks on Tuesday."
    assert "Edit text" in window.menus.undo.text()

    # Undo and redo, through the Edit menu's actions.
    window.menus.undo.trigger()
    assert controller.find_item(item_id).text == passage
    assert window.editor.text.toPlainText() == passage
    window.menus.redo.trigger()
    assert controller.find_item(item_id).text == "Velmora and Ostrand resumed harbour talks on Tuesday."

    # Export PDF and DOCX (in the background).
    pdf, docx = tmp_path / "out" / "brief.pdf", tmp_path / "out" / "brief.docx"
    pdf.parent.mkdir()
    for target in (pdf, docx):
        job = window.files.export(target)
        qtbot.waitUntil(lambda job=job: not job.running, timeout=60000)
        assert target.exists() and target.stat().st_size > 0, window.files.last_error
    assert pdf.read_bytes().startswith(b"%PDF")
    assert docx.read_bytes().startswith(b"PK")

    # Reopen the brief in a fresh window: everything is as it was.
    path = controller.path
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.files.open_path(path)
    brief = again.controller.brief
    assert brief.title == "Harbour talks"
    assert [s.text for s in brief.sources] == [source.text]
    assert brief.section("summary").items[0].text == "Velmora and Ostrand resumed harbour talks on Tuesday."
    assert brief.section("summary").items[0].citations[0].quote == passage
    assert brief.section("actors").items[0].name == actor.name
    assert brief.section("caveats").items[0].citations[0].start == caveat.evidence[0].start
    again.close()
