"""Cues that a run of capitals names an organisation, read from the words around it: a noun for a firm in
front ("software giant ..."), a noun for a body after it ("First Union bank"), a legal form, a common
word that opens a firm's name inside a sentence, a body's name in front of a title.

`mentions.py` asks these while it reads a name; they are kept here so that the name reader stays short.
"""

from __future__ import annotations

import re

from briefing.analysis import lexicon as lx
from briefing.analysis import wordlists as wl
from briefing.analysis.namekinds import classify_words
from briefing.analysis.text import Sentence, Token
from briefing.analysis.wordforms import (
    DETERMINERS,
    ROLE_HEADS,
    WordBeforeName,
    is_title_token,
    low_word,
    strip_possessive,
)

# legal forms that close a firm's name: no person's name holds one
LEGAL_SUFFIXES = frozenset(["inc", "corp", "co", "ltd", "plc", "ag", "sa", "llc", "nv", "bv", "gmbh", "lp", "llp"])
# "U.S. bankers Merrill Lynch", "tobacco company Philip Morris", "rebel group Shining Path"
FIRM_NOUN_BEFORE = WordBeforeName(re.compile(
    r"\b(?:company|companies|firms?|group|bankers|banks?|brokers|brokerage|insurers|lender|carmakers?|automakers?|"
    r"retailer|airline|conglomerate|manufacturer|chipmaker|drugmaker|giant|utility|consultancy|charity|nonprofit|"
    r"watchdog|regulator|think\s+tank)\s+$"),
    ("company", "companies", "firm", "firms", "group", "bankers", "bank", "banks", "brokers", "brokerage", "insurers",
     "lender", "carmaker", "carmakers", "automaker", "automakers", "retailer", "airline", "conglomerate",
     "manufacturer", "chipmaker", "drugmaker", "giant", "utility", "consultancy", "charity", "nonprofit", "watchdog",
     "regulator", "tank"))
# "British insurer Tarnwell", "engineering concern Brennick", "telecoms operator Vellicom": a trade noun for a firm
# that can also be someone's ("camera operator Tom Hale"), so a name that opens with a given name stays a person
TRADE_NOUN_BEFORE = WordBeforeName(re.compile(
    r"\b(?:insurer|reinsurer|concern|carrier|operator|producer|miner|refiner|distributor|supplier|developer|"
    r"wholesaler|monopoly|chain|(?<!film\s)(?<!policy\s)(?<!decision\s)(?<!peace\s)(?<!king\s)maker)\s+$"),
    ("insurer", "concern", "carrier", "operator", "producer", "miner", "refiner", "distributor", "supplier",
     "developer", "wholesaler", "monopoly", "chain", "maker"))  # "reinsurer" ends on "insurer"
# "The operator, Eastline Rail,", "the union, Unite,": the name set off after a noun for a body
APPOSED_BODY = WordBeforeName(re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z\-'’]+\s+){0,2}(?:"  # "The vessel's operator, Kestrel Maritime,"
    + "|".join(sorted(wl.entries("org_nouns"))) + r"),\s+$"),
    (",",))
# "First Union bank", "Nation of Islam group": a noun for a body right after the name (not after "'s")
BODY_NOUN_AFTER = re.compile(r"\s+(?:bank|group|movement|party|newspaper|daily|airline|company|firm|militia|"
                             r"faction|organi[sz]ation|conglomerate)\b")
# '..., said Dara Ivers from Northbank': where a speaker named in full works (places are known before)
SPEAKER_FROM = WordBeforeName(re.compile(
    r"\b(?:said|says|added)\s+[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3}\s+(?:of|from|at)\s+$"), ("of", "from", "at"))
# "Tarn Holdings rose 9 pence to 312p", "Velmar fell 2.3 percent", "Ostra closed at $4.10": a share price
# moves, a person's does not (a number right after the verb, so "rose to power" is not one)
PRICE_MOVE_AFTER = re.compile(r"(?:['’]s\s+shares)?\s+(?:rose|fell|gained|lost|added|dropped|slipped|eased|climbed|"
                              r"jumped|shed|firmed|slid|edged\s+(?:up|down)|surged|tumbled|plunged|soared|"
                              r"advanced|declined|closed|ended|finished|was|were)\s+(?:(?:by|at|to|up|down)\s+)?"
                              r"(?:(?:[$£€¥]|[A-Z]{1,2}\$\s*)\d|\d[\d,./\-\s]*(?:p\b|pence|cents?|"
                              r"(?:percent|pct|%|[a-z]+)\s+(?:to|at)\s+\d|(?:to|from|after)\s+[$£€¥]?\d|"
                              r"p?\s+(?:higher|lower)\b))")
