"""DOCX: paragraphs and tables in document order, and the core properties."""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from lxml import etree

from briefing.ingest.base import Deadline, Metadata, build_source
from briefing.ingest.dates import parse_date
from briefing.ingest.errors import IngestError
from briefing.ingest.limits import IngestLimits
from briefing.ingest.text import stem
from briefing.ingest.zipguard import check_zip
from briefing.model.source import Source

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_TEXT_BOX = f"{_W}txbxContent"


def read_docx(data: bytes, name: str, limits: IngestLimits) -> Source:
    """A Word document as a source: one paragraph per Word paragraph, one per table row.

    Table rows become paragraphs with tab-separated cells, so a cited figure in a table keeps
    its row as context. The zip is checked before anything is unpacked (see `zipguard`).

    Only the two parts that matter are parsed (the main document and the core properties),
    with lxml, the XML library python-docx itself uses: python-docx's `Document()` parses
    every part of the package (styles, numbering, theme, fonts), which made reading ten times
    slower for the same text. The parser resolves no entities and loads nothing from the network.
    """
    check_zip(data, limits)
    deadline = Deadline(limits.max_seconds)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            document_part, core_part = _part_names(archive)
            body = _parse(archive, document_part).find(f"{_W}body")
            if body is None:
                raise IngestError("is not a valid DOCX file (its document has no body)")
            chunks = _ChunkReader(archive, document_part)
            blocks = list(_blocks(body, deadline, chunks))
            meta = _core_properties(archive, core_part)
    except KeyError as error:
        raise IngestError(f"is not a valid DOCX file (a required part is missing: {_reason(error)})") from None
    except (zipfile.BadZipFile, EOFError, zlib.error, etree.XMLSyntaxError, ValueError) as error:
        raise IngestError(f"is not a valid DOCX file ({_reason(error)})") from None
    return build_source(blocks=blocks, meta=meta, fallback_title=stem(name),
                        media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        origin=name, limits=limits)


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOCUMENT = "/officeDocument"
_CORE_PROPERTIES = "/metadata/core-properties"


def _parse(archive: zipfile.ZipFile, part: str) -> Any:
    return etree.fromstring(archive.read(part), _PARSER)


def _part_names(archive: zipfile.ZipFile) -> tuple[str, str | None]:
    """Where the main document and core properties are, from the package relationships."""
    document, core = "word/document.xml", "docProps/core.xml"
    names = set(archive.namelist())
    if "_rels/.rels" in names:
        for relationship in _parse(archive, "_rels/.rels").iter(f"{_RELS}Relationship"):
            kind, target = relationship.get("Type", ""), relationship.get("Target", "").lstrip("/")
            if kind.endswith(_OFFICE_DOCUMENT) and target in names:
                document = target
            elif kind.endswith(_CORE_PROPERTIES) and target in names:
                core = target
    if document not in names:
        raise IngestError("is not a Word document (it has no document part); it may be another Office file")
    return document, core if core in names else None


def _blocks(body: Any, deadline: Deadline, chunks: _ChunkReader | None = None) -> Iterator[str]:
    """Paragraph and table-row texts in the order they appear in the body (tables nested too).

    A text box anchored in a paragraph follows that paragraph as paragraphs of its own (Word
    draws it beside the text, not inside the sentence); an `altChunk` (HTML or text that Word
    imports when it opens the file) gives its paragraphs where it stands."""
    for child in body.iterchildren():
        deadline.check()
        if child.tag == f"{_W}p":
            yield _paragraph_text(child)
            for box in _text_boxes(child):
                yield from _blocks(box, deadline, chunks)
        elif child.tag == f"{_W}tbl":
            yield from _table_rows(child, deadline)
        elif child.tag == f"{_W}sdt":  # content controls wrap ordinary paragraphs and tables
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _blocks(content, deadline, chunks)
        elif child.tag == f"{_W}altChunk" and chunks is not None:
            yield from chunks.blocks(child.get(f"{_R}id", ""))
        elif child.tag == f"{_MC}AlternateContent":
            yield from _blocks(_chosen(child), deadline, chunks)


def _chosen(alternate: Any) -> Any:
    """Of Word's alternative encodings of one thing, the one to read: the first choice (what
    Word 2010 and later show), else the fallback."""
    choice = alternate.find(f"{_MC}Choice")
    return choice if choice is not None else alternate.find(f"{_MC}Fallback")


