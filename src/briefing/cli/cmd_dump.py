"""`briefing dump FILE.brief`: the brief as a self-contained YAML brief spec on stdout."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing.cli.common import Subparsers, add_command
from briefing.errors import BriefingError
from briefing.model import Brief
from briefing.spec import dump_brief, load_spec
from briefing.store import load_brief

SPEC_SUFFIXES = (".yaml", ".yml")


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "dump", "print a brief as a YAML brief spec",
        "Print a brief as a YAML brief spec on stdout, sources inline, so that `briefing build` "
        "makes the same brief again. Given a spec, prints it self-contained (source files inlined).",
    )
    parser.add_argument("file", metavar="FILE.brief", type=Path, help="a .brief file (or a spec .yaml)")
    parser.add_argument("-o", "--output", metavar="OUT.yaml", type=Path, help="write to this file instead of stdout")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    text = dump_brief(read_brief(args.file))
    if args.output is None:
        # A spec is UTF-8 whatever the terminal's locale, so that `dump > x.yaml` always builds again.
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:  # a text-only stream (e.g. redirected in-process)
            sys.stdout.write(text)
            return 0
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
        return 0
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise BriefingError(f"cannot write {args.output}: {error.strerror or error}") from None
    return 0


def read_brief(path: Path) -> Brief:
    """A brief from a .brief file, or built from a spec when the name ends in .yaml/.yml."""
    if path.suffix.lower() in SPEC_SUFFIXES:
        return load_spec(path)
    if not path.exists():
        raise BriefingError(f"{path} does not exist")
    return load_brief(path)
