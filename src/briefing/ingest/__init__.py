"""Ingest: one reader per file format, each producing a Source or a clear error.

`read_source(path, limits)` reads one file, `read_clipboard(text, html)` what was pasted,
`import_paths(brief, paths, ...)` many files and folders into a brief. Readers never fetch
anything: a saved page's images, styles and scripts stay where they are.

The importer, the clipboard and the attachment reader are loaded when first asked for (they
bring the HTML, e-mail and PDF readers with them), so reading a text file stays quick to start.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from briefing.ingest.errors import IngestError
from briefing.ingest.limits import DEFAULT_LIMITS, IngestLimits
from briefing.ingest.registry import READERS, SUFFIXES, read_bytes, read_source, sniff, supported

if TYPE_CHECKING:
    from briefing.ingest.attachments import read_attachments
    from briefing.ingest.clipboard import read_clipboard
    from briefing.ingest.importer import Duplicate, Imported, ImportReport, Problem, import_paths

_ON_FIRST_USE: dict[str, str] = {
    "read_attachments": "attachments",
    "read_clipboard": "clipboard",
    "Duplicate": "importer",
    "Imported": "importer",
    "ImportReport": "importer",
    "Problem": "importer",
    "import_paths": "importer",
}

__all__ = [
    "DEFAULT_LIMITS",
    "READERS",
    "SUFFIXES",
    "Duplicate",
    "ImportReport",
    "Imported",
    "IngestError",
    "IngestLimits",
    "Problem",
    "import_paths",
    "read_attachments",
    "read_bytes",
    "read_clipboard",
    "read_source",
    "sniff",
    "supported",
]


if not TYPE_CHECKING:  # the type checker reads the imports above; these run instead

    def __getattr__(name: str) -> object:
        """The names of `_ON_FIRST_USE`, imported from their module on first access."""
        module = _ON_FIRST_USE.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
