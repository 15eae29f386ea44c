"""People named in Russian and Ukrainian sentences: the mentions, with their name parts, roles and cues.

A name is a run of capitalised words and initials. The dictionary says which words are given
names, patronymics and surnames (pymorphy3's Name / Patr / Surn tags), which are places,
organisations and abbreviations ("Москвы", "ОАО", "СМИ": never a person); endings catch the
surnames and patronymics it does not know (-енко, -ський, -ович). A run becomes a person when its
shape says so (given name + surname, initials + surname, surname + given name + patronymic) or,
for a lone or foreign-looking word, when the context does: a role in front ("министр иностранных
дел России"), a verb of saying next to it ("заявил", "повідомив"). Runs inside «quotes» name
newspapers, parties and companies, and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from briefing.analysis.slavic import lists
from briefing.analysis.slavic.morph import WordInfo, info, lemma, name_gender
from briefing.analysis.text import Sentence

_TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ`\-][^\W\d_]+)*|\d+|\S")
_ROMAN = re.compile(r"^[IVXLCDM]+$|^[ІХ]+$")
_PATRONYMIC = re.compile(r"(?:ович|евич|йович|ич|овна|евна|ична|инична|івна|ївна|ійович)"
                         r"(?:а|у|ем|ом|і|ою|ей|ой|е|ю|им)?$")
_SURNAME_ENDING = re.compile(
    r"(?:енко|енка|енку|енком|ук|юк|чук|ука|юка|чука|уку|юку|уком|юком|ко|ів|ов|ев|ёв|ин|ын|ова|ева|ина|ына|"
    r"ского|ський|ська|ського|ському|ською|ской|ский|цкий|цька|цький|цкая|ская|ськой|ских|цьких|ишин|швили|дзе|"
    r"ян|янц|ян|яна|яну|ов[аыу]|ев[аыу]|ин[аыу]|ову|еву|ину|овым|евым|иным|овой|евой|иной)$")
_OPEN_QUOTES = "«„“\""
_CLOSE_QUOTES = "»“”\""
_CLAUSE_PUNCTUATION = frozenset(".,;:!?()[]—–")
_PREPOSITIONS_IN_ROLE = frozenset({"по", "в", "во", "у", "при", "з", "із", "зі", "на", "с", "со", "от",
                                   "від", "для"})
_CONNECTORS = frozenset({"и", "і", "й", "та", "или", "або", "а", "но", "але"})
_NAME_PARTICLES = frozenset({"де", "фон", "ван", "дер", "ибн", "бин", "бен", "аль", "эль", "ель", "ла", "ле", "да",
                             "ди", "дю", "дель", "делла"})
_HYPHEN_PARTICLES = frozenset({"аль", "эль", "ель", "ад", "ас", "ат", "ан", "ар", "аз"})
_ADJECTIVE_ROLE_LEFT = frozenset({"бывший", "экс", "новый", "первый", "нынешний", "действующий", "временно",
                                  "колишній", "новий", "перший", "чинний", "тимчасово", "исполняющий",
                                  "виконувач", "обов'язки", "обязанности"})


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


@dataclass
class SlavicMention:
    """One occurrence of a person's name in a Russian or Ukrainian source."""

    source: int
    language: str
    start: int
    end: int
    parts: list[NamePart]
    cue: str
    role: str | None = None
    role_start: int = -1
    role_end: int = -1  # end of the evidence that states the role (the name, or an apposition after it)
    affiliation: str | None = None
    speaker: bool = False
    extras: list[str] = field(default_factory=list)  # the name in Latin letters, where the text gives it

    def of_kind(self, kind: str) -> list[NamePart]:
        return [p for p in self.parts if p.kind == kind]


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Word and punctuation tokens of text[start:end], with capitals, initials and short quotes marked."""
    result: list[Token] = []
    previous_word = False
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        if len(word) == 1 and not word.isalnum():
            result.append(Token(match.start(), match.end(), word))
            if word in ".!?:":
                previous_word = False
            continue
        is_initial = (len(word) == 1 and word.isupper() and match.end() < end and text[match.end()] == ".")
        result.append(Token(match.start(), match.end(), word, initial=is_initial, capitalised=word[0].isupper(),
                            sentence_start=not previous_word))
        previous_word = True
    if any(q in text[start:end] for q in _OPEN_QUOTES):
        _mark_quoted_names(result)
    return result


_CAPITAL_AFTER_START = re.compile(r"(?<=[^\w\n])[A-ZА-ЯЁІЇЄҐ]|[а-яёіїєґ][\-ʼ’'][А-ЯЁІЇЄҐ]"
                                  r"|\b(?:аль|эль|ибн|фон|ван|де)\b")
_FIRST_WORD = re.compile(r"[\W\d_]*([^\W\d_]+(?:[\-'’ʼ][^\W\d_]+)*)")


def _no_name_possible(body: str, language: str) -> bool:
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
    and works. A long quote is someone's words, and may well name people."""
    opened: list[int] = []
    for index, token in enumerate(toks):
        char = token.text
        closing = char in "»”" or (char in "\"“" and opened and toks[opened[-1]].text in "\"„“")
        if closing and opened:
            begin = opened.pop()
            inside = [t for t in toks[begin + 1:index] if t.text[0].isalnum()]
            if 0 < len(inside) <= _SHORT_QUOTE:
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
    return text.capitalize() in known or word.lemma.capitalize() in known


