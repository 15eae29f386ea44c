"""Small helpers for words people read: "did you mean" hints and file names made from titles."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable

from briefing.characters import strip_format_characters

# what file systems refuse in a name (Windows is the strictest), and control characters
_UNSAFE_IN_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def did_you_mean(word: str, choices: Iterable[str], *, list_label: str | None = None) -> str:
    """ "; did you mean 'x'?" for the closest choice (ignoring case); when nothing is close,
    "; {list_label}: a, b, c" if a label is given, else "".

    One wording for every message that names an unknown key, template id or section."""
    options = list(choices)
    lowered = {choice.lower(): choice for choice in options}
    close = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
    if close:
        return f"; did you mean {lowered[close[0]]!r}?"
    if list_label and options:
        return f"; {list_label}: " + ", ".join(options)
    return ""


def safe_file_name(text: str, fallback: str, *, limit: int = 120, separator: str = " ") -> str:
    """`text` as a file name (without suffix) readable in any script.

    Keeps letters of every script (a Cyrillic title stays Cyrillic) and removes only what file
    systems refuse; NFC so that every platform shows the same name; runs of spaces become one
    `separator`; never empty, never a leading or trailing dot or space. Format characters go
    too: a right-to-left override makes "Invoice \u202efdp.exe" display as "…exe.pdf"."""
    name = strip_format_characters(unicodedata.normalize("NFC", text))
    name = _UNSAFE_IN_NAME.sub(" ", name)
    name = separator.join(name.split()).strip(" .")
    return name[:limit].rstrip(" ." + separator) or fallback
