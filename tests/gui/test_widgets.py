"""The panels and dialogs one by one: drops on the outline, the reader's offsets, properties, checks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent

from briefing.checks import Finding
from briefing.gui.brief_dialog import BriefDialog, date_time_group
from briefing.gui.commands import ImportSourcesCommand, add_passage_command
from briefing.gui.offsets import OffsetMap
from briefing.gui.outline_dock import ITEM_ROLE
from briefing.gui.reader import passage_from_mime, passage_mime
from briefing.gui.source_dialog import SourceDialog
from briefing.gui.templates_dialog import TemplatesDialog
from briefing.model import Source

from .conftest import ARTICLE


def _with_source(window, text: str = ARTICLE) -> Source:  # type: ignore[no-untyped-def]
    source = Source(title="Harbour talks", text=text)
    window.controller.push(ImportSourcesCommand(window.controller, [source]))
    return source


def test_offset_map_handles_characters_outside_the_bmp() -> None:
    text = "a😀b🚢c"
    mapping = OffsetMap(text)
    qt_positions = [mapping.to_qt(i) for i in range(len(text) + 1)]
    assert qt_positions == [0, 1, 3, 4, 6, 7]
    assert [mapping.to_py(p) for p in qt_positions] == list(range(len(text) + 1))
    assert mapping.to_py(2) == 1  # inside the surrogate pair: rounds down
    plain = OffsetMap("no astral characters")
    assert plain.to_qt(5) == 5 and plain.to_py(5) == 5


def test_reader_selection_after_emoji_cites_the_right_characters(qtbot, opened) -> None:
    text = "Crew posted 🚢⚓ photos. The pier was closed on Friday."
    source = _with_source(opened, text)
    start = text.index("The pier was closed")
    opened.reader.select(start, start + len("The pier was closed"))
    assert opened.reader.text.textCursor().selectedText() == "The pier was closed"
    assert opened.reader.current_passage() == (source.id, start, start + len("The pier was closed"))
    mime = opened.reader.text.createMimeDataFromSelection()
    assert passage_from_mime(mime) == (source.id, start, start + len("The pier was closed"))


def test_selection_is_trimmed_of_surrounding_blanks(qtbot, opened) -> None:
    source = _with_source(opened)
    start = source.text.index("Officials from")
    opened.reader.select(start - 2, start + 9)
    assert opened.reader.current_passage() == (source.id, start, start + 9)


def test_half_selected_words_are_completed(qtbot, opened) -> None:
    source = _with_source(opened)
    start = source.text.index("Officials from")
    opened.reader.select(start + 3, start + 11)  # "icials f"
    assert opened.reader.current_passage() == (source.id, start, start + len("Officials from"))


def test_selection_collapses_once_cited_so_the_highlight_shows(qtbot, opened) -> None:
    source = _with_source(opened)
    start = source.text.index("equal access")
    opened.reader.select(start, start + 12)
    assert opened.passages.add_to("caveats")
    assert not opened.reader.text.textCursor().hasSelection()
    assert opened.controller.brief.section("caveats").items[0].citations[0].quote == "equal access"


def test_reader_highlights_cited_passages_and_explains_them(qtbot, opened) -> None:
    source = _with_source(opened)
    start = source.text.index("northern harbour")
    opened.controller.push(add_passage_command(opened.controller, "questions", source.id, start, start + 16))
    selections = opened.reader.text.extraSelections()
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in selections] == [(start, start + 16)]
    assert "Cited in Open questions" in opened.reader.describe_position(start + 3)
    assert opened.reader.describe_position(0) == ""


def test_passage_dropped_on_a_section_adds_an_item(qtbot, opened) -> None:
    source = _with_source(opened)
    start = source.text.index("equal access")
    tree = opened.outline.tree
    caveats = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                   if tree.topLevelItem(i).text(0).startswith("Sourcing caveats"))
    point = tree.visualItemRect(caveats).center()
    mime = passage_mime(source.id, start, start + 12, "equal access")
    event = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    tree.dropEvent(event)
    items = opened.controller.brief.section("caveats").items
    assert [i.citations[0].quote for i in items] == ["equal access"]
    assert opened.controller.undo_stack.undoText() == "Add passage to Sourcing caveats"


def test_items_reorder_and_move_in_the_outline(qtbot, opened) -> None:
    source = _with_source(opened)
    for needle in ("Velmora", "Ostrand", "Kessel"):
        start = source.text.index(needle)
        opened.controller.push(add_passage_command(opened.controller, "summary", source.id, start,
                                                   start + len(needle)))
    ids = [i.id for i in opened.controller.brief.section("summary").items]
    opened.outline.move_item(ids[0], "summary", 3)  # drop below the last item
    assert [i.id for i in opened.controller.brief.section("summary").items] == [ids[1], ids[2], ids[0]]
    opened.controller.nav.select_item(ids[0])
    opened.outline.shift_current(-1)
    assert [i.id for i in opened.controller.brief.section("summary").items] == [ids[1], ids[0], ids[2]]
    opened.outline.move_item(ids[1], "questions", 0)
    assert [i.id for i in opened.controller.brief.section("questions").items] == [ids[1]]
    section_node = opened.outline._section_nodes["questions"]
    assert section_node.text(0).startswith("Open questions (1)")
    assert section_node.child(0).data(0, ITEM_ROLE) == ids[1]


def test_source_dialog_shows_grade_labels_and_saves_through_undo(qtbot, opened) -> None:
    source = _with_source(opened)
    dialog = SourceDialog(opened.controller, source, opened)
    qtbot.addWidget(dialog)
    assert [dialog.reliability.itemText(i) for i in range(1, 3)] == ["A — Completely reliable",
                                                                     "B — Usually reliable"]
    dialog.reliability.setCurrentIndex(dialog.reliability.findData("C"))
    dialog.credibility.setCurrentIndex(dialog.credibility.findData(3))
    assert "C3" in dialog.grade_label.text() and "possibly true" in dialog.grade_label.text()
    dialog.publisher.setText("Kessel Post")
    dialog.published.known.setChecked(True)
    dialog.published.edit.setDate(dialog.published.edit.date().fromString("2025-03-04", "yyyy-MM-dd"))
    dialog.accept()
    assert source.grade.code() == "C3" and source.publisher == "Kessel Post"
    assert source.published == date(2025, 3, 4)
    assert opened.sources.model.data(opened.sources.model.index(0, 0)) == "C3"
    opened.controller.undo_stack.undo()
    assert source.grade.code() == "" and source.publisher is None


def test_brief_dialog_sets_marking_from_the_scheme(qtbot, opened) -> None:
    dialog = BriefDialog(opened.controller, opened)
    qtbot.addWidget(dialog)
    labels = [dialog.marking.itemText(i) for i in range(dialog.marking.count())]
    assert "TLP:RED" in labels and "TLP:CLEAR" in labels
    dialog.marking.setCurrentIndex(dialog.marking.findData("TLP:RED"))
    dialog.author.setText("Desk analyst")
    dialog.distribution.setPlainText("Europe directorate\n\nHarbour desk\n")
    dialog.accept()
    brief = opened.controller.brief
    assert (brief.marking, brief.author, brief.distribution) == ("TLP:RED", "Desk analyst",
                                                                 ["Europe directorate", "Harbour desk"])
    assert opened.menus.marking.currentText() == "TLP:RED"


def test_toolbar_marking_is_undoable(qtbot, opened) -> None:
    combo = opened.menus.marking
    combo.setCurrentIndex(combo.findData("TLP:GREEN"))
    combo.activated.emit(combo.currentIndex())
    assert opened.controller.brief.marking == "TLP:GREEN"
    assert opened.menus.undo.text() == "&Undo Set marking to TLP:GREEN"


def test_date_time_group() -> None:
    from datetime import UTC, datetime

    assert date_time_group(datetime(2025, 11, 20, 16, 30, tzinfo=UTC)) == "201630ZNOV25"


def test_checks_findings_click_through_to_their_item(qtbot, opened) -> None:
    source = _with_source(opened)
    opened.controller.push(add_passage_command(opened.controller, "summary", source.id, 0, 7))
    item = opened.controller.brief.section("summary").items[0]
    finding = Finding("error", "test", "Something is wrong here", "summary", item.id, source.id)
    opened.controller.nav.select_item("")
    opened.checks_dock.show_findings([finding])
    opened.outline.set_findings([finding])
    assert opened.checks_dock.tree.topLevelItem(0).text(0) == "Something is wrong here"
    opened.checks_dock.go_to(0)
    assert opened.controller.nav.item_id == item.id
    assert opened.reader.current_passage() == (source.id, 0, 7)
    assert "needs attention" in opened.outline._section_nodes["summary"].data(0, Qt.ItemDataRole.AccessibleTextRole)


def test_templates_dialog_lists_and_validates(qtbot, tmp_path: Path) -> None:
    dialog = TemplatesDialog()
    qtbot.addWidget(dialog)
    ids = [dialog.tree.topLevelItem(i).text(1) for i in range(dialog.tree.topLevelItemCount())]
    assert "situation-brief" in ids
    assert dialog.validate_current() == []
    assert "no problems found" in dialog.messages.toPlainText()
    dialog.reload()
    assert dialog.tree.topLevelItemCount() == len(ids)


def test_every_control_in_the_docks_has_an_accessible_name(qtbot, opened) -> None:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QPlainTextEdit, QTreeWidget

    for dock in (opened.sources, opened.outline, opened.editor, opened.suggestions, opened.checks_dock):
        for kind in (QLineEdit, QPlainTextEdit, QComboBox, QTreeWidget, QListWidget):
            for widget in dock.findChildren(kind):
                if widget.parent() is not None and isinstance(widget.parent(), QComboBox):
                    continue
                assert widget.accessibleName(), f"{type(widget).__name__} in {dock.objectName()}"


def test_search_filters_the_source_list(qtbot, opened) -> None:
    from briefing.model import Source

    from .conftest import REPORT

    _with_source(opened)
    opened.controller.push(ImportSourcesCommand(opened.controller, [Source(title="Fleet", text=REPORT)]))
    assert opened.sources.proxy.rowCount() == 2
    with qtbot.waitSignal(opened.sources.search_done, timeout=10000):
        opened.sources.search.setText("patrol vessels")
    assert opened.sources.proxy.rowCount() == 1
    assert opened.sources.proxy.index(0, 1).data() == "Fleet"
    opened.sources.search.clear()
    qtbot.waitUntil(lambda: opened.sources.proxy.rowCount() == 2, timeout=5000)


def test_english_plurals_come_from_the_shipped_translation(qtbot, opened) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from briefing.gui import translations

    installed = translations.install(QCoreApplication.instance(), QLocale(QLocale.Language.English))
    try:
        assert installed
        assert QCoreApplication.translate("ItemEditor", "%n word(s)", "", 1) == "1 word"
        assert QCoreApplication.translate("ItemEditor", "%n word(s)", "", 3) == "3 words"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)


def test_actor_suggestion_disappears_once_the_actor_is_in_the_brief(qtbot, opened) -> None:
    from briefing.editing import Suggestion
    from briefing.gui.commands import AddItemCommand
    from briefing.model import Evidence, Item

    source = _with_source(opened)
    start = source.text.index("Ilse Marrow")
    suggestion = Suggestion("actors", "actor-1", "Ilse Marrow", [Evidence(source.id, start, start + 11, "Ilse Marrow")],
                            name="Ilse Marrow")
    opened.analysis.suggestions = [suggestion]
    assert opened.analysis.open_suggestions() == [suggestion]
    opened.controller.push(AddItemCommand(opened.controller, "actors", Item(kind="actor", name="ilse  Marrow")))
    assert opened.analysis.open_suggestions() == []


def _edit_caveat(opened, text: str):  # type: ignore[no-untyped-def]
    """Offer one caveat suggestion citing the sample's anonymous official, and open Edit and Accept on it."""
    from PySide6.QtWidgets import QInputDialog

    from briefing.editing import Suggestion
    from briefing.model import Evidence

    source = _with_source(opened)
    start = source.text.index("A senior Ostrand official")
    suggestion = Suggestion("caveats", "caveat-x", text,
                            [Evidence(source.id, start, start + 25, "A senior Ostrand official")],
                            caveat_kind="anonymous-source")
    opened.analysis.suggestions = [suggestion]
    opened.suggestions.rebuild()
    assert opened.suggestions.select_key("caveat-x")
    opened.suggestions.edit_current()
    return next(w for w in opened.findChildren(QInputDialog) if w.isVisible())


