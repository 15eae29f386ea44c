"""The main flow with the keyboard alone: reach the reader, select words, file them, accept a suggestion."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from briefing.gui.commands import ImportSourcesCommand
from briefing.model import Source

from .conftest import ARTICLE

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_keyboard_only_main_flow(qtbot, opened) -> None:
    window = opened
    window.controller.push(ImportSourcesCommand(window.controller, [Source(title="Harbour talks", text=ARTICLE)]))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)

    QTest.keyClick(window, Qt.Key.Key_2, ALT)  # Go to Panel ▸ Reader
    reader = window.reader.text
    assert reader.hasFocus()
    QTest.keyClick(reader, Qt.Key.Key_Home, CTRL)
    for _ in range(2):  # past the title line and the blank line
        QTest.keyClick(reader, Qt.Key.Key_Down)
    for _ in range(3):
        QTest.keyClick(reader, Qt.Key.Key_Right, CTRL | SHIFT)
    passage = window.reader.current_passage()
    assert passage is not None
    assert ARTICLE[passage[1]:passage[2]] == "Officials from the"
    QTest.keyClick(reader, Qt.Key.Key_1, CTRL)  # Add to Bottom line
    assert [i.citations[0].quote for i in window.controller.brief.section("summary").items] == ["Officials from the"]

    qtbot.waitUntil(lambda: not window.analysis.busy and bool(window.analysis.suggestions), timeout=20000)
    QTest.keyClick(window, Qt.Key.Key_5, ALT)  # Go to Panel ▸ Suggestions
    tree = window.suggestions.tree
    assert tree.hasFocus()
    chosen = window.suggestions.current()  # focus lands on the first suggestion
    assert chosen is not None and chosen.kind == "actors"
    QTest.keyClick(tree, Qt.Key.Key_Down)
    following = window.suggestions.current()
    assert following is not None and following is not chosen  # the next suggestion, never a heading
    QTest.keyClick(tree, Qt.Key.Key_Up)
    assert window.suggestions.current() is chosen
    QTest.keyClick(tree, Qt.Key.Key_Return)  # accept
    assert chosen.key not in {s.key for s in window.analysis.open_suggestions()}
    assert window.controller.find_item(window.controller.nav.item_id) is not None

    QTest.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert chosen.key in {s.key for s in window.analysis.open_suggestions()}
