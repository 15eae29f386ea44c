"""What a PDF page holds beyond its running text, and text layers that space letters apart.

- Form fields: the values typed into a filled-in form are part of what the document says
  (the visitor's name, the permit number); each becomes a paragraph `[Form field NAME: VALUE]`
  after the page's text, so a citation of it shows where it came from.
- Comments: the text of a note, free-text or markup annotation becomes `[Comment: TEXT]` (with
  its author, `[Comment by AUTHOR: TEXT]`). Links and pop-ups (which repeat their parent's
  text) are left out, and so are empty fields and hidden annotations.
- Letter-spaced text: OCR text layers place every glyph on its own, and PDFium's text
  extraction puts a space wherever a gap looks wide ("Nort h Buon a Vist a Driv e"). On a
  line where that happens the gaps at inserted spaces are measured: when they fall into two
  clearly separate sizes and the smaller are narrower than a space, those were gaps between
  letters, and their spaces are removed.
"""

from __future__ import annotations

import ctypes
import itertools
import re
from typing import Any

# A line is suspect when several of its "words" are single letters: "Nort h Buon a".
_SINGLE_LETTER = re.compile(r"(?<!\S)[^\W\d_](?!\S)")
_LETTER_GAP_EM = 0.22  # wider than this (in font sizes) is a gap between words in any font
_TWO_SIZES = 1.8  # the word gaps are at least this many times the widest letter gap


def annotation_blocks(document: Any, page: Any) -> list[str]:
    """The page's form field values and comments, each as a marked paragraph."""
    from pypdfium2 import raw

    count = raw.FPDFPage_GetAnnotCount(page.raw)
    if count <= 0:
        return []
    formenv = _form_environment(document)
    blocks: list[str] = []
    for index in range(count):
        annot = raw.FPDFPage_GetAnnot(page.raw, index)
        if not annot:
            continue
        try:
            if raw.FPDFAnnot_GetFlags(annot) & raw.FPDF_ANNOT_FLAG_HIDDEN:
                continue
            kind = raw.FPDFAnnot_GetSubtype(annot)
            if kind == raw.FPDF_ANNOT_WIDGET:
                if formenv is None:
                    continue
                value = _field_string(raw.FPDFAnnot_GetFormFieldValue, formenv, annot)
                name = _field_string(raw.FPDFAnnot_GetFormFieldName, formenv, annot)
                if value.strip() and value.strip() not in ("Off",):
                    blocks.append(f"[Form field {name or 'without a name'}: {value.strip()}]")
            elif kind not in (raw.FPDF_ANNOT_LINK, raw.FPDF_ANNOT_POPUP):
                contents = _annot_string(annot, b"Contents").strip()
                if contents:
                    author = _annot_string(annot, b"T").strip()
                    blocks.append(f"[Comment by {author}: {contents}]" if author else f"[Comment: {contents}]")
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return blocks


def _form_environment(document: Any) -> Any:
    try:
        document.init_forms()
    except Exception:  # a document without forms, or one PDFium refuses to set up
        return None
    return getattr(document, "formenv", None)


def _field_string(function: Any, formenv: Any, annot: Any) -> str:
    size = function(formenv, annot, None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    function(formenv, annot, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), size)
    return buffer.raw[: size - 2].decode("utf-16-le", "replace")


def _annot_string(annot: Any, key: bytes) -> str:
    from pypdfium2 import raw

    size = raw.FPDFAnnot_GetStringValue(annot, key, None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    raw.FPDFAnnot_GetStringValue(annot, key, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), size)
    return buffer.raw[: size - 2].decode("utf-16-le", "replace")


def letter_spaced(line: str) -> bool:
    """Whether a line shows the mark of a letter-spaced text layer (cheap: no geometry)."""
    singles = len(_SINGLE_LETTER.findall(line))
    return singles >= 2 and singles >= 0.2 * len(line.split())


def respace(textpage: Any, line: str, start: int) -> str:
    """The line with the spaces PDFium inserted between letters of one word removed.

    `start` is where the line begins in the page's extracted text. Only generated spaces are
    judged; spaces the PDF itself contains are kept.
    """
    from pypdfium2 import raw

    rect = raw.FS_RECTF()

    def box(text_index: int) -> tuple[float, float, float] | None:
        """Where a glyph's advance starts and ends (its "loose" box: font metrics, not ink), and
        its font size."""
        char = raw.FPDFText_GetCharIndexFromTextIndex(textpage, text_index)
        if char < 0 or not raw.FPDFText_GetLooseCharBox(textpage, char, rect):
            return None
        return rect.left, rect.right, raw.FPDFText_GetFontSize(textpage, char) or 0.0

    gaps: dict[int, float] = {}  # position in the line of a generated space -> gap, in font sizes
    for position, char in enumerate(line):
        if char != " " or position == 0 or position + 1 >= len(line) or line[position + 1] == " ":
            continue
        here = raw.FPDFText_GetCharIndexFromTextIndex(textpage, start + position)
        if here >= 0 and raw.FPDFText_IsGenerated(textpage, here) != 1:
            continue  # a space written in the PDF
        before, after = box(start + position - 1), box(start + position + 1)
        if before is None or after is None or not before[2]:
            return line  # geometry unknown: leave the line as extracted
        gaps[position] = (after[0] - before[1]) / before[2]
    if len(gaps) < 3:
        return line
    ordered = sorted(gaps.values())
    ratios = [(b / max(a, 0.01), index) for index, (a, b) in enumerate(itertools.pairwise(ordered))]
    ratio, split = max(ratios)
    narrow = ordered[split]
    if ratio < _TWO_SIZES or narrow > _LETTER_GAP_EM:
        return line
    return "".join(char for position, char in enumerate(line)
                   if not (position in gaps and gaps[position] <= narrow))
