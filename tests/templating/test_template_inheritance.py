"""`extends` and the search path: an administrator's template overrides a shipped one by id."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.errors import BriefingError, ProblemList
from briefing.resources import templates_dir
from briefing.templating import (
    find_template,
    list_templates,
    load_template,
    load_template_file,
    template_search_path,
    validate_template_file,
)

ADMIN_OVERRIDE = """\
id: situation-brief
name: Situation brief (Northbridge)
extends: situation-brief
branding:
  organization: Northbridge Regional Office
sections:
  caveats:
    title: Reliability of the reporting
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def admin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "admin-templates"
    folder.mkdir()
    monkeypatch.setenv("BRIEFING_TEMPLATE_PATH", str(folder))
    return folder


def test_search_path_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_home: Path) -> None:
    import os

    first, second = tmp_path / "one", tmp_path / "two"
    monkeypatch.setenv("BRIEFING_TEMPLATE_PATH", f"{first}{os.pathsep}{os.pathsep}{second}")
    path = template_search_path()
    assert [kind for _, kind in path] == ["shipped", "user", "admin", "admin", "system"]
    assert path[0][0] == templates_dir()
    assert path[1][0] == private_home / "xdg_data_home" / "Briefing" / "templates"
    assert path[2][0] == first and path[3][0] == second
    assert path[4][0] == private_home / "system-templates"


def test_admin_override_is_listed_and_used(admin: Path, cli_env: dict[str, str]) -> None:
    write(admin, "situation-brief.yaml", ADMIN_OVERRIDE)
    template = load_template("situation-brief")
    assert template.origin_kind == "admin"
    assert template.origin == admin / "situation-brief.yaml"
    assert template.name == "Situation brief (Northbridge)"
    assert template.branding.organization == "Northbridge Regional Office"
    assert template.section("caveats").title == "Reliability of the reporting"
    # Everything else comes from the shipped parent, including its logo from the parent's folder.
    assert [s.key for s in template.sections] == ["summary", "actors", "questions", "caveats", "sources"]
    assert template.section("caveats").kind == "caveats"
    assert template.section("summary").max_words == 75
    assert template.marking.default == "TLP:AMBER"
    assert template.branding.logo == templates_dir() / "assets" / "briefing-mark.png"
    assert template.extends == "situation-brief"
    assert "extends" not in template.source_text
    assert "Northbridge Regional Office" in template.source_text

    listed = {t.id: t for t in list_templates()}
    assert listed["situation-brief"].origin_kind == "admin"
    assert len([t for t in listed.values() if t.id == "situation-brief"]) == 1
    assert find_template("situation-brief") == admin / "situation-brief.yaml"

    env = dict(cli_env, BRIEFING_TEMPLATE_PATH=str(admin))
    result = subprocess.run([sys.executable, "-m", "briefing", "templates", "list"], capture_output=True,
                            text=True, env=env, timeout=60, check=True)
    row = next(line for line in result.stdout.splitlines() if line.startswith("situation-brief "))
    assert "Situation brief (Northbridge)" in row
    assert row.endswith(f"admin: {admin / 'situation-brief.yaml'} (overrides shipped)")
    from briefing.cli.cmd_templates import describe

    shown = "\n".join(describe(template))
    assert "Northbridge Regional Office" in shown and "Reliability of the reporting" in shown


def test_later_folders_win(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_home: Path) -> None:
    import os

    user = private_home / "xdg_data_home" / "Briefing" / "templates"
    first, second = tmp_path / "a", tmp_path / "b"
    system = private_home / "system-templates"
    body = "id: mine\nname: {name}\nsections: [{{key: s, title: S, kind: prose}}]\n"
    write(user, "mine.yaml", body.format(name="user"))
    write(first, "mine.yaml", body.format(name="first"))
    write(second, "x.yml", body.format(name="second"))
    monkeypatch.setenv("BRIEFING_TEMPLATE_PATH", f"{first}{os.pathsep}{second}")
    assert load_template("mine").name == "second"
    assert load_template("mine").origin_kind == "admin"
    write(system, "mine.yaml", body.format(name="system"))
    assert load_template("mine").name == "system"
    assert load_template("mine").origin_kind == "system"
    monkeypatch.delenv("BRIEFING_TEMPLATE_PATH")
    (system / "mine.yaml").unlink()
    assert load_template("mine").origin_kind == "user"


