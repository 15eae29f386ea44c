"""The OpenXML python-docx lacks: fields, bookmarks, hyperlinks, footnotes, list restarts, shading.

Everything here builds elements with python-docx's own `OxmlElement`/`qn`, so the rest of
the writer stays on python-docx's public API.
"""

from __future__ import annotations

import hashlib
import re
from copy import deepcopy
from functools import cache
from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.text.paragraph import CT_P
from docx.oxml.text.run import CT_R
from docx.text.paragraph import Paragraph
from lxml import etree

_BOOKMARK_UNSAFE = re.compile(r"[^A-Za-z0-9_]")


def bookmark_name(anchor: str) -> str:
    """A Word bookmark name for a Document anchor: letters, digits and "_", at most 40 characters."""
    name = _BOOKMARK_UNSAFE.sub("_", anchor)
    if not name[:1].isalpha():
        name = "b" + name
    if len(name) > 40:
        name = name[:31] + "_" + hashlib.sha1(anchor.encode()).hexdigest()[:8]
    return name


class Ids:
    """Counters for the ids Word wants unique per document (bookmarks, footnotes, lists)."""

    def __init__(self) -> None:
        self.bookmark = 0
        self.footnote = 0


def add_bookmark(paragraph: Paragraph, name: str, ids: Ids) -> None:
    """Wrap the whole current content of `paragraph` in a bookmark called `name`."""
    ids.bookmark += 1
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(ids.bookmark))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(ids.bookmark))
    p = paragraph._p
    ppr = p.pPr
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


_W_T, _W_BR, _XML_SPACE = qn("w:t"), qn("w:br"), qn("xml:space")


@cache
def _run_prototype(bold: bool, italic: bool, style_id: str | None) -> CT_R:
    run = OxmlElement("w:r")
    if bold or italic or style_id:
        rpr = OxmlElement("w:rPr")
        if style_id:
            rstyle = OxmlElement("w:rStyle")
            rstyle.set(qn("w:val"), style_id)
            rpr.append(rstyle)
        if bold:
            rpr.append(OxmlElement("w:b"))
        if italic:
            rpr.append(OxmlElement("w:i"))
        run.append(rpr)
    return run


def make_run(text: str, *, bold: bool = False, italic: bool = False, style_id: str | None = None) -> CT_R:
    """A w:r with text; "\\n" becomes a line break.

    Copies a cached prototype and adds children with lxml directly: python-docx's
    OxmlElement costs tens of microseconds a call, which adds up over a long brief.
    """
    run: CT_R = deepcopy(_run_prototype(bold, italic, style_id or None))
    for index, line in enumerate(text.split("\n")):
        if index:
            etree.SubElement(run, _W_BR)
        if line:
            t = etree.SubElement(run, _W_T)
            t.text = line
            t.set(_XML_SPACE, "preserve")
    return run


@cache
def _paragraph_prototype(style_id: str | None, num_id: int | None) -> CT_P:
    p = OxmlElement("w:p")
    if style_id or num_id is not None:
        ppr = OxmlElement("w:pPr")
        if style_id:
            pstyle = OxmlElement("w:pStyle")
            pstyle.set(qn("w:val"), style_id)
            ppr.append(pstyle)
        if num_id is not None:
            numpr = OxmlElement("w:numPr")
            ilvl = OxmlElement("w:ilvl")
            ilvl.set(qn("w:val"), "0")
            num = OxmlElement("w:numId")
            num.set(qn("w:val"), str(num_id))
            numpr.append(ilvl)
            numpr.append(num)
            ppr.append(numpr)
        p.append(ppr)
    return p


def new_paragraph(style_id: str | None, num_id: int | None = None) -> CT_P:
    """An unattached w:p in a paragraph style, optionally in list `num_id` (a copy of a cached prototype:
    python-docx's get-or-add helpers search the schema's successor lists on every call, which is slow)."""
    p: CT_P = deepcopy(_paragraph_prototype(style_id, num_id))
    return p


def add_hyperlink(paragraph: Paragraph, text: str, *, url: str | None = None, anchor: str | None = None,
                  style_id: str = "Hyperlink") -> None:
    """An external (url) or internal (bookmark anchor) hyperlink around one run."""
    link = OxmlElement("w:hyperlink")
    if url is not None:
        rel_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
        link.set(qn("r:id"), rel_id)
    if anchor is not None:
        link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    link.append(make_run(text, style_id=style_id))
    paragraph._p.append(link)


