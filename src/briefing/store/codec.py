"""Model objects to table rows and back, and the cheap "keys" that tell whether a row changed.

A key is a tuple of the object's field values, built without serialising anything, so that
comparing the brief in memory with what the file holds costs a few microseconds per object
(source text compares by identity first: the loaded string is the one the key keeps).
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta, timezone
from typing import Any

from briefing.model import Brief, Citation, Grade, Item, Release, Source

Row = tuple[Any, ...]


def _date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


# A UTC offset with seconds or microseconds, as isoformat() writes it; Python 3.11's
# fromisoformat() silently drops such sub-minute parts of the offset.
_FINE_OFFSET = re.compile(r"([+-])(\d\d):(\d\d):(\d\d)(?:\.(\d{6}))?$")


def _parse_datetime(value: str) -> datetime:
    fine = _FINE_OFFSET.search(value)
    if fine is None or "T" not in value[: fine.start()]:
        return datetime.fromisoformat(value)
    sign, hours, minutes, seconds, micros = fine.groups()
    offset = timedelta(hours=int(hours), minutes=int(minutes), seconds=int(seconds), microseconds=int(micros or 0))
    naive = datetime.fromisoformat(value[: fine.start()])
    return naive.replace(tzinfo=timezone(-offset if sign == "-" else offset))


def _read_date(value: str | None) -> date | None:
    if value is None:
        return None
    # A datetime put where a date belongs is kept as it was given rather than refused.
    return _parse_datetime(value) if "T" in value else date.fromisoformat(value)


def _read_datetime(value: str | None) -> datetime | None:
    return None if value is None else _parse_datetime(value)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# --- what a stored row may hold -----------------------------------------------------------
# A received file's rows are checked before they become model objects, so that a BLOB, a
# NULL or a number where text belongs is refused as damage at load, not met as a crash later.
# One letter per column: s text, S text or NULL, i whole number, I whole number or NULL.

BRIEF_TYPES = "ssSSSSSSSS"  # the last: origin (schema 3)
SOURCE_TYPES = "sissSSSSSSISssSsss"
ITEM_TYPES = "siissSSSSSSSS"
CITATION_TYPES = "isiis"
RELEASE_TYPES = "sssSsss"
_NAMES = {"s": "text", "S": "text", "i": "a whole number", "I": "a whole number"}


# Signatures (the tuple of value types) already found valid per kinds string: a load checks
# a row with one tuple build and one set lookup (some 25 ms saved on 5,000 items).
_VALID_SIGNATURES: dict[str, set[tuple[type, ...]]] = {}


def check_row(row: Row, kinds: str, columns: tuple[str, ...], table: str) -> None:
    """Raise ValueError naming the first column whose value is not of its kind."""
    signature = tuple(map(type, row))
    known = _VALID_SIGNATURES.get(kinds)
    if known is None:
        known = _VALID_SIGNATURES[kinds] = set()
    elif signature in known:
        return
    _check_values(row, kinds, columns, table)
    if len(known) < 4096:
        known.add(signature)


def _check_values(row: Row, kinds: str, columns: tuple[str, ...], table: str) -> None:
    for value, kind, column in zip(row, kinds, columns, strict=True):
        wanted = str if kind in "sS" else int
        if type(value) is wanted or (value is None and kind in "SI"):
            continue
        found = "nothing (NULL)" if value is None else "binary data" if isinstance(value, bytes) else \
            "text" if isinstance(value, str) else "a number"
        raise ValueError(f"{table}.{column} holds {found} where {_NAMES[kind]} belongs")


def _parse_json(text: str, what: str) -> object:
    """JSON of one small stored list or map; nesting deeper than Python can follow is damage."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError(f"{what} is nested too deeply") from None
    except json.JSONDecodeError:
        raise ValueError(f"{what} is not valid JSON") from None


def _text_list(text: str, what: str) -> list[str]:
    value = _parse_json(text, what)
    if not isinstance(value, list) or not all(type(item) is str for item in value):
        raise ValueError(f"{what} is not a list of text")
    return value


def _text_map(text: str, what: str) -> dict[str, str]:
    value = _parse_json(text, what)
    if not isinstance(value, dict) or not all(type(item) is str for item in value.values()):
        raise ValueError(f"{what} is not a map of text")
    return value


# Exactly what `source_row` writes: a flat list of [start,end] pairs of whole numbers (checked
# by one C-speed match rather than element by element: a brief holds tens of thousands).
_SPANS = re.compile(r"\[(?:\[\d+,\d+\](?:,\[\d+,\d+\])*)?\]")


def _spans(text: str, what: str) -> list[tuple[int, int]]:
    if not _SPANS.fullmatch(text):
        raise ValueError(f"{what} is not a list of character spans")
    return [(start, end) for start, end in json.loads(text)]


# --- brief metadata ----------------------------------------------------------------------


def brief_row(brief: Brief) -> Row:
    return (
        brief.title, brief.template_id, brief.subtitle, brief.author, brief.organization,
        _date(brief.date), brief.reference, brief.marking, brief.template_snapshot, brief.origin,
    )


