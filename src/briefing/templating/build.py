"""Checking merged template data against the schema and building the `Template` from it.

Validation and construction are one pass, so the rules cannot drift apart: each value is read
through a typed accessor that records a problem (file, line, key, and a "did you mean" for a
misspelt key or choice) and falls back to the default, so that one run reports every problem.
"""

from __future__ import annotations

import re
import string
import unicodedata
from pathlib import Path
from typing import Any

from briefing.model.marking import Marking, marking_key, marking_problem, strip_format_characters
from briefing.templating import schema
from briefing.templating.assets import AssetError, ResolvedAsset, decode_data_uri, font_family, materialize
from briefing.templating.inherit import Layer
from briefing.templating.model import (
    DEFAULT_LABELS,
    Branding,
    CoverPage,
    MarkingScheme,
    PageSetup,
    SectionSpec,
    Template,
    Typography,
)
from briefing.templating.source import KeyPath, Problem
from briefing.wording import did_you_mean

_MISSING = object()
_UNITS_MM = {"mm": 1.0, "cm": 10.0, "in": 25.4, "pt": 25.4 / 72}
_LENGTH = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(mm|cm|in|pt)?\s*")


class _Reader:
    """Typed access to the merged data; every mistake becomes a Problem and a default."""

    def __init__(self, layer: Layer) -> None:
        self.layer = layer
        self.problems: list[Problem] = []
        # Keys offered as "did you mean": their absence is already explained, so not reported again.
        self.suggested: set[KeyPath] = set()

    def missing(self, path: KeyPath, message: str) -> None:
        if path not in self.suggested:
            self.fail(path, message)

    def fail(self, path: KeyPath, message: str) -> None:
        self.problems.append(self.layer.problem(path, message))

    def mapping(self, parent: dict[str, Any], key: str, path: KeyPath, keys: tuple[str, ...]) -> dict[str, Any]:
        value = parent.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.fail(path, f"must be a mapping of {', '.join(keys[:4])}, …, not {_describe(value)}")
            return {}
        self.known_keys(value, path, keys)
        return value

    def known_keys(self, mapping: dict[str, Any], path: KeyPath, keys: tuple[str, ...]) -> None:
        for key in mapping:
            if key not in keys:
                hint = did_you_mean(str(key), keys)
                if hint:
                    self.suggested.add((*path, hint.split("'")[1]))
                self.fail((*path, str(key)), f"is not a known key{hint or f' (known keys: {chr(44).join(keys)})'}")

    def text(self, mapping: dict[str, Any], key: str, path: KeyPath, default: Any = None, *,
             required: bool = False, choices: tuple[str, ...] = (), pattern: str | None = None,
             numbers_ok: bool = False) -> Any:
        value = mapping.get(key, _MISSING)
        if value is _MISSING or value is None:
            if required:
                self.missing(path, "is required")
            return default
        if numbers_ok and isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            self.fail(path, f"must be text, not {_describe(value)}")
            return default
        if choices:
            match = next((c for c in choices if c.lower() == value.strip().lower()), None)
            if match is None:
                hint = did_you_mean(value, choices)
                self.fail(path, f"{value!r} is not one of {', '.join(choices)}{hint}")
                return default
            return match
        if pattern and not re.fullmatch(pattern, value):
            self.fail(path, f"{value!r} is not of the expected form ({_PATTERN_HELP.get(pattern, pattern)})")
            return default
        if required and not value.strip():
            self.fail(path, "must not be empty")
            return default
        return value

    def flag(self, mapping: dict[str, Any], key: str, path: KeyPath, default: bool) -> bool:
        value = mapping.get(key, _MISSING)
        if value is _MISSING:
            return default
        if not isinstance(value, bool):
            self.fail(path, f"must be true or false, not {_describe(value)}")
            return default
        return value

    def number(self, mapping: dict[str, Any], key: str, path: KeyPath, default: Any, *, whole: bool = False,
               low: float = 0, high: float = 1e9) -> Any:
        value = mapping.get(key, _MISSING)
        if value is _MISSING or value is None:
            return default
        kinds = (int,) if whole else (int, float)
        if isinstance(value, bool) or not isinstance(value, kinds):
            self.fail(path, f"must be a {'whole ' if whole else ''}number, not {_describe(value)}")
            return default
        if not low <= value <= high:
            self.fail(path, f"{value} is out of range ({_fmt(low)} to {_fmt(high)})")
            return default
        return value

    def colour(self, mapping: dict[str, Any], key: str, path: KeyPath, default: str | None) -> str | None:
        value = self.text(mapping, key, path, _MISSING)
        if value is _MISSING:
            return default
        if not re.fullmatch(schema.COLOUR_PATTERN, value.strip()):
            self.fail(path, f"{value!r} is not a colour; write it as \"#RRGGBB\" in quotes, e.g. \"#1F3864\"")
            return default
        return str(value).strip().upper()

    def length_mm(self, value: Any, path: KeyPath, default: float, *, low: float = 0, high: float = 100) -> float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            millimetres = float(value)
        elif isinstance(value, str) and (match := _LENGTH.fullmatch(value)):
            millimetres = float(match.group(1)) * _UNITS_MM[match.group(2) or "mm"]
        else:
            self.fail(path, f"{value!r} is not a length; write e.g. 25mm, 2.5cm, 1in or 72pt (a number is mm)")
            return default
        if not low <= millimetres <= high:
            self.fail(path, f"{value!r} is out of range ({_fmt(low)} to {_fmt(high)} mm)")
            return default
        return round(millimetres, 3)

    def text_list(self, mapping: dict[str, Any], key: str, path: KeyPath, default: list[str],
                  choices: tuple[str, ...]) -> list[str]:
        value = mapping.get(key, _MISSING)
        if value is _MISSING or value is None:
            return list(default)
        if not isinstance(value, list):
            self.fail(path, f"must be a list of {', '.join(choices)}, not {_describe(value)}")
            return list(default)
        result: list[str] = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or item not in choices:
                hint = did_you_mean(str(item), choices) if isinstance(item, str) else ""
                self.fail((*path, index), f"{item!r} is not one of {', '.join(choices)}{hint}")
            elif item in result:
                self.fail((*path, index), f"{item!r} is listed twice")
            else:
                result.append(item)
        return result