def _classify(token: Token, language: str) -> NamePart | None:
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
    if len(pieces) > 1 and pieces[0].lower() in _HYPHEN_PARTICLES and pieces[1][:1].isupper():
        return "surname", None, False  # "аль-Барадеи", "эль-Масри"
    low = word.lower()
    if low in _NAME_PARTICLES:
        return "particle", None, False
    if len(word) < 2 or _ROMAN.match(word) or not _is_cyrillic(word):
        return None
    if word.isupper():
        return None  # "ОАО", "СМИ", "НАТО": abbreviations, never a person
    facts = info(word, language)
    if low in lists.words(f"not_names_{language}") or (info(low, language).pos in _FUNCTION_WORDS
                                                         and facts.first_name < 0.9):
        return None  # "Вона", "Нехай": a pronoun or particle opening a sentence
    places = _places(language)
    if facts.lemmas & places or low in places:
        return None
    if facts.abbreviation >= 0.5 or facts.place >= 0.5 or facts.organization >= 0.5:
        if facts.known or not _SURNAME_ENDING.search(low):
            return None  # "Москвы", "Киев"; but an unknown "Инаркиев" is a surname that merely ends like a city
        return "surname", facts, False
    if facts.patronymic >= 0.3 or (_PATRONYMIC.search(low) and facts.first_name < 0.3 and len(low) > 6):
        return "patronymic", facts, False
    listed = _listed_given(facts, word, language)
    if listed or (facts.first_name >= 0.3 and facts.surname < facts.first_name + 0.3):
        return "first", facts, facts.first_name >= _SURE[language] or listed
    if facts.surname >= 0.3 or _SURNAME_ENDING.search(low):
        return "surname", facts, False
    if facts.first_name >= 0.3:
        return "first", facts, facts.first_name >= _SURE[language]
    if facts.pos in ("PREP", "CONJ", "PRCL", "NPRO", "ADVB", "VERB", "INFN", "PRED", "NUMR", "GRND", "PRTF"):
        return None
    return "unknown", facts, False


# share of given-name parses from which the dictionary is taken to be sure (Ukrainian parses all weigh
# the same, so a share there says less than a Russian one, which carries corpus frequencies)
_SURE = {"ru": 0.75, "uk": 0.9}
_FUNCTION_WORDS = frozenset({"NPRO", "CONJ", "PREP", "PRCL", "PRED", "INTJ", "ADVB"})


@lru_cache(maxsize=4)
def _places(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lists.words(f"places_{language}"))


def _is_cyrillic(word: str) -> bool:
    """Every letter of the word is Cyrillic ("Pr-служба" is not a Cyrillic name)."""
    return all("\u0400" <= c <= "\u04ff" for c in word if c.isalpha()) and any(c.isalpha() for c in word)


def _common_word(part: NamePart, language: str) -> bool:
    """A capitalised word that is an ordinary dictionary word ("Государственная", "Дума", "Совет")."""
    facts = part.info
    if facts is None:
        return False
    if facts.first_name or facts.surname or facts.patronymic:
        return False
    if part.kind != "unknown":
        return False
    return facts.common >= 0.99 and _known(part.token.text, language)


def _known(word: str, language: str) -> bool:
    from briefing.analysis.slavic.morph import analyzer

    return bool(analyzer(language).word_is_known(word.lower()))