def test_chain_of_overrides_of_one_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_home: Path) -> None:
    """user → admin → system each extend `situation-brief`: each builds on the one below it."""
    user = private_home / "xdg_data_home" / "Briefing" / "templates"
    admin = tmp_path / "admin"
    monkeypatch.setenv("BRIEFING_TEMPLATE_PATH", str(admin))
    write(user, "sb.yaml", "id: situation-brief\nextends: situation-brief\nbranding: {organization: User}\n")
    write(admin, "sb.yaml", "id: situation-brief\nextends: situation-brief\nbranding: {footer_text: Admin}\n")
    write(private_home / "system-templates", "sb.yaml",
          "id: situation-brief\nextends: situation-brief\ntoc: true\n")
    template = load_template("situation-brief")
    assert template.origin_kind == "system"
    assert (template.branding.organization, template.branding.footer_text, template.toc) == ("User", "Admin", True)


def test_extending_under_a_new_id_and_patching_sections(admin: Path) -> None:
    write(admin, "desk.yaml", """\
id: desk-brief
name: Desk brief
extends: situation-brief
page: {size: Letter}
sections:
  questions: null
  outlook:
    title: Outlook
    kind: prose
    max_words: 50
  caveats:
    before: actors
  summary:
    title: Key points
    max_words: 100
""")
    template = load_template("desk-brief")
    assert [s.key for s in template.sections] == ["summary", "caveats", "actors", "outlook", "sources"]
    assert template.section("summary").title == "Key points"
    assert template.section("summary").max_words == 100
    assert template.section("summary").required is True  # inherited field kept
    assert template.section("outlook").max_words == 50
    assert template.page.size == "Letter" and template.page.margin_top_mm == 22.0
    assert load_template("situation-brief").origin_kind == "shipped"


def test_a_list_of_sections_replaces_the_parents(admin: Path) -> None:
    write(admin, "short.yaml", "id: short\nname: Short\nextends: policy-memo\n"
                               "sections: [{key: note, title: Note, kind: prose}]\n")
    assert [s.key for s in load_template("short").sections] == ["note"]


def test_changing_the_marking_scheme_replaces_the_marking_block(admin: Path) -> None:
    write(admin, "c.yaml", "id: c\nname: C\nextends: intelligence-summary\nmarking: {scheme: tlp}\n")
    template = load_template("c")
    assert template.marking.kind == "tlp"
    assert template.marking.default == "TLP:AMBER"
    assert template.marking.portion_marks is False


def test_patch_problems_name_the_childs_file_and_line(admin: Path) -> None:
    path = write(admin, "bad.yaml", """\
id: bad-child
name: Bad child
extends: situation-brief
sections:
  questoins: null
  extra:
    title: Extra
    kind: prse
    after: nowhere
""")
    problems = validate_template_file(path)
    assert any(p.startswith(f"{path}:5: sections.questoins:") and "did you mean 'questions'" in p
               for p in problems), problems
    assert any(p.startswith(f"{path}:9: sections.extra.after:") for p in problems), problems
    assert any(p.startswith(f"{path}:8: sections[") and "did you mean 'prose'" in p for p in problems), problems


def test_problems_in_an_inherited_part_name_the_parents_file(admin: Path) -> None:
    parent = write(admin, "parent.yaml", "id: parent\nname: P\nsections: [{key: s, title: S, kind: prose}]\n"
                                         "typography: {body_size: 99}\n")
    child = write(admin, "child.yaml", "id: child\nname: C\nextends: parent\n")
    problems = validate_template_file(child)
    assert problems == [f"{parent}:4: typography.body_size: 99 is out of range (6 to 24)"]
    with pytest.raises(ProblemList):
        load_template("child")


