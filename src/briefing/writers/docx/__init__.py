"""The DOCX writer: Document → Word file with python-docx, on Word's built-in styles.

Fonts are named, not embedded (Word substitutes a font the reader lacks). The file is
reproducible: zip entries carry a fixed timestamp and the core properties come from the
brief, so the same brief gives the same bytes, and nothing of the writing machine is recorded.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.pkgwriter import PackageWriter

from briefing import __version__
from briefing.compose.document import Document
from briefing.writers.docx.reference import open_reference
from briefing.writers.docx.styles import apply_styles
from briefing.writers.docx.writer import Writer, set_language

ZIP_DATE = (1980, 1, 1, 0, 0, 0)
COMPRESS_LEVEL = 3  # nearly the size of the default level in half the time
APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    f"<Application>Briefing {__version__}</Application><DocSecurity>0</DocSecurity>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
    "</Properties>"
)


@dataclass(frozen=True)
class DocxOptions:
    """Options of the DOCX writer (none needed yet; kept so every writer has the same signature)."""


def render(document: Document, options: DocxOptions | None = None) -> bytes:
    """The DOCX bytes for `document`."""
    if document.reference is not None:
        word = open_reference(document.reference, document.fonts)
    else:
        word = docx.Document()
        apply_styles(word, document.fonts)
    _drop_thumbnail(word)
    set_language(word, document.metadata.language)
    writer = Writer(word, document)
    writer.setup_page()
    body = word.element.body
    for paragraph in list(body.iterchildren()):
        if paragraph.tag.endswith("}p"):
            body.remove(paragraph)  # the template's empty first paragraph
    if document.cover is not None:
        writer.add_cover(document.cover)
    for block in document.blocks:
        writer.add_block(block)
    _core_properties(word, document)
    _app_properties(word)
    return _save(word)


def write(document: Document, path: Path, options: DocxOptions | None = None) -> None:
    """Write `document` as DOCX to `path` (the caller handles temporary files and renaming)."""
    path.write_bytes(render(document, options))


def _core_properties(word: docx.document.Document, document: Document) -> None:
    meta = document.metadata
    props = word.core_properties
    props.title = _fit(meta.title)
    props.author = _fit(meta.author)
    props.last_modified_by = _fit(meta.author)
    props.subject = _fit(meta.subject)
    props.keywords = _fit(", ".join(meta.keywords))
    props.comments = ""
    props.category = ""
    props.revision = 1
    created = meta.created.replace(tzinfo=None)
    props.created = created
    props.modified = created
    props.language = meta.language


def _fit(value: str) -> str:
    """Core properties hold at most 255 characters; the full text is in the document itself."""
    return value if len(value) <= 255 else value[:254] + "\u2026"


def _app_properties(word: docx.document.Document) -> None:
    try:
        part = word.part.package.part_related_by(RT.EXTENDED_PROPERTIES)
    except KeyError:
        return  # a reference document without app.xml: nothing of the writing machine to hide
    part._blob = APP_XML.encode("utf-8")


def _drop_thumbnail(word: docx.document.Document) -> None:
    package = word.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(rel_id)


class _FixedTimeZip:
    """The physical writer python-docx's PackageWriter expects, with a fixed timestamp on every entry,
    so identical content gives identical bytes (python-docx itself stamps entries with the clock)."""

    def __init__(self, target: io.BytesIO) -> None:
        self.zip = zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL)

    def write(self, pack_uri: PackURI, blob: bytes) -> None:
        entry = zipfile.ZipInfo(pack_uri.membername, ZIP_DATE)
        entry.compress_type = zipfile.ZIP_DEFLATED
        entry.external_attr = 0o600 << 16
        self.zip.writestr(entry, blob, compresslevel=COMPRESS_LEVEL)

    def close(self) -> None:
        self.zip.close()


def _save(word: docx.document.Document) -> bytes:
    """What `Document.save` does, through `_FixedTimeZip`."""
    package = word.part.package
    parts = list(package.parts)
    for part in parts:
        part.before_marshal()
    buffer = io.BytesIO()
    physical: Any = _FixedTimeZip(buffer)  # duck-types python-docx's PhysPkgWriter
    PackageWriter._write_content_types_stream(physical, parts)
    PackageWriter._write_pkg_rels(physical, package.rels)
    PackageWriter._write_parts(physical, parts)
    physical.close()
    return buffer.getvalue()
