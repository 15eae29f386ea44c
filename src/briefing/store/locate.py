"""Where in Source.text a search matched: character offsets of the best passage, and a snippet.

FTS5 says which sources match but not where in characters, so the match is found again in
the text itself. The fast way is one regular expression per query that accepts every
spelling folding to the query words ("e" also matches "É" and "e" + combining acute), with
the tokenizer's word boundaries. It runs in C over a 10 kB source in well under a
millisecond. A spelling the expression cannot express (foldings to several letters, like
"ß" → "ss") falls back to tokenizing the text exactly as the index did.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from functools import cache, lru_cache
from itertools import chain

from briefing.store.textindex import (
    Query,
    Term,
    Token,
    fold,
    has_marks,
    is_mark,
    is_unspaced,
    marks_pattern,
    tokens,
    unspaced_class,
)

WINDOW = 200  # characters within which several query terms count as one passage


# Where letters with other spellings live: Latin, Greek, Cyrillic … up to the kana and the
# enclosed and squared forms; the compatibility ideographs, presentation forms and
# full-width forms. Han ideographs and Hangul syllables, which fold to themselves, are left
# out. Scanned once, on the first search.
_SCANNED = (range(0x30, 0x3400), range(0xA000, 0xA800), range(0xF900, 0xFB50), range(0xFE30, 0xFFF0))


@cache
def _folded_letters() -> dict[str, tuple[str, ...]]:
    """The folding of every letter and digit of the scanned ranges."""
    result: dict[str, tuple[str, ...]] = {}
    for code in chain(*_SCANNED):
        char = chr(code)
        if not char.isalnum() or is_mark(char):
            continue
        if not unicodedata.decomposition(char) and char.casefold() == char:
            result[char] = (char,)  # most characters: nothing to fold (without the cost of `fold`)
        else:
            result[char] = fold(char)
    return result


@cache
def _spellings() -> dict[str, str]:
    """For each folded letter, every character that folds to it alone (scripts with case and accents)."""
    table: dict[str, set[str]] = defaultdict(set)
    for char, parts in _folded_letters().items():
        if len(parts) == 1 and len(parts[0]) == 1:
            table[parts[0]].add(char)
    return {letter: "".join(sorted(chars)) for letter, chars in table.items()}


@cache
def _beyond_patterns() -> re.Pattern[str]:
    """Letters the expressions cannot spell: they fold to several letters ("ß", "ﬀ") or lie
    outside the ranges `_spellings` covers (alphabets beyond the BMP …)."""
    several = sorted(char for char, parts in _folded_letters().items() if [len(part) for part in parts] != [1])
    return re.compile("[" + "".join(re.escape(char) for char in several) + "\U00010000-\U0010FFFF]")


def _letter(char: str, lowered: bool) -> str:
    """A regex for one folded letter: a literal where it has no other spelling, else a class."""
    spellings = set(_spellings().get(char, "")) | {char}
    if lowered:  # the subject was lower-cased: capitals cannot occur
        spellings = {c for c in spellings if c.lower() == c} | {char}
    if len(spellings) == 1:
        return re.escape(char)
    return "[" + "".join(re.escape(c) for c in sorted(spellings)) + "]"


def _ascii_term(term: Term) -> str | None:
    """For lower-cased ASCII text: plain literals, which Python's regex engine scans for fast."""
    if not all(word.isascii() for word in term.words):
        return None  # a word with other letters cannot occur in ASCII text
    pieces: list[str] = []
    for index, word in enumerate(term.words):
        if index:
            pieces.append("[^a-z0-9]+")
        pieces.append(re.escape(word))
        if index == 0:
            # The word starts a token; tested behind the word, where the literal matched.
            pieces.append(f"(?<![a-z0-9]{re.escape(word)})")
    pieces.append("[a-z0-9]*" if term.prefix else "(?![a-z0-9])")
    return "".join(pieces)


_VOICING = "\u3099\u309a\uff9e\uff9f"


def _alone(char: str) -> bool:
    """A letter that is a token by itself (Han, kana …; not a mark that combines with one)."""
    return is_unspaced(char) and not is_mark(char)


def _accents(char: str) -> str:
    """A mark that folding drops after `char` (not those that make another letter, see fold)."""
    kept = _VOICING + ("\u0306" if "\u0400" <= char <= "\u04ff" else "")
    return f"(?:(?![{kept}]){marks_pattern()})"


