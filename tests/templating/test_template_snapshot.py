"""A brief keeps the template it was made with: the merged YAML, assets included, stands alone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from briefing.errors import BriefingError
from briefing.model import Brief
from briefing.resources import templates_dir
from briefing.templating import (
    list_templates,
    load_template,
    newer_template_available,
    template_for_brief,
    template_from_text,
)


@pytest.fixture
def admin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "admin"
    (folder / "assets").mkdir(parents=True)
    shutil.copy(templates_dir() / "assets" / "briefing-mark.png", folder / "assets" / "logo.png")
    (folder / "house.yaml").write_text(
        "id: house\nname: House style\nextends: situation-brief\n"
        "branding: {organization: Old name, logo: assets/logo.png}\n", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_TEMPLATE_PATH", str(folder))
    return folder


@pytest.mark.parametrize("template_id", ["situation-brief", "intelligence-summary", "policy-memo"])
def test_source_text_rebuilds_the_same_template(template_id: str) -> None:
    original = load_template(template_id)
    copy = template_from_text(original.source_text, origin_kind="embedded")
    assert copy.origin_kind == "embedded" and copy.origin is None
    for name in ("id", "name", "version", "page", "marking", "cover", "toc", "citation_style", "sections",
                 "labels", "language"):
        assert getattr(copy, name) == getattr(original, name), name
    assert copy.typography == original.typography
    assert copy.branding.logo is not None and original.branding.logo is not None
    assert copy.branding.logo.read_bytes() == original.branding.logo.read_bytes()
    assert copy.source_text == original.source_text


def test_brief_without_snapshot_uses_the_installed_template() -> None:
    brief = Brief(template_id="policy-memo")
    assert template_for_brief(brief).origin_kind == "shipped"
    assert newer_template_available(brief) is None


def test_brief_exports_with_its_snapshot_after_the_template_changes(admin: Path) -> None:
    made_with = load_template("house")
    brief = Brief(template_id="house", template_snapshot=made_with.source_text)
    assert newer_template_available(brief) is None

    (admin / "house.yaml").write_text(
        "id: house\nname: House style\nextends: situation-brief\n"
        "branding: {organization: New name, logo: assets/logo.png}\n", encoding="utf-8")
    (admin / "assets" / "logo.png").write_bytes((templates_dir() / "assets" / "briefing-mark.png").read_bytes()
                                                + b"changed")
    used = template_for_brief(brief)
    assert used.origin_kind == "embedded"
    assert used.branding.organization == "Old name"
    assert used.branding.logo is not None
    assert used.branding.logo.read_bytes() == (templates_dir() / "assets" / "briefing-mark.png").read_bytes()

    newer = newer_template_available(brief)
    assert newer is not None and newer.branding.organization == "New name"
    brief.template_snapshot = newer.source_text  # the user re-applies the newer version
    assert template_for_brief(brief).branding.organization == "New name"
    assert newer_template_available(brief) is None


def test_a_changed_logo_alone_counts_as_a_newer_template(admin: Path) -> None:
    brief = Brief(template_id="house", template_snapshot=load_template("house").source_text)
    logo = admin / "assets" / "logo.png"
    logo.write_bytes(logo.read_bytes() + b"\0")
    assert newer_template_available(brief) is not None


def test_the_snapshot_survives_the_template_being_removed(admin: Path) -> None:
    brief = Brief(template_id="house", template_snapshot=load_template("house").source_text)
    shutil.rmtree(admin)
    assert "house" not in [t.id for t in list_templates()]
    assert template_for_brief(brief).branding.organization == "Old name"
    assert newer_template_available(brief) is None
    with pytest.raises(BriefingError, match="'house' is not installed"):
        load_template("house")


def test_a_damaged_snapshot_is_a_clear_error() -> None:
    snapshot = load_template("situation-brief").source_text.replace("kind: caveats", "kind: cavets")
    brief = Brief(template_snapshot=snapshot)
    with pytest.raises(BriefingError) as caught:
        template_for_brief(brief)
    message = str(caught.value)
    assert message.startswith("the template stored in this brief cannot be used: <template stored in the brief>:")
    assert "did you mean 'caveats'" in message


def test_an_embedded_asset_that_is_not_an_image_is_refused() -> None:
    data = yaml.safe_load(load_template("situation-brief").source_text)
    data["branding"]["logo"] = "data:image/png;base64,aGVsbG8="
    with pytest.raises(BriefingError, match="not a valid PNG"):
        template_from_text(yaml.safe_dump(data), origin_kind="embedded")


def test_reapplying_keeps_items_and_names_sections_without_a_home(admin: Path) -> None:
    from briefing.model import Item
    from briefing.templating import reapply_template

    brief = Brief(template_id="house", template_snapshot=load_template("house").source_text)
    brief.section("questions").items.append(Item(kind="question", text="Who signed the order?"))
    brief.section("summary").items.append(Item(text="Loading has stopped."))
    (admin / "house.yaml").write_text(
        "id: house\nname: House style\nextends: situation-brief\nsections: {questions: null}\n", encoding="utf-8")
    newer = newer_template_available(brief)
    assert newer is not None
    assert reapply_template(brief, newer) == ["questions"]
    assert brief.template_snapshot == newer.source_text
    assert [i.text for i in brief.section("questions").items] == ["Who signed the order?"]
    assert template_for_brief(brief).section("questions") is None


def test_font_files_travel_in_the_snapshot(admin: Path) -> None:
    fonts = templates_dir().parent / "resources" / "fonts"
    shutil.copy(fonts / "DejaVuSerif.ttf", admin / "house.ttf")
    (admin / "serif.yaml").write_text("id: serif\nname: S\nextends: policy-memo\n"
                                      "typography: {body_font: house.ttf}\n", encoding="utf-8")
    brief = Brief(template_id="serif", template_snapshot=load_template("serif").source_text)
    (admin / "house.ttf").unlink()
    typography = template_for_brief(brief).typography
    assert typography.body_font == "DejaVu Serif"
    assert typography.font_files["DejaVu Serif"].read_bytes() == (fonts / "DejaVuSerif.ttf").read_bytes()
