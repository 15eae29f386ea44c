"""The marking combos compare labels as the release policy does (see `marking_key`).

Regression: a brief marked "TLP:RED" with a zero-width space showed a second, different-looking
"TLP:RED" entry in the toolbar and the properties dialog instead of selecting the scheme's own.
"""

from __future__ import annotations

from briefing.gui.brief_dialog import BriefDialog
from briefing.gui.commands import EditBriefCommand


def test_a_zero_width_spelling_selects_the_schemes_label(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    opened.controller.push(EditBriefCommand(opened.controller, {"marking": "TLP:\u200bRED"}, name="mark"))
    combo = opened.menus.marking
    assert combo.currentData() == "TLP:RED"
    assert [combo.itemData(i) for i in range(combo.count())].count("TLP:RED") == 1
    assert all("\u200b" not in (combo.itemData(i) or "") for i in range(combo.count()))
    dialog = BriefDialog(opened.controller, opened)
    qtbot.addWidget(dialog)
    assert dialog.marking.currentData() == "TLP:RED"
    assert all("\u200b" not in (dialog.marking.itemData(i) or "") for i in range(dialog.marking.count()))


def test_a_look_alike_is_shown_as_it_is_not_as_a_label(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    opened.controller.push(EditBriefCommand(opened.controller, {"marking": "TLP:R\u0415D"}, name="mark"))
    combo = opened.menus.marking
    assert combo.currentData() == "TLP:R\u0415D"  # kept visible, so the analyst sees what to replace
    assert combo.findData("TLP:RED") >= 0 and combo.findData("TLP:RED") != combo.currentIndex()
