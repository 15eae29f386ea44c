"""Document blocks → platypus flowables (the story), cover page included."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    SetTopFlowables,
    Spacer,
    Table,
    TableStyle,
)

from briefing.compose import document as d
from briefing.images import image_file_problem
from briefing.writers.arabic import join_arabic
from briefing.writers.fonts import split_by_font
from briefing.writers.pdf.lines import LineParagraph, Segment, draw_translated
from briefing.writers.pdf.markup import LINK_COLOUR, Styles, runs_markup, text_markup


class Heading(Paragraph):
    """A heading paragraph that tells the page template to record its page and outline entry."""

    def __init__(self, text: str, style: Any, level: int, title: str, anchor: str) -> None:
        super().__init__(text, style)
        self.briefing_heading = (level, title, anchor)


class TocLine(Flowable):
    """One contents entry: the linked heading text, and its page number from a form filled in later."""

    def __init__(self, entry: d.TocEntry, styles: Styles) -> None:
        super().__init__()
        self.entry = entry
        self.style = styles.toc_entry
        indent = 14 * (entry.level - 1)
        markup = text_markup(entry.text, styles.family, base_font=self.style.fontName)
        self.paragraph = Paragraph(markup, self.style)  # the whole line links (below), not only the words
        self.indent = indent

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        _, height = self.paragraph.wrap(available_width - self.indent - 36, available_height)
        self.height = height
        return available_width, height

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        canvas = self.canv
        self.paragraph.drawOn(canvas, self.indent, 0)
        canvas.saveState()
        canvas.translate(self.width, self.height - self.style.fontSize)
        canvas.doForm(f"toc-{self.entry.anchor}")
        canvas.restoreState()
        canvas.linkRect("", self.entry.anchor, (0, 0, self.width, self.height), relative=1, thickness=0)


def build_story(document: d.Document, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    if document.cover is not None:
        story.extend(_cover(document.cover, styles))
    for block in document.blocks:
        story.extend(_block(block, styles))
    return story


def _markup(runs: list[d.Inline] | tuple[d.Inline, ...], styles: Styles, style: Any, **kwargs: Any) -> str:
    return runs_markup(runs, styles.family, base_font=style.fontName, **kwargs)


LINK = colors.HexColor(LINK_COLOUR)


def _text(runs: list[d.Inline], styles: Styles, style: Any, *, bullet: str | None = None,
          anchor: str | None = None, italic: bool = False) -> Flowable:
    """Body text: the lean LineParagraph, or reportlab's Paragraph where footnote markers need it."""
    if any(isinstance(run, d.Footnote) for run in runs):
        prefix = f'<a name="{anchor}"/>' if anchor else ""
        return Paragraph(prefix + _markup(runs, styles, style, italic=italic), style, bulletText=bullet)
    segments: list[Segment] = []
    colour = style.textColor
    for run in runs:
        if isinstance(run, d.Text):
            segments.extend(Segment(part.text, part.font, colour)
                            for part in split_by_font(join_arabic(run.text), styles.family, run.bold,
                                                      run.italic or italic))
        elif isinstance(run, d.Link):
            segments.extend(Segment(part.text, part.font, LINK, url=run.url)
                            for part in split_by_font(join_arabic(run.text), styles.family, False, italic))
        elif isinstance(run, d.CitationRef):
            segments.extend(Segment(part.text, part.font, LINK, destination=run.target)
                            for part in split_by_font(run.label, styles.family, False, italic))
    return LineParagraph(segments, style, bullet=bullet, anchor=anchor)


def _block(block: d.Block, styles: Styles) -> list[Flowable]:
    if isinstance(block, d.Heading):
        style = styles.headings[min(max(block.level, 1), 3) - 1]
        text = f'<a name="{block.anchor}"/>' + text_markup(block.text, styles.heading_family, bold=True,
                                                            base_font=style.fontName)
        return [CondPageBreak(style.fontSize * 6), Heading(text, style, block.level, block.text, block.anchor)]
    if isinstance(block, d.Paragraph):
        return [_paragraph(block, styles)]
    if isinstance(block, d.ListBlock):
        flowables: list[Flowable] = []
        item_style, detail_style = styles.list_item, styles.list_detail
        if block.ordered and block.items:  # room for the widest number ("2000.")
            widest = stringWidth(f"{block.number_of(len(block.items) - 1)}.", item_style.bulletFontName,
                                 item_style.bulletFontSize) + item_style.bulletIndent + 6
            if widest > item_style.leftIndent:
                item_style = ParagraphStyle("list-wide", parent=item_style, leftIndent=widest)
                detail_style = ParagraphStyle("detail-wide", parent=detail_style, leftIndent=widest)
        for index, item in enumerate(block.items):
            bullet = f"{block.number_of(index)}." if block.ordered else "\u2022"
            flowables.append(_text(item.runs, styles, item_style, bullet=bullet))
            flowables.extend(_text(p.runs, styles, detail_style) for p in item.details)
        return flowables
    if isinstance(block, d.Table):
        return _table(block, styles)
    if isinstance(block, d.Quote):
        return [_text(block.runs, styles, styles.quote, italic=True)]
    if isinstance(block, d.PageBreak):
        return [PageBreak()]
    if isinstance(block, d.TableOfContents):
        title = text_markup(block.title, styles.heading_family, bold=True, base_font=styles.toc_title.fontName)
        return [Paragraph(title, styles.toc_title), *(TocLine(entry, styles) for entry in block.entries)]
    return []