def _text_boxes(paragraph: Any) -> list[Any]:
    """The text boxes anchored in a paragraph, one copy each, in document order."""
    boxes: list[Any] = []
    for box in paragraph.iter(_TEXT_BOX):
        if _skipped(box, paragraph) or any(a.tag == _TEXT_BOX for a in _ancestors(box, paragraph)):
            continue
        boxes.append(box)
    return boxes


def _ancestors(node: Any, stop: Any) -> Iterator[Any]:
    for ancestor in node.iterancestors():
        if ancestor is stop:
            return
        yield ancestor


def _skipped(node: Any, stop: Any) -> bool:
    """Inside the copy of an mc:AlternateContent that is not read (see `_chosen`)."""
    child = node
    for ancestor in _ancestors(node, stop):
        if ancestor.tag == f"{_MC}AlternateContent" and child is not _chosen(ancestor):
            return True
        child = ancestor
    return False


_CHUNK_TYPES = (".htm", ".html", ".xhtml", ".mht", ".mhtml", ".txt", ".text")


class _ChunkReader:
    """The parts an altChunk points to, found through the document's relationships."""

    def __init__(self, archive: zipfile.ZipFile, document_part: str) -> None:
        self.archive = archive
        folder, _, name = document_part.rpartition("/")
        self.folder = folder
        self.targets: dict[str, str] = {}
        rels = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"
        if rels in archive.namelist():
            for relationship in _parse(archive, rels).iter(f"{_RELS}Relationship"):
                if relationship.get("TargetMode") != "External":
                    self.targets[relationship.get("Id", "")] = relationship.get("Target", "")

    def blocks(self, rid: str) -> list[str]:
        from briefing.ingest.decode import decode_bytes
        from briefing.ingest.html import html_blocks

        target = self.targets.get(rid)
        if not target:
            return []
        part = posixpath.normpath(target.lstrip("/") if target.startswith("/") else f"{self.folder}/{target}")
        if part not in self.archive.namelist() or not part.lower().endswith(_CHUNK_TYPES):
            return []
        data = self.archive.read(part)
        if part.lower().endswith((".mht", ".mhtml")):
            return _mht_blocks(data)
        text = decode_bytes(data).text
        if part.lower().endswith((".txt", ".text")):
            return [line for line in text.split("\n\n") if line.strip()]
        return html_blocks(text)


def _mht_blocks(data: bytes) -> list[str]:
    """The HTML inside a web archive chunk (how Word itself embeds pasted HTML)."""
    import email
    import email.policy

    from briefing.ingest.html import html_blocks

    message = email.message_from_bytes(data, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_content()
            return html_blocks(payload if isinstance(payload, str) else payload.decode("utf-8", "replace"))
    return []


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
        if any(a.tag in (_TEXT_BOX, f"{_MC}Fallback") for a in _ancestors(node, paragraph)):
            continue  # a text box is a paragraph of its own (see `_blocks`)
        if node.tag == f"{_W}t":
            pieces.append(node.text or "")
        elif node.tag == f"{_W}tab":
            pieces.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            pieces.append("\n")
    return "".join(pieces)


_CORE = {
    "title": "{http://purl.org/dc/elements/1.1/}title",
    "author": "{http://purl.org/dc/elements/1.1/}creator",
    "subject": "{http://purl.org/dc/elements/1.1/}subject",
    "comments": "{http://purl.org/dc/elements/1.1/}description",
    "keywords": "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}keywords",
    "category": "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}category",
    "last_modified_by": "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}lastModifiedBy",
    "created": "{http://purl.org/dc/terms/}created",
}


def _core_properties(archive: zipfile.ZipFile, part: str | None) -> Metadata:
    """Title, author and creation date from docProps/core.xml (absent or broken: no metadata)."""
    if part is None:
        return Metadata()
    try:
        root = _parse(archive, part)
    except etree.XMLSyntaxError:
        return Metadata()
    values = {key: " ".join((root.findtext(tag) or "").split()) for key, tag in _CORE.items()}
    extra = {key: values[key] for key in ("subject", "keywords", "category", "comments", "last_modified_by")
             if values[key]}
    return Metadata(title=values["title"] or None, author=values["author"] or None,
                    published=parse_date(values["created"]), extra=extra)


def _reason(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:160]
