"""Small helpers shared by the subcommands."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from briefing.errors import NotAvailableError

Subparsers = Any  # argparse's _SubParsersAction is private


def add_command(subparsers: Subparsers, name: str, help_text: str, description: str | None = None
                ) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=help_text, description=description or help_text
    )
    return parser


def not_available(feature: str) -> NotAvailableError:
    return NotAvailableError(f"{feature} is not available in this version of Briefing yet")


def existing_file(path: str) -> Path:
    return Path(path)
