"""Loading templates: by id from the search path, from a file, from text, or from a brief's snapshot.

A brief stores the merged YAML of its template (assets embedded) when it is created, so that
it exports the same however the installed template changes later; the user decides when to
move to a newer version (`newer_template_available`, `reapply_template`).

Each load runs the same pipeline — read safely, resolve assets, merge over the `extends`
chain, check and build — and raises a `ProblemList` holding every problem (one line each,
`file:line: key: message`) rather than stopping at the first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NoReturn

import yaml

from briefing.errors import BriefingError, ProblemList
from briefing.model import Brief
from briefing.templating.build import build_template
from briefing.templating.inherit import Layer, embed_assets, merge, prepare
from briefing.templating.model import Template
from briefing.templating.search import (
    CatalogEntry,
    folder_index_of,
    read_cached,
    scan,
    template_search_path,
)
from briefing.templating.source import (
    Problem,
    RawTemplate,
    TemplateSourceError,
    dump_data,
    load_data,
    parse_template_text,
    read_template_file,
)
from briefing.wording import did_you_mean

EMBEDDED = "<template stored in the brief>"


def _resolve(raw: RawTemplate, folder_index: int | None, catalog: list[CatalogEntry],
             chain: list[str]) -> tuple[Layer, list[Problem], str | None, bool]:
    """`raw` merged over its `extends` chain, the parent id it named, and whether the chain was whole."""
    layer, problems = prepare(raw)
    extends = layer.data.pop("extends", None)
    if extends is None:
        return layer, problems, None, True
    if not isinstance(extends, str) or not extends.strip():
        problems.append(layer.problem(("extends",), "must be the id of another template"))
        return layer, problems, None, False
    own_id = layer.data.get("id")
    parent = _find_parent(extends, own_id, raw.path, folder_index, catalog)
    if parent is None:
        known = sorted({e.template_id for e in catalog if e.template_id})
        why = (f"{extends!r} is this template's own id, and no earlier folder of the search path has a "
               f"template {extends!r} to build on" if extends == own_id else
               f"{extends!r} is not an installed template{did_you_mean(extends, known)}")
        problems.append(layer.problem(("extends",), why))
        return layer, problems, extends, False
    if parent.error is not None or parent.raw is None:
        problems.append(layer.problem(("extends",), f"the parent template {extends!r} ({parent.path}) cannot "
                                      "be read:"))
        problems.extend(parent.error.problems if parent.error else [])
        return layer, problems, extends, False
    name = str(parent.path.resolve())
    if name in chain:
        cycle = " → ".join(Path(p).name for p in [*chain[chain.index(name):], name])
        problems.append(layer.problem(("extends",), f"{extends!r} leads back to this template ({cycle}); "
                                      "break the cycle"))
        return layer, problems, extends, False
    parent_layer, parent_problems, _, complete = _resolve(parent.raw, parent.folder_index, catalog, [*chain, name])
    problems.extend(parent_problems)
    merged, merge_problems = merge(parent_layer, layer)
    problems.extend(merge_problems)
    return merged, problems, extends, complete


def _find_parent(parent_id: str, own_id: Any, own_path: Path | None, folder_index: int | None,
                 catalog: list[CatalogEntry]) -> CatalogEntry | None:
    """The template `extends` names: the winning one by id, or for its own id the next one below it."""
    own = own_path.resolve() if own_path else None
    candidates = [e for e in catalog if e.template_id == parent_id and e.path.resolve() != own]
    if parent_id == own_id and folder_index is not None:
        candidates = [e for e in candidates if e.folder_index < folder_index]
    return candidates[-1] if candidates else None


def _finish(raw: RawTemplate, folder_index: int | None, origin_kind: str,
            catalog: list[CatalogEntry] | None = None) -> tuple[Template | None, list[Problem]]:
    if catalog is None:
        catalog = scan() if "extends" in raw.data else []
    start = str(raw.path.resolve()) if raw.path else raw.display
    layer, problems, extends, complete = _resolve(raw, folder_index, catalog, [start])
    template, build_problems = build_template(layer, complete=complete)
    problems.extend(build_problems)
    if problems:
        return None, problems
    template.extends = extends
    template.origin = raw.path
    template.origin_kind = origin_kind
    template.source_text = dump_data(embed_assets(layer.data))
    return template, []


def _raise(problems: list[Problem], summary: str) -> NoReturn:
    unique = list(dict.fromkeys(str(p) for p in problems))
    raise ProblemList(unique, summary=summary)


def load_template_file(path: Path, *, origin_kind: str | None = None) -> Template:
    """The template in one file (with its parents from the search path), or ProblemList."""
    index, kind = folder_index_of(path)
    try:
        raw = read_template_file(path)
    except TemplateSourceError as error:
        _raise(error.problems, f"{path}: not a valid template")
    template, problems = _finish(raw, index, origin_kind or kind)
    if template is None:
        _raise(problems, f"{path}: not a valid template")
    return template


def validate_template_file(path: Path) -> list[str]:
    """Every problem of the template file at `path`, one line each; empty when it is valid."""
    try:
        load_template_file(Path(path))
    except ProblemList as error:
        return error.problems
    except BriefingError as error:
        return [str(error)]
    return []


def template_from_text(text: str, *, origin: Path | None = None, origin_kind: str | None = None) -> Template:
    """A template from YAML text; `origin` is the file it stands for (assets are found next to it)."""
    display = str(origin) if origin else (EMBEDDED if origin_kind == "embedded" else "<template>")
    index, kind = folder_index_of(origin) if origin else (None, "file")
    try:
        raw = parse_template_text(text, path=origin, display=display)
    except TemplateSourceError as error:
        _raise(error.problems, "not a valid template")
    template, problems = _finish(raw, index, origin_kind or kind)
    if template is None:
        _raise(problems, "not a valid template")
    return template


def find_template(template_id: str) -> Path | None:
    """The file that defines `template_id` on the search path (the last folder wins), or None."""
    matches = [e for e in scan() if e.template_id == template_id]
    return matches[-1].path if matches else None


def load_template(template_id: str) -> Template:
    """The installed template with this id, fully resolved, or a BriefingError saying what is wrong."""
    catalog = scan()
    matches = [e for e in catalog if e.template_id == template_id]
    if not matches:
        known = sorted({e.template_id for e in catalog if e.template_id})
        raise BriefingError(f"template {template_id!r} is not installed{did_you_mean(template_id, known)} "
                            "(`briefing templates list` shows those that are)")
    entry = matches[-1]
    assert entry.raw is not None
    template, problems = _finish(entry.raw, entry.folder_index, entry.origin_kind, catalog)
    if template is None:
        _raise(problems, f"template {template_id!r} is not valid")
    return template


def catalog_templates() -> tuple[list[Template], list[str]]:
    """The effective templates (one per id, the last folder winning) and a line per file that failed."""
    catalog = scan()
    winners: dict[str, CatalogEntry] = {}
    problems: list[str] = []
    for entry in catalog:
        if entry.error is not None:
            problems.append(f"{entry.path}: skipped: {entry.error.problems[0].message}")
        elif entry.template_id is None:
            problems.append(f"{entry.path}: skipped: it has no `id` (a text such as situation-brief)")
        else:
            earlier = winners.get(entry.template_id)
            if earlier is not None and earlier.folder_index == entry.folder_index:
                problems.append(f"{entry.path}: template {entry.template_id!r} is also defined in {earlier.path}; "
                                "the later file wins (give one of them another id)")
            winners[entry.template_id] = entry
    templates: list[Template] = []
    for template_id, entry in sorted(winners.items()):
        assert entry.raw is not None
        template, entry_problems = _finish(entry.raw, entry.folder_index, entry.origin_kind, catalog)
        if template is None:
            problems.append(f"{entry.path}: skipped: template {template_id!r} has "
                            f"{len(entry_problems)} problem(s), the first: {entry_problems[0]}")
        else:
            templates.append(template)
    return templates, problems


def list_templates() -> list[Template]:
    """The valid templates on the search path, one per id, sorted by id."""
    return catalog_templates()[0]


def template_for_brief(brief: Brief) -> Template:
    """The template a brief exports with: its stored snapshot if it has one, else the installed one."""
    if brief.template_snapshot:
        try:
            return template_from_text(brief.template_snapshot, origin_kind="embedded")
        except ProblemList as error:
            raise ProblemList([f"the template stored in this brief cannot be used: {line}" for line in
                               error.problems]) from None
    return load_template(brief.template_id)


def newer_template_available(brief: Brief) -> Template | None:
    """The installed template when it differs from the brief's snapshot (the user may re-apply it)."""
    if not brief.template_snapshot:
        return None
    try:
        installed = load_template(brief.template_id)
    except BriefingError:
        return None
    try:
        stored = load_data(brief.template_snapshot)
    except yaml.YAMLError:
        return installed
    return None if load_data(installed.source_text) == stored else installed


def reapply_template(brief: Brief, template: Template) -> list[str]:
    """Make `template` the brief's template; return the keys of its non-empty sections it lacks.

    The brief's items are left where they are: a section the template does not know is kept
    (and shown by the app as needing a home) rather than dropped.
    """
    brief.template_id = template.id
    brief.template_snapshot = template.source_text
    known = {spec.key for spec in template.sections}
    return [section.key for section in brief.sections if section.items and section.key not in known]


__all__ = [
    "catalog_templates",
    "find_template",
    "list_templates",
    "load_template",
    "load_template_file",
    "newer_template_available",
    "read_cached",
    "reapply_template",
    "template_for_brief",
    "template_from_text",
    "template_search_path",
    "validate_template_file",
]
