"""`briefing export FILE.brief -o OUT`: write a brief as PDF or DOCX (format from the suffix or --format)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing.cli.common import Subparsers, add_command
from briefing.errors import BriefingError
from briefing.model import Brief
from briefing.templating.model import Template


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "export", "export a brief to PDF or DOCX",
        "Write FILE.brief as PDF or DOCX. The format follows the suffix of OUT unless --format names it. "
        "The file appears only once it is complete; a failed export leaves an existing OUT untouched. "
        "Each export is recorded in the brief's release history (see `briefing history`).",
    )
    parser.add_argument("brief", metavar="FILE.brief", help="the brief to export")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write (.pdf or .docx)")
    parser.add_argument("--format", dest="fmt", choices=["pdf", "docx", "eml"], help="the format, if not by suffix")
    parser.add_argument("--template", metavar="ID", help="lay the brief out with this template instead of its own")
    parser.set_defaults(func=run)


def load_brief_file(path: Path) -> Brief:
    """The brief stored in a .brief file (through the store)."""
    if not path.is_file():
        raise BriefingError(f"{path}: no such file; give the path of a .brief file")
    from briefing.store import load_brief

    return load_brief(path)


def resolve_template(brief: Brief, template_id: str | None) -> Template:
    from briefing.exporting import template_of
    from briefing.templating import load_template

    return load_template(template_id) if template_id else template_of(brief)


def export_and_report(brief: Brief, out: Path, fmt: str | None, template_id: str | None) -> int:
    """Export, then list on stderr what the reader will see flagged (empty required sections)."""
    from briefing.exporting import compose_brief, export_brief, write_document
    from briefing.writers import format_for, input_of

    template = resolve_template(brief, template_id)
    name = format_for(out, fmt)
    if input_of(name) != "document":
        print(export_brief(brief, out, template=template, fmt=name))
        return 0
    document = compose_brief(brief, template)
    written = write_document(document, out, fmt=name)
    for warning in document.warnings:
        print(f"briefing: warning: {warning}", file=sys.stderr)
    print(written)
    return 0


def run(args: argparse.Namespace) -> int:
    from briefing.writers import format_for

    if format_for(Path(args.output), args.fmt) == "eml":  # (a wrong suffix is reported before any work)
        from briefing.cli.cmd_send import draft_eml  # the e-mail draft is recorded in the brief's history

        return draft_eml(Path(args.brief), Path(args.output), args.template)
    path, out = Path(args.brief), Path(args.output)
    if not path.is_file():
        load_brief_file(path)  # raises the one-line "no such file"
    from briefing.delivery.history import release_for_export, releasing_if_writable

    # Every export is a release: the brief stays locked until its record is saved.
    with releasing_if_writable(path, "export") as (brief, record, unrecorded):
        code = export_and_report(brief, out, args.fmt, args.template)
        record(release_for_export(out, brief, resolve_template(brief, args.template)))
    if unrecorded:
        print(f"briefing: warning: {unrecorded}", file=sys.stderr)
    return code
