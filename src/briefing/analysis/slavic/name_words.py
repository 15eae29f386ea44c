"""Words of Russian and Ukrainian names: the tokens of a sentence and what each capitalised word can be.

The dictionary says which words are given names, patronymics and surnames (pymorphy3's Name /
Patr / Surn tags), which are places, organisations and abbreviations ("Москвы", "ОАО", "СМИ":
never a person); endings catch the surnames and patronymics it does not know (-енко, -ський,
-ович). Words inside short «quotes» are marked: they name newspapers, parties and companies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.analysis.slavic import lists
from briefing.analysis.slavic.morph import WordInfo, info

_TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ`\-][^\W\d_]+)*|\d+|\S")
_ROMAN = re.compile(r"^[IVXLCDM]+$|^[ІХ]+$")
_PATRONYMIC = re.compile(r"(?:ович|евич|йович|ич|овна|евна|ична|инична|івна|ївна|ійович)"
                         r"(?:а|у|ем|ом|і|ою|ей|ой|е|ю|им)?$")
SURNAME_ENDING = re.compile(
    r"(?:енко|енка|енку|енком|ук|юк|чук|ука|юка|чука|уку|юку|уком|юком|ко|ів|ов|ев|ёв|ин|ын|ова|ева|ина|ына|"
    r"ского|ський|ська|ського|ському|ською|ской|ский|цкий|цька|цький|цкая|ская|ськой|ских|цьких|ишин|швили|дзе|"
    r"ян|янц|ян|яна|яну|ов[аыу]|ев[аыу]|ин[аыу]|ову|еву|ину|овым|евым|иным|овой|евой|иной)$")
_OPEN_QUOTES = "«„“\""
_CLOSE_QUOTES = "»“”\""
NAME_PARTICLES = frozenset({"де", "фон", "ван", "дер", "ибн", "бин", "бен", "аль", "эль", "ель", "ла", "ле", "да",
                             "ди", "дю", "дель", "делла"})
HYPHEN_PARTICLES = frozenset({"аль", "эль", "ель", "ад", "ас", "ат", "ан", "ар", "аз"})


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    initial: bool = False  # "В." (the dot is not part of the token's text)
    capitalised: bool = False
    in_quotes: bool = False
    sentence_start: bool = False


@dataclass
class NamePart:
    token: Token
    kind: str  # "first", "patronymic", "surname", "initial", "particle", "unknown"
    info: WordInfo | None
    sure: bool = False  # a given name the dictionary or a list is sure of



def tokens(text: str, start: int, end: int) -> list[Token]:
    """Word and punctuation tokens of text[start:end], with capitals, initials and short quotes marked."""
    result: list[Token] = []
    append = result.append
    previous_word = False
    # findall and str.find cost less than a match object per token. Only white space lies between two tokens
    # (any other character is one: `\S`), so the find lands on the token itself.
    find = text.find
    word_end = start
    for word in _TOKEN.findall(text, start, end):
        word_start = find(word, word_end)
        word_end = word_start + len(word)
        first = word[0]
        if not first.isalnum():  # only a one-character token opens with neither a letter nor a digit
            append(Token(word_start, word_end, word))
            if word in ".!?:":
                previous_word = False
            continue
        upper = first.isupper()
        # positional arguments: this runs for every word of every sentence that may hold a name
        append(Token(word_start, word_end, word, upper and len(word) == 1 and word_end < end
                     and text[word_end] == ".", upper, False, not previous_word))
        previous_word = True
    if any(map(text[start:end].__contains__, _OPEN_QUOTES)):
        _mark_quoted_names(result)
    return result


_CAPITAL_AFTER_START = re.compile(r"(?<=[^\w\n])[A-ZА-ЯЁІЇЄҐ]|[а-яёіїєґ][\-ʼ’'][А-ЯЁІЇЄҐ]"
                                  r"|\b(?:аль|эль|ибн|фон|ван|де)\b")
_FIRST_WORD = re.compile(r"[\W\d_]*([^\W\d_]+(?:[\-'’ʼ][^\W\d_]+)*)")


def no_name_possible(body: str, language: str) -> bool:
    """A cheap test that spares most name-free sentences the tokenizer: no capital after the first
    word, and a first word that cannot be part of a name."""
    first = _FIRST_WORD.match(body)
    if first is None:
        return _CAPITAL_AFTER_START.search(body) is None
    if _CAPITAL_AFTER_START.search(body, first.end(1)) is not None:
        return False
    word = first.group(1)
    if not word[:1].isupper() or len(word) == 1:
        return not word[:1].isupper()
    found = _word_class(word, language)
    return found is None or found[0] == "unknown"


def _mark_quoted_names(toks: list[Token]) -> None:
    """Mark the words of short quotes («Газпром», «Единая Россия»): the names of organisations, papers
    and works. A long quote is someone's words, and may well name people; so is a short one with an
    exclamation, a question or a trailing off in it («Тарас! Ти повернувся…», «Де ти, Маріанно?»)."""
    opened: list[int] = []
    for index, token in enumerate(toks):
        char = token.text
        closing = char in "»”" or (char in "\"“" and opened and toks[opened[-1]].text in "\"„“")
        if closing and opened:
            begin = opened.pop()
            inside = [t for t in toks[begin + 1:index] if t.text[0].isalnum()]
            if 0 < len(inside) <= _SHORT_QUOTE and not any(t.text in "!?…" for t in toks[begin + 1:index]):
                for word in inside:
                    word.in_quotes = True
        elif char in "«„\"“":
            opened.append(index)


_SHORT_QUOTE = 5


def _listed_given(word: WordInfo, text: str, language: str) -> bool:
    """A given name of the data lists (foreign names in Russian or Ukrainian spelling, Ukrainian names)."""
    known = lists.words(f"given_names_foreign_{language}")
    if language == "uk":
        known = known | lists.words("given_names_uk")
    if text.capitalize() in known or word.lemma.capitalize() in known:
        return True
    # "Олені": the likelier reading is the deer, but one reading is the given name Олена, which the list knows
    return word.first_name > 0 and any(lemma.capitalize() in known for lemma in word.lemmas)


def classify(token: Token, language: str) -> NamePart | None:
    """The name part a capitalised token can be; None when it cannot be part of a person's name."""
    if token.initial:
        return NamePart(token, "initial", None)
    found = _word_class(token.text, language)
    if found is None:
        return None
    kind, facts, sure = found
    return NamePart(token, kind, facts, sure=sure)


