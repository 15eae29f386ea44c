"""Minimal template loading (the templates issue replaces this with the full schema)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from briefing.errors import BriefingError
from briefing.resources import templates_dir
from briefing.templating.model import MarkingScheme, SectionSpec, Template


def _search_path() -> list[Path]:
    return [templates_dir()]


def list_templates() -> list[Template]:
    found: dict[str, Template] = {}
    for folder in _search_path():
        for path in sorted(folder.glob("*.yaml")):
            template = template_from_text(path.read_text(encoding="utf-8"), origin=path)
            found[template.id] = template
    return sorted(found.values(), key=lambda t: t.id)


def find_template(template_id: str) -> Path | None:
    for folder in reversed(_search_path()):
        for path in folder.glob("*.yaml"):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("id") == template_id:
                return path
    return None


def load_template(template_id: str) -> Template:
    path = find_template(template_id)
    if path is None:
        raise BriefingError(
            f"template {template_id!r} is not installed; `briefing templates list` shows those that are"
        )
    return template_from_text(path.read_text(encoding="utf-8"), origin=path)


def template_from_text(text: str, *, origin: Path | None = None) -> Template:
    data: Any = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise BriefingError("a template must be a YAML mapping", where=str(origin) if origin else None)
    sections = [
        SectionSpec(key=s["key"], title=s["title"], kind=s.get("kind", "prose"), required=bool(s.get("required")))
        for s in data.get("sections", [])
    ]
    marking = MarkingScheme()
    if data.get("marking", {}).get("scheme") == "none":
        marking = MarkingScheme(kind="none", levels=[], default=None)
    return Template(
        id=str(data["id"]),
        name=str(data.get("name", data["id"])),
        description=str(data.get("description", "")),
        sections=sections,
        marking=marking,
        origin=origin,
        source_text=text,
    )
