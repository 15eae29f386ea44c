"""compose(): Brief + Template → Document. Every decision both writers depend on is made here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from briefing.compose.document import (
    Banner,
    Block,
    CitationRef,
    Cover,
    CoverField,
    Document,
    FontSetup,
    Footnote,
    Heading,
    Inline,
    ListBlock,
    ListItem,
    Metadata,
    PageSetup,
    Paragraph,
    Table,
    TableOfContents,
    Text,
    TocEntry,
)
from briefing.compose.sources import NumberedSource, number_sources, reference_runs, short_reference_runs
from briefing.compose.text import as_utc, clean, clean_line, date_time_group, linkify
from briefing.images import image_file_problem
from briefing.model import LIKELIHOOD_TERMS, Brief, Item, Marking, Section, highest
from briefing.templating.model import SectionSpec, Template

MM = 72.0 / 25.4
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": (595.2756, 841.8898),
    "Letter": (612.0, 792.0),
    "Legal": (612.0, 1008.0),
}
# When a brief has no date, metadata still needs one that does not change between exports.
FALLBACK_DATE = datetime(2000, 1, 1, tzinfo=UTC)
COLUMN_WIDTHS: dict[str, float] = {"name": 0.21, "role": 0.17, "affiliation": 0.18, "note": 0.30, "sources": 0.14}


@dataclass
class _Context:
    brief: Brief
    template: Template
    numbers: dict[str, NumberedSource]
    portion_marks: bool
    footnotes: bool
    next_footnote: int = 1
    noted: set[str] | None = None  # sources already given in full in a footnote


def compose(brief: Brief, template: Template) -> Document:
    """The Document for `brief` laid out by `template` (never raises on odd content)."""
    warnings: list[str] = []
    specs = _section_specs(brief, template, warnings)
    ordered_items = [item for spec in specs for item in _section_of(brief, spec.key).items]
    portion_marks = template.marking.kind != "none" and template.marking.portion_marks
    context = _Context(brief, template, number_sources(brief, ordered_items), portion_marks,
                       template.citation_style == "footnotes")
    body: list[Block] = []
    for spec in specs:
        section = _section_of(brief, spec.key)
        body.append(Heading(1, clean_line(spec.title) or spec.key, f"section-{_slug(spec.key)}"))
        if spec.required and _is_empty(spec, section, brief):
            warnings.append(f"required section {spec.title!r} is empty")
        body.extend(_section_blocks(spec, section, context))
    blocks: list[Block] = []
    if template.toc:
        entries = [TocEntry(b.level, b.text, b.anchor) for b in body if isinstance(b, Heading) and b.in_toc]
        blocks.append(TableOfContents(template.label("contents"), entries))
    blocks.extend(body)
    banner = _banner(brief, template, warnings)
    return Document(
        metadata=_metadata(brief, template, banner),
        page=_page_setup(template),
        fonts=_fonts(template),
        banner=banner,
        cover=_cover(brief, template, banner, warnings),
        blocks=blocks,
        page_label=template.labels.get("page", "Page {page} of {pages}"),
        footer_text=_footer_text(brief, template) or None,
        citation_style=template.citation_style,
        portion_marks=portion_marks,
        notes_title=template.label("notes"),
        warnings=warnings,
    )


# ---------------------------------------------------------------- sections


def _section_specs(brief: Brief, template: Template, warnings: list[str]) -> list[SectionSpec]:
    """The template's sections, plus any the brief has that the template lacks (never drop content),
    plus a source list when citations would otherwise point nowhere.

    Sections the template lacks (a brief laid out with another template) go before the source list,
    in the brief's order: the source list is the reference list every citation points into, so it
    stays last, and what the analyst wrote is neither lost nor printed as an appendix to it.
    """
    specs = list(template.sections)
    keys = {spec.key for spec in specs}
    extra: list[SectionSpec] = []
    for section in brief.sections:
        if section.key not in keys and section.items:
            title = section.key.replace("_", " ").capitalize()
            extra.append(SectionSpec(key=section.key, title=title,
                                     kind=_kind_for_items(section)))  # type: ignore[arg-type]
            keys.add(section.key)
            warnings.append(f"section {section.key!r} is not a section of the template {template.name!r}; "
                            f"it is printed as {title!r} before the sources")
    at = next((i for i, spec in enumerate(specs) if spec.kind == "sources"), len(specs))
    specs[at:at] = extra
    has_citations = any(item.citations for item in brief.items())
    if not any(spec.kind == "sources" for spec in specs) and (has_citations or brief.sources) \
            and template.citation_style == "numbered":
        specs.append(SectionSpec(key="sources", title=template.label("sources"), kind="sources"))
    return specs


def _kind_for_items(section: Section) -> str:
    kinds = {item.kind for item in section.items}
    mapping = {"actor": "actors", "question": "questions", "caveat": "caveats", "judgment": "judgments"}
    return mapping.get(kinds.pop(), "prose") if len(kinds) == 1 else "prose"


def _section_of(brief: Brief, key: str) -> Section:
    return next((s for s in brief.sections if s.key == key), Section(key))


def _is_empty(spec: SectionSpec, section: Section, brief: Brief) -> bool:
    if spec.kind == "sources":
        return not brief.sources
    return not any(item.text.strip() or (item.name or "").strip() for item in section.items)


def _section_blocks(spec: SectionSpec, section: Section, context: _Context) -> list[Block]:
    template = context.template
    if spec.kind == "sources":
        entries = sorted(context.numbers.values(), key=lambda n: n.number)
        if not entries:
            return [_empty(template)]
        return [
            Paragraph(reference_runs(entry.source, template, portion=_source_portion(entry, context)),
                      role="source", anchor=entry.anchor, label=entry.label)
            for entry in entries
        ]
    if not section.items:
        return [_empty(template)]
    if spec.kind == "actors":
        return [_actors_table(spec, section.items, context)]
    if spec.kind == "questions":
        return [ListBlock([ListItem(_item_runs(item, context)) for item in section.items], ordered=True)]
    if spec.kind == "caveats":
        return [ListBlock([ListItem(_item_runs(item, context)) for item in section.items], ordered=False)]
    if spec.kind == "judgments":
        return [ListBlock([ListItem(_item_runs(item, context), _judgment_details(item, template))
                           for item in section.items], ordered=False)]
    blocks: list[Block] = []
    for item in section.items:
        blocks.append(Paragraph(_item_runs(item, context)))
        if item.kind == "judgment":
            blocks.extend(_judgment_details(item, template))
    return blocks


def _empty(template: Template) -> Paragraph:
    return Paragraph([Text(template.label("no_items"), italic=True)], role="empty")


def _source_portion(entry: NumberedSource, context: _Context) -> str | None:
    if not context.portion_marks:
        return None
    known = context.template.marking.find(entry.source.marking)
    return known.label if known else (clean_line(entry.source.marking) or None)


def _portion(item: Item, context: _Context) -> list[Inline]:
    if not context.portion_marks:
        return []
    label = clean_line(item.portion or context.brief.marking or context.template.marking.default)
    if not label:
        return []
    mark = context.template.marking.portion(label)  # the scheme's short form, e.g. "(C)"
    return [Text(f"{mark or f'({label.upper()})'} ", bold=True)]


def _item_text(item: Item) -> str:
    return clean(item.text) if item.kind != "actor" else clean(item.text or item.name)


def _item_runs(item: Item, context: _Context) -> list[Inline]:
    runs = _portion(item, context)
    runs.extend(linkify(_item_text(item)))
    runs.extend(_citation_runs(item, context))
    return runs


def _citation_runs(item: Item, context: _Context) -> list[Inline]:
    """Markers for an item's citations: one per cited source, in source-number order."""
    cited: list[NumberedSource] = []
    for citation in item.citations:
        entry = context.numbers.get(citation.source_id)
        if entry is not None and entry not in cited:
            cited.append(entry)
    cited.sort(key=lambda entry: entry.number)
    runs: list[Inline] = []
    for entry in cited:
        if context.footnotes:
            quotes = [clean_line(c.quote) for c in item.citations if c.source_id == entry.source.id and c.quote]
            if context.noted is None:
                context.noted = set()
            if entry.source.id in context.noted:  # later notes: the short form, as style guides have it
                note = short_reference_runs(entry.source)
            else:
                note = reference_runs(entry.source, context.template)
                context.noted.add(entry.source.id)
            if quotes:
                note.append(Text(" \u201c" + "\u201d; \u201c".join(quotes) + "\u201d"))
            runs.append(Footnote(context.next_footnote, tuple(note)))
            context.next_footnote += 1
        else:
            runs.append(CitationRef(entry.label, entry.anchor))
    if runs and isinstance(runs[0], CitationRef):
        runs.insert(0, Text(" "))
    return runs