def _paragraph(block: d.Paragraph, styles: Styles) -> Flowable:
    style = {"note": styles.note, "empty": styles.empty, "source": styles.source}.get(block.role, styles.body)
    return _text(block.runs, styles, style, bullet=block.label, anchor=block.anchor)


class TableRow(Flowable):
    """One row of a table: cells side by side, grid lines, background; splits inside itself if too tall.

    Rows are separate flowables (the header row is set as the top of every page the table
    spans) because reportlab's Table re-measures every remaining row at each page break,
    which grows with the square of the rows.
    """

    PADDING = 3.0
    KEEP_WHOLE = 150.0  # rows shorter than this are never split across pages

    def __init__(self, cells: list[Flowable], widths: list[float], background: Any = None) -> None:
        super().__init__()
        self.cells = cells
        self.widths = widths
        self.background = background
        self.heights: list[float] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        inner = 2 * self.PADDING
        self.heights = [cell.wrap(width - inner, 1e9)[1] for cell, width in zip(self.cells, self.widths, strict=True)]
        self.width = sum(self.widths)
        self.height = max(self.heights, default=0.0) + inner + 1
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        inner = 2 * self.PADDING
        room = available_height - inner - 1
        if room < 24 or self.height < self.KEEP_WHOLE:
            return []  # a row of ordinary height moves to the next page whole
        firsts: list[Flowable] = []
        rests: list[Flowable] = []
        for cell, width in zip(self.cells, self.widths, strict=True):
            cell.wrap(width - inner, 1e9)
            parts = cell.split(width - inner, room) if cell.height > room else [cell]
            if not parts:
                return []
            firsts.append(parts[0])
            rests.append(parts[1] if len(parts) > 1 else Spacer(1, 0))
        return [TableRow(firsts, self.widths, self.background), TableRow(rests, self.widths, self.background)]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        draw_translated(self, canvas, x, y, _sW)  # draw saves and restores the state it changes

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        if self.background is not None:
            canvas.setFillColor(self.background)
            canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canvas.setStrokeColor(GRID_COLOUR)
        canvas.setLineWidth(0.4)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        x = 0.0
        for cell, width, height in zip(self.cells, self.widths, self.heights, strict=True):
            if x:
                canvas.line(x, 0, x, self.height)
            cell.drawOn(canvas, x + self.PADDING, self.height - self.PADDING - height)
            x += width
        canvas.restoreState()


GRID_COLOUR = colors.HexColor("#A6A6A6")
ROW_SHADE = colors.HexColor("#F2F4F8")


def _table(block: d.Table, styles: Styles) -> list[Flowable]:
    header_style, cell_style = styles.table_header, styles.table_cell
    widths = [styles.frame_width * w for w in block.widths]

    def header() -> TableRow:
        cells: list[Flowable] = [
            Paragraph(text_markup(text, styles.family, bold=True, base_font=header_style.fontName), header_style)
            for text in block.header]
        return TableRow(cells, widths, styles.accent)

    first = header()
    first.keepWithNext = 1
    flowables: list[Flowable] = [first, SetTopFlowables([header()])]
    for index, row in enumerate(block.rows):
        cells: list[Flowable] = [_text(cell, styles, cell_style) for cell in row]
        flowables.append(TableRow(cells, widths, ROW_SHADE if index % 2 else None))
    flowables.append(SetTopFlowables([]))
    flowables.append(Spacer(1, cell_style.fontSize))
    return flowables


def _cover(cover: d.Cover, styles: Styles) -> list[Flowable]:
    own = cover.own_page
    story: list[Flowable] = [Spacer(1, 10 * mm if own else 0)]
    if cover.logo is not None and image_file_problem(cover.logo) is None:  # size from the header, before decoding
        try:
            reader = ImageReader(str(cover.logo))
            width, height = reader.getSize()
            scale = min(80 * mm / width, cover.logo_height_mm * mm / height)
            story.append(Image(str(cover.logo), width * scale, height * scale, hAlign="LEFT"))
            story.append(Spacer(1, 6 * mm if own else 3 * mm))
        except OSError:
            pass  # an unreadable logo must not stop the brief; templates validate their assets
    if cover.organization:
        story.append(Paragraph(text_markup(cover.organization, styles.family, bold=True,
                                           base_font=styles.cover_label.fontName), styles.cover_label))
    story.append(Spacer(1, 30 * mm if own else 2 * mm))
    story.append(Paragraph(text_markup(cover.title, styles.heading_family, bold=True,
                                       base_font=styles.title.fontName), styles.title))
    if cover.subtitle:
        story.append(Paragraph(text_markup(cover.subtitle, styles.family, base_font=styles.subtitle.fontName),
                               styles.subtitle))
    story.append(Spacer(1, 12 * mm if own else 0))
    if cover.fields:
        rows = [[Paragraph(text_markup(f.label, styles.family, bold=True, base_font=styles.cover_label.fontName),
                           styles.cover_label),
                 Paragraph(text_markup(f.value, styles.family, base_font=styles.cover_value.fontName),
                           styles.cover_value)] for f in cover.fields]
        table = Table(rows, colWidths=[styles.frame_width * 0.28, styles.frame_width * 0.72])
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), styles.cover_value.fontName),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#BFBFBF")),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
        ]))
        story.append(KeepTogether([table]) if len(rows) < 20 else table)
    if own:
        story.append(NextPageTemplate("body"))
        story.append(PageBreak())
    else:
        story.append(Spacer(1, 6 * mm))
    return story