def find_people(source: int, text: str, sentence: Sentence, language: str) -> list[SlavicMention]:
    """The person mentions of one Russian or Ukrainian sentence."""
    if _no_name_possible(sentence.text, language):
        return []
    toks = tokens(text, sentence.start, sentence.end)
    found: list[SlavicMention] = []
    index = 0
    while index < len(toks):
        token = toks[index]
        if not (token.capitalised or token.initial or _particle_before_name(toks, index)) or token.in_quotes:
            index += 1
            continue
        run: list[Token] = []
        while index < len(toks):
            current = toks[index]
            if current.in_quotes or not (current.capitalised or current.initial
                                         or _particle_before_name(toks, index)):
                if current.text == "." and run and run[-1].initial and run[-1].end == current.start:
                    index += 1  # the full stop of an initial: "Л. І. Комарової"
                    continue
                if current.text in "-" and run and index + 1 < len(toks) and toks[index + 1].capitalised:
                    index += 1
                    continue
                break
            if run and not _adjacent(text, run[-1], current):
                break
            run.append(current)
            index += 1
        if not run:
            index += 1
            continue
        found.extend(_people_in_run(source, text, toks, run, language))
    _spread_along_lists(text, found)
    return found


_LIST_GLUE = re.compile(r"\s*(?:,|;|\s(?:и|і|й|та|а\s+также|а\s+також))\s*")


def _spread_along_lists(text: str, found: list[SlavicMention]) -> None:
    """"Челишевим, Герасимовим, Смірновим": a surname listed next to a person is a person too.
    One pass each way carries the cue along a list of any length (linear, however long the list)."""
    pairs = list(pairwise(found))
    for left, right in pairs:
        if left.cue and not right.cue:
            _take_listed(text, left, right, right)
    for left, right in reversed(pairs):
        if right.cue and not left.cue:
            _take_listed(text, left, right, left)


def _take_listed(text: str, left: SlavicMention, right: SlavicMention, bare: SlavicMention) -> None:
    if not _LIST_GLUE.fullmatch(text[left.end:right.start]):
        return
    if any(p.info is not None and p.info.pos == "ADJF" and p.info.known for p in bare.parts):
        return  # "Львівська, Одеська, Сумська області": adjectives of places
    if all(p.kind in ("surname", "first", "initial", "particle", "patronymic") for p in bare.parts):
        bare.cue = "listed with a person"


def _particle_before_name(toks: list[Token], index: int) -> bool:
    """"фон дер Ляйен", "ибн Эзра", "аль-Барадеи": a lower-case particle that belongs to the name after it."""
    word = toks[index].text
    if word not in _NAME_PARTICLES and "-" not in word:
        return False  # the common case, decided without lower-casing or splitting
    word = word.lower()
    pieces = word.split("-")
    if len(pieces) > 1 and pieces[0] in _HYPHEN_PARTICLES:
        return toks[index].text.split("-")[1][:1].isupper()
    if word not in _NAME_PARTICLES:
        return False
    following = toks[index + 1:index + 3]
    return any(t.capitalised for t in following[:1]) or (
        len(following) == 2 and following[0].text.lower() in _NAME_PARTICLES and following[1].capitalised)


def _adjacent(text: str, left: Token, right: Token) -> bool:
    between = text[left.end:right.start]
    if left.initial:
        return between.strip() == "."
    return between.isspace() and "\n" not in between and len(between) <= 2


def _people_in_run(source: int, text: str, toks: list[Token], run: list[Token],
                   language: str) -> list[SlavicMention]:
    parts = [_classify(t, language) for t in run]
    for index, part in enumerate(parts):
        previous = parts[index - 1] if index else None
        previous_kind = previous.kind if previous is not None else ""
        if part is not None and part.kind == "patronymic" and previous_kind != "first":
            part.kind = "surname"  # "Януковича", "В'ятрович": a surname in -ович, not a patronymic
        word = run[index].text
        if part is None and previous_kind == "initial" and word.isupper() and len(word) > 2 and _is_cyrillic(word):
            parts[index] = NamePart(run[index], "surname", None)  # "С. О. МАШКОВСЬКИЙ" under a letter
    for index in range(1, len(parts)):
        before, token = parts[index - 1], run[index]
        if parts[index] is None and before is not None and before.kind == "first" and _sure_given(before) \
                and not token.text.isupper() and len(token.text) > 2 and _is_cyrillic(token.text):
            parts[index] = NamePart(token, "surname", info(token.text, language))  # "Маркус Мерк", "Карлос Симон"
    result: list[SlavicMention] = []
    index = 0
    while index < len(parts):
        part = parts[index]
        if part is None:
            index += 1
            continue
        length = 1
        while index + length < len(parts) and parts[index + length] is not None and length < 4:
            length += 1
        group = [p for p in parts[index:index + length] if p is not None]
        mention = _read_group(source, text, toks, group, language)
        if mention is not None:
            result.append(mention)
        index += length
    return result


