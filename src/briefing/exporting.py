"""One call that turns a brief into a file of any supported format (the export issue fills it in).

The CLI's `build` and `export`, the GUI and the e-mail writer all go through `export_brief`,
so every path to an output file composes the same Document and writes it the same way.
"""

from __future__ import annotations

from pathlib import Path

from briefing.errors import NotAvailableError
from briefing.model import Brief
from briefing.templating.model import Template


def export_brief(brief: Brief, out: Path, *, template: Template | None = None, fmt: str | None = None) -> Path:
    """Write `brief` to `out` in the format its suffix (or `fmt`) names; returns the path written."""
    raise NotAvailableError(f"export to {fmt or out.suffix or 'that format'} is not available in this version yet")
