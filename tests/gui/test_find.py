"""Find in sources: every match highlighted in the reader, F3 / Shift+F3 step through them."""

from __future__ import annotations

from briefing.gui.commands import ImportSourcesCommand
from briefing.model import Source

from .conftest import ARTICLE, REPORT


def _search(window, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.sources.search_done, timeout=10000):
        window.sources.search.setText(text)


def _found_spans(window) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    reader = window.reader
    return [(reader.offsets.to_py(s.cursor.selectionStart()), reader.offsets.to_py(s.cursor.selectionEnd()))
            for s in reader.text.extraSelections() if s.format.background().color() == reader.FOUND_COLOUR]


def _selected(window) -> tuple[str, int, int] | None:  # type: ignore[no-untyped-def]
    return window.reader.current_passage()


def test_every_match_in_the_shown_source_is_highlighted(qtbot, opened) -> None:
    article = Source(title="Harbour talks", text=ARTICLE)
    opened.controller.push(ImportSourcesCommand(opened.controller, [article]))
    opened.controller.nav.select_source(article.id)
    _search(opened, qtbot, "Kessel")
    expected = [(i, i + len("Kessel")) for i in range(len(ARTICLE)) if ARTICLE.startswith("Kessel", i)]
    assert len(expected) == 2
    assert _found_spans(opened) == expected
    opened.sources.search.clear()
    qtbot.waitUntil(lambda: not _found_spans(opened), timeout=5000)


def test_f3_and_shift_f3_step_through_matches_across_sources(qtbot, opened) -> None:
    article = Source(title="Harbour talks", text=ARTICLE)
    report = Source(title="Fleet", text=REPORT)
    opened.controller.push(ImportSourcesCommand(opened.controller, [article, report]))
    _search(opened, qtbot, "Kessel")
    hits = opened.sources.hits
    assert hits.total == 4  # two in each source
    order = [(source_id, start) for source_id, start, _end in hits.flat()]

    seen = []
    for _ in range(4):
        opened.menus.find_next.trigger()
        passage = _selected(opened)
        assert passage is not None
        seen.append((passage[0], passage[1]))
        source = opened.controller.brief.find_source(passage[0])
        assert source.text[passage[1]:passage[2]] == "Kessel"
    first = order.index(seen[0])  # F3 starts from the source the reader shows
    assert seen == order[first:] + order[:first]
    assert f"{first or 4} of 4" in opened.statusBar().currentMessage()
    opened.menus.find_next.trigger()  # around again
    assert (_selected(opened)[0], _selected(opened)[1]) == seen[0]
    opened.menus.find_previous.trigger()  # and back
    assert (_selected(opened)[0], _selected(opened)[1]) == seen[-1]
    opened.controller.nav.select_source("")  # from no source, F3 starts at the best-ranked one
    opened.menus.find_next.trigger()
    assert (_selected(opened)[0], _selected(opened)[1]) == order[0]


def test_shortcuts_are_f3_and_shift_f3(opened) -> None:
    from PySide6.QtGui import QKeySequence

    assert QKeySequence("F3") in opened.menus.find_next.shortcuts()
    assert QKeySequence("Shift+F3") in opened.menus.find_previous.shortcuts()


def test_find_next_without_a_search_says_what_to_do(qtbot, opened) -> None:
    opened.controller.push(ImportSourcesCommand(opened.controller, [Source(title="Harbour talks", text=ARTICLE)]))
    opened.menus.find_next.trigger()
    assert "Find in Sources" in opened.statusBar().currentMessage()


def test_enter_in_the_search_box_goes_to_the_first_match(qtbot, opened) -> None:
    from PySide6.QtCore import Qt

    opened.controller.push(ImportSourcesCommand(opened.controller, [Source(title="Fleet", text=REPORT)]))
    _search(opened, qtbot, "patrol")
    qtbot.keyClick(opened.sources.search, Qt.Key.Key_Return)
    passage = _selected(opened)
    assert passage is not None
    assert REPORT[passage[1]:passage[2]] == "patrol"