def _judgment_details(item: Item, template: Template) -> list[Paragraph]:
    parts: list[Inline] = []
    if item.likelihood:
        low, high = LIKELIHOOD_TERMS[item.likelihood]
        parts.append(Text(f"{template.label('likelihood')}: ", bold=True))
        parts.append(Text(f"{item.likelihood} ({low}\u2013{high} %)"))
    if item.confidence:
        if parts:
            parts.append(Text(" \u00b7 "))
        parts.append(Text(f"{template.label('confidence')}: ", bold=True))
        parts.append(Text(item.confidence))
    return [Paragraph(parts, role="note")] if parts else []


def _actors_table(spec: SectionSpec, items: list[Item], context: _Context) -> Table:
    template = context.template
    columns = [c for c in spec.columns if c in COLUMN_WIDTHS] or ["name", "role", "affiliation", "note"]
    if any(item.citations for item in items) and "sources" not in columns:
        columns.append("sources")
    header = [template.label("sources_column" if c == "sources" else c) for c in columns]
    total = sum(COLUMN_WIDTHS[c] for c in columns)
    widths = [COLUMN_WIDTHS[c] / total for c in columns]
    rows: list[list[list[Inline]]] = []
    for item in items:
        row: list[list[Inline]] = []
        for column in columns:
            if column == "name":
                row.append([*_portion(item, context), Text(clean_line(item.name or item.text), bold=True)])
            elif column == "note":
                row.append(linkify(clean(item.text)) if item.name else [])
            elif column == "sources":
                row.append([r for r in _citation_runs(item, context) if not (isinstance(r, Text) and r.text == " ")])
            else:
                row.append(linkify(clean(getattr(item, column) or "")))
        rows.append(row)
    return Table(header, rows, widths)


