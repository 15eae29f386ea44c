"""Words for the full-text index: one tokenizer for indexing, queries and locating matches.

SQLite's FTS5 reports neither character offsets (FTS5 has no `offsets()`) nor does its
`unicode61` tokenizer split Chinese or Japanese text into words. So the store does the
tokenizing itself, in Python, and hands FTS5 a pre-folded stream of words separated by
spaces (indexed with FTS5's plain `ascii` tokenizer, which then splits on spaces only).
Because the same function produces the index, parses the query and re-finds the match in
`Source.text`, a hit in the index always maps back to exact character offsets.

Folding: compatibility decomposition (NFKD), diacritics dropped (not the few marks that
make another letter: й, ガ), case folded — so "Zelenskyý", "ZELENSKYY" and "zelenskyy" are
one word, and "ё" is found as "е". Scripts written without spaces
(Han, kana, Thai, …) are indexed one character per token; a query word in those scripts
becomes a phrase of characters, which finds it anywhere inside a sentence. So are Hangul
syllables: Korean separates words by spaces but attaches particles to them ("회담을"), and
per-syllable phrases find "회담" there.

Changing anything here changes the index: bump the schema version and rebuild it in a
migration.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

# Runs of letters and digits (ASCII text; see `_token_pattern` for the rest).
_ASCII_WORD = re.compile(r"[a-z0-9]+")
_ASCII_WORD_ANY_CASE = re.compile(r"[A-Za-z0-9]+")
# Inside a folded word, anything FTS5's ascii tokenizer would split on becomes a space.
_ASCII_SEPARATORS = re.compile(r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+")

# Scripts written without spaces between words: each character is a token.
_UNSPACED_RANGES: tuple[tuple[int, int], ...] = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1100, 0x11FF),  # Hangul jamo
    (0x1780, 0x17FF),  # Khmer
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3005, 0x3007),  # ideographic iteration mark, closing mark, number zero
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3130, 0x318F),  # Hangul compatibility jamo
    (0x31F0, 0x31FF),  # Katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xAC00, 0xD7A3),  # Hangul syllables (Korean is spaced, but particles cling to words)
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width Katakana
    (0x20000, 0x3134F),  # CJK extensions B–G
)


def is_unspaced(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _UNSPACED_RANGES)


def _class_body(ranges: list[tuple[int, int]]) -> str:
    return "".join(
        re.escape(chr(low)) if low == high else f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in ranges
    )


@cache
def marks_pattern() -> str:
    """A regex matching one combining mark (categories Mn, Mc, Me).

    Two classes: Python's regex engine tests a class of BMP characters with a bitmap but a
    class reaching beyond U+FFFF range by range, so the rare astral marks are tried only
    behind a cheap one-range guard.
    """
    bmp, astral = _mark_classes()
    return rf"(?:[{bmp}]|(?=[\U00010000-\U0010FFFF])[{astral}])"


@cache
def _mark_classes() -> tuple[str, str]:
    """Class bodies of the combining marks inside and beyond the BMP."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x300, min(sys.maxunicode, 0x1FFFF) + 1):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    # The half-width kana voicing marks are letters (Lm) in Unicode but combine like marks.
    ranges = sorted([*ranges, (0xFF9E, 0xFF9F)])
    bmp = [(low, high) for low, high in ranges if high <= 0xFFFF]
    astral = [(low, high) for low, high in ranges if low > 0xFFFF]
    return _class_body(bmp), _class_body(astral)


@cache
def _mark_searchers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    bmp, astral = _mark_classes()
    return re.compile(f"[{bmp}]"), re.compile("[\U00010000-\U0010FFFF]"), re.compile(f"[{astral}]")


def is_mark(char: str) -> bool:
    """A character that combines with the one before it (as `marks_pattern` counts them)."""
    return unicodedata.category(char).startswith("M") or char in "\uff9e\uff9f"


def has_marks(text: str) -> bool:
    """Whether `text` holds any combining mark (three single-class scans, each fast in C)."""
    bmp, beyond_bmp, astral = _mark_searchers()
    return bool(bmp.search(text) or (beyond_bmp.search(text) and astral.search(text)))


def unspaced_class() -> str:
    """A regex character class body of the scripts indexed one character per token."""
    return "".join(f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in _UNSPACED_RANGES)