@lru_cache(maxsize=200_000)
def _word_class(word: str, language: str) -> tuple[str, WordInfo | None, bool] | None:
    """What a capitalised word can be in a name (kind, dictionary facts, sure given name); computed
    once per word form, because news repeats its names."""
    pieces = word.split("-")
    if len(pieces) > 1 and pieces[0].lower() in HYPHEN_PARTICLES and pieces[1][:1].isupper():
        facts = info(word, language)
        if facts.known and (facts.organization >= 0.5 or facts.place >= 0.5):
            return None  # "Аль-Каиды", "Аль-Джазира": the dictionary knows the organisation or the place
        return "surname", None, False  # "аль-Барадеи", "эль-Масри"
    if len(pieces) > 1 and len(pieces[0]) > 1 and pieces[0].isupper() and pieces[-1].islower():
        return None  # "НБУ-керівника": an abbreviation joined to an ordinary word
    low = word.lower()
    if low in NAME_PARTICLES:
        return "particle", None, False
    if len(word) < 2 or _ROMAN.match(word) or not is_cyrillic(word):
        return None
    if word.isupper():
        return None  # "ОАО", "СМИ", "НАТО": abbreviations, never a person
    if _INNER_CAPITAL.search(word):
        return None  # "ПолДУ", "ПриватБанк": a capital inside a word makes an abbreviation or a brand
    facts = info(word, language)
    if low in lists.words(f"not_names_{language}") or (info(low, language).pos in _FUNCTION_WORDS
                                                         and facts.first_name < 0.9):
        return None  # "Вона", "Нехай": a pronoun or particle opening a sentence
    places = place_words(language)
    if facts.lemmas & places or low in places:
        return None
    if _agency_word(low, facts, language):
        return None  # "Міндоходів", "Минцифры", "Держреєстрслужби": a ministry or a state agency
    if facts.abbreviation >= 0.5 or facts.place >= 0.5 or facts.organization >= 0.5:
        if facts.known:
            return None  # "Москвы", "Киев"
        # an unknown word is only guessed to be a place: "Инаркиев" is a surname that merely ends like
        # a city, and another word may be a foreign given name
        return ("surname" if SURNAME_ENDING.search(low) else "unknown"), facts, False
    if facts.patronymic >= 0.3 or (_PATRONYMIC.search(low) and facts.first_name < 0.3 and len(low) > 6):
        return "patronymic", facts, False
    listed = _listed_given(facts, word, language)
    if listed or (facts.first_name >= 0.3 and facts.surname < facts.first_name + 0.3):
        return "first", facts, facts.first_name >= _SURE[language] or listed
    if facts.surname >= 0.3 or SURNAME_ENDING.search(low):
        return "surname", facts, False
    if facts.first_name >= 0.3:
        return "first", facts, facts.first_name >= _SURE[language]
    if facts.known and facts.pos in ("PREP", "CONJ", "PRCL", "NPRO", "ADVB", "VERB", "INFN", "PRED", "NUMR", "GRND",
                                     "PRTF"):
        return None  # (a word the dictionary does not know has only a guessed part of speech: "Линдси")
    return "unknown", facts, False


