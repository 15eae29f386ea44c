"""Sentences, datelines and word tokens of a source text, all as offsets into the original string.

Every later step reports evidence as `text[start:end]`, so nothing here ever rewrites the text:
no normalisation of quotes, line endings or spaces, only positions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple

from briefing.analysis import wordlists as wl

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS: frozenset[str] = wl.word_set("abbreviations")

# every token opens with a letter or a digit: looked ahead for first, it spares the four alternatives at every
# space and punctuation mark (a sixth of the token search)
_WORD = re.compile(
    r"(?=[^\W_])(?:"
    r"(?:[A-Za-z]\.){2,}"                                            # U.S., U.N., a.m.
    r"|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sen|Rep|Gov|Capt|Sgt|Adm|Maj|St|Jr|Sr|Rev|Amb)\.(?=\s)"
    r"|[^\W\d_](?:[\w'’.\-&]*\w)?\+?"                                  # "Q&L", "P&K": one name
    r"|\d[\d,.]*%?)",
    re.UNICODE,
)
# the lookahead lets the search pass over everything but the few characters a boundary can open with, instead of
# trying the four alternatives at every position (the split of a whole text about 2.5 times faster)
_BOUNDARY = re.compile(r"(?=[.!?。！？\r\n])(?:"
                       r"[.!?]+[\"'”’)\]]*(?=\s)|[。！？]+[」』”’）]*|\n[ \t]*(?:\r?\n[ \t]*)+|\r?\n)")
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z'’.\-]+(?:[ /]+[A-Z][A-Z'’.\-]+)*"          # BAMAKO, COX'S BAZAR, OSLO/SHENZHEN
    r"|[A-Z][a-z]+(?: / [A-Z][a-z]+)+"                         # Brussels / Tokyo
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s+—)"                  # Washington —
    r"|[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:[ \-](?:на-)?[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?"  # Київ, Ростов-на-Дону
    r"(?=,\s+\d{1,2}\s+[а-яёіїєґ]+\b)"                           # , 4 грудня
    r"|[А-ЯЁІЇЄҐ]{2,}(?:[ \-][А-ЯЁІЇЄҐ]{2,})?(?=,))"             # МОСКВА, 4 декабря
    r"(?:,[^\n—–()]{0,40}?)?"                                  # , June 12   , Bangladesh
    r"(?:\s*\([^)\n]{1,60}\))?"                                # (Meridian Wire)
    r"\s*(?:—|–|--|-)\s+"
)


@dataclass(frozen=True)
class Sentence:
    """One sentence (or headline line) of a source: `text == source_text[start:end]`."""

    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph, so the lead can be told from the rest
    is_headline: bool = False  # a line without final punctuation (headline, byline, caption), or in title case


class Token(NamedTuple):
    """A word with its offsets (a named tuple: the rules make hundreds of thousands of them)."""

    start: int
    end: int
    text: str


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and number tokens between `start` and `end`; a trailing possessive stays on the word."""
    stop = len(text) if end is None else end
    # findall and str.find are about a fifth cheaper than a match object per token. The find lands on the token
    # itself: a token opens with a letter or a digit, and every letter or digit opens a token, so none lies in
    # the gap before it. Built through tuple.__new__: the named tuple's own constructor adds a Python call.
    found: list[Token] = []
    append = found.append
    find = text.find
    position = start
    for word in _WORD.findall(text, start, stop):
        begin = find(word, position)
        position = begin + len(word)
        append(_new_tuple(Token, (begin, position, word)))
    return found


_new_tuple = tuple.__new__


