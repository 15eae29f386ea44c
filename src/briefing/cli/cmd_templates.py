"""`briefing templates list | show | validate | pack | install`: what is installed and what is wrong with it,
and packages for rolling a template out."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from briefing.cli.common import Subparsers, add_command
from briefing.templating import (
    catalog_templates,
    load_template,
    load_template_file,
    template_search_path,
    validate_template_file,
)
from briefing.templating.model import Template
from briefing.templating.package import PACKAGE_SUFFIX, install, pack
from briefing.templating.search import TEMPLATE_SUFFIXES, scan, template_files


def register(subparsers: Subparsers) -> None:
    parser = add_command(subparsers, "templates", "list, show and validate templates",
                         "Templates are found in this order, a later folder overriding an earlier one by id: "
                         "the shipped templates, your templates folder, the folders in BRIEFING_TEMPLATE_PATH "
                         "and the system-wide folder.")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the installed templates: id, name and where each comes from")
    listing.add_argument("--json", action="store_true", help="print a JSON list instead of a table")
    listing.add_argument("--path", action="store_true", help="also print the folders searched")
    listing.set_defaults(func=run_list)
    show = actions.add_parser("show", help="what a template holds (sections, marking, page, fonts)")
    show.add_argument("id", help="template id, as `briefing templates list` shows it")
    show.add_argument("--yaml", action="store_true", help="print the merged YAML (as stored in a brief)")
    show.set_defaults(func=run_show)
    validate = actions.add_parser("validate", help="check template files; exit 1 if any has a problem")
    validate.add_argument("paths", nargs="+", metavar="PATH", help="template files, or folders of them")
    validate.set_defaults(func=run_validate)
    pack = actions.add_parser("pack", help="make a .brieftemplate package of a template for roll-out")
    pack.add_argument("source", metavar="DIR", help="the template's folder (holding one template) or its file")
    pack.add_argument("-o", "--output", required=True, metavar="NAME.brieftemplate", help="the package to write")
    pack.set_defaults(func=run_pack)
    install = actions.add_parser("install", help="install a .brieftemplate package (checked first)")
    install.add_argument("package", metavar="FILE", help="a package made by `briefing templates pack`")
    install.add_argument("--system", action="store_true",
                         help="install for every user of this machine (the system-wide folder)")
    install.set_defaults(func=run_install)


def run_list(args: argparse.Namespace) -> int:
    templates, problems = catalog_templates()
    for line in problems:
        print(f"briefing: {line}", file=sys.stderr)
    if args.json:
        hidden = _overridden()
        print(json.dumps([{"id": t.id, "name": t.name, "version": t.version, "origin": t.origin_kind,
                           "path": str(t.origin) if t.origin else None, "extends": t.extends,
                           "overrides": hidden.get(t.id, [])}
                          for t in templates], indent=2))
        return 0
    if args.path:
        print("Searched, later folders first to win:")
        for folder, kind in template_search_path():
            state = "" if folder.is_dir() else "  (does not exist)"
            print(f"  {kind:<8} {folder}{state}")
        print()
    if not templates:
        print("No templates found.")
        return 0
    width_id = max(len("ID"), *(len(t.id) for t in templates))
    width_name = max(len("NAME"), *(len(t.name) for t in templates))
    hidden = _overridden()
    print(f"{'ID':<{width_id}}  {'NAME':<{width_name}}  ORIGIN")
    for template in templates:
        note = f" (overrides {', '.join(hidden[template.id])})" if hidden.get(template.id) else ""
        print(f"{template.id:<{width_id}}  {template.name:<{width_name}}  {template.origin_kind}: "
              f"{template.origin}{note}")
    return 0


def _overridden() -> dict[str, list[str]]:
    """For each id, the origins of the files that a later folder's file replaces (e.g. "shipped")."""
    by_id: dict[str, list[str]] = {}
    for entry in scan():
        if entry.template_id:
            by_id.setdefault(entry.template_id, []).append(entry.origin_kind)
    return {key: list(dict.fromkeys(kinds[:-1])) for key, kinds in by_id.items()}


