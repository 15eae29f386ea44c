"""A template's own font serves the documents of that template only.

Regression: a template that shipped a font under a bundled family's name ("DejaVu Sans") replaced
that family for every later document in the process, so a brief exported after it, on a template
without fonts, came out in the other template's font (and a test comparing two renders failed
now and then, depending on which tests its worker had run before).
"""

from __future__ import annotations

import dataclasses
import io

from pypdf import PdfReader

from briefing.compose import compose
from briefing.model import Brief, Item, Section
from briefing.resources import resource
from briefing.writers import pdf

from .conftest import situation_template


def _document(font_files: tuple[tuple[str, str], ...] = ()):  # type: ignore[no-untyped-def]
    brief = Brief(title="Harbour talks", author="Desk", marking="TLP:GREEN",
                  sections=[Section("summary", [Item("prose", "The harbour council met on Tuesday.")])])
    document = compose(brief, situation_template())
    fonts = dataclasses.replace(document.fonts, font_files=font_files)
    return dataclasses.replace(document, fonts=fonts)


def _font_names(data: bytes) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_a_templates_font_does_not_outlive_its_document() -> None:
    plain = _font_names(pdf.render(_document()))
    serif_as_sans = (("DejaVu Sans", str(resource("fonts", "DejaVuSerif.ttf"))),)
    assert _font_names(pdf.render(_document(serif_as_sans))) != plain  # the template's font is used
    assert _font_names(pdf.render(_document())) == plain  # and the next document has the bundled one