def brief_key(brief: Brief) -> Row:
    # datetimes compare by instant, so the key keeps the ISO text (which also keeps the offset).
    return brief_row(brief)


def apply_brief_row(brief: Brief, row: Row) -> None:
    (brief.title, brief.template_id, brief.subtitle, brief.author, brief.organization,
     date_text, brief.reference, brief.marking, brief.template_snapshot, brief.origin) = row
    read = _read_datetime(date_text)
    brief.date = read


# --- sources -----------------------------------------------------------------------------


def source_key(source: Source) -> Row:
    """Everything stored about a source except its position in the list.

    Raw field values (dates and the frozen Grade compare by value), mutable ones copied.
    Index 1 and 2 are title and text, the two fields that feed the full-text index.
    """
    return (
        source.id, source.title, source.text, source.publisher, source.author, source.published, source.url,
        source.accessed, source.grade, source.marking, source.notes, source.media_type, source.origin,
        source.sha256, tuple(source.paragraphs), tuple(source.extra.items()),
    )


# Suffixes of files that hold other files: an attachment's origin keeps its container's name.
_CONTAINERS = (".eml", ".msg", ".mht", ".mhtml", ".zip", ".docx")


def private_origin(origin: str | None) -> str | None:
    """Where a source came from, as a mailed brief may say it: the file name, not its folders.

    The folders of a path name the analyst's home, user name and projects; the file name is
    what a reader needs to recognise the source. An attachment keeps the name of the mail it
    came in ("mail.eml/assessment.docx"); web addresses and the clipboard stay as they are.
    """
    if origin is None:
        return None
    text = origin
    if text.lower().startswith("file://"):
        text = text[len("file://"):]
    elif "://" in text:
        return origin
    parts = [part for part in text.replace("\\", "/").split("/") if part]
    if len(parts) <= 1:
        return parts[0] if parts else ""  # separators alone name no file, and must not pass as one
    if parts[-2].lower().endswith(_CONTAINERS):
        return f"{parts[-2]}/{parts[-1]}"
    return parts[-1]


def source_row(source: Source, position: int) -> Row:
    """Values for schema.SOURCE_COLUMNS."""
    return (
        source.id, position, source.title, source.text, source.publisher, source.author, _date(source.published),
        source.url, _date(source.accessed), source.grade.reliability, source.grade.credibility, source.marking,
        source.notes, source.media_type, private_origin(source.origin),
        _json([list(span) for span in source.paragraphs]), source.sha256, _json(source.extra),
    )


def source_from_row(row: Row) -> Source:
    """A Source exactly as stored (paragraphs and hash are not recomputed)."""
    (source_id, _position, title, text, publisher, author, published, url, accessed, reliability, credibility,
     marking, notes, media_type, origin, paragraphs, sha256, extra) = row
    source = Source(
        title=title, text=text, id=source_id, publisher=publisher, author=author,
        published=_read_date(published), url=url, accessed=_read_date(accessed),
        grade=Grade(reliability, credibility), marking=marking, notes=notes, media_type=media_type,
        origin=origin, paragraphs=[(0, 0)], sha256=sha256 or "-",
    )
    # Set after construction so that __post_init__ cannot "fix" what the file says.
    source.paragraphs = _spans(paragraphs, "sources.paragraphs")
    source.sha256 = sha256
    source.extra = _text_map(extra, "sources.extra")
    return source


# --- items and citations -------------------------------------------------------------------


def item_key(item: Item, section: int, position: int) -> Row:
    """Everything stored about an item in its place: (section, position, fields, citations)."""
    citations = tuple([(c.source_id, c.start, c.end, c.quote) for c in item.citations]) if item.citations else ()
    fields = (item.id, item.kind, item.text, item.name, item.role, item.affiliation, item.actor_type,
              item.likelihood, item.confidence, item.caveat_kind, item.portion)
    return (section, position, fields, citations)


def item_row(key: Row) -> Row:
    """Values for schema.ITEM_COLUMNS, taken from an item key."""
    section, position, fields, _citations = key
    return (fields[0], section, position, *fields[1:])


def item_from_row(row: Row, citations: list[Citation]) -> Item:
    (item_id, _section, _position, kind, text, name, role, affiliation, actor_type, likelihood, confidence,
     caveat_kind, portion) = row
    return Item(
        kind=kind, text=text, citations=citations, id=item_id, name=name, role=role, affiliation=affiliation,
        actor_type=actor_type, likelihood=likelihood, confidence=confidence, caveat_kind=caveat_kind,
        portion=portion,
    )


# --- releases ----------------------------------------------------------------------------


def release_row(release: Release) -> Row:
    """Values for schema.RELEASE_COLUMNS."""
    return (
        release.at.isoformat(), release.action, _json(release.recipients), release.marking, release.filename,
        release.sha256, release.detail,
    )


def release_from_row(row: Row) -> Release:
    at, action, recipients, marking, filename, sha256, detail = row
    return Release(
        at=_parse_datetime(at), action=action, recipients=_text_list(recipients, "releases.recipients"),
        marking=marking,
        filename=filename, sha256=sha256, detail=detail,
    )
