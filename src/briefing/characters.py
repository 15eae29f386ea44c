"""Characters that change what text shows without being seen: removed wherever text is compared or
becomes a name or a header (markings, e-mail subjects, attachment file names)."""

from __future__ import annotations

import unicodedata


def strip_format_characters(text: str) -> str:
    """`text` without Unicode format characters (category Cf: zero-width spaces and joiners,
    bidirectional overrides, soft hyphens): invisible, they make two labels that look the same compare
    different, and make a name or a subject show something else than it says."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
