"""docs/templates.md documents every key the schema accepts, and its examples are valid."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import docx
import pytest
import yaml

from briefing.resources import resource, templates_dir
from briefing.templating import schema, validate_template_file
from briefing.templating.model import DEFAULT_LABELS

DOC = Path(__file__).resolve().parents[2] / "docs" / "templates.md"


def documented_keys() -> list[str]:
    keys = [f"`{key}`" for key in schema.TOP_KEYS]
    keys += [f"`page.{key}`" for key in schema.PAGE_KEYS]
    keys += [f"`{key}`" for key in schema.MARGIN_KEYS]
    keys += [f"`typography.{key}`" for key in schema.TYPOGRAPHY_KEYS]
    keys += [f"`branding.{key}`" for key in schema.BRANDING_KEYS]
    keys += [f"`marking.{key}`" for key in schema.MARKING_KEYS]
    keys += [f"`marking.levels[].{key}`" for key in schema.LEVEL_KEYS]
    keys += [f"`cover.{key}`" for key in schema.COVER_KEYS]
    keys += [f"`sections[].{key}`" for key in schema.SECTION_KEYS]
    keys += [f"`sections.KEY.{key}`" for key in schema.SECTION_PATCH_KEYS]
    keys += [f"`labels.{key}` | `{DEFAULT_LABELS[key]}`" for key in schema.LABEL_KEYS]
    keys += [f"| `{kind}` |" for kind in schema.KINDS]
    keys += [f"`{font}`" for font in schema.BUNDLED_FONTS]
    return keys


def test_every_key_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    missing = [key for key in documented_keys() if key not in text]
    assert missing == []


def yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


@pytest.mark.parametrize("index", range(len(yaml_blocks())))
def test_documented_examples_are_valid(index: int, tmp_path: Path) -> None:
    block = yaml_blocks()[index]
    data = yaml.safe_load(block)
    assert isinstance(data, dict)
    (tmp_path / "assets").mkdir()
    shutil.copy(templates_dir() / "assets" / "briefing-mark.png", tmp_path / "assets" / "northbridge.png")
    (tmp_path / "fonts").mkdir()
    shutil.copy(resource("fonts", "DejaVuSans-Bold.ttf"), tmp_path / "fonts" / "House-Bold.ttf")
    docx.Document().save(str(tmp_path / "house.dotx"))  # named .dotx: the content type is not checked
    if "id" not in data:
        block = "id: example\nname: Example\n" + block
    if "sections" not in data and "extends" not in data:
        block += "\nsections: [{key: summary, title: Summary, kind: prose}]\n"
    path = tmp_path / "example.yaml"
    path.write_text(block, encoding="utf-8")
    assert validate_template_file(path) == []
