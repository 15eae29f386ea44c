"""Laying a reference document's look over a template, so the PDF matches the DOCX made from it.

The reference is the style source: where it says something (page, margins, fonts, sizes,
colours, heading spacing, the letterhead's logo) it wins over the YAML's typography and page
keys, which then only fill in what it leaves unsaid. The PDF can only set text in fonts it
has (Briefing's bundled families, or .ttf files the template ships), so a reference font
outside those is kept in the DOCX and reported as a difference instead.
"""

from __future__ import annotations

from briefing.templating.assets import AssetError, materialize
from briefing.templating.model import PageSetup, Template
from briefing.templating.reference import ReferenceDocument, StyleLook, pdf_differences
from briefing.templating.schema import BUNDLED_FONTS

# Named sizes in millimetres (portrait); a reference size within 2 mm of one is that size.
_SIZES_MM: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4),
                                             "Legal": (215.9, 355.6)}


def apply_reference(template: Template, reference: ReferenceDocument) -> list[str]:
    """Take the reference's look into `template` (in place); return what the PDF cannot follow."""
    notes = _page(template.page, reference)
    typography = template.typography
    for family, blob in reference.embedded_fonts.items():
        if family not in typography.font_files:
            try:
                typography.font_files[family] = materialize("font/ttf", blob)
            except AssetError as error:
                notes.append(f"the embedded font {family!r} cannot be used in the PDF ({error})")
    known = {name.lower(): name for name in (*BUNDLED_FONTS, *typography.font_files)}
    normal = reference.styles.get("Normal", StyleLook())
    heading_looks = [reference.styles.get(f"Heading {level}") for level in (1, 2, 3)]
    for key, source in (("body_font", normal), ("heading_font", heading_looks[0] or normal)):
        if source.font and source.font.lower() in known:
            setattr(typography, key, known[source.font.lower()])
    if normal.size:
        typography.body_size = normal.size
    if normal.colour:
        typography.text_colour = normal.colour
    sizes = list(typography.heading_sizes)
    for index, look in enumerate(heading_looks):
        if look is not None and look.size:
            sizes[index] = look.size
    typography.heading_sizes = (sizes[0], sizes[1], sizes[2])
    if heading_looks[0] is not None and heading_looks[0].colour:
        typography.heading_colour = heading_looks[0].colour
    accent = reference.theme_colours.get("accent1")
    if accent:
        template.branding.accent_colour = accent  # table headings and rules, in both outputs
    title = reference.styles.get("Title")
    if title is not None and title.size:
        typography.title_size = title.size
    if any(look is not None and (look.space_before is not None or look.space_after is not None)
           for look in heading_looks):
        typography.heading_spacing = tuple(
            (look.space_before if look and look.space_before is not None else size * 0.9,
             look.space_after if look and look.space_after is not None else size * 0.45)
            for look, size in zip(heading_looks, typography.heading_sizes, strict=True))
    if normal.space_after is not None:
        typography.body_space_after = normal.space_after
    if reference.header_logo is not None:
        try:
            template.branding.header_logo = materialize(*reference.header_logo)
        except AssetError as error:
            notes.append(f"the header's logo cannot be used in the PDF ({error})")
    return notes + pdf_differences(reference, set(known.values()))


def _page(page: PageSetup, reference: ReferenceDocument) -> list[str]:
    notes: list[str] = []
    for side, millimetres in reference.margins_mm.items():
        setattr(page, f"margin_{side}_mm", round(millimetres, 2))
    width, height = reference.page_width_mm, reference.page_height_mm
    if width is None or height is None:
        return notes
    landscape = width > height
    short, long_ = sorted((width, height))
    for name, (w, h) in _SIZES_MM.items():
        if abs(short - w) <= 2 and abs(long_ - h) <= 2:
            page.size = name  # type: ignore[assignment]
            page.orientation = "landscape" if landscape else "portrait"
            return notes
    notes.append(f"the page is {width:.0f} × {height:.0f} mm, which is not A4, Letter or Legal; the PDF uses "
                 f"{page.size}")
    return notes