_MARKET_TERMS = wl.word_set("market_terms")


def share_price_moves(after: str, words: list[str], common_lower: set[str]) -> bool:
    """The name is a listed company whose price the text gives ("Velmar fell 2.3 percent to 214"), not a
    commodity or an index ("Gold fell $2 to $380", "Turnover rose ...") nor a common noun ("Exports rose ...")."""
    if len(words) == 1:
        low = words[0].lower()
        if low in _MARKET_TERMS or low in common_lower or (low.endswith("s") and low[:-1] in common_lower):
            return False
    elif words[-1].lower() in _MARKET_TERMS:
        return False  # "Brent crude", "U.S. Treasuries"
    return bool(PRICE_MOVE_AFTER.match(after))


NAME_GOES_ON = re.compile(r"\s+(?:in|of|for)\s+[A-Z]")  # "group Human Rights | in China": only part of it


def person_after_title(chunk: list[Token], words: list[str], count: int) -> bool:
    """A body's name, a title and a person's name in one run of capitals ("Federal Aviation Administration
    Director Branko Vilic"): the words after the title name someone (`count`: the title's end)."""
    return 0 < count < len(chunk) and len(chunk) - count <= 4 and classify_words(words[count:]) == "name" \
        and body_before_title(chunk, chunk[count].start) is not None


def body_before_title(chunk: list[Token], name_start: int) -> list[Token] | None:
    """The organisation's words in front of a title ("Reserve Bank of India | Governor ..."), when they name one."""
    body: list[Token] = []
    for token in chunk:
        if token.start >= name_start or (low_word(token) in lx.TITLE_WORDS and low_word(token) in ROLE_HEADS):
            break
        body.append(token)
    while body and is_title_token(low_word(body[-1])):
        body.pop()  # "EU Farm | Commissioner", "Labour Prime | Minister": the title's first words
    if len(body) < 2 or classify_words([t.text for t in body]) != "org" or not (
            low_word(body[-1]) in lx.ORG_HEADS or any(low_word(t) in ("of", "for") for t in body)):
        return None  # a body's whole name ("... Administration", "Bank of ..."), not "EU Farm"
    return body


def title_last(chunk: list[Token]) -> bool:
    return low_word(chunk[-1]) in ROLE_HEADS and low_word(chunk[-1]) in lx.TITLE_WORDS


def bare_body_name(word: str, inside: bool) -> bool:
    """One word before "party" or "group" that can be its name ("Hamas movement"), not an adjective that
    says what kind it is ("Democratic party", "Islamic group") nor a sentence's first word ("Banking group")."""
    low = word.lower()
    return inside and not low.endswith(("ic", "ist", "ing")) and low not in lx.PLACES and not lx.is_nationality(word) \
        and low not in lx.DEMONYMS


def opens_org_inside(text: str, sentence: Sentence, chunk: list[Token]) -> bool:
    """A common capitalised word inside a sentence that opens an organisation's name: "at First Albany Corp",
    "quoted by The Sunday Telegraph" are capitalised for the name, not for a sentence start. A day or a month
    never opens one: "said on Tuesday Orvell Co filed", "a September Treasury report" say when."""
    if len(chunk) < 2 or chunk[0].start <= sentence.start or low_word(chunk[0]) in DETERMINERS \
            or low_word(chunk[0]) in lx.DAYS_AND_MONTHS:
        return False
    before = text[sentence.start:chunk[0].start].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] == ","):
        return False  # after a quote, a colon or a dash a new sentence may start
    words = [t.text for t in chunk]
    words[-1] = strip_possessive(words[-1])
    return classify_words(words) in ("org", "outlet")


def opens_sentence(text: str, sentence: Sentence, start: int) -> bool:
    """Nothing but quotes, a bullet or a dash before `start` in its sentence ("* Supermarkets group ...")."""
    return not text[sentence.start:start].strip(" \t\"'“‘(*•-–—")


# a trade's noun that can open a line before a firm's name ("* Conglomerate Velmaro lost 2.4 percent"); not the
# nouns that open firms' own names ("Giant Food", "Carrier Corp", "Group Lotus")
_TRADE_OPENERS = frozenset(["automaker", "brokerage", "carmaker", "chipmaker", "conglomerate", "distributor",
                            "drugmaker", "insurer", "lender", "manufacturer", "miner", "refiner", "reinsurer",
                            "retailer", "wholesaler"])


