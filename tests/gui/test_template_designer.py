"""The template designer as an administrator uses it: forms, YAML, undo, live preview, save, reference."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QLineEdit
from tests.templating import house_reference as house

from briefing.gui.template_designer import TemplateDesigner
from briefing.templating import find_template, load_template, load_template_file

PREVIEW_TIMEOUT = 60_000


def child_template(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "northbridge.yaml"
    path.write_text("# Northbridge's situation brief\nid: northbridge\nname: Northbridge brief\nversion: '3'\n"
                    "extends: situation-brief\nbranding:\n  organization: Northbridge Regional Office\n",
                    encoding="utf-8")
    return path


@pytest.fixture
def designer(qtbot: Any, tmp_path: Path) -> TemplateDesigner:
    # Closed here, not by qtbot (which closes its widgets before fixtures end): a test may leave
    # unsaved changes, and closing over them asks first.
    widget = TemplateDesigner(child_template(tmp_path / "admin"))
    widget.show()
    qtbot.waitUntil(lambda: widget.pdf.status() == QPdfDocument.Status.Ready and widget.pdf.pageCount() > 0,
                    timeout=PREVIEW_TIMEOUT)
    yield widget
    widget.undo_stack.setClean()
    widget.close()
    widget.deleteLater()


def field(designer: TemplateDesigner, kind: type, key: str) -> Any:
    found = designer.findChild(kind, f"field:{key}")
    assert found is not None, key
    return found


def wait_for_preview(qtbot: Any, designer: TemplateDesigner) -> None:
    qtbot.waitUntil(lambda: designer.edited_at is None and not designer.client.busy, timeout=PREVIEW_TIMEOUT)


def test_a_form_edit_changes_the_yaml_the_preview_and_undoes(designer: TemplateDesigner, qtbot: Any) -> None:
    size = field(designer, QDoubleSpinBox, "typography.body_size")
    assert designer.own(("typography", "body_size")) is None  # inherited from situation-brief
    assert size.value() == load_template("situation-brief").typography.body_size
    first_pdf = bytes(designer.pdf_buffers["pdf"].data().data())
    size.setValue(13)
    assert designer.own(("typography", "body_size")) == 13
    assert "body_size: 13" in designer.yaml.toPlainText()
    assert "extends: situation-brief" in designer.yaml.toPlainText()
    wait_for_preview(qtbot, designer)
    assert bytes(designer.pdf_buffers["pdf"].data().data()) != first_pdf
    assert designer.last_latency is not None and "ms after the change" in designer.status.text()
    designer.undo_stack.undo()
    assert designer.own(("typography", "body_size")) is None
    assert "typography" not in yaml.safe_load(designer.yaml.toPlainText())
    designer.undo_stack.redo()
    assert designer.own(("typography", "body_size")) == 13


def test_typing_in_a_field_is_one_undo_step(designer: TemplateDesigner, qtbot: Any) -> None:
    name = field(designer, QLineEdit, "name")
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "House")
    assert designer.own(("name",)) == "House"
    assert designer.undo_stack.count() == 1
    designer.undo_stack.undo()
    assert designer.own(("name",)) == "Northbridge brief"


def test_yaml_view_edits_are_validated_with_file_line_and_key(designer: TemplateDesigner, qtbot: Any,
                                                              tmp_path: Path) -> None:
    text = designer.yaml.toPlainText().replace("name: Northbridge brief", "name: Northbridge brief\ntoc: maybe")
    designer.yaml.setPlainText(text)
    qtbot.waitUntil(lambda: designer.problems.count() > 0, timeout=PREVIEW_TIMEOUT)
    problem = designer.problems.item(0).text()
    assert problem.startswith(f"{tmp_path / 'admin' / 'northbridge.yaml'}:3: toc: ")
    assert designer.own(("toc",)) == "maybe"
    designer.undo_stack.undo()
    qtbot.waitUntil(lambda: designer.problems.count() == 0, timeout=PREVIEW_TIMEOUT)
    designer.yaml.setPlainText("id: [unclosed")
    qtbot.waitUntil(lambda: designer.problems.count() > 0 and "line" in designer.problems.item(0).text(),
                    timeout=5000)


def test_sections_add_reorder_remove_and_kind(designer: TemplateDesigner, qtbot: Any) -> None:
    page = designer.sections_page
    inherited = [s["key"] for s in designer.sections()]
    assert inherited[0] == "summary" and designer.own(("sections",)) is None
    page.list.setCurrentRow(0)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    keys = [s["key"] for s in designer.own(("sections",))]
    assert keys == [inherited[0], "section_1", *inherited[1:]]
    title = field(page, QLineEdit, "sections.1.title")
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Outlook")
    assert designer.own(("sections",))[1]["title"] == "Outlook"
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert [s["key"] for s in designer.own(("sections",))][:2] == ["section_1", inherited[0]]
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert [s["key"] for s in designer.own(("sections",))] == inherited
    wait_for_preview(qtbot, designer)
    assert designer.problems.count() == 0
    while designer.undo_stack.canUndo():
        designer.undo_stack.undo()
    assert designer.own(("sections",)) is None  # back to inheriting the parent's list


def test_save_as_keeps_extends_and_loads(designer: TemplateDesigner, tmp_path: Path) -> None:
    designer.edit(("typography", "heading_colour"), "#8B1A1A", merge=False)
    target = tmp_path / "user-templates"
    saved = designer.save_to(target, "northbridge-2", "4")
    assert saved is not None and saved.path == target / "northbridge-2" / "northbridge-2.yaml"
    data = yaml.safe_load(saved.path.read_text(encoding="utf-8"))
    assert data["extends"] == "situation-brief" and data["id"] == "northbridge-2" and data["version"] == "4"
    template = load_template_file(saved.path)
    assert template.typography.heading_colour == "#8B1A1A"
    assert [s.key for s in template.sections] == [s.key for s in load_template("situation-brief").sections]
    assert (target / "northbridge-2" / "manifest.json").is_file()


def test_a_word_reference_is_copied_validated_and_saved(designer: TemplateDesigner, qtbot: Any,
                                                        tmp_path: Path) -> None:
    reference = tmp_path / "house.dotx"
    reference.write_bytes(house.as_dotx(house.house_document()))
    designer.choose_file(("docx", "reference"), "", chosen=reference)
    assert designer.own(("docx", "reference")) == "house.dotx"
    wait_for_preview(qtbot, designer)
    lines = [designer.problems.item(i).text() for i in range(designer.problems.count())]
    assert not [line for line in lines if not line.startswith("PDF: ")]
    assert any("header's text" in line for line in lines)
    saved = designer.save_to(tmp_path / "out", "house-brief", "1")
    assert saved is not None and (saved.path.parent / "house.dotx").read_bytes() == reference.read_bytes()
    assert load_template_file(saved.path).reference is not None


def test_the_docx_tab_says_plainly_when_libreoffice_is_missing(qtbot: Any, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # the preview process finds no soffice
    widget = TemplateDesigner(find_template("policy-memo"))
    qtbot.addWidget(widget)
    widget.previews.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "not installed" in widget.docx_status.text(), timeout=PREVIEW_TIMEOUT)
    assert "The PDF tab shows the brief exactly" in widget.docx_status.text()
    widget.close()


@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice is not installed")
def test_the_docx_tab_shows_libreoffices_pages(qtbot: Any) -> None:
    widget = TemplateDesigner(find_template("situation-brief"))
    qtbot.addWidget(widget)
    widget.previews.setCurrentIndex(1)
    qtbot.waitUntil(lambda: widget.docx_pages.pageCount() > 0, timeout=180_000)
    assert "LibreOffice" in widget.docx_status.text()
    widget.close()


def test_double_click_in_the_template_list_opens_the_designer(qtbot: Any) -> None:
    from briefing.gui.templates_dialog import TemplatesDialog

    dialog = TemplatesDialog()
    qtbot.addWidget(dialog)
    item = dialog.tree.topLevelItem(0)
    dialog.tree.itemDoubleClicked.emit(item, 0)
    designers = [w for w in QApplication.topLevelWidgets() if isinstance(w, TemplateDesigner) and w.isVisible()]
    assert designers and designers[0].source_path == dialog.current_path()
    for widget in designers:
        widget.close()


def test_the_templates_menu_opens_the_designer_on_the_briefs_template(opened: Any, qtbot: Any) -> None:
    opened.menus.design_template.trigger()
    designers = [w for w in QApplication.topLevelWidgets() if isinstance(w, TemplateDesigner) and w.isVisible()]
    assert designers and designers[0].own(("id",)) == "situation-brief"
    assert designers[0].preview_source.count() == 2  # the sample brief, or the open brief
    for widget in designers:
        widget.close()


def test_from_a_dotx_to_a_rolled_out_template(qtbot: Any, tmp_path: Path, cli_env: dict[str, str]) -> None:
    """A new administrator's path: design from the house .dotx, save, pack, install for another user, build."""
    from tests.cli.helpers import briefing_cli

    from briefing.resources import templates_dir

    reference = tmp_path / "house.dotx"
    reference.write_bytes(house.as_dotx(house.house_document()))
    widget = TemplateDesigner(None)  # Templates ▸ Design… with no brief open: a new template
    qtbot.addWidget(widget)
    assert widget.own(("extends",)) == "situation-brief"
    widget.choose_file(("docx", "reference"), "", chosen=reference)
    widget.edit(("name",), "Northbridge situation brief", merge=False)
    widget.edit(("branding", "organization"), "Northbridge Regional Office", merge=False)
    qtbot.waitUntil(lambda: widget.edited_at is None and not widget.client.busy, timeout=PREVIEW_TIMEOUT)
    saved = widget.save_to(tmp_path / "admin-home" / "templates", "northbridge", "1")
    widget.close()
    assert saved is not None
    package = tmp_path / "northbridge.brieftemplate"
    packed = briefing_cli(cli_env, "templates", "pack", saved.path.parent, "-o", package)
    assert packed.returncode == 0, packed.stderr
    analyst = dict(cli_env, HOME=str(tmp_path / "analyst"), XDG_DATA_HOME=str(tmp_path / "analyst" / "data"))
    installed = briefing_cli(analyst, "templates", "install", package)
    assert installed.returncode == 0 and installed.stdout.startswith("installed northbridge version 1 in "), \
        installed.stderr
    spec = yaml.safe_load((templates_dir() / "examples" / "situation-brief.yaml").read_text(encoding="utf-8"))
    spec["template"] = "northbridge"
    spec_path = tmp_path / "brief.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    for suffix in ("docx", "pdf"):
        built = briefing_cli(analyst, "build", spec_path, "-o", tmp_path / f"brief.{suffix}")
        assert built.returncode == 0, built.stderr
    import docx

    word = docx.Document(str(tmp_path / "brief.docx"))
    assert word.sections[0].header.tables[0].cell(0, 1).text == house.ADDRESS


