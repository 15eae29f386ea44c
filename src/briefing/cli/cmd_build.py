"""`briefing build SPEC.yaml -o OUT`: a brief spec turned into a .brief file or an exported document."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing.cli.common import Subparsers, add_command
from briefing.errors import BriefingError
from briefing.model import Brief
from briefing.spec import load_spec
from briefing.store import save_brief


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "build", "build a brief from a YAML brief spec",
        "Build a brief from a YAML brief spec (sources, sections, citations by exact quote). "
        "OUT ending in .brief is saved as a brief file; .docx, .pdf or .eml is exported. "
        "Problems in the spec are listed one per line as FILE:LINE: key: message.",
    )
    parser.add_argument("spec", metavar="SPEC.yaml", type=Path, help="the brief spec to build")
    parser.add_argument("-o", "--output", metavar="OUT", type=Path, required=True,
                        help="the file to write: .brief, .docx, .pdf or .eml")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out: Path = args.output
    check_output(out, force=args.force)
    brief = load_spec(args.spec)
    written = write_brief(brief, out, force=args.force)
    items = sum(len(section.items) for section in brief.sections)
    print(f"wrote {written} ({len(brief.sources)} sources, {items} items)")
    return 0


def check_output(out: Path, *, force: bool) -> None:
    """Refuse, before any work, to overwrite a file or to write into a folder that is not there."""
    if out.is_dir():
        raise BriefingError(f"{out} is a folder; give a file name such as {out / 'brief.brief'}")
    if out.exists() and not force:
        raise BriefingError(f"{out} already exists; add --force to replace it")
    if not out.parent.is_dir():
        raise BriefingError(f"the folder {out.parent} does not exist; create it first or choose another output")


def write_brief(brief: Brief, out: Path, *, force: bool) -> Path:
    """Save as a .brief file, or export through the one export entry point for any other suffix."""
    if out.suffix.lower() == ".brief":
        save_brief(out, brief, overwrite=force)
        return out
    from briefing.exporting import export_brief
    from briefing.templating import load_template

    return export_brief(brief, out, template=load_template(brief.template_id))