def dateline_end(text: str, start: int) -> int:
    """Where the story begins after a dateline such as "BAMAKO, June 12 (Wire) - "; `start` if there is none."""
    match = _DATELINE.match(text, start)
    if match and match.end() - start < 90:
        return match.end()
    return start


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at `dot` belongs to an abbreviation or an initial, not to a sentence end."""
    begin = dot
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    word = text[begin:dot].lower()
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    if len(word) == 1 and text[begin].isupper():  # an initial: "John F. Kennedy"
        return True
    return "." in word and len(word) <= 5  # U.S. / a.m.-style dotted abbreviations


def _next_starts_sentence(text: str, position: int) -> bool:
    """True when the text after whitespace at `position` opens a new sentence."""
    index = position
    while index < len(text) and text[index].isspace():
        index += 1
    if index >= len(text):
        return True
    char = text[index]
    return char.isupper() or char.isdigit() or char in "\"'“‘(—–-[" or not char.isalpha()


# a bullet or a number that opens an item of a list ("- ", "• ", "2) ")
_LIST_STARTS = frozenset("-•*▪●◦‣0123456789")
_LIST_MARKER = re.compile(r"(?:[-•*▪●◦‣]|\d{1,2}[.)])[ \t]+(?=\S)")


def sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences with offsets; blank lines separate paragraphs."""
    result: list[Sentence] = []
    paragraph = 0
    start = 0
    length = len(text)

    def emit(begin: int, end: int, ends_paragraph: bool) -> None:
        while begin < end and text[begin].isspace():
            begin += 1
        while end > begin and text[end - 1].isspace():
            end -= 1
        marker = _LIST_MARKER.match(text, begin, end) if begin < end and text[begin] in _LIST_STARTS else None
        if marker:
            begin = marker.end()  # "- Aid agencies warn ...": the sentence starts after its bullet
        if begin >= end:
            return
        body = text[begin:end]
        headline = len(body) < 200 and (body[-1] not in ".!?\"'”’)。！？」』）" or _title_line(text, begin, end))
        result.append(Sentence(begin, end, body, paragraph, headline))

    for match in _BOUNDARY.finditer(text):
        piece = match.group(0)
        if piece[0] in "。！？":  # Chinese and Japanese full stops need no space after them
            emit(start, match.end(), False)
            start = match.end()
        elif piece[0] in ".!?":
            if piece == "." and _is_abbreviation(text, match.start()) and not _ends_before_break(text, match.end()):
                continue
            if not _next_starts_sentence(text, match.end()) or _inside_dateline(text, start, match.start()):
                continue
            emit(start, match.end(), False)
            start = match.end()
        elif piece.count("\n") >= 2:
            emit(start, match.start(), True)
            if any(s.paragraph == paragraph for s in result[-1:]):
                paragraph += 1
            start = match.end()
        else:
            # a single line break ends a sentence only after a line that reads as a unit of its own
            line_start = text.rfind("\n", 0, match.start()) + 1
            line = text[line_start:match.start()].rstrip()
            if line and (line[-1] in ".!?:\"”’" or len(line) < 60) and _next_starts_sentence(text, match.end()):
                emit(start, match.start(), False)
                start = match.end()
    if start < length:
        emit(start, length, True)
    return _split_datelines(text, result)


# words prose keeps in lower case inside a sentence ("the" is left out: "told The Harbour Post" names a paper)
_SMALL_WORDS = frozenset({"an", "and", "as", "at", "but", "by", "for", "from", "in", "of", "on", "or", "to", "with"})
_TITLE_SMALL_WORDS = _SMALL_WORDS | {"a", "the", "nor", "so", "yet", "via", "vs", "vs."}


def mostly_capitalised(line: str) -> bool:
    """Four words or more, over 70 % of them capitalised: a headline's words, not prose names."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) > 0.7


def _title_line(text: str, begin: int, end: int) -> bool:
    """A line of its own written in title case ("Hedge Funds Back Mayor Ruth Okafor."): a headline even when the
    site ends it with a full stop, so its capitalised words are not read as names or roles."""
    if (begin and text[begin - 1] != "\n") or (end < len(text) and text[end] not in "\r\n"):
        return False
    words = [w for w in text[begin:end].split() if w[:1].isalpha()]
    if len(words) < 4:
        return False
    capitalised = [w for w in words if w[0].isupper()]
    small = [w for w in words[1:] if w.lower() in _SMALL_WORDS]
    if len(capitalised) == len(words) or (len(capitalised) >= 0.75 * len(words)
                                          and any(w[0].isupper() for w in small)):
        return True
    # title case with its small words in lower case: "Keep the Returns, Trump; Just Give Us a Few Figures."
    major = [w for w in words[1:] if w.lower() not in _TITLE_SMALL_WORDS]
    return len(major) >= 4 and all(w[0].isupper() for w in major)


def _inside_dateline(text: str, start: int, dot: int) -> bool:
    """True when the full stop at `dot` is part of a dateline opening a line ("RENO, Nev. (Wire) — ..."),
    so that the lead is not cut off behind it."""
    begin = start
    while begin < dot and text[begin].isspace():
        begin += 1
    if begin and text[begin - 1] != "\n":
        return False
    return dateline_end(text, begin) > dot


def _ends_before_break(text: str, position: int) -> bool:
    index = position
    while index < len(text) and text[index] in " \t\r":
        index += 1
    return index >= len(text) or text[index] == "\n"


def _split_datelines(text: str, found: list[Sentence]) -> list[Sentence]:
    """Move a leading dateline out of the first sentence of a paragraph, so evidence starts with the story."""
    result: list[Sentence] = []
    previous_paragraph = -1
    after_fragment = False
    for sentence in found:
        if sentence.paragraph != previous_paragraph or after_fragment:
            begin = dateline_end(text, sentence.start)
            if begin != sentence.start and begin < sentence.end:
                sentence = Sentence(begin, sentence.end, text[begin:sentence.end], sentence.paragraph,
                                    sentence.is_headline)
        # "Москва. 2 декабря. INTERFAX.RU - ...": the city and the date end in stops, the site's dateline follows
        after_fragment = (sentence.paragraph != previous_paragraph or after_fragment) \
            and _DATELINE_FRAGMENT.fullmatch(sentence.text) is not None
        previous_paragraph = sentence.paragraph
        result.append(sentence)
    return result


_DATELINE_FRAGMENT = re.compile(r"[А-ЯЁІЇЄҐA-Z][\w'’\-]+\.|\d{1,2}\s+[а-яёіїєґa-z]+\.")


def previous_in_paragraph(found: list[Sentence], index: int) -> Sentence | None:
    """The sentence before `found[index]` when both are in one paragraph, else None: what "This could not be
    verified" or "Об этом пишет ..." points back to. A sentence that only says why a source is not named ("The
    diplomat spoke on condition of anonymity ...") is passed over: it is never what could not be verified."""
    before = index - 1
    while before > 0 and _ANONYMITY_NOTE.search(found[before].text) and not _SAYS.search(found[before].text):
        before -= 1
    if before < 0 or found[before].paragraph != found[index].paragraph:
        return None
    return found[before]


