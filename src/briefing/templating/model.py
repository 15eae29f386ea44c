"""The resolved template: what compose, the spec and the GUI read. Loading lives in `loader`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Literal

from briefing.model.marking import TLP_LABELS, Marking, marking_key, marking_problem, strip_format_characters

SectionKind = Literal["prose", "actors", "questions", "caveats", "sources", "judgments"]
SECTION_KINDS: tuple[str, ...] = ("prose", "actors", "questions", "caveats", "sources", "judgments")

# The item kind each section kind holds ("sources" holds none: compose fills it).
ITEM_KIND_OF_SECTION: dict[str, str] = {
    "prose": "prose",
    "actors": "actor",
    "questions": "question",
    "caveats": "caveat",
    "judgments": "judgment",
}

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")

ACTOR_COLUMNS: tuple[str, ...] = ("name", "role", "affiliation", "note", "sources")


@dataclass
class SectionSpec:
    """One section of a template: its key, title, kind, rules (required, limits) and guidance."""

    key: str
    title: str
    kind: SectionKind = "prose"
    required: bool = False
    min_items: int | None = None
    max_items: int | None = None
    max_words: int | None = None
    guidance: str = ""
    cites_required: bool = False
    columns: list[str] = field(default_factory=lambda: ["name", "role", "affiliation", "note"])

    @property
    def item_kind(self) -> str | None:
        return ITEM_KIND_OF_SECTION.get(self.kind)


@dataclass
class PageSetup:
    """Paper size, orientation and margins."""

    size: Literal["A4", "Letter", "Legal"] = "A4"
    orientation: Literal["portrait", "landscape"] = "portrait"
    margin_top_mm: float = 25.0
    margin_bottom_mm: float = 25.0
    margin_left_mm: float = 22.0
    margin_right_mm: float = 22.0


@dataclass
class Typography:
    """The fonts and sizes a template asks for (bundled families only)."""

    body_font: str = "DejaVu Sans"
    heading_font: str = "DejaVu Sans"
    body_size: float = 10.5
    heading_sizes: tuple[float, float, float] = (16.0, 13.0, 11.0)
    title_size: float = 24.0
    text_colour: str = "#1A1A1A"
    heading_colour: str = "#1F3864"
    font_files: dict[str, Path] = field(default_factory=dict)


@dataclass
class Branding:
    """The organization's name, logo, colour and footer text."""

    organization: str | None = None
    logo: Path | None = None
    accent_colour: str = "#1F3864"
    footer_text: str | None = None
    logo_height_mm: float = 15.0


@dataclass
class MarkingScheme:
    """`kind` is "tlp", "classification" or "none"; `levels` are ordered lowest first."""

    kind: Literal["tlp", "classification", "none"] = "tlp"
    levels: list[Marking] = field(default_factory=lambda: list(TLP_LABELS))
    default: str | None = "TLP:AMBER"
    portion_marks: bool = False
    # Short forms for portion marks, by label ("CONFIDENTIAL" -> "C"); a label without one is used whole.
    abbreviations: dict[str, str] = field(default_factory=dict)

    def find(self, label: str | None) -> Marking | None:
        """The level `label` names, compared in the one normal form of `marking_key`; None for a label
        the scheme does not know or for a look-alike (see `problem`)."""
        if label is None or marking_problem(label):
            return None
        wanted = marking_key(label)
        return next((m for m in self.levels if marking_key(m.label) == wanted), None)

    def problem(self, label: str) -> str | None:
        """Why `label` is not a marking of this scheme, in one sentence; None when it is one."""
        if self.kind == "none":
            return (f"the template has no marking scheme, so the marking {strip_format_characters(label)!r} "
                    "would be left off; choose a template with a marking scheme or remove the marking")
        lookalike = marking_problem(label)
        if lookalike:
            return lookalike
        if self.find(label) is None:
            return (f"the marking {strip_format_characters(label)!r} is not part of the template's marking "
                    f"scheme; use one of {', '.join(self.labels())}")
        return None

    def labels(self) -> list[str]:
        return [m.label for m in self.levels]

    def portion(self, label: str | None) -> str:
        """The portion mark for an item marked `label`, e.g. "(C)" or "(TLP:GREEN)"; "" for none."""
        marking = self.find(label)
        if marking is None:
            return ""
        return f"({self.abbreviations.get(marking.label, marking.label)})"


