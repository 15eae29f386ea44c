"""Small helpers shared by the subcommands."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.errors import BriefingError

if TYPE_CHECKING:
    from briefing.model import Brief
    from briefing.templating.model import Template

Subparsers = Any  # argparse's _SubParsersAction is private


def add_command(subparsers: Subparsers, name: str, help_text: str, description: str | None = None
                ) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=help_text, description=description or help_text
    )
    return parser



@contextmanager
def brief_to_edit(path: Path) -> Iterator[tuple[Brief, Template]]:
    """FILE.brief opened for writing, with its brief and template; saved only when the block ends
    without an error, so a command that finds a problem halfway changes nothing."""
    if not path.is_file():  # one clear line before the store opens (and locks) anything
        raise BriefingError(f"{path}: no such file; give the path of a .brief file")
    from briefing.exporting import template_of
    from briefing.store import BriefFile

    with BriefFile.open(path) as brief_file:
        brief = brief_file.load()
        yield brief, template_of(brief)
        brief_file.save(brief)
