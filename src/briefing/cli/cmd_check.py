"""`briefing check FILE.brief|SPEC.yaml`: preflight findings, one per line; exit 1 on any error."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing import templating
from briefing.checks import Finding, run_checks
from briefing.cli.cmd_dump import read_brief
from briefing.cli.common import Subparsers, add_command
from briefing.errors import BriefingError
from briefing.model import Brief
from briefing.templating.model import Template


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "check", "preflight checks of a brief or a brief spec",
        "Check a brief (or a brief spec) before it is exported: prints one finding per line as "
        "'severity: section: message'. Exit status 1 when the spec has problems or a check finds an error.",
    )
    parser.add_argument("file", metavar="FILE.brief|SPEC.yaml", type=Path, help="the brief or spec to check")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    brief = read_brief(args.file)  # a spec's problems are raised here: printed one per line, exit 1
    template = _template(brief)
    findings = run_checks(brief, template)
    for finding in findings:
        print(format_finding(finding))
    errors = sum(1 for finding in findings if finding.severity == "error")
    if not findings:
        print("no problems found")
    return 1 if errors else 0


def format_finding(finding: Finding) -> str:
    return f"{finding.severity}: {finding.section or 'brief'}: {' '.join(finding.message.split())}"


def _template(brief: Brief) -> Template | None:
    """The template the brief exports with (its stored copy where templating offers that, else the
    installed one), or None, with a note on stderr, when there is none: template checks are skipped."""
    try:
        return templating.template_for_brief(brief)
    except BriefingError as error:
        print(f"briefing: {error}; template checks are skipped", file=sys.stderr)
        return None
