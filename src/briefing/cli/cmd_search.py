"""`briefing search FILE.brief QUERY`: full-text search over a brief's sources."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from briefing.cli.common import Subparsers, add_command


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "search", "full-text search over the sources of a brief",
        "Search the text of a brief's sources. Words must all occur (in any order); use \"quotes\" for a "
        "phrase and a trailing * for a prefix. Prints each hit's source, character offsets and a snippet.",
    )
    parser.add_argument("brief", metavar="FILE.brief")
    parser.add_argument("query", metavar="QUERY", nargs="+", help="the words to search for")
    parser.add_argument("--limit", type=int, default=20, metavar="N", help="at most N hits (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print the hits as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from briefing.store import search_sources

    query = " ".join(args.query)
    hits = search_sources(Path(args.brief), query, args.limit)
    if args.json:
        print(json.dumps([{"source_id": hit.source_id, "title": hit.title, "start": hit.start, "end": hit.end,
                           "snippet": hit.snippet, "matches": [list(span) for span in hit.matches]}
                          for hit in hits], ensure_ascii=False, indent=1))
        return 0
    if not hits:
        print(f"no matches for {query!r} in {args.brief}")
        return 0
    for hit in hits:
        count = len(hit.matches)
        where = f" ({_plural(count, 'match', 'matches')})" if count else " (title only)"
        print(f"{hit.title} [{hit.start}–{hit.end}]{where}")
        print(f"    {' '.join(hit.snippet.split())}")
    total = sum(max(1, len(hit.matches)) for hit in hits)
    print(f"{_plural(total, 'match', 'matches')} in {_plural(len(hits), 'source', 'sources')}")
    return 0


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"