_PATTERN_HELP = {
    schema.ID_PATTERN: "lower-case letters, digits, '-', '_' or '.', e.g. situation-brief",
    schema.SECTION_KEY_PATTERN: "a lower-case word such as summary or key_judgments",
}


def build_template(layer: Layer, *, complete: bool = True) -> tuple[Template, list[Problem]]:
    """The Template described by merged `layer`, and every problem found (empty when valid).

    `complete=False` skips the checks for what a missing parent would have supplied (name,
    sections), so that a broken `extends` is reported once rather than with its consequences.
    """
    read = _Reader(layer)
    if not complete:
        read.suggested.update({("name",), ("sections",)})
    data = layer.data
    read.known_keys(data, (), schema.TOP_KEYS)
    template_id = read.text(data, "id", ("id",), "unnamed", required=True, pattern=schema.ID_PATTERN)
    template = Template(
        id=template_id,
        name=read.text(data, "name", ("name",), template_id, required=True),
        description=read.text(data, "description", ("description",), ""),
        version=read.text(data, "version", ("version",), "1", numbers_ok=True),
        language=read.text(data, "language", ("language",), "en", pattern=r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*"),
        page=_page(read, data),
        typography=_typography(read, data),
        branding=_branding(read, data),
        marking=_marking(read, data),
        cover=_cover(read, data),
        toc=read.flag(data, "toc", ("toc",), True),
        citation_style=read.text(data, "citation_style", ("citation_style",), "numbered",
                                 choices=schema.CITATION_STYLES),
        sections=_sections(read, data),
        labels=_labels(read, data),
    )
    return template, read.problems


def _page(read: _Reader, data: dict[str, Any]) -> PageSetup:
    block = read.mapping(data, "page", ("page",), schema.PAGE_KEYS)
    page = PageSetup(
        size=read.text(block, "size", ("page", "size"), "A4", choices=schema.PAGE_SIZES),
        orientation=read.text(block, "orientation", ("page", "orientation"), "portrait", choices=schema.ORIENTATIONS),
    )
    margins = block.get("margins")
    path: KeyPath = ("page", "margins")
    if isinstance(margins, dict):
        read.known_keys(margins, path, schema.MARGIN_KEYS)
        for side in schema.MARGIN_KEYS:
            if side in margins:
                attribute = f"margin_{side}_mm"
                value = read.length_mm(margins[side], (*path, side), getattr(page, attribute), low=5, high=80)
                setattr(page, attribute, value)
    elif margins is not None:
        every = read.length_mm(margins, path, -1.0, low=5, high=80)
        if every >= 0:
            page.margin_top_mm = page.margin_bottom_mm = page.margin_left_mm = page.margin_right_mm = every
    return page


def _typography(read: _Reader, data: dict[str, Any]) -> Typography:
    block = read.mapping(data, "typography", ("typography",), schema.TYPOGRAPHY_KEYS)
    typography = Typography()
    for key in ("body_font", "heading_font"):
        path: KeyPath = ("typography", key)
        value = block.get(key)
        if value is None:
            continue
        font_path = _asset_path(read, value, path, "font")
        if font_path is not None:
            try:
                family = font_family(font_path)
                if typography.font_files.get(family, font_path) != font_path:
                    family = font_family(font_path, full=True)  # e.g. the bold file for headings
            except AssetError as error:
                read.fail(path, str(error))
                continue
            typography.font_files[family] = font_path
            setattr(typography, key, family)
        elif not isinstance(value, str):
            if not isinstance(value, ResolvedAsset):
                read.fail(path, f"must be a font family name or a .ttf file, not {_describe(value)}")
        elif not value.startswith("data:"):
            bundled = next((f for f in schema.BUNDLED_FONTS if f.lower() == value.strip().lower()), None)
            if bundled is None:
                read.fail(path, f"{value!r} is not a bundled font (use one of {', '.join(schema.BUNDLED_FONTS)}, "
                          f"or a .ttf file next to the template){did_you_mean(value, schema.BUNDLED_FONTS)}")
            else:
                setattr(typography, key, bundled)
    typography.body_size = read.number(block, "body_size", ("typography", "body_size"), typography.body_size,
                                       low=6, high=24)
    typography.title_size = read.number(block, "title_size", ("typography", "title_size"), typography.title_size,
                                        low=10, high=72)
    sizes = block.get("heading_sizes")
    if sizes is not None:
        path = ("typography", "heading_sizes")
        if (not isinstance(sizes, list) or len(sizes) != 3
                or not all(isinstance(s, int | float) and not isinstance(s, bool) and 6 <= s <= 48 for s in sizes)):
            read.fail(path, "must be a list of three point sizes (6 to 48) for heading levels 1–3, e.g. [16, 13, 11]")
        else:
            typography.heading_sizes = (float(sizes[0]), float(sizes[1]), float(sizes[2]))
    for key in ("text_colour", "heading_colour"):
        setattr(typography, key, read.colour(block, key, ("typography", key), getattr(typography, key)))
    return typography


def _asset_path(read: _Reader, value: Any, path: KeyPath, kind: str) -> Path | None:
    """The file of a resolved or embedded asset; None (and no problem) for anything else."""
    if isinstance(value, ResolvedAsset):
        return value.path
    if isinstance(value, str) and value.startswith("data:"):
        try:
            media_type, blob = decode_data_uri(value, kind)
            return materialize(media_type, blob)
        except AssetError as error:
            read.fail(path, str(error))
    return None


def _branding(read: _Reader, data: dict[str, Any]) -> Branding:
    block = read.mapping(data, "branding", ("branding",), schema.BRANDING_KEYS)
    branding = Branding(
        organization=read.text(block, "organization", ("branding", "organization")),
        footer_text=read.text(block, "footer_text", ("branding", "footer_text")),
    )
    branding.accent_colour = read.colour(block, "accent_colour", ("branding", "accent_colour"),
                                         branding.accent_colour) or branding.accent_colour
    if "logo_height" in block and block["logo_height"] is not None:
        branding.logo_height_mm = read.length_mm(block["logo_height"], ("branding", "logo_height"),
                                                 branding.logo_height_mm, low=5, high=60)
    logo = block.get("logo")
    if logo is not None:
        branding.logo = _asset_path(read, logo, ("branding", "logo"), "logo")
        if not isinstance(logo, str | ResolvedAsset):
            read.fail(("branding", "logo"), f"must be the path of a PNG or JPEG file, not {_describe(logo)}")
    return branding


def _marking(read: _Reader, data: dict[str, Any]) -> MarkingScheme:
    block = read.mapping(data, "marking", ("marking",), schema.MARKING_KEYS)
    kind = read.text(block, "scheme", ("marking", "scheme"), "tlp", choices=schema.MARKING_SCHEMES)
    portion = read.flag(block, "portion_marks", ("marking", "portion_marks"), False)
    if kind != "classification" and "levels" in block:
        read.fail(("marking", "levels"), "levels belong to the classification scheme only"
                  + ("; TLP 2.0 fixes its own labels and colours" if kind == "tlp" else ""))
    if kind == "none":
        if block.get("default") is not None:
            read.fail(("marking", "default"), "a template without markings has no default marking")
        if portion:
            read.fail(("marking", "portion_marks"), "portion marks need a marking scheme (tlp or classification)")
        return MarkingScheme(kind="none", levels=[], default=None, portion_marks=False)
    scheme = MarkingScheme(kind=kind, portion_marks=portion)
    if kind == "classification":
        scheme.levels, scheme.abbreviations = _levels(read, block)
        scheme.default = scheme.levels[0].label if scheme.levels else None
    default = read.text(block, "default", ("marking", "default"), None)
    if default is not None and scheme.levels:
        found = scheme.find(default)
        if found is None:
            read.fail(("marking", "default"), f"{default!r} is not a level of this scheme "
                      f"({', '.join(scheme.labels())}){did_you_mean(default, scheme.labels())}")
        else:
            scheme.default = found.label
    return scheme


def _levels(read: _Reader, block: dict[str, Any]) -> tuple[list[Marking], dict[str, str]]:
    path: KeyPath = ("marking", "levels")
    raw = block.get("levels")
    if not isinstance(raw, list) or not raw:
        read.fail(path, "a classification scheme needs `levels`: a list from lowest to highest, each with a "
                  "`label` and a `colour`")
        return [], {}
    levels: list[Marking] = []
    abbreviations: dict[str, str] = {}
    for index, entry in enumerate(raw):
        where = (*path, index)
        if not isinstance(entry, dict):
            read.fail(where, f"must be a mapping with label and colour, not {_describe(entry)}")
            continue
        read.known_keys(entry, where, schema.LEVEL_KEYS)
        label = read.text(entry, "label", (*where, "label"), None, required=True)
        if label is None:
            continue
        label = " ".join(strip_format_characters(unicodedata.normalize("NFKC", label)).split())
        problem = marking_problem(label)
        if problem:
            read.fail((*where, "label"), problem)
        if any(marking_key(m.label) == marking_key(label) for m in levels):
            read.fail((*where, "label"), f"{label!r} is listed twice")
            continue
        levels.append(Marking(
            label=label,
            rank=len(levels),
            colour=read.colour(entry, "colour", (*where, "colour"), "#000000") or "#000000",
            background=read.colour(entry, "background", (*where, "background"), None),
            description=read.text(entry, "description", (*where, "description"), ""),
        ))
        abbreviation = read.text(entry, "abbreviation", (*where, "abbreviation"), None)
        if abbreviation:
            abbreviations[label] = abbreviation.strip()
    return levels, abbreviations


def _cover(read: _Reader, data: dict[str, Any]) -> CoverPage:
    value = data.get("cover")
    if isinstance(value, bool):
        return CoverPage(enabled=value)
    block = read.mapping(data, "cover", ("cover",), schema.COVER_KEYS)
    cover = CoverPage()
    cover.enabled = read.flag(block, "enabled", ("cover", "enabled"), True)
    cover.fields = read.text_list(block, "fields", ("cover", "fields"), cover.fields, schema.COVER_FIELDS)
    cover.date_format = read.text(block, "date_format", ("cover", "date_format"), "dtg",
                                  choices=schema.DATE_FORMATS)
    return cover


def _sections(read: _Reader, data: dict[str, Any]) -> list[SectionSpec]:
    raw = data.get("sections")
    if raw is None:
        read.missing(("sections",), "the template has no sections; add `sections:`, a list of sections with "
                  "key, title and kind")
        return []
    if not isinstance(raw, list) or not raw:
        read.fail(("sections",), "must be a non-empty list of sections (each with key, title and kind)"
                  + ("; a mapping by section key patches the parent's sections only with `extends`"
                     if isinstance(raw, dict) else ""))
        return []
    sections: list[SectionSpec] = []
    for index, entry in enumerate(raw):
        spec = _section(read, entry, ("sections", index), sections)
        if spec is not None:
            sections.append(spec)
    if sum(1 for s in sections if s.kind == "sources") > 1:
        read.fail(("sections",), "has more than one section of kind sources; the source list appears once")
    return sections


def _section(read: _Reader, entry: Any, path: KeyPath, earlier: list[SectionSpec]) -> SectionSpec | None:
    if not isinstance(entry, dict):
        read.fail(path, f"a section must be a mapping with key, title and kind, not {_describe(entry)}")
        return None
    read.known_keys(entry, path, schema.SECTION_KEYS)
    key = read.text(entry, "key", (*path, "key"), None, required=True, pattern=schema.SECTION_KEY_PATTERN)
    if key is not None and any(s.key == key for s in earlier):
        read.fail((*path, "key"), f"{key!r} is used by another section; section keys must be unique")
        key = None
    kind = read.text(entry, "kind", (*path, "kind"), None, required=True, choices=schema.KINDS)
    spec = SectionSpec(
        key=key or f"section-{path[-1]}",
        title=read.text(entry, "title", (*path, "title"), key or "", required=True),
        kind=kind or "prose",
        required=read.flag(entry, "required", (*path, "required"), False),
        min_items=read.number(entry, "min_items", (*path, "min_items"), None, whole=True, high=1000),
        max_items=read.number(entry, "max_items", (*path, "max_items"), None, whole=True, low=1, high=1000),
        max_words=read.number(entry, "max_words", (*path, "max_words"), None, whole=True, low=1, high=100_000),
        guidance=read.text(entry, "guidance", (*path, "guidance"), "").strip(),
        cites_required=read.flag(entry, "cites_required", (*path, "cites_required"), False),
    )
    if spec.min_items is not None and spec.max_items is not None and spec.min_items > spec.max_items:
        read.fail((*path, "min_items"), f"min_items ({spec.min_items}) is more than max_items ({spec.max_items})")
    if spec.kind == "sources":
        for name in ("min_items", "max_items", "max_words", "cites_required"):
            if name in entry:
                read.fail((*path, name), "does not apply to the sources section, which lists the cited sources "
                          "itself")
    if "columns" in entry:
        if spec.kind != "actors":
            read.fail((*path, "columns"), "columns apply only to sections of kind actors")
        else:
            spec.columns = read.text_list(entry, "columns", (*path, "columns"), spec.columns, schema.COLUMNS)
            if "name" not in spec.columns:
                read.fail((*path, "columns"), "the actors table needs the name column")
    return spec


def _labels(read: _Reader, data: dict[str, Any]) -> dict[str, str]:
    labels = dict(DEFAULT_LABELS)
    block = read.mapping(data, "labels", ("labels",), schema.LABEL_KEYS)
    for key, value in block.items():
        if key not in DEFAULT_LABELS:
            continue
        path: KeyPath = ("labels", key)
        text = read.text(block, key, path, None)
        if text is None:
            continue
        allowed = schema.LABEL_PLACEHOLDERS.get(key, frozenset())
        try:
            used = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
        except ValueError:
            read.fail(path, f"{value!r} has an unmatched brace; write a literal brace as {{{{ or }}}}")
            continue
        unknown = sorted(used - allowed)
        if unknown:
            read.fail(path, f"uses {{{unknown[0]}}}, which this label does not provide"
                      + (f" (it may use {', '.join('{' + n + '}' for n in sorted(allowed))})" if allowed
                         else " (it takes no placeholders)"))
            continue
        labels[key] = text
    return labels


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()} (a yes/no value)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the text {value[:40]!r}"
    if isinstance(value, int | float):
        return f"the number {value}"
    return type(value).__name__


def _fmt(number: float) -> str:
    return f"{number:g}"