def run_show(args: argparse.Namespace) -> int:
    template = load_template(args.id)
    if args.yaml:
        sys.stdout.write(template.source_text)
        return 0
    print("\n".join(describe(template)))
    return 0


def describe(template: Template) -> list[str]:
    """A readable summary of a resolved template (what `show` prints)."""
    page, fonts, branding, marking, cover = (template.page, template.typography, template.branding,
                                             template.marking, template.cover)
    lines = [
        f"{template.name} ({template.id}, version {template.version})",
        f"  {template.description}" if template.description else "",
        f"origin:     {template.origin_kind}: {template.origin}"
        + (f" (extends {template.extends})" if template.extends else ""),
        f"page:       {page.size} {page.orientation}, margins {page.margin_top_mm:g}/{page.margin_right_mm:g}/"
        f"{page.margin_bottom_mm:g}/{page.margin_left_mm:g} mm (top/right/bottom/left)",
        f"fonts:      body {fonts.body_font} {fonts.body_size:g} pt, headings {fonts.heading_font} "
        f"{'/'.join(f'{s:g}' for s in fonts.heading_sizes)} pt, title {fonts.title_size:g} pt",
        f"branding:   organization {branding.organization or '(from the brief)'}, accent {branding.accent_colour}, "
        f"logo {branding.logo.name if branding.logo else 'none'}",
    ]
    if branding.footer_text:
        lines.append(f"footer:     {branding.footer_text}")
    if template.reference is not None:
        lines.append(f"docx:       starts from {template.reference.path.name} (its styles, page, header and footer)")
    if marking.kind == "none":
        lines.append("marking:    none")
    else:
        lines.append(f"marking:    {marking.kind}: {' < '.join(marking.labels())}; default {marking.default}"
                     + ("; portion marks" if marking.portion_marks else ""))
    lines += [
        f"cover:      {'on' if cover.enabled else 'off (title block)'}: {', '.join(cover.fields)}; "
        f"dates as {cover.date_format}",
        f"contents:   {'table of contents' if template.toc else 'no table of contents'}; "
        f"citations as {template.citation_style}",
        "sections:",
    ]
    for spec in template.sections:
        limits = []
        if spec.required:
            limits.append("required")
        if spec.min_items is not None or spec.max_items is not None:
            limits.append(f"{spec.min_items or 0}–{spec.max_items if spec.max_items is not None else '∞'} items")
        if spec.max_words:
            limits.append(f"≤ {spec.max_words} words")
        if spec.cites_required:
            limits.append("cites required")
        if spec.kind == "actors":
            limits.append("columns " + ", ".join(spec.columns))
        detail = f" ({'; '.join(limits)})" if limits else ""
        lines.append(f"  {spec.key:<16} {spec.title} [{spec.kind}]{detail}")
    return [line for line in lines if line]


def run_validate(args: argparse.Namespace) -> int:
    files: list[Path] = []
    failed = False
    for name in args.paths:
        path = Path(name)
        if path.is_dir():
            found = template_files(path)
            if not found:
                print(f"briefing: {path}: no template files ({', '.join(TEMPLATE_SUFFIXES)}) in this folder",
                      file=sys.stderr)
                failed = True
            files.extend(found)
        else:
            files.append(path)
    for path in files:
        problems = validate_template_file(path)
        if problems:
            failed = True
            for line in problems:
                print(f"briefing: {line}", file=sys.stderr)
        else:
            print(f"{path}: ok")
            # What the PDF cannot take from a reference Word document: not errors, but worth knowing.
            for note in load_template_file(path).reference_notes:
                print(f"briefing: {path}: warning: {note}", file=sys.stderr)
    return 1 if failed else 0


def run_pack(args: argparse.Namespace) -> int:
    output = Path(args.output)
    if output.suffix != PACKAGE_SUFFIX:
        output = output.with_name(output.name + PACKAGE_SUFFIX)
    manifest = pack(Path(args.source), output)
    print(f"{output}: {manifest.template_id} version {manifest.version}, {len(manifest.files)} file(s)")
    return 0


def run_install(args: argparse.Namespace) -> int:
    report = install(Path(args.package), system=args.system)
    print("\n".join(report.lines()))
    return 0
