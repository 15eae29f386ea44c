"""`extends`: merging a template over its parent, keeping track of where every value was written.

Mappings merge key by key (the child wins); lists replace; `sections` is either a list (which
replaces the parent's) or a mapping by section key that patches, adds (`before:`/`after:` to
place them) or removes (`null`) single sections. A change of marking scheme replaces the whole
`marking` block, since levels and default of one scheme mean nothing in another. Line numbers
travel with the values, so a problem found after merging still names the file it came from.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from briefing.templating.assets import AssetError, ResolvedAsset, resolve_asset
from briefing.templating.schema import FONT_SUFFIXES, SECTION_PATCH_KEYS
from briefing.templating.source import KeyPath, Location, Problem, RawTemplate, format_key
from briefing.wording import did_you_mean


@dataclass
class Layer:
    """Template data (possibly merged from several files) with the location of each key."""

    data: dict[str, Any]
    lines: dict[KeyPath, Location] = field(default_factory=dict)
    default_location: Location = field(default_factory=lambda: Location("<template>", 1))

    def locate(self, path: KeyPath) -> Location:
        """The line a key was written on, or the nearest enclosing key's line when it is missing."""
        for end in range(len(path), -1, -1):
            found = self.lines.get(path[:end])
            if found is not None:
                return found
        return self.default_location

    def problem(self, path: KeyPath, message: str) -> Problem:
        where = self.locate(path)
        return Problem(message, where.file, where.line, format_key(path))


def prepare(raw: RawTemplate) -> tuple[Layer, list[Problem]]:
    """One file's data ready to merge: duplicate keys reported, asset paths checked and resolved.

    Assets are resolved here, before merging, because a relative path means "next to the file
    that wrote it", which merging would otherwise forget.
    """
    layer = Layer(copy.deepcopy(raw.data), dict(raw.lines), Location(raw.display, 1))
    problems = [layer.problem(path, "is written twice; YAML keeps only the last, so remove one")
                for path in raw.duplicates]
    branding = layer.data.get("branding")
    if isinstance(branding, dict) and isinstance(branding.get("logo"), str) \
            and not branding["logo"].startswith("data:"):
        _resolve_into(layer, branding, "logo", path=("branding", "logo"), raw=raw, kind="logo", problems=problems)
    typography = layer.data.get("typography")
    if isinstance(typography, dict):
        for key in ("body_font", "heading_font"):
            value = typography.get(key)
            if isinstance(value, str) and not value.startswith("data:") and _is_font_path(value):
                _resolve_into(layer, typography, key, path=("typography", key), raw=raw, kind="font",
                              problems=problems)
    return layer, problems


def _is_font_path(value: str) -> bool:
    return value.lower().endswith((*FONT_SUFFIXES, ".otf")) or "/" in value or "\\" in value


def _resolve_into(layer: Layer, mapping: dict[str, Any], key: str, *, path: KeyPath, raw: RawTemplate,
                  kind: str, problems: list[Problem]) -> None:
    try:
        mapping[key] = resolve_asset(mapping[key], raw.folder, kind)
    except AssetError as error:
        problems.append(layer.problem(path, str(error)))
        mapping[key] = None


def merge(parent: Layer, child: Layer) -> tuple[Layer, list[Problem]]:
    """The child laid over the parent (the child's `extends` and `id` are the caller's business)."""
    problems: list[Problem] = []
    lines: dict[KeyPath, Location] = {(): child.locate(())}
    data: dict[str, Any] = {}
    for key in [*parent.data, *(k for k in child.data if k not in parent.data)]:
        path: KeyPath = (key,)
        if key not in child.data:
            data[key] = parent.data[key]
            _copy_lines(parent.lines, path, path, lines)
        elif key == "sections" and isinstance(child.data[key], dict):
            data[key] = _patch_sections(parent, child, lines, problems)
        elif key not in parent.data:
            data[key] = child.data[key]
            _copy_lines(child.lines, path, path, lines)
        else:
            data[key] = _merge_value(parent.data[key], child.data[key], path, parent=parent, child=child, lines=lines)
    return Layer(data, lines, child.default_location), problems


def _merge_value(old: Any, new: Any, path: KeyPath, *, parent: Layer, child: Layer,
                 lines: dict[KeyPath, Location]) -> Any:
    if isinstance(old, dict) and isinstance(new, dict) and not _scheme_changes(path, old, new):
        lines[path] = child.locate(path)
        result: dict[str, Any] = {}
        for key in [*old, *(k for k in new if k not in old)]:
            sub = (*path, key)
            if key not in new:
                result[key] = old[key]
                _copy_lines(parent.lines, sub, sub, lines)
            elif key not in old:
                result[key] = new[key]
                _copy_lines(child.lines, sub, sub, lines)
            else:
                result[key] = _merge_value(old[key], new[key], sub, parent=parent, child=child, lines=lines)
        return result
    _copy_lines(child.lines, path, path, lines)
    return new