def test_edit_then_accept_uses_the_edited_text(qtbot, opened) -> None:
    dialog = _edit_caveat(opened, "A senior Ostrand official")
    dialog.setTextValue("Only an anonymous Ostrand official describes the draft.")
    dialog.accept()
    item = opened.controller.brief.section("caveats").items[0]
    assert item.text == "Only an anonymous Ostrand official describes the draft."
    assert item.citations[0].quote == "A senior Ostrand official"


def test_edit_and_accept_shows_the_whole_sentence(qtbot, opened) -> None:
    """A proposed caveat sentence runs long: the editor wraps it in a dialog wide enough to read it."""
    from PySide6.QtWidgets import QPlainTextEdit

    dialog = _edit_caveat(opened, "That the draft was agreed before the talks began rests on one anonymous senior "
                                  "Ostrand official, and no other source carries it.")
    editor = dialog.findChild(QPlainTextEdit)
    assert editor is not None and editor.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
    assert dialog.width() >= 480
    dialog.reject()


def test_export_dialog_remembers_the_folder(qtbot, opened, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []
    target = tmp_path / "exports" / "harbour.pdf"
    target.parent.mkdir()

    def fake_save(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return (str(target), "") if len(asked) == 1 else (suggested, "")  # then accept the suggestion

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    exported: list[Path] = []
    monkeypatch.setattr(opened.files, "export", lambda path, offer_open=False: exported.append(path))
    opened.files.export_dialog("pdf")
    opened.files.export_dialog("docx")
    assert exported[0] == target
    assert Path(asked[1]).parent == target.parent and asked[1].endswith(".docx")
    assert exported[1] == Path(asked[1])


def test_layout_is_remembered_between_sessions(qtbot) -> None:
    from briefing.gui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.preview.close()
    first.sources.setFloating(True)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.restore_layout()
    second.show()
    assert not second.preview.isVisible()
    assert second.sources.isFloating()
    second.reset_layout()
    assert not second.preview.isHidden()
    assert not second.sources.isFloating()
    second.close()


def test_enter_on_an_outline_item_goes_to_the_editor(qtbot, opened) -> None:
    source = _with_source(opened)
    opened.controller.push(add_passage_command(opened.controller, "summary", source.id, 0, 7))
    item = opened.controller.brief.section("summary").items[0]
    node = opened.outline._item_nodes[item.id]
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow, timeout=5000)
    opened.outline.tree.itemActivated.emit(node, 0)
    assert opened.editor.text.hasFocus()


def test_judgments_take_icd_203_terms_in_the_editor(qtbot, window) -> None:
    from briefing.gui import engines

    window.controller.new_document(engines.load_template("intelligence-summary"), title="Strait assessment")
    assert window.passages.actions[0].data() == "key_judgments"
    window.outline.add_empty("key_judgments")
    item = window.controller.find_item(window.controller.nav.item_id)
    assert item is not None and item.kind == "judgment"
    editor = window.editor
    assert not editor.likelihood.isHidden() and editor.name.isHidden()
    terms = [editor.likelihood.itemData(i) for i in range(1, editor.likelihood.count())]
    assert terms == ["almost no chance", "very unlikely", "unlikely", "roughly even chance", "likely",
                     "very likely", "almost certain"]
    editor.likelihood.setCurrentIndex(editor.likelihood.findData("very likely"))
    editor.likelihood.activated.emit(editor.likelihood.currentIndex())
    editor.confidence.setCurrentIndex(editor.confidence.findData("moderate"))
    editor.confidence.activated.emit(editor.confidence.currentIndex())
    assert (item.likelihood, item.confidence) == ("very likely", "moderate")
    assert window.menus.undo.text().startswith("&Undo Set confidence")
    labels = [window.menus.marking.itemText(i) for i in range(window.menus.marking.count())]
    assert len(labels) > 2 and "TLP:AMBER" not in labels  # the template's classification ladder
    window.menus.undo.trigger()
    assert item.confidence is None and item.likelihood == "very likely"


def test_caveat_suggestions_propose_a_sentence_and_accept_it_with_its_evidence(qtbot, opened) -> None:
    from PySide6.QtWidgets import QInputDialog

    from briefing.gui import engines

    text = ("Harbour lease\n\nA senior Ostrand ministry official told reporters on Monday that the harbour "
            "authority was preparing a new lease for the eastern docks.\n")
    source = _with_source(opened, text)
    opened.analysis.suggestions = engines.analyze([source])
    opened.suggestions.rebuild()
    (caveat,) = [s for s in opened.analysis.suggestions if s.caveat_kind == "anonymous-source"]
    assert caveat.text == ("That the harbour authority was preparing a new lease for the eastern docks rests on "
                           "one anonymous senior Ostrand ministry official.")
    assert opened.suggestions.select_key(caveat.key)
    assert opened.suggestions.tree.currentItem().text(0) == caveat.text
    opened.suggestions.edit_current()
    dialog = next(w for w in opened.findChildren(QInputDialog) if w.isVisible())
    assert dialog.textValue() == caveat.text  # the proposal is there to edit
    dialog.setTextValue(caveat.text.replace("rests on", "rests only on"))
    dialog.accept()
    item = opened.controller.brief.section("caveats").items[0]
    assert item.text.startswith("That the harbour authority was preparing a new lease for the eastern docks rests "
                                "only on")
    assert item.caveat_kind == "anonymous-source"
    assert item.citations[0].quote == "A senior Ostrand ministry official"


def test_an_actor_suggestion_says_what_kind_of_actor_it_is(opened) -> None:  # type: ignore[no-untyped-def]
    from briefing.editing.suggestion import Suggestion

    state = Suggestion("actors", "actor:x", "Poland", [], name="Poland", actor_type="state", mentions=2,
                       cue="acts in the story: 'Poland rejected'")
    person = Suggestion("actors", "actor:y", "Ilse Marrow", [], name="Ilse Marrow", actor_type="person",
                        role="minister", mentions=1)
    assert opened.suggestions.why(state).split(" · ")[0] == "state"
    assert opened.suggestions.why(person).split(" · ")[:2] == ["person", "minister"]


def test_a_folded_group_of_suggestions_stays_folded_after_an_accept(qtbot, opened) -> None:
    """Seen in the app: after each accept the list was rebuilt with every group unfolded, so the analyst working
    through the caveats had to fold the long list of actors again."""
    from briefing.gui import engines

    text = ("Harbour lease\n\nA senior Ostrand ministry official told reporters on Monday that the harbour "
            "authority was preparing a new lease. Mira Castell, the port director, said talks went on.\n")
    source = _with_source(opened, text)
    opened.analysis.suggestions = engines.analyze([source])
    opened.suggestions.rebuild()
    tree = opened.suggestions.tree
    groups = {tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 2): tree.topLevelItem(i)
              for i in range(tree.topLevelItemCount())}
    groups["actors"].setExpanded(False)
    (caveat,) = [s for s in opened.analysis.suggestions if s.caveat_kind == "anonymous-source"]
    assert opened.suggestions.select_key(caveat.key)
    opened.suggestions.accept_current()
    assert opened.controller.brief.section("caveats").items
    headings = {tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 2): tree.topLevelItem(i).isExpanded()
                for i in range(tree.topLevelItemCount())}
    assert headings["actors"] is False and headings["caveats"] is True
