"""Spell checking for the item editor, when the system has a word list.

Looks for a plain word list or a Hunspell .dic file (the affix rules are not applied, so
inflected forms not listed are accepted when their stem is); without one, editing works
exactly the same, just without the red underlines.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CANDIDATES = (
    "/usr/share/hunspell/en_US.dic",
    "/usr/share/hunspell/en_GB.dic",
    "/usr/share/myspell/en_US.dic",
    "/usr/share/dict/words",
    "/usr/share/dict/american-english",
    "/usr/share/dict/british-english",
)


def dictionary_path() -> Path | None:
    explicit = os.environ.get("BRIEFING_DICTIONARY")
    for name in ([explicit] if explicit else []) + list(_CANDIDATES):
        path = Path(name)
        if path.is_file():
            return path
    return None


@cache
def load_words(path: Path) -> frozenset[str]:
    words = set()
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle):
            word = line.strip().split("/", 1)[0]
            if number == 0 and word.isdigit():  # Hunspell's entry count
                continue
            if word:
                words.add(word.casefold())
    return frozenset(words)


def _known(word: str, words: frozenset[str]) -> bool:
    folded = word.casefold().replace("’", "'")
    if folded in words or len(folded) < 3 or word.isupper():
        return True
    for suffix in ("'s", "s", "es", "ed", "d", "ing", "ly", "er", "est"):
        if folded.endswith(suffix) and folded[: -len(suffix)] in words:
            return True
    return False


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the words the system's word list does not know."""

    def __init__(self, document: QTextDocument, words: frozenset[str]) -> None:
        super().__init__(document)
        self.words = words
        self.error_format = QTextCharFormat()
        self.error_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.error_format.setUnderlineColor(QColor(Qt.GlobalColor.red))

    def highlightBlock(self, text: str) -> None:
        for match in _WORD.finditer(text):
            if not _known(match.group(), self.words):
                # Qt counts UTF-16 units; words here are BMP letters in practice.
                self.setFormat(match.start(), len(match.group()), self.error_format)


def attach(document: QTextDocument) -> SpellHighlighter | None:
    """Spell-check `document` if a dictionary is available; returns the highlighter or None."""
    path = dictionary_path()
    if path is None:
        return None
    return SpellHighlighter(document, load_words(path))
