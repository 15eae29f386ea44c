"""`briefing workspace …`: a team's workspace on PostgreSQL from the command line.

    init URL | user URL NAME --role R [--team T] | push FILE.brief URL [--team T] | pull URL BRIEF -o FILE
    list URL | search URL QUERY | review URL BRIEF --submit|--approve|--reject [--comment T]
    log URL [BRIEF] | open URL BRIEF

URL is a libpq URI (postgresql://user@host:5432/db). Passwords come from ~/.pgpass, the keyring or
a prompt, never from the URL. Errors are one line and exit status 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing.cli.common import Subparsers, add_command


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "workspace", "a team workspace on PostgreSQL: push, pull, review, search, log",
        "Work with a team workspace: a PostgreSQL database shared by a team's analysts. URL is a libpq URI "
        "such as postgresql://ana@db.example.org:5432/desk; the password comes from ~/.pgpass, the system "
        "keyring or a prompt. Any host other than this machine is reached over TLS with its certificate checked.",
    )
    commands = parser.add_subparsers(dest="workspace_command", metavar="COMMAND")

    init = commands.add_parser("init", help="set up (or upgrade) the workspace: schema, roles, policies",
                               description="Set up the workspace in the database URL names (an administrator of "
                               "the database server runs it). Running it again upgrades an older workspace.")
    init.add_argument("url", metavar="URL")
    init.set_defaults(func=run_init)

    user = commands.add_parser("user", help="add a person (a database login) with a role, in a team")
    user.add_argument("url", metavar="URL")
    user.add_argument("name", metavar="NAME")
    user.add_argument("--role", required=True, choices=("analyst", "reviewer", "admin"))
    user.add_argument("--team", metavar="T", help="the team they join (briefs are visible to their team)")
    user.add_argument("--password-stdin", action="store_true",
                      help="read their initial password from standard input (stored as a SCRAM verifier)")
    user.set_defaults(func=run_user)

    push = commands.add_parser("push", help="put a .brief and its sources into the workspace (prints its id last)")
    push.add_argument("file", metavar="FILE.brief", type=Path)
    push.add_argument("url", metavar="URL")
    push.add_argument("--team", metavar="T", help="the team it belongs to (needed if you are in several)")
    push.add_argument("--reader", metavar="NAME", action="append", default=[],
                      help="name a person on the brief (a TLP:RED brief is visible only to the people named on it)")
    push.set_defaults(func=run_push)

    pull = commands.add_parser("pull", help="write a workspace brief to a .brief that remembers where it came from")
    pull.add_argument("url", metavar="URL")
    pull.add_argument("brief", metavar="BRIEF")
    pull.add_argument("-o", "--output", metavar="FILE.brief", type=Path, required=True)
    pull.add_argument("--force", action="store_true", help="replace FILE.brief if it exists")
    pull.set_defaults(func=run_pull)

    listing = commands.add_parser("list", help="briefs with their state, marking, authors and last change")
    listing.add_argument("url", metavar="URL")
    listing.set_defaults(func=run_list)

    search = commands.add_parser("search", help="full-text search over the team's source library")
    search.add_argument("url", metavar="URL")
    search.add_argument("query", metavar="QUERY", nargs="+")
    search.add_argument("--limit", type=int, default=20, metavar="N")
    search.set_defaults(func=run_search)

    review = commands.add_parser("review", help="submit a brief for review, approve or reject it")
    review.add_argument("url", metavar="URL")
    review.add_argument("brief", metavar="BRIEF")
    action = review.add_mutually_exclusive_group(required=True)
    for name in ("submit", "approve", "reject"):
        action.add_argument(f"--{name}", dest="action", action="store_const", const=name)
    review.add_argument("--comment", metavar="TEXT", default="")
    review.set_defaults(func=run_review)

    log = commands.add_parser("log", help="the audit trail (of one brief, or all you may see)")
    log.add_argument("url", metavar="URL")
    log.add_argument("brief", metavar="BRIEF", nargs="?")
    log.add_argument("--last", type=int, metavar="N", help="only the last N entries")
    log.set_defaults(func=run_log)

    open_ = commands.add_parser("open", help="open a workspace brief in the app")
    open_.add_argument("url", metavar="URL")
    open_.add_argument("brief", metavar="BRIEF")
    open_.set_defaults(func=run_open)
    parser.set_defaults(func=lambda args: _usage(parser))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _connect(url: str):  # type: ignore[no-untyped-def]
    from briefing.workspace import connect, schema

    connection = connect.connect(url)
    try:
        schema.check(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def run_init(args: argparse.Namespace) -> int:
    from briefing.workspace import connect, schema

    with connect.connect(args.url) as connection:
        before, after = schema.init(connection)
    print(f"workspace {'set up' if before == 0 else 'upgraded' if before < after else 'already up to date'} "
          f"(layout {after})")
    return 0


def run_user(args: argparse.Namespace) -> int:
    from briefing.errors import BriefingError
    from briefing.workspace import connect, users

    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
        if not password:
            raise BriefingError("no password was given on standard input")
    with connect.connect(args.url) as connection:
        done = users.add_user(connection, args.name, args.role, args.team, password)
    print(f"{args.name}: {', '.join(done)}")
    return 0


def run_push(args: argparse.Namespace) -> int:
    from briefing.workspace import push

    if not args.file.exists():
        from briefing.errors import BriefingError

        raise BriefingError(f"{args.file} does not exist")
    result = push(args.file, args.url, team=args.team, readers=tuple(args.reader))
    if result.note:
        print(f"briefing: {result.note}", file=sys.stderr)
    verb = "created" if result.created else "updated"
    print(f"{verb} in team {result.team}: {result.sources} sources, {result.items} items; brief {result.brief_id}")
    return 0


def run_pull(args: argparse.Namespace) -> int:
    from briefing.workspace import pull

    brief = pull(args.url, args.brief, args.output, overwrite=args.force)
    print(f"pulled {brief.title!r} ({len(brief.sources)} sources, {len(brief.items())} items) to {args.output}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from briefing.workspace import audit

    with _connect(args.url) as connection:
        found = audit.briefs(connection)
    if not found:
        print("no briefs you may see in this workspace")
    for listed in found:
        print(f"{listed.brief_id}  {listed.state:<9}  {listed.marking or '-':<16}  {listed.title}")
        print(f"    team {listed.team}; authors {', '.join(listed.authors) or '-'}; last change {listed.changed_at} "
              f"by {listed.changed_by}")
    return 0


def run_search(args: argparse.Namespace) -> int:
    from briefing.workspace import library

    query = " ".join(args.query)
    with _connect(args.url) as connection:
        hits = library.search(connection, query, args.limit)
    if not hits:
        print(f"no matches for {query!r} in the library")
        return 0
    for hit in hits:
        print(f"{hit.title}{' — ' + hit.publisher if hit.publisher else ''} (team {hit.team})")
        print(f"    {hit.snippet}")
    print(f"{len(hits)} match{'es' if len(hits) != 1 else ''}")
    return 0


def run_review(args: argparse.Namespace) -> int:
    from briefing.workspace import review

    with _connect(args.url) as connection:
        status = review.step(connection, args.brief, args.action, args.comment)
    print(f"brief {status.brief_id} is {status.state}; next: {status.next_step}")
    return 0


def run_log(args: argparse.Namespace) -> int:
    from briefing.workspace import audit

    with _connect(args.url) as connection:
        entries = audit.log(connection, args.brief, args.last)
    for entry in entries:
        print(entry.line())
    if not entries:
        print("nothing in the audit trail you may see")
    return 0


def run_open(args: argparse.Namespace) -> int:
    from briefing.workspace import WorkspaceBrief

    WorkspaceBrief.open(args.url, args.brief).close()  # a clear error here rather than in a window
    try:
        from briefing.gui.app import main as gui_main
    except ImportError as error:
        from briefing.errors import BriefingError

        raise BriefingError(f"the desktop app cannot start: {error}") from None
    return gui_main(["--workspace", args.url, args.brief])
