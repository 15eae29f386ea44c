"""A corporate Word template written for the tests: fonts, colours, heading spacing, a letterhead.

Made with python-docx the way an administrator's `.dotx` looks: house fonts and colours on the
built-in styles, Letter paper with its own margins, and a header holding a two-cell letterhead
table (the logo on the left, the office's address on the right).
"""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import docx
from docx.shared import Mm, Pt, RGBColor

from briefing.resources import templates_dir

BODY_FONT = "DejaVu Serif"
HEADING_FONT = "DejaVu Sans"
TEXT_COLOUR = "203040"
HEADING_COLOUR = "8B1A1A"
BODY_SIZE = 11.0
HEADING_SIZES = (19.0, 14.5, 12.0)
TITLE_SIZE = 30.0
HEADING_SPACE = (30.0, 9.0)  # before, after Heading 1 (points)
MARGINS_MM = {"top": 40.0, "bottom": 22.0, "left": 18.0, "right": 18.0}
THEME_ACCENT = "4F81BD"  # accent1 of the theme python-docx's default document carries
ADDRESS = "Northbridge Regional Office · 1 Harbour Street"
TEMPLATE_CONTENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_CONTENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _style(document: docx.document.Document, name: str, font: str, size: float, colour: str) -> None:
    style = document.styles[name]
    style.font.name = font
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(docx.oxml.ns.qn(attribute), None)
    style.font.size = Pt(size)
    style.font.color.rgb = RGBColor.from_string(colour)


def house_document(logo: Path | None = None) -> bytes:
    """The reference as `.docx` bytes."""
    document = docx.Document()
    _style(document, "Normal", BODY_FONT, BODY_SIZE, TEXT_COLOUR)
    document.styles["Normal"].paragraph_format.space_after = Pt(8)
    for level, size in enumerate(HEADING_SIZES, start=1):
        _style(document, f"Heading {level}", HEADING_FONT, size, HEADING_COLOUR)
    heading = document.styles["Heading 1"].paragraph_format
    heading.space_before, heading.space_after = Pt(HEADING_SPACE[0]), Pt(HEADING_SPACE[1])
    _style(document, "Title", HEADING_FONT, TITLE_SIZE, HEADING_COLOUR)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(215.9), Mm(279.4)
    for side, value in MARGINS_MM.items():
        setattr(section, f"{side}_margin", Mm(value))
    header = section.header
    table = header.add_table(rows=1, cols=2, width=Mm(180))
    table.cell(0, 0).paragraphs[0].add_run().add_picture(
        str(logo or templates_dir() / "assets" / "briefing-mark.png"), height=Mm(12))
    table.cell(0, 1).paragraphs[0].add_run(ADDRESS)
    document.add_paragraph("Sample text that the brief replaces.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def as_dotx(blob: bytes) -> bytes:
    """The same document saved as a Word template (only the main part's content type differs)."""
    source = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(DOCUMENT_CONTENT.encode(), TEMPLATE_CONTENT.encode())
            target.writestr(info, data)
    return out.getvalue()


def rewrite(blob: bytes, changes: dict[str, bytes | None]) -> bytes:
    """`blob` with some parts replaced, added or (None) removed."""
    source = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename in changes:
                continue
            target.writestr(info, source.read(info))
        for name, data in changes.items():
            if data is not None:
                target.writestr(name, data)
    return out.getvalue()


def house_template_folder(folder: Path, *, reference_name: str = "house.dotx", blob: bytes | None = None,
                          extra: str = "") -> Path:
    """A template folder: house.yaml extending situation-brief, with the reference beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / reference_name).write_bytes(blob if blob is not None else as_dotx(house_document()))
    shutil.copy(templates_dir() / "assets" / "briefing-mark.png", folder / "mark.png")
    (folder / "house.yaml").write_text(
        "id: house-brief\nname: House brief\nversion: '1'\nextends: situation-brief\n"
        f"docx:\n  reference: {reference_name}\n{extra}", encoding="utf-8")
    return folder / "house.yaml"


def renamed_font(family: str = "HouseSerifNB", postscript: str = "HouseSerifN") -> bytes:
    """DejaVu Serif under another name: a font Briefing does not bundle, as a house font would be."""
    from briefing.resources import resource

    assert len(family) == len("DejaVu Serif") and len(postscript) == len("DejaVuSerif")
    blob = resource("fonts", "DejaVuSerif.ttf").read_bytes()
    for old, new in (("DejaVu Serif", family), ("DejaVuSerif", postscript)):
        blob = blob.replace(old.encode("utf-16-be"), new.encode("utf-16-be")).replace(old.encode(), new.encode())
    return blob


FONT_KEY = "{4D2E6A0B-9C1F-4E7A-8B3D-2F5C6E7A8B9C}"


def embed_font(blob: bytes, family: str, font: bytes) -> bytes:
    """`blob` with `font` embedded as Word does it (obfuscated with a font key) and used by Normal."""
    key = bytes.fromhex(FONT_KEY.strip("{}").replace("-", ""))[::-1]
    scrambled = bytearray(font)
    for index in range(32):
        scrambled[index] ^= key[index % 16]
    source = zipfile.ZipFile(io.BytesIO(blob))
    font_table = source.read("word/fontTable.xml").decode("utf-8")
    entry = (f'<w:font w:name="{family}"><w:embedRegular r:id="rIdFont1" w:fontKey="{FONT_KEY}"/></w:font>')
    if "xmlns:r=" not in font_table.split(">", 2)[1]:
        font_table = font_table.replace("<w:fonts ", '<w:fonts xmlns:r="http://schemas.openxmlformats.org/'
                                        'officeDocument/2006/relationships" ', 1)
    font_table = font_table.replace("</w:fonts>", entry + "</w:fonts>")
    types = source.read("[Content_Types].xml").decode("utf-8").replace(
        "</Types>", '<Default Extension="odttf" ContentType="application/vnd.openxmlformats-officedocument.'
        'obfuscatedFont"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rIdFont1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/font" Target="fonts/font1.odttf"/></Relationships>')
    source.close()
    return rewrite(blob, {"word/fontTable.xml": font_table.encode(), "[Content_Types].xml": types.encode(),
                          "word/_rels/fontTable.xml.rels": rels.encode(), "word/fonts/font1.odttf": bytes(scrambled)})