# why a source is not named, in English, Russian and Ukrainian
_ANONYMITY_NOTE = re.compile(
    r"\b(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|(?:asked|requested|declined)\s+(?:not\s+)?to\s+be\s+"
    r"(?:named|identified)|requested\s+anonymity|not\s+authori[sz]ed\s+to\s+(?:speak|talk|comment)"
    r"|на\s+условиях\s+анонимности|попросил\w*\s+не\s+называть|пожелал\w*\s+остаться\s+неизвестн"
    r"|на\s+умовах\s+анонімності|попроси\w*\s+не\s+називати|побажа\w*\s+залишитися\s+неназван)", re.IGNORECASE)
# a verb of saying: the sentence says something besides why its source is not named
_SAYS = re.compile(r"\b(?:said|says|told|added|сказал\w*|заявил\w*|сообщил\w*|сказа\w*|заяви\w*|повідоми\w*)\b",
                   re.IGNORECASE)


def sentence_index(found: list[Sentence], position: int) -> int:
    """The index of the sentence that holds `position`, -1 if none does. `sentences()` gives them in text order
    and never overlapping (so does any selection of them): a binary search finds the one, where a walk from
    the first sentence, once for every caveat of a long source, cost a tenth of the Russian caveats' time."""
    index = bisect_right(found, position, key=_sentence_start) - 1
    return index if index >= 0 and position < found[index].end else -1


_sentence_start = attrgetter("start")


def paragraph_before(text: str, position: int) -> str:
    """The paragraph of `text` up to `position`, where the quotation marks are counted that tell whether
    `position` sits inside a quotation; at most 3,000 characters (a longer run is no paragraph to count in)."""
    floor = max(0, position - 3000)
    begin = text.rfind("\n", floor, position)
    return text[begin + 1 if begin >= 0 else floor:position]


def quoted_at(text: str, position: int) -> bool:
    """Whether `position` sits inside a quotation: more marks opened than closed in its paragraph before it, of
    any of the marks the sources use (“…”, «…», "…", and wire copy's ''…''). Inside one, the speaker is the
    source, not a group the quotation names, and a question there is the speaker's."""
    return in_quotation(paragraph_before(text, position))


def in_quotation(paragraph: str) -> bool:
    """More quotation marks opened than closed in `paragraph` (a paragraph up to some point)."""
    return paragraph.count("“") > paragraph.count("”") or paragraph.count("«") > paragraph.count("»") \
        or paragraph.count('"') % 2 == 1 or paragraph.count("''") % 2 == 1


def prefilter_text(text: str) -> str:
    """The form of a sentence the substring pre-filters test: case-folded, every run of white space one space.

    The expressions allow any white space between words ("is said\nto") and ignore case, so the
    hints ("said to") are looked for in a text that has both evened out.
    """
    return " ".join(text.casefold().split())


# a report's label before a line's subject: "4. Energy: ", "Air: ", "Romania: " (a number, then up to four words)
REPORT_LABEL = re.compile(r"(?:\d{1,2}\.\s+)?[A-Z][\w\-]*(?:\s[\w\-]+){0,3}:\s+")