def _agency_word(low: str, facts: WordInfo, language: str) -> bool:
    """A compound of a state prefix ("мин", "держ", "рос") and an ordinary word, or an unknown
    compound that ends like no surname; never a word the dictionary reads as a name ("Минченко",
    "Ростислав", "Державин" stay names)."""
    if facts.first_name or facts.surname or facts.patronymic:
        return False
    for prefix in lists.entries(f"agency_prefixes_{language}"):
        rest = low[len(prefix):]
        if low.startswith(prefix) and len(rest) >= 4 and (
                known_word(rest, language) or (not facts.known and not SURNAME_ENDING.search(low))):
            return True
    return False


# share of given-name parses from which the dictionary is taken to be sure (Ukrainian parses all weigh
# the same, so a share there says less than a Russian one, which carries corpus frequencies)
_SURE = {"ru": 0.75, "uk": 0.9}
# a capital after a small letter of the same word (not after a hyphen or an apostrophe: "Кравчук-Лисенко",
# "О'Коннор" are names)
_INNER_CAPITAL = re.compile(r"[^\W\d_][A-ZА-ЯЁІЇЄҐ]")
_FUNCTION_WORDS = frozenset({"NPRO", "CONJ", "PREP", "PRCL", "PRED", "INTJ", "ADVB"})


@lru_cache(maxsize=4)
def place_words(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lists.words(f"places_{language}"))


def is_cyrillic(word: str) -> bool:
    """Every letter of the word is Cyrillic ("Pr-служба" is not a Cyrillic name); the Ukrainian apostrophe
    "ʼ" (U+02BC, a letter to Unicode) counts as one ("Лукʼян")."""
    return all("\u0400" <= c <= "\u04ff" or c == "ʼ" for c in word if c.isalpha()) and any(
        c.isalpha() for c in word)


def common_word(part: NamePart, language: str) -> bool:
    """A capitalised word that is an ordinary dictionary word ("Государственная", "Дума", "Совет")."""
    facts = part.info
    if facts is None:
        return False
    if facts.first_name or facts.surname or facts.patronymic:
        return False
    if part.kind != "unknown":
        return False
    return facts.common >= 0.99 and known_word(part.token.text, language)


@lru_cache(maxsize=65536)
def known_word(word: str, language: str) -> bool:
    """The dictionary knows the word (lower-cased); remembered, as the names it is asked of recur."""
    from briefing.analysis.slavic.morph import analyzer

    return bool(analyzer(language).word_is_known(word.lower()))



def known_common(word: str, language: str) -> bool:
    """The word written in lower case is an ordinary word too ("Белый", "Мороз")."""
    facts = info(word.lower(), language)
    return facts.common >= _COMMON_SHARE[language] and known_word(word, language)


# Ukrainian parses all weigh the same, so an ordinary word with a surname homonym ("Рада") has a
# lower share of common parses there than in Russian, whose parses carry corpus frequencies.
_COMMON_SHARE = {"ru": 0.5, "uk": 0.3}