def _shape(group: list[NamePart]) -> str:
    return " ".join(p.kind for p in group)


def _read_group(source: int, text: str, toks: list[Token], group: list[NamePart],
                language: str) -> SlavicMention | None:
    # ordinary words at either end are not name parts ("Президент", "Государственной Думы")
    while group and _common_word(group[0], language):
        group = group[1:]
    while group and _common_word(group[-1], language) and not _after_given_name(group, language):
        group = group[:-1]
    while group and group[-1].kind == "particle":
        group = group[:-1]
    while len(group) > 1 and _modifies_next(toks, _token_index(toks, group[-1].token.start), group[-1], language):
        group = group[:-1]  # "Роман Коноплев Русской службе": the adjective belongs to the noun after it
    if len(group) >= 2 and group[0].kind == "surname" and group[1].kind == "first" and _cases_differ(group[0],
                                                                                                      group[1]):
        group = group[1:]  # "вдова Ельцина Наина Иосифовна": the husband's name in the genitive, then hers
    names = [p.kind for p in group if p.kind not in ("initial", "particle")]
    if not names:
        return None
    cue = ""
    if len(names) == 1 and any(p.kind == "initial" for p in group):
        cue = "initials"
    elif len(names) >= 2 and ("first" in names or "patronymic" in names):
        cue = "given name and surname" if "patronymic" not in names else "name and patronymic"
    elif len(names) >= 2:
        opener = group[0]
        if opener.token.sentence_start and _known(opener.token.text, language):
            group = group[1:]  # "Вчера Лофнер": a sentence's first word, then the name
        else:
            cue = "name-shaped"
    if _named_after(toks, group[0].token, language) or _MARKER_BEFORE.search(
            text, max(0, group[0].token.start - 12), group[0].token.start):
        return None  # "вулиця Тараса Шевченка", "университет имени Ломоносова": a place or an institution
    mention = SlavicMention(source, language, group[0].token.start, group[-1].token.end, group, cue)
    latin = _LATIN_AFTER.match(text, mention.end)
    if latin:  # "Пракаш Джанчандані (Prakash Gianchandani)": the text itself gives the Latin spelling
        mention.extras.append(latin.group(1))
    _read_context(text, toks, mention, language)
    # without a cue, a mention is kept as a candidate: it counts only if it is the short form of a
    # person named in full elsewhere ("Височанського" after "Тарас Височанський")
    return mention if mention.parts else None


# an abbreviated street or "named after" word, also across a sentence break its full stop made
_MARKER_BEFORE = re.compile(r"(?<![^\W\d_])(?:вул|просп|пров|бульв|бул|пл|ім|им|ул|пер|наб)\.\s*$", re.IGNORECASE)


_LATIN_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){0,3})\s*[,;)]")


def _cases_differ(left: NamePart, right: NamePart) -> bool:
    if left.info is None or right.info is None or not left.info.case or not right.info.case:
        return False
    return left.info.case != right.info.case and "nomn" in (left.info.case, right.info.case)


def _named_after(toks: list[Token], first: Token, language: str) -> bool:
    """The name follows "вулиця", "імені", "проспект": directly or in a list of such names
    ("вул. Чорновола, Богдана Хмельницького, Леніна")."""
    markers = lists.words(f"named_after_{language}")
    index = _token_index(toks, first.start)
    for token in reversed(toks[max(0, index - 16):index]):
        word = token.text
        if word.lower() in markers:
            return True
        if word in ",." or word.lower() in _CONNECTORS or token.capitalised or token.initial or word.isdigit():
            continue
        return False
    return False


def _after_given_name(group: list[NamePart], language: str) -> bool:
    """"Дик Адвокат", "Виктор Понедельник": after a sure given name, an ordinary word is a surname."""
    if len(group) < 2:
        return False
    given, word = group[-2], group[-1]
    if given.kind != "first" or not _sure_given(given) or word.token.sentence_start:
        return False
    facts = word.info  # "Дмитрий Федерация": an inanimate noun of the other gender is no man's surname
    return facts is None or facts.animate or not facts.gender or facts.gender == name_gender(given.token.text,
                                                                                             language)


def _sure_given(part: NamePart) -> bool:
    return part.sure


