"""Text clean-up and formatting shared by compose: control characters, URLs, dates, grades.

Everything the user typed passes through `clean` once, here, so no writer ever meets a
character its file format cannot hold (XML forbids most C0 controls; PDF text cannot show them).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime

from briefing.compose.document import Inline, Link, Text

# C0 and C1 controls except newline, plus DEL, lone surrogates and the two XML non-characters.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_URL = re.compile(r"\bhttps?://[^\s<>\"'\u201c\u201d]+", re.IGNORECASE)
_TRAILING_PUNCTUATION = ".,;:!?)]}'\u2019"


def clean(text: str | None) -> str:
    """`text` with line ends normalised to "\\n", tabs as spaces and other controls dropped."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return unicodedata.normalize("NFC", _UNPRINTABLE.sub("", text))


def clean_line(text: str | None) -> str:
    """`clean` for one-line values (titles, names): line breaks become spaces."""
    return " ".join(clean(text).split("\n")).strip()


def linkify(text: str, *, bold: bool = False, italic: bool = False) -> list[Inline]:
    """Runs for `text` in which every http(s) URL becomes a Link (trailing punctuation stays text)."""
    if "://" not in text:  # no URL can match: skip the pattern's scan of every character
        return [Text(text, bold, italic)] if text else []
    runs: list[Inline] = []
    position = 0
    for match in _URL.finditer(text):
        url = match.group(0)
        stripped = url.rstrip(_TRAILING_PUNCTUATION)
        if url.endswith(")") and "(" in stripped:
            stripped += ")"
        if len(stripped) < len("http://x"):
            continue
        if match.start() > position:
            runs.append(Text(text[position:match.start()], bold, italic))
        runs.append(Link(stripped, stripped))
        position = match.start() + len(stripped)
    if position < len(text):
        runs.append(Text(text[position:], bold, italic))
    return runs


def as_utc(moment: datetime) -> datetime:
    """Naive datetimes are taken as UTC (the spec writes "Z"); aware ones are converted."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def date_time_group(moment: datetime) -> str:
    """The military date-time group, e.g. "201630Z NOV 25"."""
    utc = as_utc(moment)
    return f"{utc:%d%H%M}Z {_MONTHS[utc.month - 1]} {utc:%y}"


def long_date(day: date | datetime) -> str:
    """A date nobody can misread across locales: "20 Nov 2025"."""
    return f"{day.day} {_MONTHS[day.month - 1].title()} {day.year}"
