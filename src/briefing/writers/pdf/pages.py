"""The page around the text: marking banners, "Page N of M", footnotes at the foot of the page.

The document is laid out once. Numbers not known while a page is drawn (the page count, the
page of each heading for the contents) are drawn as named PDF forms that are filled in after
the last page, so one layout pass suffices. Footnotes need the page a note lands on before the
page is laid out; for those the layout repeats, reserving the space the previous pass needed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, TimeStamp
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from briefing.compose.document import Banner, Document, Footnote, TableOfContents
from briefing.writers.fonts import FAMILY_CACHES, Run, family_for, font_name, split_by_font
from briefing.writers.pdf.lines import string_code
from briefing.writers.pdf.markup import Styles, runs_markup
from briefing.writers.walk import footnotes_of

BANNER_SIZE = 12.0
SMALL_SIZE = 8.5
FORM_BOX = (-2000, -100, 2000, 100)
NOTE_RULE_SPACE = 8.0


def fixed_timestamp(moment: datetime) -> TimeStamp:
    """A reportlab timestamp for `moment`, so creation dates come from the brief, not the clock."""
    stamp = TimeStamp(invariant=True)
    utc = moment.utctimetuple()
    stamp.t = moment.timestamp()
    stamp.lt = utc
    stamp.YMDhms = tuple(utc)[:6]
    stamp.dhh = stamp.dmm = 0
    stamp.tzname = "UTC"
    return stamp


def canvas_maker(document: Document) -> Callable[..., Canvas]:
    """A Canvas factory: invariant output, DejaVu as the initial font (so no Helvetica is named)."""
    initial = font_name(family_for(document.fonts.body_family))

    def make(*args: Any, **kwargs: Any) -> Canvas:
        kwargs.update(invariant=1, initialFontName=initial, initialFontSize=10, pageCompression=1)
        canvas = Canvas(*args, **kwargs)
        canvas._doc._timeStamp = fixed_timestamp(document.metadata.created)
        canvas.setCreator("Briefing")
        canvas.setProducer("Briefing (ReportLab)")
        return canvas

    return make


def draw_text(canvas: Canvas, text: str, x: float, y: float, family: str, size: float, *, bold: bool = False,  # noqa: PLR0917
              align: str = "left") -> float:
    """Draw one line in the bundled fonts (with fallback); returns its width."""
    runs, widths, width = _measured(text, family, size, bold)
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    for run, run_width in zip(runs, widths, strict=True):
        canvas.setFont(run.font, size)
        code = string_code(canvas, run.text, x, y, run.font, size)
        if code is None:
            canvas.drawString(x, y, run.text)
        else:
            canvas._code.append(code)  # what drawString writes (see string_code)
        x += run_width
    return width


@lru_cache(maxsize=256)
def _measured(text: str, family: str, size: float, bold: bool) -> tuple[list[Run], tuple[float, ...], float]:
    """The runs of one line of page furniture, each run's width and the whole width.

    The banners, footer and page labels repeat on every page: measured once, not on each page."""
    runs = split_by_font(text, family, bold)
    widths = tuple(stringWidth(run.text, run.font, size) for run in runs)
    return runs, widths, sum(widths)


FAMILY_CACHES.append(_measured.cache_clear)  # its runs name the fonts a family had when measured


@lru_cache(maxsize=64)
def _colour(hex_colour: str) -> colors.Color:
    return colors.HexColor(hex_colour)


def _is_light(hex_colour: str) -> bool:
    colour = _colour(hex_colour)
    return 0.299 * colour.red + 0.587 * colour.green + 0.114 * colour.blue > 0.8


def draw_header_logo(canvas: Canvas, logo: Path, height_mm: float, left: float, page_height: float,  # noqa: PLR0917
                     top_margin: float) -> None:
    """The letterhead's logo at the left of the top margin, as the reference document's header has it."""
    with contextlib.suppress(OSError, ValueError):  # an unreadable logo must not stop the brief
        image = ImageReader(str(logo))
        width, height = image.getSize()
        shown = min(height_mm * mm, top_margin * 0.7)
        shown_width = shown * width / max(height, 1)
        canvas.drawImage(image, left, page_height - top_margin / 2 - shown / 2, shown_width, shown, mask="auto")


def draw_banner(canvas: Canvas, banner: Banner, centre_x: float, baseline: float, family: str) -> None:
    """The marking label, centred, in its scheme's colours, 12 pt bold."""
    width = _measured(banner.label, family, BANNER_SIZE, True)[2]
    background = banner.background or ("#000000" if _is_light(banner.colour) else None)
    canvas.saveState()
    if background:
        canvas.setFillColor(_colour(background))
        canvas.rect(centre_x - width / 2 - 6, baseline - 4, width + 12, BANNER_SIZE + 5, stroke=0, fill=1)
    canvas.setFillColor(_colour(banner.colour))
    draw_text(canvas, banner.label, centre_x, baseline, family, BANNER_SIZE, bold=True, align="center")
    canvas.restoreState()


