"""People named in Russian and Ukrainian sentences: the mentions, with their name parts, roles and cues.

A name is a run of capitalised words and initials (what each word can be: `name_words`). A run
becomes a person when its shape says so (given name + surname, initials + surname, surname +
given name + patronymic) or, for a lone or foreign-looking word, when the context does
(`name_context`): a role in front ("министр иностранных дел России"), a verb of saying next to it
("заявил", "повідомив"). A surname listed next to a person is a person too. Runs inside «quotes»
name newspapers, parties and companies, and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from briefing.analysis.slavic import lists
from briefing.analysis.slavic.morph import given_name_cases, info, lemma, name_gender, name_reading
from briefing.analysis.slavic.name_context import modifies_next, named_after, read_context, token_index
from briefing.analysis.slavic.name_words import (
    HYPHEN_PARTICLES,
    NAME_PARTICLES,
    SURNAME_ENDING,
    NamePart,
    Token,
    classify,
    common_word,
    is_cyrillic,
    known_word,
    no_name_possible,
    place_words,
    tokens,
)
from briefing.analysis.text import Sentence


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



def find_people(source: int, text: str, sentence: Sentence, language: str) -> list[SlavicMention]:
    """The person mentions of one Russian or Ukrainian sentence."""
    if no_name_possible(sentence.text, language):
        return []
    toks = tokens(text, sentence.start, sentence.end)
    found: list[SlavicMention] = []
    count = len(toks)
    index = 0
    # the particle test's own first check (a word among the particles or with a hyphen) is made here, before the
    # call: this loop visits every token of the sentence, and most are neither
    while index < count:
        token = toks[index]
        word = token.text
        if not (token.capitalised or token.initial
                or ((word in NAME_PARTICLES or "-" in word) and _particle_before_name(toks, index))) or token.in_quotes:
            index += 1
            continue
        run: list[Token] = []
        while index < count:
            current = toks[index]
            word = current.text
            if current.in_quotes or not (current.capitalised or current.initial or (
                    (word in NAME_PARTICLES or "-" in word) and _particle_before_name(toks, index))):
                if current.text == "." and run and run[-1].initial and run[-1].end == current.start:
                    index += 1  # the full stop of an initial: "Л. І. Комарової"
                    continue
                if current.text in "-" and run and index + 1 < count and toks[index + 1].capitalised:
                    if _compound_prefix(run[-1], current, language):
                        run.pop()  # "Польсько- Українське": the first half of an adjective, split by a space
                        break
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
    """"Бондарчуком, Мельниченком, Гавриловим": a surname listed next to a person is a person too.
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
    if all(p.kind in ("surname", "first", "initial", "particle", "patronymic", "unknown") for p in bare.parts):
        bare.cue = "listed with a person"


def _compound_prefix(word: Token, hyphen: Token, language: str) -> bool:
    """"Польсько-", "Північно-": a word in -о closed by a hyphen, whose form in -ий is an adjective, is
    the first half of a compound adjective ("Польсько- Українське товариство")."""
    low = word.text.lower()
    if word.end != hyphen.start or not low.endswith("о") or len(low) < 5:
        return False
    from briefing.analysis.slavic.morph import analyzer

    adjective = low[:-1] + "ий"
    return bool(analyzer(language).word_is_known(adjective)) and any(
        parse.tag.POS == "ADJF" for parse in analyzer(language).parse(adjective))


def _particle_before_name(toks: list[Token], index: int) -> bool:
    """"фон дер Ляйен", "ибн Эзра", "аль-Барадеи": a lower-case particle that belongs to the name after it."""
    word = toks[index].text
    if word not in NAME_PARTICLES and "-" not in word:
        return False  # the common case, decided without lower-casing or splitting
    word = word.lower()
    pieces = word.split("-")
    if len(pieces) > 1 and pieces[0] in HYPHEN_PARTICLES:
        return toks[index].text.split("-")[1][:1].isupper()
    if word not in NAME_PARTICLES:
        return False
    following = toks[index + 1:index + 3]
    return any(t.capitalised for t in following[:1]) or (
        len(following) == 2 and following[0].text.lower() in NAME_PARTICLES and following[1].capitalised)


def _adjacent(text: str, left: Token, right: Token) -> bool:
    between = text[left.end:right.start]
    if left.initial:
        return between.strip() == "."
    return between.isspace() and "\n" not in between and len(between) <= 2