@cache
def _token_pattern() -> re.Pattern[str]:
    """A token: one letter of an unspaced script, or a word of letters and digits of others;
    either may carry combining marks.

    Python's `\\w` leaves out combining marks, so text in decomposed form ("e" + U+0301) or
    with Indic vowel signs would split words in two; hence the explicit class of marks.
    """
    marks, unspaced = marks_pattern(), unspaced_class()
    return re.compile(
        rf"(?=[^\W_])(?!{marks})[{unspaced}]{marks}*"
        rf"|(?:(?![{unspaced}])[^\W_])(?:(?![{unspaced}])[^\W_]|{marks})*"
    )


@lru_cache(maxsize=100_000)
def fold(word: str) -> tuple[str, ...]:
    """The index tokens of one word as the tokenizer found it (usually exactly one).

    Compatibility forms can decompose into several words (a ligature, "½"), hence a tuple.
    """
    if word.isascii():
        return (word.lower(),)
    kept: list[str] = []
    base = ""
    for char in unicodedata.normalize("NFKD", word):
        if not unicodedata.combining(char):
            base = char
            kept.append(char)
        elif _distinguishes(char, base):
            kept.append(char)
    folded = unicodedata.normalize("NFC", "".join(kept).casefold())
    return tuple(_ASCII_SEPARATORS.sub(" ", folded).split())


def _distinguishes(mark: str, base: str) -> bool:
    """Marks that make another letter rather than an accent, which folding must keep:
    the kana voicing marks (カ/ガ) and the Cyrillic breve (и/й, у/ў)."""
    return mark in "\u3099\u309a" or (mark == "\u0306" and "\u0400" <= base <= "\u04ff")


# One index token and the span [start, end) of the text it came from. A plain tuple: a
# source of 10 kB has some 1,700 of them and a dataclass per token would double the cost.
Token = tuple[str, int, int]


def tokens(text: str) -> list[Token]:
    """Every index token of `text`, with character offsets into `text`."""
    if text.isascii():  # the common case, without the Unicode machinery
        return [(m.group().lower(), m.start(), m.end()) for m in _ASCII_WORD_ANY_CASE.finditer(text)]
    return [
        (part, match.start(), match.end()) for match in _token_pattern().finditer(text) for part in fold(match.group())
    ]


def index_text(text: str) -> str:
    """What the FTS5 table stores for `text`: its folded tokens separated by single spaces."""
    if text.isascii():
        return " ".join(_ASCII_WORD.findall(text.lower()))
    return " ".join(token[0] for token in tokens(text))


# --- queries -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """A word or a phrase of the query: consecutive tokens; `prefix` lets the last one be a prefix."""

    words: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        # Folded tokens never contain a double quote or a space, so this string is always
        # a valid FTS5 phrase whatever the user typed.
        return '"' + " ".join(self.words) + '"' + ("*" if self.prefix else "")


@dataclass(frozen=True)
class Query:
    """A parsed search: all of `groups` must match (each group: any of its terms), none of `excluded`."""

    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...] = ()

    @property
    def terms(self) -> list[Term]:
        return [term for group in self.groups for term in group]

    def fts(self) -> str | None:
        """The FTS5 MATCH expression, or None when nothing searchable is left."""
        if not self.groups:
            return None
        positive = " AND ".join("(" + " OR ".join(term.fts() for term in group) + ")" for group in self.groups)
        if not self.excluded:
            return positive
        return f"({positive}) NOT (" + " OR ".join(term.fts() for term in self.excluded) + ")"


_QUERY_PIECE = re.compile(r'(-?)"([^"]*)"?(\*?)|(\S+)')


def parse_query(text: str) -> Query:
    """Read a search-box query: words (all must occur), "quoted phrases", `word*` prefixes,
    `OR` between alternatives, and `-word` or `NOT word` to exclude.

    Anything else — stray quotes, parentheses, FTS5 operators, punctuation — is read as
    word separators, so no input can produce an invalid FTS5 expression.
    """
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    pending_or = False
    negate_next = False
    for match in _QUERY_PIECE.finditer(text):
        if match.group(4) is not None:
            piece = match.group(4)
            if piece == "OR":
                pending_or = bool(groups)
                continue
            if piece == "AND":
                continue
            if piece == "NOT":
                negate_next = True
                continue
            negated = piece.startswith("-") and len(piece) > 1
            if negated:
                piece = piece[1:]
            prefix = piece.endswith("*")
            body = piece
        else:
            negated = bool(match.group(1))
            prefix = bool(match.group(3))
            body = match.group(2)
        words = tuple(token[0] for token in tokens(body))
        if not words:
            continue
        term = Term(words, prefix)
        if negated or negate_next:
            excluded.append(term)
            negate_next = False
        elif pending_or:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    return Query(tuple(tuple(group) for group in groups), tuple(excluded))