def add_field(paragraph: Paragraph, instruction: str, cached: str, *, bold: bool = False) -> None:
    """A simple complex field (PAGE, NUMPAGES, …) with a cached result shown before Word updates it."""
    begin_complex_field(paragraph, instruction)
    paragraph._p.append(make_run(cached, bold=bold))
    end_complex_field(paragraph)


def _fld_char(kind: str) -> CT_R:
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if kind == "begin":
        char.set(qn("w:dirty"), "true")
    run.append(char)
    return run


def begin_complex_field(paragraph: Paragraph, instruction: str) -> None:
    """Open a field whose cached result spans the following paragraphs (the TOC)."""
    p = paragraph._p
    p.append(_fld_char("begin"))
    instr_run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    instr_run.append(instr)
    p.append(instr_run)
    p.append(_fld_char("separate"))


def end_complex_field(paragraph: Paragraph) -> None:
    paragraph._p.append(_fld_char("end"))


def shade_run(run_element: CT_R, fill: str) -> None:
    """A solid background behind a run (the marking banner's black box)."""
    rpr = run_element.get_or_add_rPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.lstrip("#").upper())
    rpr.append(shd)


def shade_cell(tc: object, fill: str) -> None:
    tcpr = tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.lstrip("#").upper())
    tcpr.append(shd)


def repeat_header(tr: object) -> None:
    """Mark a table row as a header row Word repeats at the top of every page."""
    trpr = tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)


def table_row(widths: list[int]) -> Any:
    """A w:tr that may not split across pages, with one empty paragraph per cell of the given widths (EMU)."""
    return deepcopy(_row_prototype(tuple(widths)))


@cache
def _row_prototype(widths: tuple[int, ...]) -> Any:
    tr = OxmlElement("w:tr")
    trpr = OxmlElement("w:trPr")
    trpr.append(OxmlElement("w:cantSplit"))
    tr.append(trpr)
    for width in widths:
        tc = OxmlElement("w:tc")
        tcpr = OxmlElement("w:tcPr")
        tcw = OxmlElement("w:tcW")
        tcw.set(qn("w:w"), str(int(width / 635)))  # EMU → twentieths of a point
        tcw.set(qn("w:type"), "dxa")
        tcpr.append(tcw)
        tc.append(tcpr)
        tc.append(OxmlElement("w:p"))
        tr.append(tc)
    return tr


def restart_numbering(numbering_part: object, style_num_id: int, start: int) -> int:
    """Give a numbered list its own w:num (same look, numbers from `start`); returns the new numId."""
    numbering = numbering_part.element  # type: ignore[attr-defined]
    base = numbering.num_having_numId(style_num_id)
    abstract_id = base.abstractNumId.val
    num = numbering.add_num(abstract_id)
    override = num.add_lvlOverride(ilvl=0)
    override.add_startOverride(start)
    return int(num.numId)


# ---------------------------------------------------------------- footnotes

_FOOTNOTES_XML = (
    f"<w:footnotes {nsdecls('w', 'r')}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)


class Footnotes:
    """The document's footnotes part, created on first use."""

    def __init__(self, document_part: object) -> None:
        self.document_part = document_part
        self.part: XmlPart | None = None

    def _ensure(self) -> XmlPart:
        if self.part is None:
            package = self.document_part.package  # type: ignore[attr-defined]
            self.part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(_FOOTNOTES_XML),
                                package)
            self.document_part.relate_to(self.part, RT.FOOTNOTES)  # type: ignore[attr-defined]
        return self.part

    def add(self, number: int) -> CT_P:
        """A new footnote with id `number`; returns its (empty but for the mark) paragraph element."""
        part = self._ensure()
        note = OxmlElement("w:footnote")
        note.set(qn("w:id"), str(number))
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        pstyle = OxmlElement("w:pStyle")
        pstyle.set(qn("w:val"), "FootnoteText")
        ppr.append(pstyle)
        p.append(ppr)
        mark = make_run("", style_id="FootnoteReference")
        mark.append(OxmlElement("w:footnoteRef"))
        p.append(mark)
        p.append(make_run(" "))
        note.append(p)
        part.element.append(note)
        return p


def footnote_reference(number: int) -> CT_R:
    run = make_run("", style_id="FootnoteReference")
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(number))
    run.append(ref)
    return run
