"""The template schema as data: every key a template may use, and the fixed vocabularies.

`docs/templates.md` documents each key listed here (a test checks that none is missing), and
`build` refuses every key not listed, suggesting the closest known one.
"""

from __future__ import annotations

import string

from briefing.templating.model import ACTOR_COLUMNS, DEFAULT_LABELS, SECTION_KINDS

TOP_KEYS: tuple[str, ...] = (
    "id", "name", "description", "version", "extends", "language", "page", "typography", "branding",
    "marking", "cover", "toc", "citation_style", "sections", "labels", "docx",
)
DOCX_KEYS: tuple[str, ...] = ("reference",)
PAGE_KEYS: tuple[str, ...] = ("size", "orientation", "margins")
MARGIN_KEYS: tuple[str, ...] = ("top", "bottom", "left", "right")
TYPOGRAPHY_KEYS: tuple[str, ...] = (
    "body_font", "heading_font", "body_size", "heading_sizes", "title_size", "text_colour", "heading_colour",
)
BRANDING_KEYS: tuple[str, ...] = ("organization", "logo", "logo_height", "accent_colour", "footer_text")
MARKING_KEYS: tuple[str, ...] = ("scheme", "default", "portion_marks", "levels")
LEVEL_KEYS: tuple[str, ...] = ("label", "colour", "background", "abbreviation", "description")
COVER_KEYS: tuple[str, ...] = ("enabled", "fields", "date_format")
SECTION_KEYS: tuple[str, ...] = (
    "key", "title", "kind", "required", "min_items", "max_items", "max_words", "guidance", "cites_required",
    "columns",
)
# Only in the patch form of `sections` (a mapping by section key, in a template that extends another).
SECTION_PATCH_KEYS: tuple[str, ...] = ("before", "after")
LABEL_KEYS: tuple[str, ...] = tuple(DEFAULT_LABELS)

PAGE_SIZES: tuple[str, ...] = ("A4", "Letter", "Legal")
ORIENTATIONS: tuple[str, ...] = ("portrait", "landscape")
MARKING_SCHEMES: tuple[str, ...] = ("tlp", "classification", "none")
CITATION_STYLES: tuple[str, ...] = ("numbered", "footnotes")
DATE_FORMATS: tuple[str, ...] = ("full", "dtg", "iso", "long", "date")
COVER_FIELDS: tuple[str, ...] = (
    "title", "subtitle", "date", "author", "organization", "reference", "distribution", "marking",
)
KINDS: tuple[str, ...] = SECTION_KINDS
COLUMNS: tuple[str, ...] = ACTOR_COLUMNS

# The font families bundled in resources/fonts (see its README); nothing else is ever used.
BUNDLED_FONTS: tuple[str, ...] = (
    "DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono", "Noto Sans Arabic", "Noto Sans Hebrew",
    "Droid Sans Fallback",
)
FONT_SUFFIXES: tuple[str, ...] = (".ttf",)
LOGO_SUFFIXES: dict[str, str] = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}
MAX_ASSET_BYTES = 5_000_000
MAX_REFERENCE_BYTES = 20_000_000  # a house template with its fonts embedded

# The placeholders each label may use are those of its default text ("Page {page} of {pages}").
LABEL_PLACEHOLDERS: dict[str, frozenset[str]] = {
    key: frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name)
    for key, text in DEFAULT_LABELS.items()
}

ID_PATTERN = r"[a-z0-9][a-z0-9._-]{0,63}"
SECTION_KEY_PATTERN = r"[a-z][a-z0-9_-]{0,39}"
COLOUR_PATTERN = r"#[0-9A-Fa-f]{6}"
