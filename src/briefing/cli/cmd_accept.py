"""`briefing accept FILE.brief ID...`: accept suggestions (ids from `briefing suggestions`) into the
sections that take them, citing their evidence, as the app's Accept does."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing.cli.common import Subparsers, add_command, brief_to_edit
from briefing.errors import ProblemList


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "accept", "accept suggestions into their sections",
        "Add the suggestions with these ids (from `briefing suggestions`) to FILE.brief, each in the first "
        "section of the template that takes its kind, citing its evidence. Nothing is saved if an id is unknown.",
    )
    parser.add_argument("brief", metavar="FILE.brief", help="the brief to add to")
    parser.add_argument("ids", metavar="ID", nargs="+", help="ids as `briefing suggestions` prints them")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from briefing.cli.cmd_suggestions import suggestions_by_id
    from briefing.editing.operations import accept_suggestion

    path = Path(args.brief)
    with brief_to_edit(path) as (brief, template):
        found = suggestions_by_id(brief)
        unknown = [key for key in dict.fromkeys(args.ids) if key not in found]
        if unknown:
            raise ProblemList([f"no current suggestion has the id {key!r}; `briefing suggestions {path}` lists them"
                               for key in unknown])
        done: list[str] = []
        problems: list[str] = []
        for key in dict.fromkeys(args.ids):
            accepted = accept_suggestion(brief, template, found[key])
            if accepted is None:
                problems.append(f"{key}: the brief has no section for {found[key].kind}; nothing was accepted")
            else:
                done.append(f"{key} → item {accepted[0].id}")
        if problems:
            raise ProblemList(problems)
    for line in done:
        print(f"Accepted {line}")
    return 0
