"""Document → Word body: cover, contents field, headings, paragraphs, lists, tables, headers and footers."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from briefing.compose import document as d
from briefing.images import image_file_problem
from briefing.writers.docx import oxml
from briefing.writers.docx.styles import rgb
from briefing.writers.walk import xml_safe

BANNER_SIZE = 12.0


@dataclass
class Writer:
    """State of one DOCX being written (ids, list numbering, footnotes)."""

    word: WordDocument
    document: d.Document
    ids: oxml.Ids = field(default_factory=oxml.Ids)
    footnotes: oxml.Footnotes | None = None
    list_num_ids: dict[str, int] = field(default_factory=dict)

    style_ids: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.footnotes = oxml.Footnotes(self.word.part)
        self.owner = _PartOwner(self.word.part)
        body = self.word.element.body
        self._end_of_body = body.sectPr if body.sectPr is not None else body.add_p()

    def paragraph(self, style: str | None = None, num_id: int | None = None) -> Paragraph:
        """A new body paragraph in a style named as Word names it.

        Built on the XML directly: python-docx looks a style up by scanning all styles on every
        call, which dominates the export time of long briefs.
        """
        style_id = None
        if style is not None:
            style_id = self.style_ids.get(style)
            if style_id is None:
                style_id = self.style_ids[style] = self.word.styles[style].style_id
        p = oxml.new_paragraph(style_id, num_id)
        self._end_of_body.addprevious(p)
        return Paragraph(p, self.owner)

    # ---------------------------------------------------------------- inline runs

    def add_runs(self, paragraph: Paragraph, runs: list[d.Inline] | tuple[d.Inline, ...], *,
                 bold: bool = False, italic: bool = False) -> None:
        p = paragraph._p
        previous: d.Inline | None = None
        for run in runs:
            if isinstance(run, d.Footnote) and isinstance(previous, d.Footnote):
                p.append(oxml.make_run(",", style_id="FootnoteReference"))
            previous = run
            if isinstance(run, d.Text):
                if run.text:
                    p.append(oxml.make_run(xml_safe(run.text), bold=bold or run.bold, italic=italic or run.italic))
            elif isinstance(run, d.Link):
                oxml.add_hyperlink(paragraph, xml_safe(run.text), url=run.url)
            elif isinstance(run, d.CitationRef):
                oxml.add_hyperlink(paragraph, run.label, anchor=oxml.bookmark_name(run.target),
                                   style_id="CitationLink")
            elif isinstance(run, d.Footnote):
                self._footnote(paragraph, run)

    def _footnote(self, paragraph: Paragraph, note: d.Footnote) -> None:
        assert self.footnotes is not None
        note_p = self.footnotes.add(note.number)
        proxy = Paragraph(note_p, _PartOwner(self.footnotes.part))
        self.add_runs(proxy, note.runs)
        paragraph._p.append(oxml.footnote_reference(note.number))

    # ---------------------------------------------------------------- blocks

    def add_block(self, block: d.Block) -> None:
        word = self.word
        if isinstance(block, d.Heading):
            paragraph = self.paragraph(f"Heading {min(max(block.level, 1), 3)}")
            paragraph._p.append(oxml.make_run(xml_safe(block.text)))
            oxml.add_bookmark(paragraph, oxml.bookmark_name(block.anchor), self.ids)
        elif isinstance(block, d.Paragraph):
            self._paragraph(block)
        elif isinstance(block, d.ListBlock):
            self._list(block)
        elif isinstance(block, d.Table):
            self._table(block)
        elif isinstance(block, d.Quote):
            self.add_runs(self.paragraph("Quote"), block.runs)
        elif isinstance(block, d.PageBreak):
            word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(block, d.TableOfContents):
            self._toc(block)

    def _paragraph(self, block: d.Paragraph) -> None:
        paragraph = self.paragraph()
        if block.role == "note":
            paragraph.paragraph_format.left_indent = Pt(18)
        if block.label:
            paragraph.paragraph_format.left_indent = Pt(30)
            paragraph.paragraph_format.first_line_indent = Pt(-30)
            paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(30))
            paragraph._p.append(oxml.make_run(block.label + "\t"))
        self.add_runs(paragraph, block.runs, italic=block.role == "empty")
        if block.anchor:
            oxml.add_bookmark(paragraph, oxml.bookmark_name(block.anchor), self.ids)

    def _list(self, block: d.ListBlock) -> None:
        style = "List Number" if block.ordered else "List Bullet"
        num_id: int | None = None
        if block.ordered:
            base = self.word.styles[style].element.pPr.numPr.numId.val
            num_id = oxml.restart_numbering(self.word.part.numbering_part, base, block.start)
        for item in block.items:
            paragraph = self.paragraph(style, num_id)
            self.add_runs(paragraph, item.runs)
            for detail in item.details:
                sub = self.paragraph("List Continue")
                self.add_runs(sub, detail.runs)

    def _table(self, block: d.Table) -> None:
        columns = len(block.header)
        table = self.word.add_table(rows=1, cols=columns)
        table.style = self.word.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        section = self.word.sections[-1]
        usable = section.page_width - section.left_margin - section.right_margin  # type: ignore[operator]
        widths = [int(usable * w) for w in block.widths]
        _column_widths(table, widths)
        header = table.rows[0]
        oxml.repeat_header(header._tr)
        accent = self.document.fonts.accent_colour
        for cell, text, width in zip(header.cells, block.header, widths, strict=True):
            cell.width = Emu(width)
            oxml.shade_cell(cell._tc, accent)
            paragraph = cell.paragraphs[0]
            run = paragraph.add_run(xml_safe(text))
            run.bold = True
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        tbl = table._tbl
        for row_runs in block.rows:
            tr = oxml.table_row(widths)
            tbl.append(tr)
            for p, runs in zip(tr.iter(qn("w:p")), row_runs, strict=True):
                self.add_runs(Paragraph(p, self.owner), runs)
        self.paragraph()

    def _toc(self, block: d.TableOfContents) -> None:
        self.paragraph("TOC Heading")._p.append(oxml.make_run(xml_safe(block.title)))
        if not block.entries:
            return
        paragraphs: list[Paragraph] = []
        for entry in block.entries:
            paragraph = self.paragraph(f"TOC {min(max(entry.level, 1), 3)}")
            paragraphs.append(paragraph)
        oxml.begin_complex_field(paragraphs[0], 'TOC \\o "1-3" \\h \\z \\u')
        for entry, paragraph in zip(block.entries, paragraphs, strict=True):
            oxml.add_hyperlink(paragraph, xml_safe(entry.text), anchor=oxml.bookmark_name(entry.anchor),
                               style_id="")
        oxml.end_complex_field(paragraphs[-1])

    # ---------------------------------------------------------------- cover, page setup, header/footer

    def setup_page(self) -> None:
        page = self.document.page
        section = self.word.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE if page.width > page.height else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Pt(page.width), Pt(page.height)
        section.top_margin, section.bottom_margin = Pt(page.margin_top), Pt(page.margin_bottom)
        section.left_margin, section.right_margin = Pt(page.margin_left), Pt(page.margin_right)
        section.header_distance = Pt(page.margin_top * 0.3)
        section.footer_distance = Pt(page.margin_bottom * 0.3)
        section.different_first_page_header_footer = self.document.has_cover_page
        headers: list[tuple[Any, bool]] = [(section.header, True)]
        footers: list[tuple[Any, bool]] = [(section.footer, True)]
        if self.document.has_cover_page:
            headers.append((section.first_page_header, False))
            footers.append((section.first_page_footer, False))
        for header, _ in headers:
            self._banner(header.paragraphs[0])
        for footer, numbered in footers:
            self._banner(footer.paragraphs[0])
            if numbered or self.document.footer_text:
                self._page_line(footer.add_paragraph(style="Footer"), numbered)

    def _banner(self, paragraph: Paragraph) -> None:
        banner = self.document.banner
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if banner is None:
            return
        run = paragraph.add_run(xml_safe(f" {banner.label} "))
        run.bold = True
        run.font.size = Pt(BANNER_SIZE)
        run.font.color.rgb = rgb(banner.colour)
        background = banner.background or ("#000000" if _is_light(banner.colour) else None)
        if background:
            oxml.shade_run(run._r, background)

    def _page_line(self, paragraph: Paragraph, numbered: bool) -> None:
        section = self.word.sections[0]
        usable = section.page_width - section.left_margin - section.right_margin  # type: ignore[operator]
        paragraph.paragraph_format.tab_stops.add_tab_stop(usable, alignment=2)  # right
        if self.document.footer_text:
            paragraph.add_run(xml_safe(self.document.footer_text))
        if not numbered:
            return
        paragraph.add_run("\t")
        label = self.document.page_label
        for index, piece in enumerate(_split_page_label(label)):
            if index % 2 == 0:
                if piece:
                    paragraph.add_run(xml_safe(piece))
            else:
                oxml.add_field(paragraph, "PAGE" if piece == "page" else "NUMPAGES", "1")

    def add_cover(self, cover: d.Cover) -> None:
        word = self.word
        if cover.logo is not None and image_file_problem(cover.logo) is None:  # size from the header first
            with contextlib.suppress(Exception):  # an unreadable logo must not stop the brief
                word.add_picture(str(cover.logo), height=Mm(cover.logo_height_mm))
        if cover.organization:
            org = word.add_paragraph()
            run = org.add_run(xml_safe(cover.organization))
            run.bold = True
            run.font.color.rgb = rgb(self.document.fonts.heading_colour)
        if cover.own_page:
            spacer = word.add_paragraph()
            spacer.paragraph_format.space_before = Pt(72)
        word.add_paragraph(xml_safe(cover.title), style="Title")
        if cover.subtitle:
            word.add_paragraph(xml_safe(cover.subtitle), style="Subtitle")
        if cover.fields:
            table = word.add_table(rows=0, cols=2)
            table.style = word.styles["Table Grid"]
            section = word.sections[0]
            usable = section.page_width - section.left_margin - section.right_margin  # type: ignore[operator]
            _column_widths(table, [int(usable * 0.28), int(usable * 0.72)])
            for item in cover.fields:
                row = table.add_row()
                label_cell, value_cell = row.cells
                _fill(label_cell, item.label, bold=True, width=int(usable * 0.28))
                _fill(value_cell, item.value, bold=False, width=int(usable * 0.72))
        if cover.own_page:
            word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            word.add_paragraph()


class _PartOwner:
    """Lets a python-docx Paragraph built on a footnote element find the footnotes part."""

    def __init__(self, part: Any) -> None:
        self.part = part


def _column_widths(table: Any, widths: list[Any]) -> None:
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width


def _fill(cell: _Cell, text: str, *, bold: bool, width: int) -> None:
    cell.width = Emu(width)
    run = cell.paragraphs[0].add_run(xml_safe(text))
    run.bold = bold


def _split_page_label(label: str) -> list[str]:
    """"Page {page} of {pages}" → ["Page ", "page", " of ", "pages", ""] (odd entries are fields)."""
    pieces: list[str] = []
    rest = label
    while True:
        positions = [(rest.find(token), token) for token in ("{page}", "{pages}") if token in rest]
        if not positions:
            pieces.append(rest)
            return pieces
        position, token = min(positions)
        pieces.append(rest[:position])
        pieces.append(token.strip("{}"))
        rest = rest[position + len(token):]


def _is_light(hex_colour: str) -> bool:
    colour = rgb(hex_colour)
    return 0.299 * colour[0] + 0.587 * colour[1] + 0.114 * colour[2] > 0.8 * 255


def set_language(word: WordDocument, language: str) -> None:
    rpr = word.styles["Normal"].element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), language)
