"""PDF: the text layer in reading order, rebuilt into paragraphs, and the document information.

PDFium (through pypdfium2, the engine of Chrome's PDF viewer) extracts each page's text in
content-stream order, line by line, which for PDFs made by word processors and layout tools is
reading order (a column, then the next). It replaced a pure-Python extractor that parsed every
content stream in Python and read text four to five times slower. Paragraphs are rebuilt from
where the lines sit: a wider gap than the page's usual line spacing, a jump up the page (the
next column) or a change of font size (a heading) starts a new paragraph, and a page ends one;
hyphenated line ends are joined. When positions are unknown, line lengths decide instead.
Running headers and footers are left out.

A page count limit (checked before any extraction) and a time budget (checked between
pages) bound the cost of hostile or enormous files.
"""

from __future__ import annotations

import ctypes
import itertools
import re
import threading
from collections import Counter
from dataclasses import dataclass
from typing import Any

from briefing.ingest.base import Deadline, Metadata, build_source
from briefing.ingest.dates import parse_date
from briefing.ingest.errors import IngestError
from briefing.ingest.limits import IngestLimits
from briefing.ingest.pdf_layers import annotation_blocks, letter_spaced, respace
from briefing.ingest.text import stem
from briefing.model.source import Source

_SENTENCE_END = re.compile(r"[.!?…:][\"”’)\]»]?$")
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")
_LINE = re.compile(r"[^\r\n]+")
# PDFium keeps global state and is not thread-safe, even across documents: one reader at a time.
_PDFIUM = threading.Lock()


def read_pdf(data: bytes, name: str, limits: IngestLimits) -> Source:
    """A PDF as a source. Scans without a text layer and password-protected files are refused
    with a reason that says so (OCR, or the password, is the analyst's next step)."""
    import pypdfium2 as pdfium

    deadline = Deadline(limits.max_seconds)
    with _PDFIUM:
        document = _open(pdfium, data)
        try:
            count = len(document)
            if count == 0:
                raise IngestError("is a PDF without pages")
            if count > limits.max_pdf_pages:
                raise IngestError(
                    f"has {count:,} pages, more than the limit of {limits.max_pdf_pages:,} (the limit can be "
                    "raised in settings, or split the file)"
                )
            pages: list[list[str]] = []
            marked: list[list[str]] = []  # form field values and comments, after each page's text
            images = 0
            total = 0
            for index in range(count):
                deadline.check()
                lines, has_images, annotations = _read_page(document, index)
                text_size = sum(len(line.text) for line in lines)
                if not text_size:
                    images += has_images
                total += text_size
                if total > limits.max_text_chars:
                    raise IngestError(f"has more than {limits.max_text_chars:,} characters of text, the limit")
                pages.append(paragraphs_from_layout(lines))
                marked.append(annotations)
            meta = _metadata(document)
        finally:
            document.close()
    kept = without_running_heads(pages)
    blocks = [p for page, extra in zip(kept, marked, strict=True) for p in (*page, *extra)]
    if not any(block.strip() for block in blocks):
        if images:
            raise IngestError("has no text layer (it is a scan or made of images); run OCR on it first")
        raise IngestError("contains no text")
    meta.extra["pages"] = str(count)
    return build_source(blocks=blocks, meta=meta, fallback_title=stem(name), media_type="application/pdf",
                        origin=name, limits=limits)


def _open(pdfium: Any, data: bytes) -> Any:
    """The document, opened with the empty user password that "no printing" PDFs carry; a PDF
    that needs a real password, or that PDFium cannot parse, is refused with the reason."""
    from pypdfium2 import raw

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        code = getattr(error, "err_code", None)  # pypdfium2 before 5 kept only PDFium's last error
        if code is None:
            code = raw.FPDF_GetLastError()
        if code == raw.FPDF_ERR_PASSWORD:
            raise IngestError("is encrypted with a password; save an unprotected copy and import that") from None
        if code == raw.FPDF_ERR_SECURITY:
            raise IngestError("is encrypted with an unsupported scheme and cannot be opened") from None
        raise IngestError(f"is not a readable PDF file ({_reason(error)})") from None


@dataclass
class Line:
    """One line of a page as extracted, with where it sits (None when unknown)."""

    text: str
    y: float | None = None
    size: float | None = None


def _read_page(document: Any, index: int) -> tuple[list[Line], int, list[str]]:
    """The page's lines, 1 when the page shows images (a scan, if it has no text), and its
    form field values and comments (see `pdf_layers`)."""
    from pypdfium2 import raw

    try:
        page = document[index]
    except Exception:  # one broken page should not lose the others
        return [], 0, []
    try:
        try:
            lines = _page_lines(page)
        except Exception:
            lines = []
        has_images = 0
        if not any(line.text.strip() for line in lines):
            try:
                has_images = int(any(True for _ in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,))))
            except Exception:
                has_images = 0
        try:
            annotations = annotation_blocks(document, page)
        except Exception:  # a damaged annotation costs its text, not the page's
            annotations = []
        return lines, has_images, annotations
    finally:
        page.close()