class BriefDocTemplate(BaseDocTemplate):
    """Pages of one brief: cover and body templates, banners, page labels, forms, notes."""

    def __init__(self, target: Any, document: Document, styles: Styles,
                 reserved: dict[int, float] | None = None) -> None:
        page = document.page
        metadata = document.metadata
        super().__init__(
            target, pagesize=(page.width, page.height), leftMargin=page.margin_left, rightMargin=page.margin_right,
            topMargin=page.margin_top, bottomMargin=page.margin_bottom, title=metadata.title,
            author=metadata.author, subject=metadata.subject, keywords=list(metadata.keywords),
            creator="Briefing", invariant=1, lang=metadata.language,
        )
        self.document = document
        self.styles = styles
        self.reserved = dict(reserved or {})
        self.heading_pages: dict[str, int] = {}
        self.notes_on_page: dict[int, list[Footnote]] = {}
        self.notes_needed: dict[int, float] = {}
        self.page_count = 0
        self._notes = {run.number: run for run in footnotes_of(document)}
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self._frame_bottom = self.bottomMargin
        self._frame_height = self.height
        cover = PageTemplate(id="cover", frames=[frame], onPage=self._decorate, autoNextPageTemplate="body")
        body = PageTemplate(id="body", frames=[frame], onPage=self._decorate)
        self.addPageTemplates([cover, body] if document.has_cover_page else [body, cover])

    # -- hooks called by platypus

    def beforePage(self) -> None:
        """Shrink the frame by the space this page's footnotes needed in the previous pass."""
        frame = self.pageTemplate.frames[0]
        reserve = self.reserved.get(self.page, 0.0)
        frame._y1 = self._frame_bottom + reserve
        frame._height = self._frame_height - reserve
        frame._geom()
        self.canv.setNamedCB("footnote", self._note_cited)

    def afterPage(self) -> None:
        self.page_count = self.page
        notes = self.notes_on_page.get(self.page)
        if notes:
            self._draw_notes(notes)

    def afterFlowable(self, flowable: Flowable) -> None:
        heading = getattr(flowable, "briefing_heading", None)
        if heading is not None:
            level, text, anchor = heading
            self.heading_pages.setdefault(anchor, self.page)
            self.canv.addOutlineEntry(text, anchor, level=max(0, level - 1), closed=False)

    def _endBuild(self) -> None:
        save = getattr(self, "_doSave", 1)
        self._doSave = 0
        super()._endBuild()
        self._define_forms()
        self._doSave = save
        if save:
            self.canv.save()

    # -- drawing

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        document = self.document
        family = self.styles.family
        width, height = self.pagesize
        centre = self.leftMargin + self.width / 2
        if document.header_logo is not None:
            draw_header_logo(canvas, document.header_logo, document.header_logo_height_mm, self.leftMargin,
                             height, self.topMargin)
        if document.banner is not None:
            draw_banner(canvas, document.banner, centre, height - self.topMargin / 2 - BANNER_SIZE / 3, family)
            draw_banner(canvas, document.banner, centre, self.bottomMargin / 2 - BANNER_SIZE / 3, family)
        is_cover = document.has_cover_page and self.page == 1
        footer_y = self.bottomMargin / 2 - BANNER_SIZE / 3
        canvas.saveState()
        canvas.setFillColor(_colour("#404040"))
        if document.footer_text:
            draw_text(canvas, document.footer_text, self.leftMargin, footer_y, family, SMALL_SIZE)
        if not is_cover:
            canvas.saveState()
            canvas.translate(width - self.rightMargin, footer_y)
            canvas.doForm(f"page-label-{self.page}")
            canvas.restoreState()
        canvas.restoreState()

    def _define_forms(self) -> None:
        """Fill in the page labels and the contents' page numbers now that all pages are known."""
        canvas = self.canv
        total = self.page_count
        family = self.styles.family
        for page in range(1, total + 1):
            canvas.beginForm(f"page-label-{page}", *FORM_BOX)
            canvas.setFillColor(colors.HexColor("#404040"))
            label = _format_page(self.document.page_label, page, total)
            draw_text(canvas, label, 0, 0, family, SMALL_SIZE + 0.5, align="right")
            canvas.endForm()
        size = self.styles.toc_entry.fontSize
        for anchor in _toc_anchors(self.document):
            canvas.beginForm(f"toc-{anchor}", *FORM_BOX)
            canvas.setFillColor(self.styles.toc_entry.textColor)
            draw_text(canvas, str(self.heading_pages.get(anchor, "")), 0, 0, family, size, align="right")
            canvas.endForm()

    def _note_cited(self, canvas: Canvas, kind: str, label: str | None) -> None:
        note = self._notes.get(int(label or 0))
        if note is None:
            return
        notes = self.notes_on_page.setdefault(self.page, [])
        if note not in notes:
            notes.append(note)

    def note_paragraphs(self, notes: list[Footnote]) -> list[Paragraph]:
        style = self.styles.footnote
        return [Paragraph(runs_markup(note.runs, self.styles.family, base_font=style.fontName), style,
                          bulletText=f"{note.number}") for note in notes]

    def _draw_notes(self, notes: list[Footnote]) -> None:
        paragraphs = self.note_paragraphs(notes)
        heights = [p.wrap(self.width, self.height)[1] + self.styles.footnote.spaceAfter for p in paragraphs]
        needed = sum(heights) + NOTE_RULE_SPACE
        self.notes_needed[self.page] = needed
        canvas = self.canv
        top = self._frame_bottom + needed
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#808080"))
        canvas.setLineWidth(0.5)
        canvas.line(self.leftMargin, top - 3, self.leftMargin + min(144, self.width / 3), top - 3)
        canvas.restoreState()
        y = top - NOTE_RULE_SPACE
        for paragraph, height in zip(paragraphs, heights, strict=True):
            y -= height
            paragraph.drawOn(canvas, self.leftMargin, y + self.styles.footnote.spaceAfter)


def _format_page(template: str, page: int, pages: int) -> str:
    try:
        return template.format(page=page, pages=pages)
    except (KeyError, IndexError, ValueError):
        return f"{page} / {pages}"


def _toc_anchors(document: Document) -> list[str]:
    return [entry.anchor for block in document.blocks if isinstance(block, TableOfContents)
            for entry in block.entries]
