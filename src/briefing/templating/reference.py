"""A reference Word document (`docx: {reference: house.dotx}`): checked, and its look read out.

Administrators already own their house style as a Word template. Rather than retyping it as
YAML keys, a template names that file; the DOCX writer starts from it, and this module reads
what the PDF needs to look the same: page size and margins, the fonts, sizes, colours and
spacing of the styles the brief uses (resolved through `basedOn`, the document defaults and
the theme), and the picture in the header (the letterhead's logo).

A reference comes from a shared folder, so it is treated as hostile until checked: macros
(`.dotm`, `vbaProject.bin`), relationships that point outside the file (linked pictures,
remote templates: Word would fetch them when the brief is opened) and zip bombs are refused;
the XML is parsed without entities or network access. Nothing here imports python-docx or Qt.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from lxml import etree

from briefing.templating.schema import MAX_REFERENCE_BYTES

REFERENCE_SUFFIXES: tuple[str, ...] = (".docx", ".dotx")
MACRO_SUFFIXES: tuple[str, ...] = (".docm", ".dotm")
# A Word document always defines Normal; every other style may be "latent" (known to Word but
# absent from styles.xml until used), so those fall back to the built-in look with a warning.
REQUIRED_STYLES: tuple[str, ...] = ("Normal",)
USED_STYLES: tuple[str, ...] = (
    "Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "List Number", "List Bullet", "Quote",
    "Caption", "Table Grid", "TOC 1", "TOC 2", "TOC 3", "Footnote Text", "Hyperlink",
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
TWIPS_PER_MM = 1440 / 25.4
IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False)


class ReferenceDocumentError(Exception):
    """A reference document that cannot be used; the message names what and where inside it."""


@dataclass(frozen=True)
class StyleLook:
    """What one paragraph or character style looks like, resolved (None: the style does not say)."""

    font: str | None = None
    size: float | None = None  # points
    colour: str | None = None  # "#RRGGBB"
    bold: bool | None = None
    italic: bool | None = None
    space_before: float | None = None  # points
    space_after: float | None = None


@dataclass
class ReferenceDocument:
    """A checked reference document and the look it gives the brief."""

    path: Path
    page_width_mm: float | None = None
    page_height_mm: float | None = None
    margins_mm: dict[str, float] = field(default_factory=dict)  # top, bottom, left, right
    styles: dict[str, StyleLook] = field(default_factory=dict)  # by the names in USED_STYLES
    missing_styles: list[str] = field(default_factory=list)
    header_logo: tuple[str, bytes] | None = None  # media type and bytes of the header's first picture
    header_text: str = ""
    marking_anchor: bool = False  # the header has a bookmark or content control named "marking"
    theme_fonts: dict[str, str] = field(default_factory=dict)  # major, minor
    theme_colours: dict[str, str] = field(default_factory=dict)  # dk1, lt1, accent1, hlink… as "#RRGGBB"
    embedded_fonts: dict[str, bytes] = field(default_factory=dict)  # family -> TrueType (regular face)

    def fonts(self) -> set[str]:
        return {look.font for look in self.styles.values() if look.font}


def is_word_document(name: str) -> bool:
    return PurePosixPath(name.replace("\\", "/")).suffix.lower() in (*REFERENCE_SUFFIXES, *MACRO_SUFFIXES)


def read_reference(path: Path) -> ReferenceDocument:
    """Check the reference document at `path` and read its look; ReferenceDocumentError says why not."""
    name = path.name
    if path.suffix.lower() in MACRO_SUFFIXES:
        raise ReferenceDocumentError(f"{name!r} is a macro-enabled Word file; save it as a .dotx or .docx "
                                     "without macros")
    if path.suffix.lower() not in REFERENCE_SUFFIXES:
        raise ReferenceDocumentError(f"{name!r} is not a Word document or template (.docx or .dotx)")
    size = path.stat().st_size
    if size > MAX_REFERENCE_BYTES:
        raise ReferenceDocumentError(f"{name!r} is {size / 1e6:.1f} MB; a reference document may be at most "
                             f"{MAX_REFERENCE_BYTES // 1_000_000} MB")
    blob = path.read_bytes()
    # The importers' zip limits, imported here: listing templates must not load the importers.
    from briefing.ingest.errors import IngestError
    from briefing.ingest.limits import DEFAULT_LIMITS
    from briefing.ingest.zipguard import check_zip

    try:
        check_zip(blob, DEFAULT_LIMITS, kind="Word")
    except IngestError as error:
        raise ReferenceDocumentError(f"{name!r} {error}") from None
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:
        parts = {info.filename: info for info in archive.infolist()}
        _refuse_macros_and_links(archive, parts, name)
        document = ReferenceDocument(path)
        styles_xml = _xml(archive, parts, "word/styles.xml", name)
        if styles_xml is None:
            raise ReferenceDocumentError(f"{name!r} has no styles (word/styles.xml); save it from Word again")
        theme = _xml(archive, parts, "word/theme/theme1.xml", name)
        document.theme_fonts = _theme_fonts(theme)
        document.theme_colours = _theme_colours(theme)
        _read_styles(document, styles_xml, name)
        body = _xml(archive, parts, "word/document.xml", name)
        if body is None:
            raise ReferenceDocumentError(f"{name!r} has no main document part; is it a Word file?")
        _read_page(document, body)
        _read_header(document, archive, parts, body, name)
        _read_embedded_fonts(document, archive, parts, name)
    return document


def _read_embedded_fonts(document: ReferenceDocument, archive: zipfile.ZipFile, parts: dict[str, zipfile.ZipInfo],
                         name: str) -> None:
    """The regular face of each font Word embedded (obfuscated, ECMA-376 Part 1, 17.8.1), unscrambled."""
    table = _xml(archive, parts, "word/fontTable.xml", name)
    rels = _xml(archive, parts, "word/_rels/fontTable.xml.rels", name)
    if table is None or rels is None:
        return
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{{{PR}}}Relationship")}
    for font in table.iter(f"{{{W}}}font"):
        family = _val(font, "name")
        embed = font.find(f"{{{W}}}embedRegular")
        if not family or embed is None:
            continue
        target = targets.get(embed.get(f"{{{R}}}id"))
        key = (_val(embed, "fontKey") or "").strip("{}").replace("-", "")
        part = str(PurePosixPath("word") / (target or "").lstrip("/").removeprefix("word/"))
        if not target or part not in parts or len(key) != 32 or parts[part].file_size > MAX_REFERENCE_BYTES:
            continue
        try:
            scramble = bytes.fromhex(key)[::-1]
        except ValueError:
            continue
        data = bytearray(archive.read(part))
        for index in range(min(32, len(data))):
            data[index] ^= scramble[index % 16]
        if bytes(data[:4]) in (b"\x00\x01\x00\x00", b"true"):
            document.embedded_fonts[family] = bytes(data)


def _xml(archive: zipfile.ZipFile, parts: dict[str, zipfile.ZipInfo], part: str, name: str) -> etree._Element | None:
    if part not in parts:
        return None
    try:
        return etree.fromstring(archive.read(part), _PARSER)
    except etree.XMLSyntaxError as error:
        raise ReferenceDocumentError(f"{name!r}: {part} is not well-formed XML ({error})") from None


def _refuse_macros_and_links(archive: zipfile.ZipFile, parts: dict[str, zipfile.ZipInfo], name: str) -> None:
    for part in parts:
        lowered = part.lower()
        if lowered.endswith("vbaproject.bin") or (lowered.endswith(".bin") and "vba" in lowered):
            raise ReferenceDocumentError(f"{name!r} contains macros ({part}); save it as a .dotx without macros")
        if lowered.startswith("word/activex/"):
            raise ReferenceDocumentError(f"{name!r} contains an ActiveX control ({part}), which can run code; "
                                         "remove it in Word")
    types = archive.read("[Content_Types].xml") if "[Content_Types].xml" in parts else b""
    if b"macroEnabled" in types:
        raise ReferenceDocumentError(f"{name!r} is marked macro-enabled in [Content_Types].xml; save it as a .dotx")
    for part in parts:
        if not part.endswith(".rels"):
            continue
        rels = _xml(archive, parts, part, name)
        assert rels is not None
        for rel in rels.iter(f"{{{PR}}}Relationship"):
            if rel.get("TargetMode") == "External":
                target = rel.get("Target", "")
                raise ReferenceDocumentError(f"{name!r} links to an outside file or address ({part}: {target[:80]}); "
                                     "Word would fetch it when a brief is opened, so embed or remove it")


def _theme_fonts(theme: etree._Element | None) -> dict[str, str]:
    fonts: dict[str, str] = {}
    if theme is None:
        return fonts
    for kind in ("major", "minor"):
        latin = theme.find(f".//{{{A}}}{kind}Font/{{{A}}}latin")
        if latin is not None and latin.get("typeface"):
            fonts[kind] = str(latin.get("typeface"))
    return fonts


# Word's names for theme colours (w:themeColor) and the scheme slots they stand for.
_THEME_SLOTS = {"text1": "dk1", "background1": "lt1", "text2": "dk2", "background2": "lt2", "dark1": "dk1",
                "light1": "lt1", "dark2": "dk2", "light2": "lt2", "hyperlink": "hlink",
                "followedHyperlink": "folHlink"}


def _theme_colours(theme: etree._Element | None) -> dict[str, str]:
    colours: dict[str, str] = {}
    scheme = theme.find(f".//{{{A}}}clrScheme") if theme is not None else None
    for slot in scheme if scheme is not None else []:
        if not isinstance(slot.tag, str):
            continue
        value = next((c.get("lastClr") if c.tag == f"{{{A}}}sysClr" else c.get("val") for c in slot
                      if isinstance(c.tag, str) and c.tag in (f"{{{A}}}srgbClr", f"{{{A}}}sysClr")), None)
        if value and _is_hex(value):
            colours[etree.QName(slot).localname] = "#" + value.upper()
    return colours


def _is_hex(value: str) -> bool:
    return len(value) == 6 and all(c in "0123456789abcdefABCDEF" for c in value)


def _val(element: etree._Element | None, attribute: str = "val") -> str | None:
    return None if element is None else element.get(f"{{{W}}}{attribute}")


def _flag(rpr: etree._Element, tag: str) -> bool | None:
    found = rpr.find(f"{{{W}}}{tag}")
    if found is None:
        return None
    return _val(found) not in ("0", "false", "off")


def _own_look(style: etree._Element | None, document: ReferenceDocument) -> dict[str, object]:
    """The properties a style (or the document defaults) sets itself."""
    theme_fonts = document.theme_fonts
    look: dict[str, object] = {}
    if style is None:
        return look
    rpr = style.find(f"{{{W}}}rPr")
    if rpr is not None:
        fonts = rpr.find(f"{{{W}}}rFonts")
        if fonts is not None:
            theme = _val(fonts, "asciiTheme")
            font = _val(fonts, "ascii") or _val(fonts, "hAnsi")
            if theme:
                font = theme_fonts.get("major" if theme.startswith("major") else "minor", font)
            if font:
                look["font"] = font
        size = _val(rpr.find(f"{{{W}}}sz"))
        if size and size.isdigit():
            look["size"] = int(size) / 2
        colour_element = rpr.find(f"{{{W}}}color")
        colour = _val(colour_element)
        theme_colour = _val(colour_element, "themeColor")
        if colour and _is_hex(colour):
            look["colour"] = "#" + colour.upper()
        elif theme_colour:  # a theme colour without Word's own resolved value beside it
            slot = _THEME_SLOTS.get(theme_colour, theme_colour)
            if slot in document.theme_colours:
                look["colour"] = document.theme_colours[slot]
        for key, tag in (("bold", "b"), ("italic", "i")):
            value = _flag(rpr, tag)
            if value is not None:
                look[key] = value
    ppr = style.find(f"{{{W}}}pPr")
    spacing = ppr.find(f"{{{W}}}spacing") if ppr is not None else None
    for key, attribute in (("space_before", "before"), ("space_after", "after")):
        twips = _val(spacing, attribute)
        if twips and twips.lstrip("-").isdigit():
            look[key] = int(twips) / 20
    return look


def _read_styles(document: ReferenceDocument, styles: etree._Element, name: str) -> None:
    by_id: dict[str, etree._Element] = {}
    by_name: dict[str, etree._Element] = {}
    for style in styles.iter(f"{{{W}}}style"):
        style_id = _val(style, "styleId")
        style_name = _val(style.find(f"{{{W}}}name"))
        if style_id:
            by_id[style_id] = style
        if style_name:
            by_name.setdefault(style_name.lower(), style)
    defaults = styles.find(f"{{{W}}}docDefaults")
    base: dict[str, object] = {}
    if defaults is not None:
        base.update(_own_look(defaults.find(f"{{{W}}}rPrDefault"), document))
        base.update(_own_look(defaults.find(f"{{{W}}}pPrDefault"), document))
    missing = [style for style in REQUIRED_STYLES if style.lower() not in by_name]
    if missing:
        raise ReferenceDocumentError(f"{name!r} lacks the style {missing[0]!r}, which every brief needs; "
                             "save the file from Word again")
    for wanted in USED_STYLES:
        style = by_name.get(wanted.lower())
        if style is None:
            document.missing_styles.append(wanted)
            continue
        chain: list[etree._Element] = []
        current: etree._Element | None = style
        while current is not None and current not in chain and len(chain) < 20:
            chain.append(current)
            current = by_id.get(_val(current.find(f"{{{W}}}basedOn")) or "")
        look = dict(base) if _val(style, "type") in (None, "paragraph", "character") else {}
        for ancestor in reversed(chain):
            look.update(_own_look(ancestor, document))
        document.styles[wanted] = StyleLook(**look)  # type: ignore[arg-type]


def _read_page(document: ReferenceDocument, body: etree._Element) -> None:
    sections = list(body.iter(f"{{{W}}}sectPr"))
    if not sections:
        return
    section = sections[-1]
    size = section.find(f"{{{W}}}pgSz")
    if size is not None:
        width, height = _val(size, "w"), _val(size, "h")
        if width and height and width.isdigit() and height.isdigit():
            document.page_width_mm = int(width) / TWIPS_PER_MM
            document.page_height_mm = int(height) / TWIPS_PER_MM
    margins = section.find(f"{{{W}}}pgMar")
    if margins is not None:
        for side in ("top", "bottom", "left", "right"):
            value = _val(margins, side)
            if value and value.lstrip("-").isdigit():
                document.margins_mm[side] = abs(int(value)) / TWIPS_PER_MM


def _read_header(document: ReferenceDocument, archive: zipfile.ZipFile, parts: dict[str, zipfile.ZipInfo],
                 body: etree._Element, name: str) -> None:
    """The default header's text and first picture (the letterhead the PDF repeats)."""
    rels = _xml(archive, parts, "word/_rels/document.xml.rels", name)
    if rels is None:
        return
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{{{PR}}}Relationship")}
    sections = list(body.iter(f"{{{W}}}sectPr"))
    header_id = None
    for reference in (sections[-1].iter(f"{{{W}}}headerReference") if sections else []):
        if _val(reference, "type") in (None, "default"):
            header_id = reference.get(f"{{{R}}}id")
    target = targets.get(header_id) if header_id else None
    if not target:
        return
    part = "word/" + target.lstrip("/").removeprefix("word/")
    header = _xml(archive, parts, part, name)
    if header is None:
        return
    document.header_text = " ".join("".join(t.text or "" for t in p.iter(f"{{{W}}}t"))
                                    for p in header.iter(f"{{{W}}}p")).strip()
    names = {_val(b, "name") for b in header.iter(f"{{{W}}}bookmarkStart")}
    names |= {_val(tag) for tag in header.iter(f"{{{W}}}tag")} | {_val(a) for a in header.iter(f"{{{W}}}alias")}
    document.marking_anchor = "marking" in {n.lower() for n in names if n}
    header_rels = _xml(archive, parts, str(PurePosixPath(part).parent / "_rels" / (PurePosixPath(part).name + ".rels")),
                       name)
    if header_rels is None:
        return
    images = {rel.get("Id"): rel.get("Target", "") for rel in header_rels.iter(f"{{{PR}}}Relationship")}
    for blip in header.iter(f"{{{A}}}blip"):
        image = images.get(blip.get(f"{{{R}}}embed"))
        if not image:
            continue
        image_part = str(PurePosixPath("word") / image.lstrip("/").removeprefix("word/"))
        media = IMAGE_TYPES.get(PurePosixPath(image_part).suffix.lower())
        if media and image_part in parts and parts[image_part].file_size <= 5_000_000:
            document.header_logo = (media, archive.read(image_part))
            return


def pdf_differences(reference: ReferenceDocument, bundled: set[str]) -> list[str]:
    """What the PDF cannot take from the reference, one line each (for `templates validate`)."""
    notes: list[str] = []
    bundled_lower = {b.lower() for b in bundled}
    for font in sorted(reference.fonts()):
        if font.lower() not in bundled_lower:
            users = [name for name, look in reference.styles.items() if look.font == font]
            notes.append(f"font {font!r} ({', '.join(users[:3])}) is neither bundled with Briefing nor by the "
                         "template; the PDF uses the template's typography font instead (add a .ttf of it as "
                         "typography.body_font or heading_font)")
    for style in reference.missing_styles:
        notes.append(f"the reference has no {style!r} style; both outputs use Briefing's own look for it")
    if reference.header_text:
        notes.append("the header's text and table layout are kept in the DOCX; the PDF repeats only the "
                     "header's logo, on the left of every page")
    return notes
