"""Bounds on what one import may cost: sizes, pages, time. Settings with sensible defaults."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IngestLimits:
    """What a single file may cost before it is refused.

    Every limit is checked before the expensive step it guards (the file size before reading,
    the zip directory before unpacking, the page count before extracting), so a hostile or
    simply enormous file is turned away in bounded time and memory. The GUI's settings and
    the CLI's options build one of these; the defaults suit ordinary analyst material.
    """

    max_file_bytes: int = 50 * 1024 * 1024
    """Files larger than this are refused from their size alone, without being read."""
    max_text_chars: int = 20_000_000
    """Extracted text longer than this is refused (a source is meant to be read and cited)."""
    max_unzipped_bytes: int = 200 * 1024 * 1024
    """DOCX: the members of the zip together may not declare more than this."""
    max_zip_ratio: float = 200.0
    """DOCX: a member that expands more than this many times its compressed size is a zip bomb."""
    max_zip_members: int = 5_000
    max_pdf_pages: int = 1_000
    """PDFs with more pages are refused before any text is extracted."""
    max_seconds: float = 60.0
    """Wall-clock budget for extracting one file (checked between pages and parts)."""
    memory_per_file_byte: int = 4
    memory_overhead_bytes: int = 200 * 1024 * 1024
    """The PDF helper may grow by `memory_per_file_byte` x the file's size + this while it reads
    one file (an address-space limit, RLIMIT_AS): a PDF whose few kilobytes expand into millions
    of drawing operations is stopped there instead of taking the machine's memory."""

    def memory_budget(self, size: int) -> int:
        return self.memory_per_file_byte * size + self.memory_overhead_bytes


def human_size(size: int | float) -> str:
    """Sizes as people read them: 812 bytes, 4.2 kB, 51.0 MB."""
    if size < 1024:
        return f"{int(size)} bytes"
    for unit in ("kB", "MB", "GB", "TB"):
        size /= 1024
        if size < 1024 or unit == "TB":
            return f"{size:.1f} {unit}"
    return f"{size:.1f} TB"  # pragma: no cover - the loop always returns


DEFAULT_LIMITS = IngestLimits()
