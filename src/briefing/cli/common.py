"""Small helpers shared by the subcommands."""

from __future__ import annotations

import argparse
from typing import Any

Subparsers = Any  # argparse's _SubParsersAction is private


def add_command(subparsers: Subparsers, name: str, help_text: str, description: str | None = None
                ) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=help_text, description=description or help_text
    )
    return parser

