"""Inline runs → reportlab paragraph markup, and the paragraph styles made from the template's typography.

reportlab paragraphs are written in a small XML dialect, so every character of the user's text
is escaped here (never interpreted as markup) and set in a font that has its glyph.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from briefing.compose.document import CitationRef, FontSetup, Footnote, Inline, Link, Text
from briefing.writers.fonts import family_for, font_name, split_by_font, visual_order

LINK_COLOUR = "#1F4E9F"


def text_markup(text: str, family: str, bold: bool = False, italic: bool = False, *, base_font: str = "") -> str:
    """`text` escaped and wrapped in <font> tags wherever a fallback font is needed."""
    parts: list[str] = []
    for run in split_by_font(visual_order(text), family, bold, italic):
        body = escape(run.text).replace("\n", "<br/>")
        parts.append(body if run.font == base_font else f'<font name="{run.font}">{body}</font>')
    return "".join(parts)


def runs_markup(runs: list[Inline] | tuple[Inline, ...], family: str, *, base_font: str,
                bold: bool = False, italic: bool = False, links: bool = True) -> str:
    """Markup for a paragraph's runs; citation markers and URLs become links when `links`."""
    parts: list[str] = []
    previous: Inline | None = None
    for run in runs:
        if isinstance(run, Footnote) and isinstance(previous, Footnote):
            parts.append("<super>,</super>")
        previous = run
        if isinstance(run, Text):
            parts.append(text_markup(run.text, family, bold or run.bold, italic or run.italic, base_font=base_font))
        elif isinstance(run, Link):
            inner = text_markup(run.text, family, bold, italic, base_font=base_font)
            parts.append(f'<a href={quoteattr(run.url)} color="{LINK_COLOUR}"><u>{inner}</u></a>' if links
                         else inner)
        elif isinstance(run, CitationRef):
            inner = text_markup(run.label, family, bold, italic, base_font=base_font)
            parts.append(f'<a href={quoteattr("#" + run.target)} color="{LINK_COLOUR}">{inner}</a>' if links
                         else inner)
        elif isinstance(run, Footnote):
            parts.append(f'<super>{run.number}</super><onDraw name="footnote" label="{run.number}"/>')
    return "".join(parts)


@dataclass
class Styles:
    """The paragraph styles of one document; built from FontSetup so code carries no typography."""

    family: str
    heading_family: str
    body: ParagraphStyle
    note: ParagraphStyle
    empty: ParagraphStyle
    source: ParagraphStyle
    list_item: ParagraphStyle
    list_detail: ParagraphStyle
    quote: ParagraphStyle
    headings: tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]
    toc_title: ParagraphStyle
    toc_entry: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    cover_label: ParagraphStyle
    cover_value: ParagraphStyle
    table_header: ParagraphStyle
    table_cell: ParagraphStyle
    footnote: ParagraphStyle
    accent: colors.Color
    frame_width: float


def make_styles(fonts: FontSetup, frame_width: float) -> Styles:
    family = family_for(fonts.body_family)
    heading_family = family_for(fonts.heading_family)
    size = fonts.body_size
    text_colour = colors.HexColor(fonts.text_colour)
    heading_colour = colors.HexColor(fonts.heading_colour)
    body_after = fonts.body_space_after if fonts.body_space_after is not None else size * 0.6
    spacing = fonts.heading_spacing or tuple((s * 0.9, s * 0.45) for s in fonts.heading_sizes)
    body = ParagraphStyle(
        "body", fontName=font_name(family), fontSize=size, leading=size * 1.35, textColor=text_colour,
        spaceAfter=body_after, alignment=TA_LEFT, splitLongWords=1,
        embeddedHyphenation=0, allowWidows=0, allowOrphans=0,
    )
    note = ParagraphStyle("note", parent=body, fontSize=size * 0.9, leading=size * 1.2, leftIndent=18,
                          spaceBefore=-size * 0.3, textColor=colors.HexColor("#404040"))
    empty = ParagraphStyle("empty", parent=body, fontName=font_name(family, italic=True),
                           textColor=colors.HexColor("#595959"))
    source = ParagraphStyle("source", parent=body, fontSize=size * 0.92, leading=size * 1.25, leftIndent=30,
                            bulletIndent=0, bulletFontName=font_name(family), bulletFontSize=size * 0.92)
    list_item = ParagraphStyle("list", parent=body, leftIndent=20, bulletIndent=2, bulletFontName=font_name(family),
                               spaceAfter=size * 0.4)
    list_detail = ParagraphStyle("list-detail", parent=note, leftIndent=20, spaceBefore=0)
    quote = ParagraphStyle("quote", parent=body, fontName=font_name(family, italic=True), leftIndent=24,
                           rightIndent=24, textColor=colors.HexColor("#404040"))
    headings = tuple(
        ParagraphStyle(f"h{level + 1}", parent=body, fontName=font_name(heading_family, bold=True),
                       fontSize=fonts.heading_sizes[level], leading=fonts.heading_sizes[level] * 1.25,
                       textColor=heading_colour, spaceBefore=spacing[level][0],
                       spaceAfter=spacing[level][1], keepWithNext=1)
        for level in range(3)
    )
    title = ParagraphStyle("title", parent=body, fontName=font_name(heading_family, bold=True),
                           fontSize=fonts.title_size, leading=fonts.title_size * 1.2, textColor=heading_colour,
                           spaceAfter=fonts.title_size * 0.4)
    subtitle = ParagraphStyle("subtitle", parent=body, fontSize=fonts.title_size * 0.6,
                              leading=fonts.title_size * 0.75, textColor=colors.HexColor("#404040"),
                              spaceAfter=fonts.title_size * 0.8)
    return Styles(
        family=family,
        heading_family=heading_family,
        body=body,
        note=note,
        empty=empty,
        source=source,
        list_item=list_item,
        list_detail=list_detail,
        quote=quote,
        headings=headings,
        toc_title=ParagraphStyle("toc-title", parent=headings[0]),
        toc_entry=ParagraphStyle("toc", parent=body, spaceAfter=size * 0.35),
        title=title,
        subtitle=subtitle,
        cover_label=ParagraphStyle("cover-label", parent=body, fontName=font_name(family, bold=True),
                                   textColor=heading_colour, spaceAfter=0),
        cover_value=ParagraphStyle("cover-value", parent=body, spaceAfter=0),
        table_header=ParagraphStyle("th", parent=body, fontName=font_name(family, bold=True), fontSize=size * 0.9,
                                    leading=size * 1.15, textColor=colors.white, spaceAfter=0),
        table_cell=ParagraphStyle("td", parent=body, fontSize=size * 0.9, leading=size * 1.15, spaceAfter=0),
        footnote=ParagraphStyle("footnote", parent=body, fontSize=size * 0.78, leading=size * 0.98, leftIndent=12,
                                bulletIndent=0, bulletFontName=font_name(family), bulletFontSize=size * 0.78,
                                spaceAfter=1),
        accent=colors.HexColor(fonts.accent_colour),
        frame_width=frame_width,
    )


CENTER = TA_CENTER