def test_a_package_dropped_on_the_template_list_is_confirmed_then_installed(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent
    from PySide6.QtWidgets import QMessageBox

    from briefing.gui.templates_dialog import TemplatesDialog
    from briefing.templating.package import pack

    package = tmp_path / "northbridge.brieftemplate"
    pack(child_template(tmp_path / "src"), package)
    asked: list[str] = []
    shown: list[str] = []

    def question(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    dialog = TemplatesDialog()
    qtbot.addWidget(dialog)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(package))])
    drop = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(drop)
    assert asked and asked[0].startswith("Install Northbridge brief (northbridge version 3) in ")
    assert shown and shown[0].startswith("installed northbridge version 3 in ")
    ids = [dialog.tree.topLevelItem(i).text(1) for i in range(dialog.tree.topLevelItemCount())]
    assert "northbridge" in ids


def test_a_heading_size_writes_the_inherited_list_with_the_change(designer: TemplateDesigner) -> None:
    inherited = list(load_template("situation-brief").typography.heading_sizes)
    size = field(designer, QDoubleSpinBox, "typography.heading_sizes.1")
    assert size.value() == inherited[1]
    size.setValue(17)
    assert designer.own(("typography", "heading_sizes")) == [inherited[0], 17, inherited[2]]
    designer.undo_stack.undo()
    assert designer.own(("typography",)) is None


def test_the_preview_process_comes_back_after_it_dies(designer: TemplateDesigner, qtbot: Any) -> None:
    designer.client.process.kill()
    qtbot.waitUntil(lambda: "preview process stopped" in designer.status.text(), timeout=10_000)
    designer.edit(("typography", "body_size"), 12, merge=False)
    wait_for_preview(qtbot, designer)
    assert designer.status.text().startswith("Preview updated")


def test_a_section_turned_into_actors_offers_columns(designer: TemplateDesigner) -> None:
    from PySide6.QtWidgets import QListWidget

    page = designer.sections_page
    page.list.setCurrentRow(0)
    assert page.findChild(QListWidget, "field:sections.0.columns") is None
    designer.edit(("sections", 0, "kind"), "actors", merge=False)
    assert page.findChild(QListWidget, "field:sections.0.columns") is not None


def test_closing_over_unsaved_changes_asks(designer: TemplateDesigner, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    designer.close()
    assert not asked and not designer.isVisible()  # nothing changed: no question
    designer.show()
    designer.edit(("name",), "Changed", merge=False)
    designer.close()
    assert asked == ["Save the changes to this template as a new template?"] and designer.isVisible()
    designer.close()
    assert not designer.isVisible()
