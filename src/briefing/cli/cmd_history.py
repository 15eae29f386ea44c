"""`briefing history`: what was exported and sent from a brief, when, to whom, with which digest."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from briefing.cli.common import Subparsers, add_command
from briefing.errors import BriefingError


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "history", "what was exported and sent, when, to whom",
        "List the releases recorded in FILE.brief, oldest first: time, action (drafted/sent), marking, "
        "recipients, attachment file name and its SHA-256.",
    )
    parser.add_argument("file", metavar="FILE.brief", type=Path)
    parser.add_argument("--json", action="store_true", help="print a JSON list instead of lines")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from briefing.delivery.history import history_lines, load_brief, release_to_dict

    path: Path = args.file
    if not path.is_file():
        raise BriefingError(f"{path} does not exist; give the path of a .brief file")
    brief = load_brief(path)
    releases = sorted(brief.releases, key=lambda r: r.at)
    if args.json:
        print(json.dumps([release_to_dict(r) for r in releases], ensure_ascii=False, indent=2))
    elif not releases:
        print(f"Nothing has been exported or sent from {path} yet.")
    else:
        for line in history_lines(releases):
            print(line)
    return 0