def _people_in_run(source: int, text: str, toks: list[Token], run: list[Token],
                   language: str) -> list[SlavicMention]:
    parts = [classify(t, language) for t in run]
    for index, part in enumerate(parts):
        previous = parts[index - 1] if index else None
        previous_kind = previous.kind if previous is not None else ""
        if part is not None and part.kind == "patronymic" and previous_kind != "first":
            part.kind = "surname"  # "Януковича", "В'ятрович": a surname in -ович, not a patronymic
        word = run[index].text
        if part is None and previous_kind == "initial" and word.isupper() and len(word) > 2 and is_cyrillic(word):
            parts[index] = NamePart(run[index], "surname", None)  # "С. О. МАШКОВСЬКИЙ" under a letter
        elif previous_kind == "initial" and (part is None or part.kind == "unknown") and _opens_name(
                parts, index - 1) and _surname_after_initial(run[index - 1].text, word, language):
            # "В. І. Озерної", "К. Топчи": after initials an ordinary word or a verb's form is a surname
            parts[index] = NamePart(run[index], "surname", info(word, language))
    for index in range(len(parts) - 1):
        part, after = parts[index], parts[index + 1]
        if part is not None and part.kind == "unknown" and part.info is not None and part.info.first_name \
                and after is not None and after.kind == "surname":
            part.kind = "first"  # "Роман Петров", "Любовь Соколова": the name reading, before a surname
        elif part is not None and part.kind == "surname" and part.info is not None and part.info.first_name \
                and not SURNAME_ENDING.search(part.token.text.lower()) and after is not None \
                and after.kind == "surname" and SURNAME_ENDING.search(after.token.text.lower()):
            part.kind = "first"  # "Герман Галущенко": a surname by the dictionary's odds, but a given name too,
            # before a word that ends as surnames do
    for index in range(1, len(parts)):
        before, token = parts[index - 1], run[index]
        if parts[index] is None and before is not None and before.kind == "first" and _sure_given(before) \
                and not token.text.isupper() and len(token.text) > 2 and is_cyrillic(token.text):
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
            if _starts_another_name(parts[index + length - 1], parts[index + length]):
                break  # "Республики Заречье | Аркадий Петрович Волынцев": the institution ends, the person starts
            length += 1
        for split in range(2, length):  # "ім. Івана Огієнка Олександр Віштаченко": a name in another case starts
            after, before = parts[index + split], parts[index + split - 1]
            if after is not None and before is not None and after.kind == "first" and before.kind == "surname" \
                    and part.kind == "first" and (_cases_differ(part, after) or _two_names(
                        part, before, after, parts[index + split + 1] if split + 1 < length else None, language)):
                length = split
                break
        group = [p for p in parts[index:index + length] if p is not None]
        mention = _read_group(source, text, toks, group, language)
        if mention is not None:
            result.append(mention)
        index += length
    return result


def _opens_name(parts: list[NamePart | None], last_initial: int) -> bool:
    """The initials ending at `last_initial` open a name: no name word stands before them (in
    "Гончаренко А. Є. Зокрема" they close the name before, and the next sentence starts)."""
    index = last_initial
    while index >= 0:
        part = parts[index]
        if part is None or part.kind != "initial":
            return part is None
        index -= 1
    return True


def _two_names(given: NamePart, surname: NamePart, next_given: NamePart, next_surname: NamePart | None,
               language: str) -> bool:
    """"Степана Гайового Михайлина Ярошенко": each given name agrees with its own surname, and the two
    pairs are in different cases, so they are two people."""
    if next_surname is None or next_surname.kind not in ("surname", "unknown"):
        return False
    first = name_reading(given.token.text, surname.token.text, language)[1]
    second = name_reading(next_given.token.text, next_surname.token.text, language)[1]
    return bool(first) and bool(second) and first != second


def _surname_after_initial(initial: str, word: str, language: str) -> bool:
    """A capitalised word after a Cyrillic initial that may be a surname: any word but a place, an
    organisation, an abbreviation ("В. Москві" is a preposition and a city) or a function word."""
    if len(word) < 3 or word.isupper() or not is_cyrillic(word) or not is_cyrillic(initial):
        return False
    facts = info(word, language)
    if facts.pos in _NOT_SURNAMES:
        return False
    return max(facts.place, facts.organization, facts.abbreviation) < 0.5 and not (
        facts.lemmas & place_words(language) or word.lower() in place_words(language))


_NOT_SURNAMES = frozenset({"NPRO", "PREP", "CONJ", "PRCL", "ADVB", "INTJ", "PRED", "NUMR"})


def _after_place_kind(toks: list[Token], first: Token, language: str) -> bool:
    """The name follows a lower-case noun for a kind of place or body ("город", "агентство", "клуб"),
    whose name it is. (A surname after such a noun is rarely its owner; a full name is read as a person.)"""
    index = token_index(toks, first.start)
    if index < 1:
        return False
    before = toks[index - 1]
    if before.capitalised or not before.text[0].isalpha():
        return False
    if not info(before.text.lower(), language).lemmas & lists.words(f"place_kinds_{language}"):
        return False
    role = toks[index - 2] if index >= 2 else None  # "мэр города Кравцов": the role's holder, not the town
    return role is None or not role.text[0].isalpha() or lemma(role.text.lower(), language) not in lists.words(
        f"roles_{language}")


def _starts_another_name(before: NamePart | None, part: NamePart | None) -> bool:
    """A sure given name after an ordinary word in another case: the word ends an institution's name
    in the genitive ("президент Республики Заречье Аркадий ..."), and the given name starts the person.
    A word the dictionary reads as a name part stays with it ("вдова Ельцина Наина Иосифовна" is
    settled when the group is read)."""
    if before is None or part is None or part.kind != "first" or not part.sure or before.info is None:
        return False
    facts = before.info
    if facts.first_name or facts.surname or facts.patronymic or before.kind in ("first", "patronymic"):
        return False
    return _cases_differ(before, part)


