"""`briefing add FILE.brief SECTION (--text T | --actor NAME ...) [--cite SOURCE:QUOTE]...`: add one item.

What a script needs to fill a brief the way the window does: the item goes through the same
editing functions as the app's undoable commands, each cite is located by its exact quote (as a
brief spec's cites are) and a quote that is not in the source names the closest passage. On any
problem nothing is saved.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing.cli.common import Subparsers, add_command, brief_to_edit
from briefing.errors import ProblemList
from briefing.model import Brief, Citation, Item
from briefing.templating.model import Template


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "add", "add an item (text or an actor) to a section of a brief",
        "Add one item to SECTION of FILE.brief (a section key, as `briefing dump` shows them). --cite "
        "SOURCE:QUOTE cites the exact words QUOTE of the source whose id is SOURCE (the `id` of the "
        "source in `briefing dump`); give --cite once per citation. Nothing is saved if any part is wrong.",
    )
    parser.add_argument("brief", metavar="FILE.brief", help="the brief to add to")
    parser.add_argument("section", metavar="SECTION", help="the section's key, e.g. summary, actors, caveats")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--text", metavar="T", help="the text of a statement, question or caveat")
    what.add_argument("--actor", metavar="NAME", help="the name of an actor (for a section of actors)")
    parser.add_argument("--role", metavar="R", help="the actor's role")
    parser.add_argument("--affiliation", metavar="A", help="whom the actor belongs to or speaks for")
    parser.add_argument("--cite", metavar="SOURCE:QUOTE", action="append", default=[],
                        help="cite the exact words QUOTE of source SOURCE; repeat for several")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from briefing.editing.operations import insert_item

    path = Path(args.brief)
    with brief_to_edit(path) as (brief, template):
        item = new_item(brief, template, args)
        insert_item(brief, args.section, item)
    spec = template.section(args.section)
    print(f"Added item {item.id} to {spec.title if spec else args.section!r} of {path}.")
    return 0


def new_item(brief: Brief, template: Template, args: argparse.Namespace) -> Item:
    """The item the arguments describe, or ProblemList with one line per thing that is wrong."""
    from briefing.editing import item_kind_for, section_keys

    problems: list[str] = []
    keys = section_keys(brief, template)
    kind = item_kind_for(template, args.section)
    if args.section not in keys:
        problems.append(f"the brief has no section {args.section!r} to add to; use one of {', '.join(keys)}")
    elif kind == "actor" and args.actor is None:
        problems.append(f"{args.section!r} lists actors: use --actor NAME (with --role and --affiliation)")
    elif kind != "actor" and args.text is None:
        problems.append(f"{args.section!r} holds text, not actors: use --text")
    if kind != "actor" and (args.role or args.affiliation):
        problems.append("--role and --affiliation describe an actor; use them with --actor")
    citations = [c for c in (_citation(brief, value, problems) for value in args.cite) if c is not None]
    text = (args.text or "").strip()
    if args.text is not None and not text:
        problems.append("--text is empty; give the statement's words")
    if args.actor is not None and not args.actor.strip():
        problems.append("--actor is empty; give the actor's name")
    if problems:
        raise ProblemList(problems)
    if kind == "actor":
        return Item(kind="actor", name=args.actor.strip(), role=_or_none(args.role),
                    affiliation=_or_none(args.affiliation), text="", citations=citations)
    return Item(kind=kind, text=text, citations=citations)


def _citation(brief: Brief, value: str, problems: list[str]) -> Citation | None:
    """The citation `SOURCE:QUOTE` stands for, located by the exact quote (as a spec's cite is)."""
    from briefing.spec import quotes
    from briefing.spec.build import missing_quote_message

    source_id, colon, quote = value.partition(":")
    if not colon or not source_id.strip() or not quote:
        problems.append(f"--cite {value!r}: write SOURCE:QUOTE, the source's id and the exact words it cites")
        return None
    source = brief.find_source(source_id.strip())
    if source is None:
        known = ", ".join(s.id for s in brief.sources) or "none"
        problems.append(f"--cite {value[:60]!r}: the brief has no source {source_id.strip()!r} "
                        f"(its sources: {known}; `briefing dump` shows their ids)")
        return None
    start = quotes.find_quote(source.text, quote)
    if start is None:
        problems.append(f"--cite: {missing_quote_message(source, quote)}")
        return None
    return Citation(source.id, start, start + len(quote), quote)


def _or_none(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None
