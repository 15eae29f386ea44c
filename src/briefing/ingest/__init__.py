"""Ingest: one reader per file format, each producing a Source or a clear error.

`read_source(path, limits)` reads one file, `read_clipboard(text, html)` what was pasted,
`import_paths(brief, paths, ...)` many files and folders into a brief. Readers never fetch
anything: a saved page's images, styles and scripts stay where they are.
"""

from briefing.ingest.attachments import read_attachments
from briefing.ingest.clipboard import read_clipboard
from briefing.ingest.errors import IngestError
from briefing.ingest.importer import Duplicate, Imported, ImportReport, Problem, import_paths
from briefing.ingest.limits import DEFAULT_LIMITS, IngestLimits
from briefing.ingest.registry import READERS, SUFFIXES, read_bytes, read_source, sniff, supported

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
