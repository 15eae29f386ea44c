"""The PDF writer: Document → PDF with reportlab platypus, fonts embedded as subsets.

Output is reproducible (reportlab's invariant mode, creation date from the brief) and names
no font it does not embed.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from briefing.compose.document import Document
from briefing.writers.fonts import template_fonts
from briefing.writers.pdf.markup import make_styles
from briefing.writers.pdf.pages import BriefDocTemplate, canvas_maker
from briefing.writers.pdf.story import build_story
from briefing.writers.walk import footnotes_of

MAX_NOTE_PASSES = 8
EXACT_PASSES = 3


@dataclass(frozen=True)
class PdfOptions:
    """Options of the PDF writer (none needed yet; kept so every writer has the same signature)."""


def render(document: Document, options: PdfOptions | None = None) -> bytes:
    """The PDF bytes for `document`."""
    with template_fonts(document.fonts.font_files):  # the template's own fonts, for this document only
        return _render(document)


def _render(document: Document) -> bytes:
    page = document.page
    styles = make_styles(document.fonts, page.width - page.margin_left - page.margin_right)
    reserved: dict[int, float] = {}
    has_notes = bool(footnotes_of(document))
    for attempt in range(MAX_NOTE_PASSES if has_notes else 1):
        buffer = io.BytesIO()
        template = BriefDocTemplate(buffer, document, styles, reserved)
        template.build(build_story(document, styles), canvasmaker=canvas_maker(document))
        needed = template.notes_needed
        pages = set(needed) | set(reserved)
        if all(abs(needed.get(p, 0.0) - reserved.get(p, 0.0)) < 0.5 for p in pages):
            break  # every page reserved exactly the room its notes take
        if attempt < EXACT_PASSES:  # first try reserving exactly what the last layout needed
            reserved = dict(needed)
        else:  # then only grow reservations: this converges, at the price of some white space
            short = {p: n for p, n in needed.items() if n > reserved.get(p, 0.0) + 0.01}
            if not short:
                break
            reserved.update(short)
    return buffer.getvalue()


def write(document: Document, path: Path, options: PdfOptions | None = None) -> None:
    """Write `document` as a PDF to `path` (the caller handles temporary files and renaming)."""
    data = render(document, options)
    path.write_bytes(data)