# ---------------------------------------------------------------- the page around the text


def _banner(brief: Brief, template: Template, warnings: list[str]) -> Banner | None:
    scheme = template.marking
    if scheme.kind == "none":
        return None
    labels = [brief.marking or scheme.default]
    if scheme.portion_marks:
        labels.extend(item.portion for item in brief.items())
    known: list[Marking] = []
    unknown: list[str] = []
    for label in labels:
        if not label:
            continue
        marking = scheme.find(label)
        if marking is None:
            unknown.append(clean_line(label))
        else:
            known.append(marking)
    for label in unknown:
        warnings.append(f"marking {label!r} is not a label of the template's marking scheme")
    top = highest(known)
    if top is None:
        if unknown:  # print what the analyst wrote rather than nothing at all
            return Banner(unknown[0].upper(), "#000000", None)
        return None
    label = top.label.upper() if scheme.kind == "classification" else top.label
    return Banner(label, top.colour, top.background, top.description)


def _footer_text(brief: Brief, template: Template) -> str:
    """The template's footer line; `{derived_from}` in it names what the brief is derived from: its one
    source, or "multiple sources" (a derivation line must not claim several sources for one)."""
    text = clean_line(template.branding.footer_text)
    if "{derived_from}" not in text:
        return text
    if len(brief.sources) == 1:
        only = brief.sources[0]
        derived = clean_line(only.title) or clean_line(only.publisher) or "one source"
        derived = derived if len(derived) <= 60 else derived[:59].rstrip() + "…"
    else:
        derived = "multiple sources" if brief.sources else "no sources"
    return text.replace("{derived_from}", derived)


