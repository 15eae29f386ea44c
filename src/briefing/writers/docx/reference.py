"""Starting a DOCX from the template's reference Word document (its styles, page, header, footer).

The reference was checked when the template was loaded (no macros, no outside links, zip
limits). Here it is opened (a `.dotx` is a Word template, which python-docx refuses by its
content type; the main part is relabelled as a document, nothing else changes), its body is
emptied, and what the brief needs but the reference lacks is added: a style it does not
define is copied from Briefing's built-in look, and a list style without numbering gets the
built-in numbering. Where the marking banner and the page number go is decided by anchors
in the reference's header and footer (see `place_banner` and `place_page_fields`).
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from briefing.compose.document import FontSetup
from briefing.writers.docx.styles import apply_styles

TEMPLATE_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
# Styles the writer uses by name; one the reference does not define comes from the built-in look.
NEEDED_STYLES: tuple[str, ...] = (
    "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "List Number", "List Bullet", "List Continue",
    "Quote", "Caption", "Table Grid", "TOC Heading", "TOC 1", "TOC 2", "TOC 3", "Footnote Text",
    "Footnote Reference", "Hyperlink", "Citation Link", "Header", "Footer",
)
ANCHOR_MARKING = "marking"
ANCHOR_PAGE = "page"


def open_reference(path: Path, fonts: FontSetup) -> WordDocument:
    """The reference document, emptied, with every style the writer needs."""
    word = docx.Document(io.BytesIO(_as_document(path.read_bytes())))
    body = word.element.body
    for child in list(body.iterchildren()):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    part = word.part
    for rel_id, rel in list(part.rels.items()):
        if rel.reltype in (RT.FOOTNOTES, RT.ENDNOTES, RT.COMMENTS):
            part.rels.pop(rel_id)  # the writer makes its own notes; the reference's are examples
    _add_missing_styles(word, fonts)
    return word


def _as_document(blob: bytes) -> bytes:
    """A `.dotx` relabelled as a `.docx` (only [Content_Types].xml changes)."""
    source = zipfile.ZipFile(io.BytesIO(blob))
    types = source.read("[Content_Types].xml")
    if TEMPLATE_MAIN not in types:
        return blob
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(TEMPLATE_MAIN, DOCUMENT_MAIN)
            target.writestr(info, data)
    return out.getvalue()


def _style_by_name(word: WordDocument, name: str) -> object | None:
    try:
        return word.styles[name]
    except KeyError:
        return None


def _add_missing_styles(word: WordDocument, fonts: FontSetup) -> None:
    built_in = docx.Document()
    apply_styles(built_in, fonts)
    styles_element = word.styles.element
    for name in NEEDED_STYLES:
        if _style_by_name(word, name) is not None:
            continue
        source = built_in.styles[name]
        styles_element.append(copy.deepcopy(source.element))
    for name in ("List Number", "List Bullet"):
        style = word.styles[name]
        ppr = style.element.pPr
        if ppr is not None and ppr.numPr is not None and ppr.numPr.numId is not None:
            continue
        _copy_numbering(word, built_in, name)


def _copy_numbering(word: WordDocument, built_in: WordDocument, name: str) -> None:
    """Give the reference's list style the built-in list's numbering (new ids, so nothing clashes)."""
    source_num_id = built_in.styles[name].element.pPr.numPr.numId.val
    source_numbering = built_in.part.numbering_part.element
    source_num = source_numbering.num_having_numId(source_num_id)
    abstract_id = source_num.abstractNumId.val
    abstract = next(a for a in source_numbering.findall(qn("w:abstractNum"))
                    if a.get(qn("w:abstractNumId")) == str(abstract_id))
    numbering = word.part.numbering_part.element
    used = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    new_abstract = copy.deepcopy(abstract)
    new_abstract.set(qn("w:abstractNumId"), str(max(used, default=-1) + 1))
    for link in new_abstract.findall(qn("w:styleLink")) + new_abstract.findall(qn("w:numStyleLink")):
        new_abstract.remove(link)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(new_abstract)  # abstractNum elements come before num elements
    else:
        numbering.append(new_abstract)
    num = numbering.add_num(int(new_abstract.get(qn("w:abstractNumId"))))
    style = word.styles[name].element
    ppr = style.get_or_add_pPr()
    num_pr = ppr.get_or_add_numPr()
    num_pr.get_or_add_numId().val = int(num.numId)
    num_pr.get_or_add_ilvl().val = 0


# ---------------------------------------------------------------- header and footer anchors


def _anchors(container: object, name: str) -> Iterator[tuple[str, Any]]:
    element = container._element  # type: ignore[attr-defined]
    for bookmark in element.iter(qn("w:bookmarkStart")):
        if (bookmark.get(qn("w:name")) or "").lower() == name:
            yield "bookmark", bookmark
    for sdt in element.iter(qn("w:sdt")):
        props = sdt.find(qn("w:sdtPr"))
        if props is None:
            continue
        names = {(child.get(qn("w:val")) or "").lower() for child in props if child.tag in (qn("w:tag"), qn("w:alias"))}
        if name in names:
            yield "control", sdt


def anchored_paragraph(container: object, name: str, owner: object) -> Paragraph | None:
    """An empty paragraph at the anchor `name` (bookmark or content control), or None without one.

    A bookmark's paragraph receives the text after the bookmark; a content control's content is
    replaced, so the placeholder text an administrator typed there never shows.
    """
    for kind, element in _anchors(container, name):
        if kind == "bookmark":
            paragraph = element.getparent()
            if paragraph is None or paragraph.tag != qn("w:p"):
                continue
            holder = OxmlElement("w:p")
            return Spliced(holder, owner, after=element)
        content = element.find(qn("w:sdtContent"))
        if content is None:
            continue
        blocks = content.findall(qn("w:p"))
        if blocks:
            target = blocks[0]
            for extra in blocks[1:]:
                content.remove(extra)
            for child in list(target):
                if child.tag != qn("w:pPr"):
                    target.remove(child)
            return Paragraph(target, owner)  # type: ignore[arg-type]
        for child in list(content):
            content.remove(child)
        holder = OxmlElement("w:p")
        return Spliced(holder, owner, into=content)
    return None


class Spliced(Paragraph):
    """A paragraph whose runs, once written, are moved to where the anchor is (`flush`)."""

    def __init__(self, holder: object, owner: object, *, after: object = None, into: object = None) -> None:
        super().__init__(holder, owner)  # type: ignore[arg-type]
        self._after = after
        self._into = into

    def flush(self) -> None:
        runs = [child for child in self._p if child.tag != qn("w:pPr")]
        if self._into is not None:
            for run in runs:
                self._into.append(run)  # type: ignore[attr-defined]
            return
        anchor: Any = self._after
        for run in runs:
            anchor.addnext(run)
            anchor = run


def top_paragraph(container: object, style: str) -> Paragraph:
    """A new paragraph above the header's own content (letterhead), in `style`."""
    element = container._element  # type: ignore[attr-defined]
    paragraph = OxmlElement("w:p")
    element.insert(0, paragraph)
    result = Paragraph(paragraph, container)  # type: ignore[arg-type]
    result.style = style
    return result


def bottom_paragraph(container: object, style: str) -> Paragraph:
    """A new paragraph below the footer's own content."""
    return container.add_paragraph(style=style)  # type: ignore[attr-defined]


def share_first_page_header(word: WordDocument) -> None:
    """Show the default header (the letterhead) on a cover page too: both references name one part."""
    section = word.sections[0]
    sect_pr = section._sectPr
    default = next((ref for ref in sect_pr.findall(qn("w:headerReference"))
                    if ref.get(qn("w:type")) in (None, "default")), None)
    if default is None:
        return
    for ref in sect_pr.findall(qn("w:headerReference")):
        if ref.get(qn("w:type")) == "first":
            sect_pr.remove(ref)
    first = copy.deepcopy(default)
    first.set(qn("w:type"), "first")
    default.addnext(first)
