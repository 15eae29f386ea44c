"""The layout-neutral Document that compose builds and every writer renders.

Plain dataclasses and nothing else: everything a reader sees (numbers, labels, order,
markings, link targets) is decided before a writer runs, so the DOCX and the PDF of one
brief cannot disagree. A writer may choose how a block looks, never what it says.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

# ---------------------------------------------------------------- inline runs


@dataclass(frozen=True)
class Text:
    """Plain text; `bold`/`italic` are emphasis, not styling (a writer maps them to its fonts)."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Link:
    """A hyperlink to a URL outside the document; `text` is what the reader sees."""

    text: str
    url: str


@dataclass(frozen=True)
class CitationRef:
    """A citation marker ("[3]") that links to the source list entry whose anchor is `target`."""

    label: str
    target: str


@dataclass(frozen=True)
class Footnote:
    """A real footnote: the marker `number` in the text and the note's runs at the foot of the page."""

    number: int
    runs: tuple[Inline, ...]


Inline = Text | Link | CitationRef | Footnote

# ---------------------------------------------------------------- blocks


@dataclass
class Heading:
    """A section heading (level 1–3); `anchor` is its bookmark / link destination."""

    level: int
    text: str
    anchor: str
    in_toc: bool = True


ParagraphRole = Literal["body", "note", "caption", "source", "empty"]


@dataclass
class Paragraph:
    """One paragraph of inline runs.

    `role` says what the paragraph is for (body text, a note under an item, an entry of the
    source list, the "nothing to report" line of an empty section); `anchor` makes it a link
    destination (source list entries); `label` is printed before the text with a hanging
    indent (the "[3]" of a source entry).
    """

    runs: list[Inline]
    role: ParagraphRole = "body"
    anchor: str | None = None
    label: str | None = None

    def plain_text(self) -> str:
        return "".join(plain_text_of(run) for run in self.runs)


@dataclass
class ListItem:
    """One entry of a list: its first paragraph and any paragraphs under it (notes, judgments)."""

    runs: list[Inline]
    details: list[Paragraph] = field(default_factory=list)


@dataclass
class ListBlock:
    """A numbered or bulleted list. Numbers run from `start`; compose decides them."""

    items: list[ListItem]
    ordered: bool = False
    start: int = 1

    def number_of(self, index: int) -> int:
        return self.start + index


@dataclass
class Table:
    """A table whose first row is a header that repeats on every page it spans.

    `widths` are relative column widths (they sum to 1). Each cell is a list of inline runs.
    """

    header: list[str]
    rows: list[list[list[Inline]]]
    widths: list[float]


@dataclass
class Quote:
    """A quoted passage, set off from the text around it."""

    runs: list[Inline]


@dataclass
class PageBreak:
    """A forced page break (after the cover, before the sources where the template asks)."""


@dataclass(frozen=True)
class TocEntry:
    """A heading as the table of contents lists it, with the anchor a link jumps to."""

    level: int
    text: str
    anchor: str


@dataclass
class TableOfContents:
    """The table of contents; `entries` already list every heading so it is never empty."""

    title: str
    entries: list[TocEntry]


Block = Heading | Paragraph | ListBlock | Table | Quote | PageBreak | TableOfContents

# ---------------------------------------------------------------- the page around the text


@dataclass(frozen=True)
class Banner:
    """The overall marking as printed at the top and bottom of every page."""

    label: str
    colour: str = "#000000"
    background: str | None = None
    description: str = ""


@dataclass(frozen=True)
class PageSetup:
    """Page size in points and margins in points (portrait or landscape already applied)."""

    width: float
    height: float
    margin_top: float
    margin_bottom: float
    margin_left: float
    margin_right: float


@dataclass(frozen=True)
class FontSetup:
    """The typography the writers apply: families and sizes, taken from the template."""

    body_family: str = "DejaVu Sans"
    heading_family: str = "DejaVu Sans"
    body_size: float = 10.5
    heading_sizes: tuple[float, float, float] = (16.0, 13.0, 11.0)
    title_size: float = 24.0
    text_colour: str = "#1A1A1A"
    heading_colour: str = "#1F3864"
    accent_colour: str = "#1F3864"


@dataclass(frozen=True)
class CoverField:
    """One labelled line of the cover page (date, reference, distribution…)."""

    label: str
    value: str


@dataclass
class Cover:
    """The cover page: title block, labelled fields in the template's order, and the logo."""

    title: str
    subtitle: str | None = None
    fields: list[CoverField] = field(default_factory=list)
    logo: Path | None = None
    logo_height_mm: float = 15.0
    organization: str | None = None
    own_page: bool = True  # False: a title block at the top of page one, which is numbered like the rest


@dataclass(frozen=True)
class Metadata:
    """What the output file says about itself (title, author, keywords, dates): nothing of the machine."""

    title: str
    author: str
    subject: str
    keywords: tuple[str, ...]
    created: datetime
    language: str = "en"


@dataclass
class Document:
    """Everything a writer needs and nothing it has to decide."""

    metadata: Metadata
    page: PageSetup
    fonts: FontSetup
    banner: Banner | None
    cover: Cover | None
    blocks: list[Block]
    page_label: str = "Page {page} of {pages}"
    footer_text: str | None = None
    citation_style: Literal["numbered", "footnotes"] = "numbered"
    portion_marks: bool = False
    notes_title: str = "Notes"
    warnings: list[str] = field(default_factory=list)

    @property
    def has_cover_page(self) -> bool:
        return self.cover is not None and self.cover.own_page

    def headings(self) -> list[Heading]:
        return [block for block in self.blocks if isinstance(block, Heading)]


def plain_text_of(run: Inline) -> str:
    """The characters a reader sees for one run (a footnote shows only its number in the text)."""
    if isinstance(run, Footnote):
        return str(run.number)
    if isinstance(run, CitationRef):
        return run.label
    return run.text
