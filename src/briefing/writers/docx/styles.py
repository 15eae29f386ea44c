"""Word styles from the template's typography: built-in styles restyled, missing built-ins added.

The body uses Word's own style names (Title, Heading 1–3, List Number, Quote, Table Grid,
TOC 1–3, Hyperlink, Footnote Text) so a reader can restyle the brief in Word.
"""

from __future__ import annotations

from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.styles.style import BaseStyle

from briefing.compose.document import FontSetup


def rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper()[:6].rjust(6, "0"))


def _font(style: BaseStyle, family: str | None = None, size: float | None = None, colour: str | None = None,
          *, bold: bool | None = None, italic: bool | None = None) -> None:
    font = style.font  # type: ignore[attr-defined]
    if family:
        font.name = family
        rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(attribute), family)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            rfonts.attrib.pop(qn(theme), None)
    if size:
        font.size = Pt(size)
    if colour:
        font.color.rgb = rgb(colour)
    if bold is not None:
        font.bold = bold
    if italic is not None:
        font.italic = italic


def _style(document: WordDocument, name: str, kind: WD_STYLE_TYPE, base: str | None = None) -> BaseStyle:
    styles = document.styles
    try:
        return styles[name]
    except KeyError:
        style = styles.add_style(name, kind)
        if base:
            style.base_style = styles[base]
        return style


def apply_styles(document: WordDocument, fonts: FontSetup) -> None:
    """Restyle the document's styles after the template's typography."""
    body, heading = fonts.body_family, fonts.heading_family
    normal = document.styles["Normal"]
    _font(normal, body, fonts.body_size, fonts.text_colour)
    normal.paragraph_format.space_after = Pt(fonts.body_size * 0.6)
    for level in range(1, 4):
        style = document.styles[f"Heading {level}"]
        _font(style, heading, fonts.heading_sizes[level - 1], fonts.heading_colour, bold=True, italic=False)
        style.paragraph_format.keep_with_next = True
    _font(document.styles["Title"], heading, fonts.title_size, fonts.heading_colour, bold=True)
    _font(document.styles["Subtitle"], body, fonts.title_size * 0.6, "#404040", italic=False)
    _font(document.styles["Quote"], body, italic=True)
    toc_heading = document.styles["TOC Heading"]
    _font(toc_heading, heading, fonts.heading_sizes[0], fonts.heading_colour, bold=True)
    for level in range(1, 4):
        toc = _style(document, f"TOC {level}", WD_STYLE_TYPE.PARAGRAPH, "Normal")
        toc.paragraph_format.left_indent = Pt(14 * (level - 1))  # type: ignore[attr-defined]
        toc.paragraph_format.space_after = Pt(3)  # type: ignore[attr-defined]
    hyperlink = _style(document, "Hyperlink", WD_STYLE_TYPE.CHARACTER)
    hyperlink.font.color.rgb = rgb("#1F4E9F")  # type: ignore[attr-defined]
    hyperlink.font.underline = True  # type: ignore[attr-defined]
    citation = _style(document, "Citation Link", WD_STYLE_TYPE.CHARACTER)
    citation.font.color.rgb = rgb("#1F4E9F")  # type: ignore[attr-defined]
    note_text = _style(document, "Footnote Text", WD_STYLE_TYPE.PARAGRAPH, "Normal")
    _font(note_text, size=fonts.body_size * 0.8)
    note_text.paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
    note_ref = _style(document, "Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    vert = OxmlElement("w:vertAlign")
    vert.set(qn("w:val"), "superscript")
    note_ref.element.get_or_add_rPr().append(vert)
    for name in ("Header", "Footer"):
        _font(document.styles[name], body, fonts.body_size * 0.85)
    caption = document.styles["Caption"]
    _font(caption, body, fonts.body_size * 0.9, "#404040", bold=False, italic=True)
