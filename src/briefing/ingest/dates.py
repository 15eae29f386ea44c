"""Publication dates as documents write them: ISO 8601, RFC 2822 (e-mail), and plain English."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|T)")
_SLASHED = re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})")
_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%b. %d, %Y", "%A, %B %d, %Y", "%d.%m.%Y")


def parse_date(value: str | None) -> date | None:
    """The calendar date a string names, or None when it names none (never raises).

    Only the date is kept: publication times in meta tags come in every time zone and
    precision, and a source reference (ICD 206) cites the day.
    """
    if not value:
        return None
    value = value.strip()
    for pattern in (_ISO, _COMPACT, _SLASHED):
        match = pattern.match(value)
        if match:
            try:
                return date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                return None
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    cleaned = " ".join(value.replace(" at ", " ").split())
    for fmt in _FORMATS:
        try:
            return datetime.strptime(cleaned[: len(cleaned)], fmt).date()
        except ValueError:
            continue
    return None