def _page_lines(page: Any) -> list[Line]:
    """The page's lines in extraction order, each with its baseline height and font size.

    PDFium puts a line break between the lines it found; the position and size are read from
    the first visible character of each line, so the geometry costs a few calls per line.
    """
    from pypdfium2 import raw

    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        x, y = ctypes.c_double(), ctypes.c_double()
        lines: list[Line] = []
        for match in _LINE.finditer(text):
            line = match.group()
            if letter_spaced(line):
                line = respace(textpage, line, match.start())
            first = match.start() + len(line) - len(line.lstrip())
            char = raw.FPDFText_GetCharIndexFromTextIndex(textpage, first)
            if char < 0 or not raw.FPDFText_GetCharOrigin(textpage, char, x, y):
                lines.append(Line(line))
                continue
            lines.append(Line(line, y.value, raw.FPDFText_GetFontSize(textpage, char) or None))
        return lines
    finally:
        textpage.close()


def paragraphs_from_layout(lines: list[Line]) -> list[str]:
    """Paragraphs from line positions: a break where the gap to the next line is wider than
    the page's usual line spacing, where the text moves up (a new column), or where the font
    size changes (a heading). Without positions, fall back to line lengths."""
    placed = [line for line in lines if line.text.strip()]
    if not placed or any(line.y is None for line in placed) or len({line.y for line in placed}) < 2:
        return paragraphs_from_lines([line.text for line in lines])
    # Gaps in units of the font size, so a heading's wider leading is still "one line".
    gaps = Counter(round(_spacing(a, b), 1) for a, b in itertools.pairwise(placed) if _spacing(a, b) > 0.05)
    # The line spacing is the commonest gap (the smallest, if several are as common).
    most = max(gaps.values(), default=0)
    usual = min((gap for gap, count in gaps.items() if count == most), default=0.0)
    paragraphs: list[str] = []
    current = ""
    previous: Line | None = None
    for line in placed:
        text = " ".join(line.text.split())
        if previous is not None and current:
            gap = _spacing(previous, line)
            new_size = abs((line.size or 0) - (previous.size or 0)) > 0.5
            if gap < -0.05 or gap > usual * 1.25 + 0.05 or new_size:
                paragraphs.append(current)
                current = ""
        current = _join(current, text)
        previous = line
    if current:
        paragraphs.append(current)
    return paragraphs


def _spacing(above: Line, below: Line) -> float:
    """How far below `above` the line `below` sits, in units of the font size (negative: higher)."""
    assert above.y is not None and below.y is not None
    return (above.y - below.y) / max(above.size or 1.0, 1.0)


def _join(current: str, line: str) -> str:
    """Add a line to a paragraph, mending a word hyphenated across the break."""
    if not current:
        return line
    if current.endswith("-") and len(current) > 1 and current[-2].isalpha() and line[:1].islower():
        return current[:-1] + line
    return f"{current} {line}"


def paragraphs_from_lines(lines: list[str]) -> list[str]:
    """Join a page's lines into paragraphs (see the module docstring for the rule)."""
    cleaned = [" ".join(line.split()) for line in lines]
    width = max((len(line) for line in cleaned), default=0)
    paragraphs: list[str] = []
    current = ""
    for index, line in enumerate(cleaned):
        following = cleaned[index + 1] if index + 1 < len(cleaned) else ""
        if not line:
            if current:
                paragraphs.append(current)
                current = ""
            continue
        current = _join(current, line)
        short = len(line) < 0.85 * width and not line.endswith(("-", ","))
        sentence_ends = (len(line) < 0.95 * width and _SENTENCE_END.search(line) is not None
                         and following[:1].isupper())
        if short or sentence_ends:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


_DIGITS = re.compile(r"\d+")


def without_running_heads(pages: list[list[str]]) -> list[list[str]]:
    """Each page's paragraphs, less the running headers and footers.

    A short paragraph at the top or bottom of a page (its first or last two) that recurs
    there on most pages (numbers aside: "Page 3 of 12") is the document's furniture, not its
    text; left in, it would interrupt every page's prose. Text that recurs in the middle of
    pages is kept, and when the furniture would be most of the document (a short form letter,
    pages of the same notice) nothing is left out: a document is never emptied by this rule.
    """
    if len(pages) < 3:
        return pages
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_DIGITS.sub("#", p) for p in _edges(page) if len(p) <= 120})
    furniture = {key for key, count in counts.items() if count >= max(3, 0.6 * len(pages))}
    if not furniture:
        return pages
    kept = [[p for i, p in enumerate(page) if not (_at_edge(i, page) and _DIGITS.sub("#", p) in furniture)]
            for page in pages]
    total = sum(len(p) for page in pages for p in page)
    if sum(len(p) for page in kept for p in page) < 0.5 * total:
        return pages
    return kept


def _edges(page: list[str]) -> list[str]:
    return page[:2] + page[max(2, len(page) - 2):]


def _at_edge(index: int, page: list[str]) -> bool:
    return index < 2 or index >= len(page) - 2


def _metadata(document: Any) -> Metadata:
    try:
        info: dict[str, str] = document.get_metadata_dict(skip_empty=True)
    except Exception:
        info = {}

    def field(key: str) -> str | None:
        value = info.get(key)
        return str(value).strip() or None if value else None

    published = None
    raw_date = field("CreationDate")
    if raw_date:
        match = _PDF_DATE.match(raw_date)
        if match:
            published = parse_date(f"{match[1]}-{match[2] or '01'}-{match[3] or '01'}")
    extra = {key.lower(): value for key in ("Subject", "Keywords", "Creator", "Producer") if (value := field(key))}
    return Metadata(title=field("Title"), author=field("Author"), published=published, extra=extra)


def _reason(error: BaseException) -> str:
    text = str(error).strip()
    return (text.splitlines()[0] if text else type(error).__name__)[:160]
