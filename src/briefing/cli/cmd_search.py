"""`briefing search`: not available yet."""

from __future__ import annotations

import argparse

from briefing.cli.common import Subparsers, add_command, not_available


def register(subparsers: Subparsers) -> None:
    parser = add_command(subparsers, "search", "search (not available yet)")
    parser.add_argument("args", nargs="*")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    raise not_available("`briefing search`")
