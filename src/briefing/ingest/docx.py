"""DOCX: paragraphs and tables in document order, and the core properties, via python-docx."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from briefing.ingest.base import Deadline, Metadata, build_source
from briefing.ingest.errors import IngestError
from briefing.ingest.limits import IngestLimits
from briefing.ingest.text import stem
from briefing.ingest.zipguard import check_zip
from briefing.model.source import Source

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes, name: str, limits: IngestLimits) -> Source:
    """A Word document as a source: one paragraph per Word paragraph, one per table row.

    Table rows become paragraphs with tab-separated cells, so a cited figure in a table keeps
    its row as context. The zip is checked before python-docx sees it (see `zipguard`).
    """
    check_zip(data, limits)
    import docx  # imported here: python-docx is heavy and only DOCX imports need it
    from docx.opc.exceptions import PackageNotFoundError

    deadline = Deadline(limits.max_seconds)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise IngestError(f"is not a valid DOCX file ({_reason(error)})") from None
    except Exception as error:  # malformed XML inside a valid zip, and its many exception types
        raise IngestError(f"could not be read as a DOCX file ({_reason(error)})") from None
    blocks = list(_blocks(document.element.body, deadline))
    meta = _core_properties(document)
    return build_source(blocks=blocks, meta=meta, fallback_title=stem(name),
                        media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        origin=name, limits=limits)


def _blocks(body: Any, deadline: Deadline) -> Iterator[str]:
    """Paragraph and table-row texts in the order they appear in the body (tables nested too)."""
    for child in body.iterchildren():
        deadline.check()
        if child.tag == f"{_W}p":
            yield _paragraph_text(child)
        elif child.tag == f"{_W}tbl":
            yield from _table_rows(child, deadline)
        elif child.tag == f"{_W}sdt":  # content controls wrap ordinary paragraphs and tables
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _blocks(content, deadline)


def _table_rows(table: Any, deadline: Deadline) -> Iterator[str]:
    for row in table.iterchildren(f"{_W}tr"):
        deadline.check()
        cells = []
        for cell in row.iterchildren(f"{_W}tc"):
            parts = [_paragraph_text(p) for p in cell.iter(f"{_W}p")]
            cells.append(" ".join(part.strip() for part in parts if part.strip()))
        line = "\t".join(cells).strip("\t")
        if line.strip():
            yield line


def _paragraph_text(paragraph: Any) -> str:
    """The visible text of a <w:p>: runs, tabs and line breaks (deleted revisions left out)."""
    pieces: list[str] = []
    for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}delText"):
        if node.tag == f"{_W}t":
            pieces.append(node.text or "")
        elif node.tag == f"{_W}tab":
            pieces.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            pieces.append("\n")
    return "".join(pieces)


def _core_properties(document: Any) -> Metadata:
    props = document.core_properties
    extra: dict[str, str] = {}
    for key in ("subject", "keywords", "category", "comments", "last_modified_by"):
        value = getattr(props, key, None)
        if value:
            extra[key] = str(value)
    created = props.created
    return Metadata(
        title=props.title or None,
        author=props.author or None,
        publisher=None,
        published=created.date() if created is not None else None,
        extra=extra,
    )


def _reason(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:160]