def _page_setup(template: Template) -> PageSetup:
    page = template.page
    width, height = PAGE_SIZES.get(page.size, PAGE_SIZES["A4"])
    if page.orientation == "landscape":
        width, height = height, width
    return PageSetup(width, height, page.margin_top_mm * MM, page.margin_bottom_mm * MM,
                     page.margin_left_mm * MM, page.margin_right_mm * MM)


def _fonts(template: Template) -> FontSetup:
    t = template.typography
    return FontSetup(t.body_font, t.heading_font, t.body_size, tuple(t.heading_sizes)[:3],  # type: ignore[arg-type]
                     t.title_size, t.text_colour, t.heading_colour, template.branding.accent_colour)


def _cover(brief: Brief, template: Template, banner: Banner | None, warnings: list[str]) -> Cover:
    """The cover page, or (cover disabled) the same fields as a title block at the top of page one."""
    organization = clean_line(brief.organization or template.branding.organization) or None
    format_date = getattr(template.cover, "format_date", None)
    date_text = None
    if brief.date is not None:  # the template's date format where it has one, else the date-time group
        date_text = format_date(brief.date) if callable(format_date) else date_time_group(brief.date)
    values: dict[str, tuple[str, str | None]] = {
        "date": (template.label("date"), date_text),
        "author": (template.label("prepared_by"), clean_line(brief.author) or None),
        "organization": (template.label("organization"), organization),
        "reference": (template.label("reference"), clean_line(brief.reference) or None),
        "distribution": (template.label("distribution"),
                         "; ".join(clean_line(d) for d in brief.distribution if clean_line(d)) or None),
        "marking": (template.label("marking"),
                    f"{banner.label} \u2014 {banner.description}" if banner and banner.description
                    else banner.label if banner else None),
    }
    fields = [CoverField(*values[name]) for name in template.cover.fields  # type: ignore[arg-type]
              if name in values and values[name][1]]
    wants = set(template.cover.fields)
    logo = template.branding.logo if template.branding.logo and template.branding.logo.is_file() else None
    problem = image_file_problem(logo) if logo else None
    if problem:  # measured from the header: a template built without validation must not decode a bomb
        warnings.append(f"the logo was left out: {problem}")
        logo = None
    return Cover(
        title=clean_line(brief.title) or "Untitled brief",
        subtitle=(clean_line(brief.subtitle) or None) if "subtitle" in wants else None,
        fields=fields,
        logo=logo,
        logo_height_mm=float(getattr(template.branding, "logo_height_mm", 15.0)),
        organization=organization,
        own_page=template.cover.enabled,
    )


def _metadata(brief: Brief, template: Template, banner: Banner | None) -> Metadata:
    keywords: list[str] = []
    if banner:
        keywords.append(banner.label)
    keywords.append(clean_line(template.name))
    for item in brief.items():
        if item.kind == "actor" and item.name and clean_line(item.name) not in keywords and len(keywords) < 12:
            keywords.append(clean_line(item.name))
    return Metadata(
        title=clean_line(brief.title) or "Untitled brief",
        author=clean_line(brief.author or brief.organization),
        subject=clean_line(brief.subtitle) or clean_line(template.name),
        keywords=tuple(k for k in keywords if k),
        created=as_utc(brief.date) if brief.date else FALLBACK_DATE,
        language=str(getattr(template, "language", "en") or "en"),
    )


def _slug(key: str) -> str:
    return "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in key) or "section"