def test_self_extension_without_a_parent_below(admin: Path) -> None:
    write(admin, "lonely.yaml", "id: lonely\nname: L\nextends: lonely\n")
    with pytest.raises(BriefingError) as caught:
        load_template("lonely")
    assert "no earlier folder of the search path has a template 'lonely'" in str(caught.value)


def test_assets_resolve_next_to_the_file_that_names_them(admin: Path, tmp_path: Path) -> None:
    assets = admin / "assets"
    assets.mkdir()
    shutil.copy(templates_dir() / "assets" / "briefing-mark.png", assets / "north.png")
    shutil.copy(Path(templates_dir()).parent / "resources" / "fonts" / "DejaVuSansMono.ttf", admin / "house.ttf")
    write(admin, "branded.yaml", "id: branded\nname: B\nextends: policy-memo\n"
                                 "branding: {logo: assets/north.png}\ntypography: {heading_font: house.ttf}\n")
    template = load_template("branded")
    assert template.branding.logo == assets / "north.png"
    assert template.typography.heading_font == "DejaVu Sans Mono"
    assert template.typography.font_files == {"DejaVu Sans Mono": admin / "house.ttf"}
    # The same relative path from a file in another folder is that folder's business.
    elsewhere = write(tmp_path / "other", "branded.yaml", "id: b2\nname: B\nextends: policy-memo\n"
                                                          "branding: {logo: assets/north.png}\n")
    assert any("does not exist" in p for p in validate_template_file(elsewhere))


def test_a_symlink_out_of_the_folder_is_refused(admin: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    shutil.copy(templates_dir() / "assets" / "briefing-mark.png", secret)
    (admin / "logo.png").symlink_to(secret)
    path = write(admin, "linked.yaml", "id: linked\nname: L\nextends: policy-memo\nbranding: {logo: logo.png}\n")
    problems = validate_template_file(path)
    assert len(problems) == 1 and "outside the template's folder" in problems[0]


def test_a_fake_png_is_refused(admin: Path) -> None:
    (admin / "logo.png").write_text("not an image", encoding="utf-8")
    path = write(admin, "fake.yaml", "id: fake\nname: F\nextends: policy-memo\nbranding: {logo: logo.png}\n")
    assert any("is not a valid PNG file" in p for p in validate_template_file(path))


def test_a_broken_file_on_the_path_does_not_hide_the_others(admin: Path) -> None:
    write(admin, "broken.yaml", "id: [unclosed\n")
    write(admin, "fine.yaml", "id: fine\nname: Fine\nsections: [{key: s, title: S, kind: prose}]\n")
    ids = [t.id for t in list_templates()]
    assert ids == ["fine", "intelligence-summary", "policy-memo", "situation-brief"]


def test_a_broken_override_is_reported_not_silently_replaced(admin: Path) -> None:
    write(admin, "sb.yaml", "id: situation-brief\nname: Broken\nsections: [{key: s, title: S, kind: prse}]\n")
    with pytest.raises(ProblemList) as caught:
        load_template("situation-brief")
    assert "did you mean 'prose'" in str(caught.value)


def test_load_template_file_outside_the_search_path(tmp_path: Path) -> None:
    path = write(tmp_path, "draft.yaml", "id: situation-brief\nextends: situation-brief\ntoc: true\n")
    template = load_template_file(path)
    assert template.origin_kind == "file" and template.toc is True
    assert template.section("summary") is not None


def test_two_files_of_one_family_stay_apart(admin: Path) -> None:
    fonts = Path(templates_dir()).parent / "resources" / "fonts"
    shutil.copy(fonts / "DejaVuSerif.ttf", admin / "house-regular.ttf")
    shutil.copy(fonts / "DejaVuSerif-Bold.ttf", admin / "house-bold.ttf")
    write(admin, "house.yaml", "id: house\nname: H\nextends: policy-memo\n"
                               "typography: {body_font: house-regular.ttf, heading_font: house-bold.ttf}\n")
    typography = load_template("house").typography
    assert (typography.body_font, typography.heading_font) == ("DejaVu Serif", "DejaVu Serif Bold")
    assert typography.font_files == {"DejaVu Serif": admin / "house-regular.ttf",
                                     "DejaVu Serif Bold": admin / "house-bold.ttf"}
