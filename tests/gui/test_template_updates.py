"""A brief made with an older template: the notice, the confirmation, and an exact undo."""

from __future__ import annotations

from pathlib import Path

import yaml
from PySide6.QtWidgets import QMessageBox

from briefing.gui import engines
from briefing.gui.commands import AddItemCommand
from briefing.model import Item

SHIPPED = Path(__file__).resolve().parents[2] / "templates" / "situation-brief.yaml"


def _install_newer() -> None:
    """A user copy of situation-brief, version 3: without Caveats, with a new Outlook section."""
    data = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    data["version"] = "3"
    data["branding"]["logo"] = None
    data["sections"] = [s for s in data["sections"] if s["key"] != "caveats"]
    data["sections"].insert(1, {"key": "outlook", "title": "Outlook", "kind": "prose"})
    folder = next(path for path, kind in engines.template_search_path() if kind == "user")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "situation-brief.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def test_no_notice_when_the_installed_template_is_the_briefs(opened) -> None:
    assert not opened.template_updates.bar.isVisibleTo(opened)
    opened.menus.reapply_template.trigger()
    assert opened.template_updates.confirm_box is None
    assert opened.controller.undo_stack.count() == 0


def test_newer_template_is_offered_confirmed_applied_and_undone(qtbot, opened) -> None:
    controller = opened.controller
    caveat = Item(kind="caveat", text="Only one source names the pier.")
    controller.push(AddItemCommand(controller, "caveats", caveat))
    old_snapshot = controller.brief.template_snapshot
    old_keys = [s.key for s in controller.brief.sections]
    path = controller.path
    assert path is not None
    _install_newer()
    controller.close_document()
    controller.open_document(path)

    updates = opened.template_updates
    assert updates.bar.isVisibleTo(opened)
    assert "2 → 3" in updates.label.text()
    assert controller.template is not None and controller.template.version == "2"  # still its own copy

    opened.menus.reapply_template.trigger()
    box = updates.confirm_box
    assert box is not None and box.isVisible()
    details = box.informativeText()
    assert "“Sourcing caveats”: the 1 item" in details and "Outlook" in details
    box.button(QMessageBox.StandardButton.Yes).click()

    brief = controller.brief
    assert controller.template is not None and controller.template.version == "3"
    assert brief.template_snapshot == controller.template.source_text != old_snapshot
    assert [s.key for s in brief.sections] == [*old_keys, "outlook"]
    assert brief.section("caveats").items[0].text == caveat.text  # kept, not dropped
    assert not updates.bar.isVisibleTo(opened)

    controller.undo_stack.undo()
    assert brief.template_snapshot == old_snapshot
    assert [s.key for s in brief.sections] == old_keys
    assert controller.template is not None and controller.template.version == "2"
    assert updates.bar.isVisibleTo(opened)  # offered again

    controller.undo_stack.redo()
    controller.close_document()
    controller.open_document(path)  # the re-applied template was saved with the brief
    assert controller.brief.template_snapshot == engines.load_template("situation-brief").source_text
    assert not updates.bar.isVisibleTo(opened)


def test_cancel_changes_nothing(qtbot, opened) -> None:
    path = opened.controller.path
    _install_newer()
    opened.controller.close_document()
    opened.controller.open_document(path)
    box = opened.template_updates.confirm()
    assert box is not None
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert opened.controller.undo_stack.count() == 0
    assert opened.controller.template is not None and opened.controller.template.version == "2"


def test_restored_layout_does_not_show_an_empty_notice(qtbot, window) -> None:
    window.template_updates.bar.show()
    window.controller.settings.set_window_state(window.saveGeometry(), window.saveState())
    window.restore_layout()
    assert not window.template_updates.bar.isVisibleTo(window)