@dataclass
class CoverPage:
    """The cover page, or, when `enabled` is False, the title block at the top of page one.

    Either way `fields` lists what is shown and in which order: a brief without a cover page
    (a one-page situation brief, a memo) still opens with its title and these fields.
    """

    enabled: bool = True
    fields: list[str] = field(
        default_factory=lambda: [
            "title", "subtitle", "date", "author", "organization", "reference", "distribution", "marking",
        ]
    )
    # How the cover writes the brief's date (see `format_date`).
    date_format: Literal["full", "dtg", "iso", "long", "date"] = "dtg"

    def format_date(self, value: datetime | date | None) -> str:
        """The brief's date as this cover writes it; a naive datetime is taken as UTC.

        "full": 20 Nov 2025, 16:30 UTC (201630Z NOV 25) — readable, with the date-time group;
        "dtg": 201630Z NOV 25; "iso": 2025-11-20 16:30 UTC; "long": 20 November 2025, 16:30 UTC;
        "date": 20 November 2025. Month names are English whatever the machine's locale, so an
        export is the same everywhere.
        """
        if value is None:
            return ""
        if not isinstance(value, datetime):
            return value.isoformat() if self.date_format in ("iso", "dtg") else _long_day(value)
        moment = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
        # Date-time group: DDHHMMZ MON YY, month in English capitals by convention.
        dtg = f"{moment:%d%H%M}Z {_MONTHS[moment.month - 1][:3].upper()} {moment:%y}"
        if self.date_format == "dtg":
            return dtg
        if self.date_format == "iso":
            return f"{moment:%Y-%m-%d %H:%M} UTC"
        if self.date_format == "long":
            return f"{_long_day(moment)}, {moment:%H:%M} UTC"
        if self.date_format == "date":
            return _long_day(moment)
        return f"{moment.day} {_MONTHS[moment.month - 1][:3]} {moment.year}, {moment:%H:%M} UTC ({dtg})"


def _long_day(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


DEFAULT_LABELS: dict[str, str] = {
    "page": "Page {page} of {pages}",
    "contents": "Contents",
    "sources": "Sources",
    "notes": "Notes",
    "prepared_by": "Prepared by",
    "organization": "Organization",
    "date": "Date",
    "reference": "Reference",
    "distribution": "Distribution",
    "marking": "Marking",
    "accessed": "accessed",
    "grade": "Grade",
    "likelihood": "Likelihood",
    "confidence": "Confidence",
    "confidence_value": "{confidence} confidence",
    "name": "Name",
    "role": "Role",
    "affiliation": "Affiliation",
    "note": "Note",
    "sources_column": "Sources",
    "no_items": "Nothing to report.",
    "published": "published",
    "attachment": "The full brief is attached: {filename}",
    "subject": "{marking} — {title} ({date})",
}


@dataclass
class Template:
    """A fully resolved template (inheritance applied, assets located, defaults filled)."""

    id: str
    name: str
    description: str = ""
    version: str = "1"
    page: PageSetup = field(default_factory=PageSetup)
    typography: Typography = field(default_factory=Typography)
    branding: Branding = field(default_factory=Branding)
    marking: MarkingScheme = field(default_factory=MarkingScheme)
    cover: CoverPage = field(default_factory=CoverPage)
    toc: bool = True
    citation_style: Literal["numbered", "footnotes"] = "numbered"
    sections: list[SectionSpec] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_LABELS))
    extends: str | None = None  # the parent's id, for information (source_text is already merged)
    language: str = "en"  # BCP 47 tag of the labels and of the text the template expects
    origin: Path | None = None  # the file it was loaded from
    origin_kind: str = "shipped"  # shipped, user, admin, system, embedded
    source_text: str = ""  # the YAML as loaded (after inheritance: the merged document)

    def section(self, key: str) -> SectionSpec | None:
        return next((s for s in self.sections if s.key == key), None)

    def label(self, key: str, **values: object) -> str:
        text = self.labels.get(key, DEFAULT_LABELS.get(key, key))
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):
            return text