def _shape(group: list[NamePart]) -> str:
    return " ".join(p.kind for p in group)


def _read_group(source: int, text: str, toks: list[Token], group: list[NamePart],
                language: str) -> SlavicMention | None:
    if _foreign_given_before_guess(group, language):
        group[0].kind, group[1].kind = "first", "surname"  # "Хакан Фидан": the common word is a given name here
    # ordinary words at either end are not name parts ("Президент", "Государственной Думы")
    while group and common_word(group[0], language):
        group = group[1:]
    while group and common_word(group[-1], language) and not _after_given_name(group, language):
        group = group[:-1]
    while group and group[-1].kind == "particle":
        group = group[:-1]
    while len(group) > 1 and modifies_next(toks, token_index(toks, group[-1].token.start), group[-1], language):
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
        if opener.token.sentence_start and known_word(opener.token.text, language):
            group = group[1:]  # "Вчера Лофнер": a sentence's first word, then the name
        else:
            cue = "name-shaped"
    if not any(p.kind in ("first", "patronymic", "initial") for p in group) and _after_place_kind(
            toks, group[0].token, language):
        return None  # "город Баоцин", "агентству Блумберг", "районі Бельвіль": the name of a place or a body
    if named_after(toks, group[0].token, language) or _MARKER_BEFORE.search(
            text, max(0, group[0].token.start - 12), group[0].token.start):
        return None  # "вулиця Тараса Шевченка", "университет имени Ломоносова": a place or an institution
    mention = SlavicMention(source, language, group[0].token.start, group[-1].token.end, group, cue)
    latin = _LATIN_AFTER.match(text, mention.end)
    if latin:  # "Пракаш Джанчандані (Prakash Gianchandani)": the text itself gives the Latin spelling
        mention.extras.append(latin.group(1))
    read_context(text, toks, mention, language)
    # without a cue, a mention is kept as a candidate: it counts only if it is the short form of a
    # person named in full elsewhere ("Височанського" after "Тарас Височанський")
    return mention if mention.parts else None


# an abbreviated street or "named after" word, also across a sentence break its full stop made
_MARKER_BEFORE = re.compile(r"(?<![^\W\d_])(?:вул|просп|пр|пров|бульв|бул|пл|ім|им|ул|пер|наб)\.\s*$", re.IGNORECASE)


_LATIN_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){0,3})\s*[,;)]")


def _foreign_given_before_guess(group: list[NamePart], language: str) -> bool:
    """"Министр ... Турции Хакан Фидан": a capitalised ordinary word ("хакан", a khan's title) inside a sentence,
    then a word the dictionary does not know and only guesses to be a given name, is a foreign given name and
    surname; at a sentence's start, or a role or a group word ("Президент", "Министр"), it stays an ordinary word."""
    if len(group) != 2 or not common_word(group[0], language) or group[0].token.sentence_start:
        return False
    given, last = group
    if last.kind != "first" or last.sure or last.info is None or last.info.known or given.info is None:
        return False
    lemma = given.info.lemma
    return lemma not in lists.words(f"roles_{language}") and lemma not in lists.words(f"person_nouns_{language}") \
        and lemma not in lists.words(f"groups_{language}") and last.info.case in (given.info.case, "")


def _cases_differ(left: NamePart, right: NamePart) -> bool:
    if left.info is None or right.info is None or not left.info.case or not right.info.case:
        return False
    return left.info.case != right.info.case and "nomn" in (left.info.case, right.info.case)



def _after_given_name(group: list[NamePart], language: str) -> bool:
    """"Дик Адвокат", "Виктор Понедельник": after a sure given name, an ordinary word is a surname."""
    if len(group) < 2:
        return False
    given, word = group[-2], group[-1]
    if given.kind != "first" or not _sure_given(given) or word.token.sentence_start:
        return False
    facts = word.info
    if facts is None or facts.animate or not facts.gender or _plural_only(word.token.text, language):
        return True  # "Александр Озерец": a word read only as a plural ("озерцо") agrees with no given name
    gender = name_gender(given.token.text, language)
    if gender in (facts.gender, "femn"):
        return True  # "Ірина Обрій": a woman's surname in a consonant does not decline, whatever its gender
    # a man's surname that is a feminine noun declines with his name ("Петро Булава", "Петра Булави");
    # in another case it is no surname ("[Российской] Федерации Дмитрий")
    return given.info is not None and bool(facts.case) and (
        facts.case == given.info.case or facts.case in given_name_cases(given.token.text, language))


@lru_cache(maxsize=20_000)
def _plural_only(word: str, language: str) -> bool:
    """Every dictionary reading of `word` is a plural form (asked only of an ordinary word after a given name)."""
    from briefing.analysis.slavic.morph import analyzer

    return all(parse.tag.number == "plur" for parse in analyzer(language).parse(word))


def _sure_given(part: NamePart) -> bool:
    return part.sure