def _unicode_term(term: Term, lowered: bool, with_marks: bool) -> str:
    """For other text; `with_marks` False when the text holds no combining mark at all,
    which spares a test after every letter (most text is precomposed)."""
    marks = marks_pattern()
    # A character that continues a word of a spaced script: a letter or digit that is not
    # Han, kana, Thai … (those are tokens of their own, so a word may touch them), or a mark.
    letter = rf"(?:(?![{unspaced_class()}])[^\W_])"
    word_char = rf"(?:{letter}|{marks})" if with_marks else letter
    # Not inside a word: no letter just before, nor a letter and a mark (longer runs of marks
    # are not looked at: Python's look-behinds have a fixed width).
    not_inside = rf"(?<!{letter}[\s\S])" + (rf"(?<!{letter}{marks}[\s\S])" if with_marks else "")
    pieces: list[str] = []
    for index, word in enumerate(term.words):
        if index:
            # A word of an unspaced script is one letter (and the marks kept with it).
            joined_unspaced = _alone(term.words[index - 1][0]) or _alone(word[0])
            # Between two words of spaced scripts, at least one separator that is not a mark
            # (a mark right after a letter belongs to its word).
            # A voicing mark right after a letter of its own is part of that token (ᆫ + ゙ is not ᆫ), so
            # the separator may not start with one.
            pieces.append(rf"(?![{_VOICING}])[\W_]*" if joined_unspaced else rf"(?!{marks})[\W_][\W_]*")
        letters = [_letter(char, lowered) for char in word]
        if index == 0 and not _alone(word[0]):
            # The word must start a token: checked behind its first letter (a look-behind of
            # two characters), so that the costly test runs only where that letter occurs.
            letters[0] += not_inside
        if with_marks:  # after each letter, the accents that folding drops
            letters = [pattern + _accents(char) + "*" for pattern, char in zip(letters, word, strict=True)]
        pieces.append("".join(letters))
    if _alone(term.words[-1][0]):
        # A token of one letter: only marks may follow it within the token, and a voicing
        # mark after the last kana would make it another letter (カ + ﾞ is ガ), prefix or not.
        end = (f"(?![{_VOICING}]){marks}*" if term.prefix else f"(?![{_VOICING}])") if with_marks else ""
    elif term.prefix:
        end = f"{word_char}*"
    else:
        end = f"(?!{word_char})"
    return "".join(pieces) + end


@lru_cache(maxsize=256)
def _term_regex(term: Term, kind: str) -> re.Pattern[str] | None:
    """The expression for `term` over a subject of `kind`: "ascii", or "lowered" or "any" text,
    with "+marks" when the text holds combining marks."""
    if kind == "ascii":
        pattern = _ascii_term(term)
        return None if pattern is None else re.compile(pattern)
    return re.compile(_unicode_term(term, lowered=kind.startswith("lowered"), with_marks=kind.endswith("+marks")))



def _run(subject: str, kind: str, query: Query, first_only: bool) -> list[tuple[int, int, int]]:
    found: list[tuple[int, int, int]] = []
    for group_index, group in enumerate(query.groups):
        for term in group:
            regex = _term_regex(term, kind)
            if regex is None:
                continue
            if first_only:
                match = regex.search(subject)
                if match is not None:
                    found.append((match.start(), match.end(), group_index))
            else:
                found.extend((match.start(), match.end(), group_index) for match in regex.finditer(subject))
    return found


def _found_by_pattern(text: str, query: Query, first_only: bool = False) -> list[tuple[int, int, int]]:
    """Occurrences of the query's terms as (start, end, group); only each term's first if `first_only`."""
    # Lower-casing first lets most letters be literals; it is only done where it keeps
    # every character in place (str.lower can lengthen a few, like "İ").
    if text.isascii():
        return _run(text.lower(), "ascii", query, first_only)
    lowered = text.lower()
    subject, kind = (lowered, "lowered") if len(lowered) == len(text) else (text, "any")
    found = _run(subject, kind, query, first_only)
    # The expressions without marks are the fast ones. They are exact unless a mark touches
    # a match (it might belong to the word) or they found nothing (a word might hold marks):
    # then, if the text has marks at all, ask again allowing them.
    touches_mark = any(
        (start > 0 and is_mark(text[start - 1])) or (end < len(text) and is_mark(text[end]))
        for start, end, _group in found
    )
    if (touches_mark or not found) and has_marks(text):
        found = [hit for hit in _run(subject, kind + "+marks", query, first_only) if _starts_token(text, hit[0])]
    return found