def _scheme_changes(path: KeyPath, old: dict[str, Any], new: dict[str, Any]) -> bool:
    return path == ("marking",) and "scheme" in new and new.get("scheme") != old.get("scheme")


def _copy_lines(source: dict[KeyPath, Location], old: KeyPath, new: KeyPath, out: dict[KeyPath, Location]) -> None:
    size = len(old)
    for path, where in source.items():
        if path[:size] == old:
            out[new + path[size:]] = where


@dataclass
class _Entry:
    data: Any
    parent_index: int | None = None
    patch_key: str | None = None


def _patch_sections(parent: Layer, child: Layer, lines: dict[KeyPath, Location],
                    problems: list[Problem]) -> list[Any]:
    inherited = parent.data.get("sections")
    if not isinstance(inherited, list):
        problems.append(child.problem(("sections",), "patches sections by key, but the parent template has no "
                                      "list of sections to patch; write `sections:` as a list"))
        inherited = []
    entries = [_Entry(item, index) for index, item in enumerate(inherited)]
    patches: dict[str, Any] = child.data["sections"]
    for key, patch in patches.items():
        path: KeyPath = ("sections", key)
        position = next((i for i, e in enumerate(entries) if isinstance(e.data, dict) and e.data.get("key") == key),
                        None)
        if patch is None or patch is False:
            if position is None:
                problems.append(child.problem(path, f"removes section {key!r}, which the parent does not have"
                                              f"{_suggest_key(key, entries)}"))
            else:
                del entries[position]
            continue
        if not isinstance(patch, dict):
            problems.append(child.problem(path, "a section patch must be a mapping of the fields to change "
                                          "(or null to remove the section)"))
            continue
        patch = dict(patch)
        anchors = {name: patch.pop(name) for name in SECTION_PATCH_KEYS if name in patch}
        if "key" in patch and patch.pop("key") != key:
            problems.append(child.problem((*path, "key"), "a section patch cannot change the section's key; "
                                          "remove the section (null) and add a new one"))
        if position is None:
            entry = _Entry({"key": key, **patch}, None, key)
            insert_at = len(entries)
            if entries and isinstance(entries[-1].data, dict) and entries[-1].data.get("kind") == "sources":
                insert_at -= 1  # new sections go before the source list, which closes a brief
            entries.insert(insert_at, entry)
        else:
            base = entries[position].data
            entry = _Entry({**base, **patch}, entries[position].parent_index, key)
            entries[position] = entry
        if anchors:
            _place(entry, anchors, entries, child=child, path=path, problems=problems)
    result: list[Any] = []
    for index, entry in enumerate(entries):
        out: KeyPath = ("sections", index)
        if entry.parent_index is not None:
            _copy_lines(parent.lines, ("sections", entry.parent_index), out, lines)
        if entry.patch_key is not None:
            source: KeyPath = ("sections", entry.patch_key)
            _copy_lines(child.lines, source, out, lines)
            if entry.parent_index is None:
                lines[(*out, "key")] = child.locate(source)
        result.append(entry.data)
    lines[("sections",)] = child.locate(("sections",))
    return result


def _place(entry: _Entry, anchors: dict[str, Any], entries: list[_Entry], *, child: Layer, path: KeyPath,
           problems: list[Problem]) -> None:
    if len(anchors) > 1:
        problems.append(child.problem(path, "give either `before` or `after`, not both"))
        return
    (where, anchor), = anchors.items()
    keys = [e.data.get("key") if isinstance(e.data, dict) else None for e in entries]
    if not isinstance(anchor, str) or anchor not in keys or anchor == entry.data.get("key"):
        problems.append(child.problem((*path, where), f"{anchor!r} is not another section of this template"
                                      f"{_suggest_key(str(anchor), entries)}"))
        return
    entries.remove(entry)
    keys = [e.data.get("key") if isinstance(e.data, dict) else None for e in entries]
    target = keys.index(anchor) + (1 if where == "after" else 0)
    entries.insert(target, entry)


def _suggest_key(key: str, entries: list[_Entry]) -> str:
    keys = [str(e.data.get("key")) for e in entries if isinstance(e.data, dict)]
    return did_you_mean(key, keys)


def embed_assets(data: Any) -> Any:
    """A copy of merged data with every resolved asset replaced by its `data:` URI (standalone YAML)."""
    if isinstance(data, ResolvedAsset):
        return data.data_uri()
    if isinstance(data, dict):
        return {key: embed_assets(value) for key, value in data.items()}
    if isinstance(data, list):
        return [embed_assets(value) for value in data]
    return data
