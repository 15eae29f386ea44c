"""What the template designer edits, without Qt: a template's own YAML data, read and written by key path.

The designer works on the data of one template file as its author wrote it, so `extends` and
everything inherited stay as they are: a form shows the inherited value until the author
changes it, and only then is the key written into the file. Saving as a new template writes
it, with the files it names, into a folder of its own (`<folder>/<id>/`), laid out like an
installed package (see `package`), so its assets never collide with another template's.
"""

from __future__ import annotations

import copy
import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.errors import BriefingError
from briefing.resources import templates_dir
from briefing.templating.package import MANIFEST, Manifest, asset_names
from briefing.templating.source import dump_data, load_data

KeyPath = tuple[str | int, ...]
_MISSING = object()


@dataclass
class SavedTemplate:
    """Where Save As put the template, and under which id and version."""

    path: Path
    template_id: str
    version: str


def get_path(data: Any, path: KeyPath, default: Any = None) -> Any:
    """The value at `path` in nested mappings and lists, or `default` when any step is missing."""
    current = data
    for step in path:
        in_mapping = isinstance(current, dict) and step in current
        in_list = isinstance(current, list) and isinstance(step, int) and 0 <= step < len(current)
        if not (in_mapping or in_list):
            return default
        current = current[step]
    return current


def with_path(data: dict[str, Any], path: KeyPath, value: Any) -> dict[str, Any]:
    """A copy of `data` with `path` set to `value` (None removes the key), mappings created on the way."""
    result = copy.deepcopy(data)
    current: Any = result
    for step in path[:-1]:
        following = current.get(step) if isinstance(current, dict) else current[step]
        if not isinstance(following, dict | list):
            following = {}
            current[step] = following
        current = following
    last = path[-1]
    if value is None and isinstance(current, dict):
        current.pop(last, None)
        _prune(result, path[:-1])
    else:
        current[last] = value
    return result


def _prune(data: dict[str, Any], path: KeyPath) -> None:
    """Drop mappings a removal left empty, so the file does not fill with `typography: {}`."""
    while path:
        parent = get_path(data, path[:-1])
        if isinstance(parent, dict) and parent.get(path[-1]) == {}:
            del parent[path[-1]]
            path = path[:-1]
        else:
            return


def to_text(data: dict[str, Any]) -> str:
    return dump_data(data)


def from_text(text: str) -> dict[str, Any]:
    """YAML text as template data; BriefingError with the line for text that is not a mapping."""
    import yaml

    try:
        data = load_data(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        raise BriefingError(f"{where}{getattr(error, 'problem', None) or error}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise BriefingError("a template is a mapping of keys (id, name, sections, …)")
    return data


def sample_spec(data: dict[str, Any]) -> Path:
    """The shipped sample brief that fits a template: its own id's, its parent's, else the situation brief's."""
    folder = templates_dir() / "examples"
    for candidate in (data.get("id"), data.get("extends")):
        if isinstance(candidate, str) and (folder / f"{candidate}.yaml").is_file():
            return folder / f"{candidate}.yaml"
    return folder / "situation-brief.yaml"


def new_template_data(base_id: str = "situation-brief") -> dict[str, Any]:
    """The start of a new template: everything inherited from a shipped one."""
    return {"id": "house-brief", "name": "House brief", "version": "1", "extends": base_id}


def save_as(data: dict[str, Any], source_folder: Path | None, target_root: Path, template_id: str,
            version: str) -> SavedTemplate:
    """Write the template as `<target_root>/<id>/<id>.yaml` with the files it names copied beside it."""
    data = dict(copy.deepcopy(data), id=template_id, version=str(version))
    folder = target_root / template_id
    file = folder / f"{template_id}.yaml"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        staging = folder / f".{template_id}.yaml.part"
        staging.write_text(to_text(data), encoding="utf-8")
        assets = asset_names(data, source_folder or folder)
        files: dict[str, str] = {}
        for name in assets:
            source = (source_folder or folder) / name
            target = folder / name
            if source.resolve() != target.resolve():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
            files[name] = hashlib.sha256(target.read_bytes()).hexdigest()
        staging.replace(file)
        files[file.name] = hashlib.sha256(file.read_bytes()).hexdigest()
        manifest = Manifest(template_id, str(version), str(data.get("name") or template_id), file.name, files)
        (folder / MANIFEST).write_text(manifest.to_json(), encoding="utf-8")
    except OSError as error:
        raise BriefingError(f"the template cannot be saved in {folder} ({error.strerror or error})") from None
    return SavedTemplate(file, template_id, str(version))
