"""Writers: Document -> bytes on disk, one module per format, registered by suffix.

Each writer module offers `write(document, path, options=None)`; modules are imported only
when their format is asked for, so the CLI and the GUI start without loading reportlab or
python-docx, and a writer another part of the project adds (e-mail) registers in one line.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefing.compose.document import Document
from briefing.errors import BriefingError

WriteFunction = Callable[[Document, Path, Any], None]

# format name → (module, suffixes)
WRITERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "pdf": ("briefing.writers.pdf", (".pdf",)),
    "docx": ("briefing.writers.docx", (".docx",)),
}
# Formats written from the Brief itself rather than from the Document (the e-mail draft composes
# its own body and attaches the PDF made through export_brief): format → (module, function, suffixes).
BRIEF_WRITERS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "eml": ("briefing.writers.eml", "write_eml", (".eml",)),
}


def register(fmt: str, module: str, suffixes: tuple[str, ...]) -> None:
    """Add (or replace) a writer for format `fmt`."""
    WRITERS[fmt] = (module, suffixes)


def format_for(path: Path, fmt: str | None = None) -> str:
    """The format named by `fmt`, else by the suffix of `path`."""
    if fmt:
        wanted = fmt.lower().lstrip(".")
        if wanted in WRITERS or wanted in BRIEF_WRITERS:
            return wanted
        raise BriefingError(f"format {fmt!r} is unknown; use one of {', '.join(sorted([*WRITERS, *BRIEF_WRITERS]))}")
    suffix = path.suffix.lower()
    for name, (_, suffixes) in WRITERS.items():
        if suffix in suffixes:
            return name
    for name, (_, _, suffixes) in BRIEF_WRITERS.items():
        if suffix in suffixes:
            return name
    known = ", ".join([*(s for _, suffixes in WRITERS.values() for s in suffixes),
                       *(s for _, _, suffixes in BRIEF_WRITERS.values() for s in suffixes)])
    raise BriefingError(f"{path.name}: cannot tell the format from {suffix or 'a missing suffix'!r}; "
                        f"name the file {known} or pass --format")


def writer_for(fmt: str) -> WriteFunction:
    """The write function of a Document format `fmt`."""
    module_name, _ = WRITERS[fmt]
    write: WriteFunction = getattr(_module(module_name, fmt), "write")  # noqa: B009
    return write


def brief_writer_for(fmt: str) -> Callable[..., Any]:
    """The function of a format written from the Brief (`fn(brief, path, template=...)`)."""
    module_name, function, _ = BRIEF_WRITERS[fmt]
    writer: Callable[..., Any] = getattr(_module(module_name, fmt), function)
    return writer


def _module(module_name: str, fmt: str) -> Any:
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name == module_name:
            raise BriefingError(f"export to {fmt.upper()} is not available in this version yet") from error
        raise
