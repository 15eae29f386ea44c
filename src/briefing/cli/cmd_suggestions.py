"""`briefing suggestions FILE.brief [--json]`: the analysis' suggestions for a brief, each with an id
that `briefing accept` takes.

An id is derived from the suggestion's kind and evidence (which source, which span), never from
its place in the list: the same brief gives the same ids, and accepting or dismissing one leaves
the others' ids as they were, so a script can list, choose and accept in separate calls.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Any

from briefing.cli.common import Subparsers, add_command
from briefing.editing.suggestion import Suggestion
from briefing.model import Brief


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "suggestions", "the analysis' suggestions for a brief, with ids for `accept`",
        "List what the analysis suggests for FILE.brief (actors, caveats, questions, summary sentences), each "
        "with its evidence and an id. The id depends only on the suggestion's kind and evidence, so it stays "
        "the same while the brief's sources do; pass it to `briefing accept`. Dismissed suggestions are left out.",
    )
    parser.add_argument("brief", metavar="FILE.brief", help="the brief whose sources are analysed")
    parser.add_argument("--json", action="store_true", help="print a JSON list instead of one line each")
    parser.set_defaults(func=run)


def suggestion_id(suggestion: Suggestion) -> str:
    """`kind-` and a digest of the kind and every evidence span (source id, start, end)."""
    spans = "\x1f".join(f"{e.source}\x1e{e.start}\x1e{e.end}" for e in suggestion.evidence)
    if not spans:  # (no evidence: the text is all that tells it apart)
        spans = suggestion.text
    digest = hashlib.sha256(f"{suggestion.kind}\x1d{spans}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"{suggestion.kind}-{digest[:10]}"


def suggestions_by_id(brief: Brief) -> dict[str, Suggestion]:
    """The brief's current suggestions (not dismissed ones) by id, in the analysis' order. Two that share
    kind and evidence keep the first one's id and give the second a digest of its text as well."""
    from briefing.analysis import analyze
    from briefing.editing.suggestion import suggestions_from_analysis

    if not brief.sources:
        return {}
    found: dict[str, Suggestion] = {}
    for suggestion in suggestions_from_analysis(analyze(brief.sources), brief.sources):
        if suggestion.key in brief.dismissed:
            continue
        key = suggestion_id(suggestion)
        if key in found:
            extra = hashlib.sha256(suggestion.text.encode("utf-8", "surrogatepass")).hexdigest()[:6]
            key = f"{key}{extra}"
        found.setdefault(key, suggestion)
    return found


def as_json(key: str, suggestion: Suggestion, brief: Brief) -> dict[str, Any]:
    data: dict[str, Any] = {"id": key, "kind": suggestion.kind, "text": suggestion.text}
    if suggestion.kind == "actors":
        data.update(name=suggestion.name, role=suggestion.role, affiliation=suggestion.affiliation,
                    type=suggestion.actor_type, mentions=suggestion.mentions)
    if suggestion.caveat_kind:
        data["caveat_kind"] = suggestion.caveat_kind
    if suggestion.cue:
        data["cue"] = suggestion.cue
    if suggestion.score is not None:
        data["score"] = round(suggestion.score, 3)
    data["evidence"] = [{"source": e.source, "start": e.start, "end": e.end, "text": e.text}
                        for e in suggestion.evidence]
    return data


def run(args: argparse.Namespace) -> int:
    from briefing.cli.cmd_export import load_brief_file

    brief = load_brief_file(Path(args.brief))
    found = suggestions_by_id(brief)
    if args.json:
        print(json.dumps([as_json(k, s, brief) for k, s in found.items()], ensure_ascii=False, indent=2))
        return 0
    for key, suggestion in found.items():
        where = ", ".join(f"{e.source} {e.start}–{e.end}" for e in suggestion.evidence[:3])
        more = f" (+{len(suggestion.evidence) - 3})" if len(suggestion.evidence) > 3 else ""
        text = " ".join(suggestion.text.split())
        print(f"{key}  {text}  [{where}{more}]")
    return 0