def _token_index(toks: list[Token], start: int) -> int:
    for index, token in enumerate(toks):
        if token.start == start:
            return index
    return -1


def _read_context(text: str, toks: list[Token], mention: SlavicMention, language: str) -> None:
    """A role in front of the name, a verb of saying before or after it: they make a lone word a person."""
    first = _token_index(toks, mention.start)
    last = _token_index(toks, mention.parts[-1].token.start)
    _read_role(text, toks, first, mention, language)
    if mention.role is None:
        _read_apposition(text, toks, last, mention, language)
    speech = lists.words(f"speech_{language}")
    following = toks[last + 1:last + 3]
    if following and following[0].text == ".":
        following = following[1:]
    for token in following[:2]:
        if token.text[0].isalpha() and not token.capitalised:
            if lemma(token.text.lower(), language) in speech:
                mention.speaker = True
            break
        if token.text not in ",":
            break
    if first >= 1:
        before = toks[first - 1]
        if before.text[0].isalpha() and not before.capitalised and lemma(before.text.lower(), language) in speech:
            mention.speaker = True
    if mention.cue:
        return
    single = len(mention.parts) == 1
    part = mention.parts[0]
    if single and (len(part.token.text) < 3 or _modifies_next(toks, last, part, language)):
        mention.parts = []  # "Русская служба", "Воробьёвых гор": an adjective of a name, not a person
        return
    if mention.role:
        mention.cue = f"role {mention.role!r}"
    elif mention.speaker and not (single and part.token.sentence_start and _known(part.token.text, language)):
        mention.cue = "speaker"
    elif single and part.kind == "surname" and part.info is not None and _surname_alone(part, language):
        mention.cue = "surname"
    elif single and part.kind == "first" and part.info is not None and part.sure \
            and not (part.token.sentence_start and _known_common(part.token.text, language)):
        mention.cue = "given name"


def _surname_alone(part: NamePart, language: str) -> bool:
    """A surname standing alone: the dictionary says surname, or an unknown word has a surname's ending."""
    facts = part.info
    if facts is None or _known_common(part.token.text, language):
        return False
    if facts.pos == "ADJF" and facts.known:
        return False  # "Грушевський", "Сумська": alone, an adjective-shaped surname is too often a street or a region
    if facts.surname >= 0.5:
        return True
    return (facts.surname >= 0.3 and bool(_SURNAME_ENDING.search(part.token.text.lower()))) or (
        not facts.known and bool(_SURNAME_ENDING.search(part.token.text.lower())) and not part.token.sentence_start)


def _modifies_next(toks: list[Token], last: int, part: NamePart, language: str) -> bool:
    """A capitalised adjective followed by a lower-case noun it describes."""
    if part.info is None or last + 1 >= len(toks):
        return False
    if part.info.pos != "ADJF" and info(part.token.text.lower(), language).pos != "ADJF":
        return False  # "Русской службе": as an ordinary word it is an adjective, whatever the surname reading
    following = toks[last + 1]
    if following.capitalised or not following.text[0].isalpha():
        return False
    return info(following.text.lower(), language).pos in ("NOUN", "ADJF")


def _known_common(word: str, language: str) -> bool:
    """The word written in lower case is an ordinary word too ("Белый", "Мороз")."""
    facts = info(word.lower(), language)
    return facts.common >= _COMMON_SHARE[language] and _known(word, language)


# Ukrainian parses all weigh the same, so an ordinary word with a surname homonym ("Рада") has a
# lower share of common parses there than in Russian, whose parses carry corpus frequencies.
_COMMON_SHARE = {"ru": 0.5, "uk": 0.3}


def _read_apposition(text: str, toks: list[Token], last: int, mention: SlavicMention, language: str) -> None:
    """"Сергей Лавров, министр иностранных дел России, заявил": a role set off by commas after the name."""
    roles = lists.words(f"roles_{language}")
    if last + 2 >= len(toks) or toks[last + 1].text not in ",(—–":
        return
    start = last + 2
    index = start
    while index < len(toks) and index < start + 3:  # "бывший министр", "генеральный директор"
        token = toks[index]
        if not token.text[0].isalpha() or token.capitalised:
            return
        low = token.text.lower()
        if lemma(low, language) in roles or low.split("-")[-1] in roles:
            break
        if low not in _ADJECTIVE_ROLE_LEFT and info(low, language).pos != "ADJF":
            return
        index += 1
    else:
        return
    end = index
    while end + 1 < len(toks) and end - index < 10:
        following = toks[end + 1]
        if not following.in_quotes and (following.text in _CLAUSE_PUNCTUATION or following.text.lower() in
                                         _CONNECTORS or following.text.lower() in ("который", "которая", "який",
                                                                                  "яка", "что", "що")):
            break
        if following.text[0].isalpha() and not following.capitalised and not following.in_quotes and \
                info(following.text.lower(), language).pos in ("VERB", "INFN", "GRND", "PRTS"):
            return  # a clause, not a role
        end += 1
    role = " ".join(text[toks[start].start:toks[end].end].split())
    mention.role = role
    mention.role_start = mention.start
    mention.role_end = toks[end].end
    mention.affiliation = _affiliation(toks[index + 1:end + 1], language)