def opens_with_trade(text: str, sentence: Sentence, chunk: list[Token]) -> bool:
    """A line that opens with the firm's trade, then its name: "Conglomerate Velmaro", "Retailer Ostrand"."""
    return len(chunk) > 1 and low_word(chunk[0]) in _TRADE_OPENERS and opens_sentence(text, sentence, chunk[0].start)


_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_INITIAL_SKIPS = frozenset(["and", "of", "the", "for", "in", "on", "&"])


def spelled_in_lower_case(acronym: str, text: str) -> bool:
    """Letters that the text spells out in common words: "the cash reserve ratio (CRR)", "soft red wheat (SRW)",
    "economic and monetary union (EMU)" abbreviate a term, not a body's name (which is capitalised: "the
    Tarvik Grain Board (TGB)")."""
    marker = f"({acronym})"
    at = text.find(marker)
    letters = acronym.lower()
    while at > 0:
        words = [w for w in _WORD.findall(text[max(0, at - 120):at]) if w.lower() not in _INITIAL_SKIPS]
        spelled = words[-len(letters):]
        if len(spelled) == len(letters) and all(w[0].islower() for w in spelled) \
                and "".join(w[0] for w in spelled) == letters:
            return True
        at = text.find(marker, at + 1)
    return False


def employer_name(words: list[str], at_sentence_start: bool, common_lower: set[str]) -> bool:
    """A name that can be the body someone speaks for ("Harlowe analyst ...", "Vantrel officials said"): not a
    common word the text also writes in lower case ("Campaign officials", "Local officials"), not a nationality
    ("Chilean officials") and not an adjective opening a sentence ("Presidential officials")."""
    if any(w.lower() in common_lower or w.lower() in lx.COMMON_CAPITALIZED or lx.is_nationality(w) for w in words):
        return False
    if " ".join(words).lower() in lx.DEMONYMS:
        return False
    # "Open-source analysts", "Pro-government officials": a compound adjective opening the sentence, its second
    # part in lower case (a name's parts are capitalised: "Rolls-Royce officials")
    return not (at_sentence_start and len(words) == 1 and (words[0].lower().endswith(_ADJECTIVE_ENDINGS)
                                                           or _LOWER_AFTER_HYPHEN.search(words[0])))


_LOWER_AFTER_HYPHEN = re.compile(r"^[A-Z][a-z]+-[a-z]")


_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ian", "ese", "ary")


# bodies of a state that a nationality in front of them only places ("French | Interior Ministry", "Peruvian |
# Senate"), and the words that may stand between the two ("Foreign", "Interior"). Courts, departments, armies and
# congresses are left out: their nationality is more often part of the name ("European Court of Human Rights",
# "Nepali Congress", "Mexican Army")
_STATE_BODY_HEADS = frozenset(["cabinet", "coalition", "embassy", "government", "interpol", "ministry", "parliament",
                               "police", "presidency", "senate"])
_STATE_BODY_MODIFIERS = wl.word_set("portfolio_words") | frozenset(["foreign", "relations", "state"])


def body_qualifier(words: tuple[str, ...] | list[str]) -> int:
    """How many leading words of an organisation's name only say which country's body it is: "French Interior
    Ministry", "Peruvian Senate", "Yemeni Ministry of Petroleum" name the Interior Ministry, the Senate and the
    Ministry of Petroleum, as "American Anne Miller" names Anne Miller. A nationality that is part of a name stays
    ("British Airways", "Irish Republican Army"), and so does a country's abbreviation ("U.S. Senate") (0)."""
    count = 0
    while count < len(words) - 1 and words[count][:1].isupper() and words[count].isalpha() \
            and words[count].lower() in lx.DEMONYMS:
        count += 1
    if not count:
        return 0
    rest = [w.lower() for w in words[count:]]
    connector = next((i for i, low in enumerate(rest) if low in ("of", "for")), len(rest))
    if connector == 0 or rest[connector - 1] not in _STATE_BODY_HEADS:
        return 0  # "Ministry of ...", "Interior Ministry": the body's kind ends its name or comes before "of"
    if any(low not in _STATE_BODY_MODIFIERS for low in rest[:connector - 1]):
        return 0
    return count
