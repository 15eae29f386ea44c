"""`briefing new OUT.brief --template ID [--title T] [SOURCE...]`: start a brief from a template.

The template as used is stored in the brief (its YAML), so the brief exports the same way
after the template is changed or removed; the sources are imported as by `briefing import`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing.cli.cmd_import_ import add_limit_options, exit_status, import_into, print_report
from briefing.cli.common import Subparsers, add_command
from briefing.errors import BriefingError
from briefing.ingest import ImportReport
from briefing.model import Brief


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "new", "create a brief from a template, optionally with sources",
        "Create a new .brief file from a template and import the given sources into it. "
        "Exit status 1 if any source could not be imported (the brief is still created with the others).",
    )
    parser.add_argument("out", metavar="OUT.brief", help="the brief file to create")
    parser.add_argument("--template", "-t", required=True, metavar="ID",
                        help="template id (see `briefing templates list`)")
    parser.add_argument("--title", metavar="T", help="the brief's title (default: the template's name)")
    parser.add_argument("--force", action="store_true", help="replace OUT.brief if it exists")
    parser.add_argument("sources", metavar="SOURCE", nargs="*", help="files and folders to import")
    add_limit_options(parser)
    parser.set_defaults(func=run)
    _accept_sources_after_options(parser)


def _accept_sources_after_options(parser: argparse.ArgumentParser) -> None:
    """Let SOURCE... follow the options, as the usage line shows.

    argparse fills an optional positional list from the first run of positionals only
    (`new OUT.brief` leaves it empty) and then rejects sources given after `--template ID` as
    unrecognized. This parser keeps those leftovers as sources instead.
    """
    parse_known = parser.parse_known_args

    def parse_known_args(args: list[str] | None = None,
                         namespace: argparse.Namespace | None = None) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = parse_known(args, namespace)
        leftovers = [arg for arg in extras if not arg.startswith("-")]
        parsed.sources = [*(parsed.sources or []), *leftovers]
        return parsed, [arg for arg in extras if arg.startswith("-")]

    parser.parse_known_args = parse_known_args  # type: ignore[method-assign,assignment]


def run(args: argparse.Namespace) -> int:
    from briefing.store import BriefFile
    from briefing.templating.loader import load_template

    out = Path(args.out)
    if out.suffix.lower() != ".brief":
        raise BriefingError(f"{out}: a brief file must end in .brief")
    if out.exists() and not args.force:
        raise BriefingError(f"{out} already exists; choose another name or pass --force to replace it")
    template = load_template(args.template)
    brief = Brief(title=args.title or template.name, template_id=template.id,
                  template_snapshot=template.source_text)
    if args.sources:
        args.paths = args.sources
        report = import_into(brief, args)
    else:
        report = ImportReport()
    with BriefFile.create(out, brief, overwrite=args.force):
        pass
    if args.sources:
        print_report(report, out)
    print(f"created {out} from template {template.id}")
    return exit_status(report)