def _read_role(text: str, toks: list[Token], first: int, mention: SlavicMention, language: str) -> None:
    """"министр иностранных дел России Сергей Лавров": the nearest role noun in front, and what follows it."""
    roles = lists.words(f"roles_{language}")
    index = first - 1
    role_index = -1
    steps = 0
    while index >= 0 and steps < 8:
        token = toks[index]
        word = token.text
        if not token.in_quotes and (word in _CLAUSE_PUNCTUATION or word.lower() in _CONNECTORS):
            break
        if word[0].isalpha() and not token.in_quotes and (not token.capitalised or token.sentence_start
                                                          or not word[1:].islower() or index < first - 1):
            low = word.lower()
            base = lemma(low, language)
            if base in roles or low in roles or low.split("-")[-1] in roles:
                role_index = index  # keep looking: "Міністр аграрної політики" starts at the first role word
            if token.capitalised:
                index -= 1
                steps += 1
                continue
            facts = info(low, language)
            if facts.pos in ("VERB", "INFN", "GRND", "CONJ", "PRCL", "ADVB") or \
                    (facts.pos == "PREP" and low not in _PREPOSITIONS_IN_ROLE):
                break
        index -= 1
        steps += 1
    if role_index < 0:
        return
    while role_index >= 1:  # "советник руководителя партии": the chain of roles starts at the first
        left = toks[role_index - 1]
        if not left.text[0].isalpha() or (left.capitalised and not left.sentence_start) or left.in_quotes:
            break
        if lemma(left.text.lower(), language) not in roles:
            break
        role_index -= 1
    for _ in range(2):  # "бывший министр", "Генеральный директор", "виконувач обов'язків"
        if role_index < 1:
            break
        left = toks[role_index - 1]
        if not left.text[0].isalpha() or (left.capitalised and not left.sentence_start) or left.in_quotes:
            break
        low = left.text.lower()
        if low not in _ADJECTIVE_ROLE_LEFT and info(low, language).pos != "ADJF":
            break
        role_index -= 1
    start = toks[role_index].start
    end = toks[first - 1].end
    role = " ".join(text[start:end].split()).strip(" ,")
    if not role:
        return
    mention.role = role
    mention.role_start = start
    mention.affiliation = _affiliation(toks[role_index + 1:first], language)


def _affiliation(role_tokens: list[Token], language: str) -> str | None:
    """The country or organisation a role names, in the nominative: "президента России" -> "Россия"."""
    from briefing.analysis.slavic.morph import nominative, phrase_nominative

    quoted: list[str] = []
    for index, token in enumerate(role_tokens):
        if token.in_quotes and token.text[0].isalnum():
            quoted.append(token.text)
            continue
        if quoted:
            break
        if not token.capitalised or not token.text[0].isalpha():
            continue
        if token.text in lists.words("legal_forms"):
            continue  # "ПАТ «Укрзалізниця»": the name in quotes, not the legal form
        if token.text.isupper() and len(token.text) >= 2:
            return token.text
        run = [token]
        for following in role_tokens[index + 1:]:
            if following.capitalised and following.text[0].isalpha():
                run.append(following)
            else:
                break
        facts = info(token.text, language)
        if len(run) == 1 and (facts.pos != "ADJF" or index + 1 >= len(role_tokens)):
            if facts.pos == "NOUN" and index + 1 < len(role_tokens) and not facts.lemmas & _places(language) \
                    and facts.place < 0.5:
                return phrase_nominative([t.text for t in role_tokens[index:]], language)
            return nominative(token.text, language, "Geox" if facts.place >= 0.5 else "")
        if len(run) == 1:
            return phrase_nominative([t.text for t in role_tokens[index:]], language)
        return " ".join(t.text for t in run)
    return " ".join(quoted) if quoted else None
