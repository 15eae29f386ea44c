"""Writers: Document -> bytes on disk, one module per format, registered by suffix.

Each writer module offers `write(input, path, options=None)`, where the input is the composed
Document (PDF, DOCX) or the composed e-mail with its attachments (EML); `exporting` makes the
input a writer takes. Modules are imported only when their format is asked for, so the CLI and
the GUI start without loading reportlab or python-docx.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

from briefing.errors import BriefingError

WriteFunction = Callable[[Any, Path, Any], None]
WriterInput = Literal["document", "mail"]


@dataclass(frozen=True)
class WriterEntry:
    """One format: the module whose `write(input, path, options)` writes it, the file suffixes
    that name it, and what it takes: the composed Document, or a composed e-mail with its
    attachments (`writers.eml.Mail`)."""

    module: str
    suffixes: tuple[str, ...]
    takes: WriterInput = "document"


# format name → writer; the one table every output goes through
WRITERS: dict[str, WriterEntry] = {
    "pdf": WriterEntry("briefing.writers.pdf", (".pdf",)),
    "docx": WriterEntry("briefing.writers.docx", (".docx",)),
    "eml": WriterEntry("briefing.writers.eml", (".eml",), takes="mail"),
}


def register(fmt: str, module: str, suffixes: tuple[str, ...], takes: WriterInput = "document") -> None:
    """Add (or replace) a writer for format `fmt`."""
    WRITERS[fmt] = WriterEntry(module, suffixes, takes)


def format_for(path: Path, fmt: str | None = None) -> str:
    """The format named by `fmt`, else by the suffix of `path`."""
    if fmt:
        wanted = fmt.lower().lstrip(".")
        if wanted in WRITERS:
            return wanted
        raise BriefingError(f"format {fmt!r} is unknown; use one of {', '.join(sorted(WRITERS))}")
    suffix = path.suffix.lower()
    for name, entry in WRITERS.items():
        if suffix in entry.suffixes:
            return name
    known = ", ".join(s for entry in WRITERS.values() for s in entry.suffixes)
    raise BriefingError(f"{path.name}: cannot tell the format from {suffix or 'a missing suffix'!r}; "
                        f"name the file {known} or pass --format")


def input_of(fmt: str) -> WriterInput:
    """What the writer of `fmt` takes: "document" or "mail"."""
    return WRITERS[fmt].takes


def writer_for(fmt: str) -> WriteFunction:
    """The write function of format `fmt`."""
    entry = WRITERS[fmt]
    write: WriteFunction = getattr(_module(entry.module, fmt), "write")  # noqa: B009
    return write


def _module(module_name: str, fmt: str) -> ModuleType:
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name == module_name:
            raise BriefingError(f"export to {fmt.upper()} is not available in this version yet") from error
        raise
