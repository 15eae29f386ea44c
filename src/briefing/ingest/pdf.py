"""PDF: the text layer in reading order, rebuilt into paragraphs, and the document information.

pypdf extracts each page's text in content-stream order, line by line. Paragraphs are
rebuilt from the lines: a line well short of the page's longest line ends its paragraph
(the last line of a paragraph, a heading), as does a blank line or the end of a page;
hyphenated line ends are joined. A page count limit (checked before any extraction) and a time budget (checked
between pages) bound the cost of hostile or enormous files.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from typing import Any

from briefing.ingest.base import Deadline, Metadata, build_source
from briefing.ingest.dates import parse_date
from briefing.ingest.errors import IngestError
from briefing.ingest.limits import IngestLimits
from briefing.ingest.text import stem
from briefing.model.source import Source

_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


def read_pdf(data: bytes, name: str, limits: IngestLimits) -> Source:
    """A PDF as a source. Scans without a text layer and password-protected files are refused
    with a reason that says so (OCR, or the password, is the analyst's next step)."""
    import pypdf
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed files are reported by us, once
    deadline = Deadline(limits.max_seconds)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            _unlock(reader)
            count = len(reader.pages)
        except IngestError:
            raise
        except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
                RecursionError, AssertionError) as error:
            raise IngestError(f"is not a readable PDF file ({_reason(error)})") from None
        if count == 0:
            raise IngestError("is a PDF without pages")
        if count > limits.max_pdf_pages:
            raise IngestError(
                f"has {count:,} pages, more than the limit of {limits.max_pdf_pages:,} (the limit can be raised "
                "in settings, or split the file)"
            )
        blocks: list[str] = []
        images = 0
        total = 0
        for page in reader.pages:
            deadline.check()
            try:
                text = page.extract_text() or ""
            except Exception:  # one broken page should not lose the others
                text = ""
            if not text.strip():
                images += _has_images(page)
            total += len(text)
            if total > limits.max_text_chars:
                raise IngestError(f"has more than {limits.max_text_chars:,} characters of text, the limit")
            blocks.extend(paragraphs_from_lines(text.split("\n")))
        meta = _metadata(reader)
    if not any(block.strip() for block in blocks):
        if images:
            raise IngestError("has no text layer (it is a scan or made of images); run OCR on it first")
        raise IngestError("contains no text")
    meta.extra["pages"] = str(count)
    return build_source(blocks=blocks, meta=meta, fallback_title=stem(name), media_type="application/pdf",
                        origin=name, limits=limits)


def _unlock(reader: Any) -> None:
    """Open a PDF that is encrypted with an empty user password (common: "no printing" PDFs)."""
    if not reader.is_encrypted:
        return
    try:
        unlocked = reader.decrypt("")
    except Exception as error:  # missing crypto support or an unknown scheme
        raise IngestError(f"is encrypted and cannot be opened ({_reason(error)})") from None
    if not unlocked:
        raise IngestError("is encrypted with a password; save an unprotected copy and import that")


def paragraphs_from_lines(lines: list[str]) -> list[str]:
    """Join a page's lines into paragraphs (see the module docstring for the rule)."""
    cleaned = [" ".join(line.split()) for line in lines]
    width = max((len(line) for line in cleaned), default=0)
    paragraphs: list[str] = []
    current = ""
    for line in cleaned:
        if not line:
            if current:
                paragraphs.append(current)
                current = ""
            continue
        if not current:
            current = line
        elif current.endswith("-") and len(current) > 1 and current[-2].isalpha() and line[:1].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}"
        if len(line) < 0.85 * width and not line.endswith(("-", ",")):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _has_images(page: Any) -> int:
    try:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        return int(any(xobjects[key].get("/Subtype") == "/Image" for key in xobjects))
    except Exception:
        return 0


def _metadata(reader: Any) -> Metadata:
    try:
        info = reader.metadata or {}
    except Exception:
        info = {}

    def field(key: str) -> str | None:
        try:
            value = info.get(key)
        except Exception:
            return None
        return str(value).strip() if value else None

    published = None
    raw_date = field("/CreationDate")
    if raw_date:
        match = _PDF_DATE.match(raw_date)
        if match:
            published = parse_date(f"{match[1]}-{match[2] or '01'}-{match[3] or '01'}")
    extra = {key.lower(): value for key in ("Subject", "Keywords", "Creator", "Producer")
             if (value := field(f"/{key}"))}
    return Metadata(title=field("/Title"), author=field("/Author"), published=published, extra=extra)


def _reason(error: BaseException) -> str:
    text = str(error).strip()
    return (text.splitlines()[0] if text else type(error).__name__)[:160]