def _starts_token(text: str, start: int) -> bool:
    """Whether a match at `start` begins a token even after a run of several marks.

    The expressions look behind a letter and one mark at most (look-behinds have a fixed
    width), so "aﾞﾞa" would let the last "a" start a word; here the whole run is skipped.
    """
    before = start
    while before > 0 and is_mark(text[before - 1]):
        before -= 1
    if before in (start, 0):
        return True
    previous = text[before - 1]
    return not ((previous.isalnum() or unicodedata.category(previous).startswith("L")) and not is_unspaced(previous))


def occurrences(source_tokens: list[Token], term: Term) -> list[tuple[int, int]]:
    """Character spans where `term` occurs among `source_tokens` (the exact, slower way)."""
    words = term.words
    count = len(words)
    last = count - 1
    first = words[0]
    spans: list[tuple[int, int]] = []
    for index, token in enumerate(source_tokens):
        text = token[0]
        if text != first and not (last == 0 and term.prefix and text.startswith(first)):
            continue
        if index + count > len(source_tokens):
            break
        ok = True
        for offset in range(1, count):
            candidate = source_tokens[index + offset][0]
            wanted = words[offset]
            if candidate != wanted and not (offset == last and term.prefix and candidate.startswith(wanted)):
                ok = False
                break
        if ok:
            spans.append((token[1], source_tokens[index + last][2]))
    return spans


def _found_by_tokens(text: str, query: Query) -> list[tuple[int, int, int]]:
    source_tokens = tokens(text)
    found: list[tuple[int, int, int]] = []
    for group_index, group in enumerate(query.groups):
        for term in group:
            found.extend((start, end, group_index) for start, end in occurrences(source_tokens, term))
    return found


def _found(text: str, query: Query, in_text: Callable[[], bool] | None, first_only: bool) -> list[tuple[int, int, int]]:
    """Occurrences of the query's terms as sorted (start, end, group).

    ASCII text: the expressions are exact. Otherwise the exact, slower way is taken when
    they found nothing (yet the index said the text matches) or missed a query word in a
    text holding letters they cannot spell.
    """
    found = _found_by_pattern(text, query, first_only=first_only)
    if not text.isascii() and (
        (not found and (in_text is None or in_text()))
        or (found and len({group for _start, _end, group in found}) < len(query.groups)
            and _beyond_patterns().search(text))
    ):
        found = _found_by_tokens(text, query)
    found.sort()
    return found


def all_matches(text: str, query: Query, in_text: Callable[[], bool] | None = None) -> list[tuple[int, int]]:
    """Every occurrence of a query term in `text`, in order, overlaps merged: what a reader
    highlights and what "N matches" counts (a source is one hit, its words are many matches)."""
    spans: list[tuple[int, int]] = []
    for start, end, _group in _found(text, query, in_text, first_only=False) if query.groups else []:
        if spans and start < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def best_match(text: str, query: Query, in_text: Callable[[], bool] | None = None) -> tuple[int, int] | None:
    """The passage of `text` that holds the most distinct query terms, closest together.

    Returns the span from the first to the last term occurrence of that passage, or None
    when no term occurs in `text` (the source matched on its title only). `in_text`, if
    given, tells whether the index found query words in the text at all: asked only before
    the slow, exact way, to spare it for sources that matched on their title.
    """
    if not query.groups:
        return None
    single = len(query.groups) == 1
    found = _found(text, query, in_text, first_only=single)
    if not found:
        return None
    if single:
        return found[0][0], found[0][1]
    # The passage with the most distinct groups of the query within WINDOW characters, and
    # of those the shortest (the earliest among equals): one sweep with two ends.
    best: tuple[int, int] | None = None
    best_score = (0, 0)
    counts: dict[int, int] = {}
    left = 0
    for right_start, right_end, right_group in found:
        counts[right_group] = counts.get(right_group, 0) + 1
        while True:  # drop from the left what is too far away or repeats a group
            left_start, left_end, left_group = found[left]
            if right_start - left_start < WINDOW and counts[left_group] == 1:
                break
            counts[left_group] -= 1
            if not counts[left_group]:
                del counts[left_group]
            left += 1
        stop = max(right_end, left_end)
        score = (len(counts), left_start - stop)
        if score > best_score:
            best, best_score = (left_start, stop), score
    return best


def snippet(text: str, start: int, end: int, context: int = 80) -> str:
    """The match with some words around it, on one line, "…" where the text was cut."""
    left = max(0, start - context)
    right = min(len(text), end + context)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    body = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + body + ("…" if right < len(text) else "")
