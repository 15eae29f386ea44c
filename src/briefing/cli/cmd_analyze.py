"""`briefing analyze SOURCE... [--json]`: suggestions with evidence, as a table or as JSON."""

from __future__ import annotations

import argparse
import gc
import json
import sys
import textwrap
from pathlib import Path

from briefing.analysis import Suggestions, analyze
from briefing.analysis.reading import available_workers
from briefing.cli.common import Subparsers, add_command
from briefing.errors import BriefingError
from briefing.ingest import read_source as ingest_read_source
from briefing.model import Evidence, Source


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "analyze", "suggest actors, caveats, questions and a summary from sources",
        "Read the sources and print suggested key actors, sourcing caveats, open questions and summary "
        "sentences, each with the exact passage it rests on.",
    )
    parser.add_argument("sources", nargs="+", metavar="SOURCE", help="source files (text, or any format "
                        "Briefing can import)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--details", action="store_true",
                        help="with --json, add each suggestion's cue and stable key (used to remember dismissals)")
    parser.set_defaults(func=run)


def read_source(path: Path) -> Source:
    """A Source from a file, through the same format readers as `briefing import`."""
    if not path.is_file():
        raise BriefingError(f"{path}: no such file; give the path of a source file to analyze")
    return ingest_read_source(path)


# Raised for the command only: the analysis makes hundreds of thousands of short-lived objects (tokens, matches,
# candidate spans) and no reference cycles worth collecting, and the collector's passes over them, one every
# 700 allocations at the default threshold, cost ~5 % of `briefing analyze` (200 articles: 0.1-0.15 s; peak
# memory unchanged). mypy's command line raises its threshold for the same reason.
_COLLECTOR_THRESHOLD = (200_000, 30, 30)


def run(args: argparse.Namespace) -> int:
    """Analyze every readable source; an unreadable one is reported on its own line and skipped."""
    threshold = gc.get_threshold()
    gc.set_threshold(*_COLLECTOR_THRESHOLD)
    try:
        return _run(args)
    finally:
        gc.set_threshold(*threshold)


def _run(args: argparse.Namespace) -> int:
    paths: list[Path] = []
    sources: list[Source] = []
    failed = 0
    for path in (Path(p) for p in args.sources):
        try:
            sources.append(read_source(path))
            paths.append(path)
        except BriefingError as error:
            failed += 1
            print(f"briefing: {error}", file=sys.stderr)
    if not sources:
        return 1  # nothing readable: the reasons are on stderr, and an empty report would only add noise
    # a command-line process has no threads of its own, so a large run may read its sources on every core
    suggestions = analyze(sources, workers=available_workers())
    described = [{"path": str(path), "title": source.title} for path, source in zip(paths, sources, strict=True)]
    if args.json:
        # One string, one write: json.dump writes every token on its own (over 100,000 writes for 200
        # articles), and an unbuffered or line-buffered stdout turns each into a system call.
        sys.stdout.write(json_by_line(suggestions.to_json(described, details=args.details)) + "\n")
    else:
        sys.stdout.write(render_table(suggestions, described))
    return 1 if failed else 0


def json_by_line(data: dict[str, object]) -> str:
    """One JSON object whose lists hold one item a line: as easy to read and grep as an indented dump, and
    written by json's C encoder (with `indent` json falls back to its pure-Python encoder, which took
    0.07 s of the 200-article run where this takes under 0.02 s)."""
    parts = []
    for key, value in data.items():
        name = json.dumps(key, ensure_ascii=False)
        if isinstance(value, list) and value:
            items = ",\n  ".join(json.dumps(item, ensure_ascii=False) for item in value)
            parts.append(f" {name}: [\n  {items}\n ]")
        else:
            parts.append(f" {name}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(parts) + "\n}"


def _clip(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _where(evidence: Evidence) -> str:
    return f"[{evidence.source}:{evidence.start}]"


def render_table(suggestions: Suggestions, sources: list[dict[str, str]]) -> str:
    """A plain-text report for reading in a terminal."""
    lines: list[str] = []
    lines.append("SOURCES")
    for index, source in enumerate(sources):
        lines.append(f"  {index}  {source['title']}  ({source['path']})")
    lines.append("")
    lines.append(f"KEY ACTORS ({len(suggestions.actors)})")
    lines.append(f"  {'name':28} {'type':12} {'n':>3}  {'role':40} {'affiliation':20}")
    for actor in suggestions.actors:
        lines.append(f"  {_clip(actor.name, 28):28} {actor.type:12} {actor.mentions:>3}  "
                     f"{_clip(actor.role or '-', 40):40} {_clip(actor.affiliation or '-', 20):20}")
    lines.append("")
    lines.append(f"SOURCING CAVEATS ({len(suggestions.caveats)})")
    for caveat in suggestions.caveats:
        lines.append(f"  {caveat.kind:17} {_where(caveat.evidence[0]):12} {_clip(caveat.text, 90)}")
    lines.append("")
    lines.append(f"OPEN QUESTIONS ({len(suggestions.questions)})")
    for question in suggestions.questions:
        wrapped = textwrap.wrap(question.text, 100) or [""]
        lines.append(f"  {_where(question.evidence[0]):12} {wrapped[0]}")
        lines.extend(f"  {'':12} {more}" for more in wrapped[1:])
    lines.append("")
    lines.append(f"SUMMARY ({len(suggestions.summary)})")
    for item in suggestions.summary:
        lines.append(f"  {item.score:4.2f} {_where(item.evidence[0]):12} {_clip(item.text, 100)}")
    return "\n".join(lines) + "\n"
