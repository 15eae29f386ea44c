"""The context around a Russian or Ukrainian name: what makes a lone word a person, or no person.

A role in front of the name ("министр иностранных дел России") or set off by commas after it,
with the country or organisation it names; a verb of saying next to it ("заявил", "повідомив");
a street or "named after" word in front, which makes it a place or an institution instead.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING

from briefing.analysis.slavic import lists
from briefing.analysis.slavic.morph import genitive_reading, info, lemma, name_reading, plural_noun
from briefing.analysis.slavic.name_words import (
    SURNAME_ENDING,
    NamePart,
    Token,
    known_common,
    known_word,
    place_words,
)
from briefing.analysis.slavic.organizations import names_a_state

if TYPE_CHECKING:
    from pymorphy3.analyzer import Parse

    from briefing.analysis.slavic.names import SlavicMention

_CLAUSE_PUNCTUATION = frozenset(".,;:!?()[]—–")
_PREPOSITIONS_IN_ROLE = frozenset({"по", "в", "во", "у", "при", "з", "із", "зі", "на", "с", "со", "от",
                                   "від", "для"})
_CONNECTORS = frozenset({"и", "і", "й", "та", "или", "або", "а", "но", "але"})
_ADJECTIVE_ROLE_LEFT = frozenset({"бывший", "экс", "новый", "первый", "нынешний", "действующий", "временно",
                                  "колишній", "новий", "перший", "чинний", "тимчасово", "исполняющий",
                                  "виконувач", "обов'язки", "обязанности"})


def named_after(toks: list[Token], first: Token, language: str) -> bool:
    """The name follows "вулиця", "імені", "проспект": directly or in a list of such names
    ("вул. Чорновола, Богдана Хмельницького, Леніна")."""
    markers = lists.words(f"named_after_{language}")
    index = token_index(toks, first.start)
    if index and toks[index - 1].capitalised and not toks[index - 1].initial \
            and toks[index - 1].text.lower() not in markers:
        return False  # "ім. Івана Огієнка Олександр Віштаченко": a name right after the honoured one is someone
    # the walk stops at the first ordinary word, so a long list of streets costs no more than a short one
    window = toks[max(0, index - 96):index]
    for back in range(len(window) - 1, -1, -1):
        token = window[back]
        word = token.text
        if word.lower() in markers:
            return True
        if word in ",.:" or word.lower() in _CONNECTORS or token.capitalised or token.initial or word.isdigit():
            continue
        if back and window[back - 1].text.isdigit():
            continue  # "30 років Перемоги", "8 Марта": a date that names a street
        return False
    return False


def token_index(toks: list[Token], start: int) -> int:
    """The index of the token that starts at `start`, -1 if none does. The tokens are in text order (starts
    strictly increasing), so a binary search finds it: asked several times for every name."""
    index = bisect_left(toks, start, key=_token_start)
    return index if index < len(toks) and toks[index].start == start else -1


_token_start = attrgetter("start")


def read_context(text: str, toks: list[Token], mention: SlavicMention, language: str) -> None:
    """A role in front of the name, a verb of saying before or after it: they make a lone word a person."""
    first = token_index(toks, mention.start)
    last = token_index(toks, mention.parts[-1].token.start)
    _read_role(text, toks, first, mention, language)
    if mention.role is None:
        _read_apposition(text, toks, last, mention, language)
    speech = lists.words(f"speech_{language}")
    following = toks[last + 1:last + 3]
    if following and following[0].text == ".":
        following = following[1:]
    for token in following[:2]:
        if token.text[0].isalpha() and not token.capitalised:
            if lemma(token.text.lower(), language) in speech and following[0].text != ",":
                # ("штурм поблизу Покровська, заявили в Генштабі", "поблизу Куп'янська, повідомив речник": a verb
                # after a comma ends a quoted claim, and its speaker comes after it)
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
    if single and (len(part.token.text) < 3 or modifies_next(toks, last, part, language, alone=True)
                   or _plain_adjective(part)):
        # "Русская служба", "Воробьёвых гор": an adjective of a name, not a person; "архієпископ
        # Житомирський": alone, an adjective the dictionary never reads as a name is a title or a place's
        mention.parts = []
        return
    if mention.role:
        mention.cue = f"role {mention.role!r}"
    elif mention.speaker and not (single and part.token.sentence_start and known_word(part.token.text, language)) \
            and not (single and first >= 1 and toks[first - 1].text[0].isalpha()
                     and plural_noun(toks[first - 1].text.lower(), language)):
        # ("Аналитики Райффайзенбанка полагают": the verb is the plural noun's, the word its genitive)
        mention.cue = "speaker"
    elif _after_person_noun(toks, first, language):
        mention.cue = "after a word for a person"
    elif single and part.token.sentence_start and _function_reading(part.token.text.lower(), language):
        return  # "Позаяк", "Бажаю": a sentence's first word that the dictionary also reads as a conjunction or a verb
    elif single and part.kind == "surname" and part.info is not None and _surname_alone(part, language):
        mention.cue = "surname"
    elif single and part.kind == "first" and part.info is not None and (part.sure or _given_inside(part, language)) \
            and not (part.token.sentence_start and known_common(part.token.text, language)):
        mention.cue = "given name"


@lru_cache(maxsize=20_000)
def _function_reading(word: str, language: str) -> bool:
    """One of the dictionary's readings of `word` is a pronoun, a conjunction, a particle, an adverb or a
    verb's form (asked only of lone capitalised words without another cue)."""
    from briefing.analysis.slavic.morph import analyzer

    return any(parse.tag.POS in _FUNCTION_POS and analyzer(language).word_is_known(word)
               for parse in analyzer(language).parse(word))


_FUNCTION_POS = frozenset({"NPRO", "CONJ", "PREP", "PRCL", "ADVB", "INTJ", "PRED", "VERB", "INFN", "GRND"})


def _after_person_noun(toks: list[Token], first: int, language: str) -> bool:
    """The name follows a word for a relative, a title of address or rank, an occupation that is no
    office, or a nickname ("брати Бамбар і Тарвіл", "діда Грицая", "пані Зоряна", "князь Ярослав", "вдова
    Тополева", "на прізвисько Бамбар"), directly or after a dash ("сусід – Бамбар"): whoever the name
    is, the word's owner or the person it describes, it names a person. Unlike a role, such a word
    says nothing an analyst would want as the person's role, so it gives the cue only."""
    if first >= 2 and toks[first - 1].text in "–—:":
        first -= 1  # "наш сусід – Бамбар"
    if first < 1:
        return False
    before = toks[first - 1]
    word = before.text
    if not word[0].isalpha() or before.in_quotes or (before.capitalised and not before.sentence_start):
        return False
    nouns = lists.words(f"person_nouns_{language}")
    low = word.lower()
    return low in nouns or not info(low, language).lemmas.isdisjoint(nouns)


def _given_inside(part: NamePart, language: str) -> bool:
    """A Ukrainian word the dictionary knows, with a given-name reading, capitalised inside a sentence
    ("зайшов Панас", "повернувся Доброслав"). The Ukrainian dictionary weighs every parse alike, so a
    name it also reads as an ordinary noun (марина, роман, even панас) never reaches the share that
    makes it sure; inside a sentence the capital settles it. A guessed word is left out: the guesser
    reads any ending as a name."""
    facts = part.info
    return language == "uk" and facts is not None and facts.known and facts.first_name >= 0.3 \
        and not part.token.sentence_start and not _function_reading(part.token.text.lower(), language)


def _plain_adjective(part: NamePart) -> bool:
    facts = part.info
    return facts is not None and facts.known and facts.pos == "ADJF" and not (
        facts.first_name or facts.surname or facts.patronymic)


def _surname_alone(part: NamePart, language: str) -> bool:
    """A surname standing alone: the dictionary says surname, or an unknown word has a surname's ending."""
    facts = part.info
    if facts is None or known_common(part.token.text, language):
        return False
    if facts.pos == "ADJF" and facts.known:
        return False  # "Грушевський", "Сумська": alone, an adjective-shaped surname is too often a street or a region
    if facts.surname >= 0.5:
        return True
    return (facts.surname >= 0.3 and bool(SURNAME_ENDING.search(part.token.text.lower()))) or (
        not facts.known and bool(SURNAME_ENDING.search(part.token.text.lower())) and not part.token.sentence_start)


def modifies_next(toks: list[Token], last: int, part: NamePart, language: str, *, alone: bool = False) -> bool:
    """A capitalised adjective followed by a lower-case noun it describes, or, `alone` (a lone word,
    not the end of a full name: "Богданом Петровим ТОВ «...»"), by the abbreviation of a body
    ("Волинської ОДА", "Житомирського ОТВ АМКУ")."""
    if part.info is None or last + 1 >= len(toks):
        return False
    following = toks[last + 1]
    if not following.text[0].isalpha():
        return False
    abbreviation = alone and following.text.isupper() and len(following.text) >= 2
    if following.capitalised and not abbreviation:
        return _names_with_next(part, following, language)
    low = part.token.text.lower()
    # "Русской службе": as an ordinary word it is an adjective, whatever the surname reading; the
    # adjective may also be a lesser reading of a known word ("Громадської": a surname first)
    if part.info.pos != "ADJF" and info(low, language).pos != "ADJF" and not (
            part.info.known and _adjective_reading(low, language)):
        return False
    return abbreviation or info(following.text.lower(), language).pos in ("NOUN", "ADJF")


def _names_with_next(part: NamePart, following: Token, language: str) -> bool:
    """"Российской Федерации", "Новой Зеландии": an adjective with no reading as a name, agreeing
    with the capitalised noun after it, is the first word of a state's or a body's name."""
    facts = part.info
    if facts is None or facts.pos != "ADJF" or not facts.known or facts.first_name or facts.surname \
            or facts.patronymic:
        return False
    after = info(following.text, language)
    return after.pos == "NOUN" and bool(after.case) and after.case == facts.case


@lru_cache(maxsize=20_000)
def _adjective_reading(word: str, language: str) -> bool:
    """One of the dictionary's readings of `word` is an adjective (asked only of lone capitalised words)."""
    from briefing.analysis.slavic.morph import analyzer

    return any(parse.tag.POS == "ADJF" for parse in analyzer(language).parse(word))



def _read_apposition(text: str, toks: list[Token], last: int, mention: SlavicMention, language: str) -> None:
    """"Сергей Лавров, министр иностранных дел России, заявил": a role set off by commas after the name; so is
    what a person is, set off the same way ("Ірина Коваленко, мешканка будинку на вулиці Київській")."""
    roles = lists.words(f"roles_{language}") | (lists.words(f"person_nouns_{language}") - _KIN)
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
    role = _role_nominative(text, toks[start:end + 1], language)
    mention.role = role
    mention.role_start = mention.start
    mention.role_end = toks[end].end
    mention.affiliation = _affiliation(toks[index + 1:end + 1], language)


def _read_role(text: str, toks: list[Token], first: int, mention: SlavicMention, language: str) -> None:
    """"министр иностранных дел России Сергей Лавров": the nearest role noun in front, and what follows it; so is
    what a person is ("житель села Раздольное Виктор Гладких"), but not kin ("брат Виктор")."""
    titles = lists.words(f"roles_{language}")
    roles = titles | (lists.words(f"person_nouns_{language}") - _KIN)
    index = first - 1
    role_index = -1
    steps = 0
    # "помічник народного депутата Миколи Джиги": a name in the genitive is the genitive role's, not the aide's
    parts = mention.parts
    case = name_reading(parts[0].token.text, parts[-1].token.text, language)[1] if len(parts) >= 2 else (
        parts[0].info.case if parts and parts[0].info is not None else "")
    genitive_name = case in ("gent", "gen2")
    while index >= 0 and steps < 8:
        token = toks[index]
        word = token.text
        if not token.in_quotes and (word in _CLAUSE_PUNCTUATION or word.lower() in _CONNECTORS):
            break
        if word[0].isalpha() and not token.in_quotes and (not token.capitalised or token.sentence_start
                                                          or not word[1:].islower() or index < first - 1):
            low = word.lower()
            base = lemma(low, language)
            if base not in roles and info(low, language).pos == "NOUN" and not info(low, language).lemmas.isdisjoint(
                    roles):
                base = min(info(low, language).lemmas & roles)  # "аналитика": analytics, or an analyst's
            if ((base in titles or low in titles or low.split("-")[-1] in titles) and not (
                    len(mention.parts) == 1 and plural_noun(low, language))) or (
                    base in roles and not plural_noun(low, language)):
                # many, not one's role: "підприємці з орбіти ...", and before one word "Аналитики Райффайзенбанка"
                # ("депутати від БПП Григорій Козловський і Віталій Свіщов" are each a deputy)
                if role_index >= 0 and _ends_role(toks[role_index].text.lower(), low, language, genitive_name):
                    break  # "заявил журналистам пресс-секретарь": the role ends where no genitive ties it on
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
    if role_index < 0 or (role_index == first - 1 and lemma(toks[role_index].text.lower(), language) in _WHOSE_ROLES
                          and not (role_index and toks[role_index - 1].text.lower() in _POSSESSIVES)):
        return  # "Помощник Хиллари Клинтон по ... делам Фил Гордон": the name right after an aide is whose aide
        # ("його заступник Володимир Яловий" is his own)
    while role_index >= 1:  # "советник руководителя партии": the chain of roles starts at the first
        left = toks[role_index - 1]
        if not left.text[0].isalpha() or (left.capitalised and not left.sentence_start) or left.in_quotes:
            break
        if lemma(left.text.lower(), language) not in roles or _ends_role(toks[role_index].text.lower(),
                                                                         left.text.lower(), language, genitive_name):
            break  # "заявил журналистам пресс-секретарь": only "советник руководителя" goes on, its next word genitive
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
    mention.role = _sentence_case_off(_role_nominative(text, [t for t in toks[role_index:first] if t.start < end],
                                                       language), toks[role_index])
    mention.role_start = start
    mention.affiliation = _affiliation(toks[role_index + 1:first], language)


# roles that are someone's: the name right after them is whose ("советник Хиллари Клинтон")
_WHOSE_ROLES = frozenset({"помощник", "помощница", "советник", "советница", "заместитель", "заместительница",
                          "помічник", "помічниця", "радник", "радниця", "заступник", "заступниця"})


_POSSESSIVES = frozenset({"его", "ее", "её", "их", "свой", "своя", "своего", "своей", "наш", "ваш", "його", "її",
                          "їхній", "їхня", "свій", "свого", "своєї", "наша", "ваша"})


def _ends_role(word: str, left: str, language: str, genitive_name: bool) -> bool:
    """The role word `word` is where the role starts, though the role word `left` stands before it: `word` is a noun
    in the nominative with no genitive reading ("пресс-секретарь", "речник"), which no role word before it governs
    ("советник руководителя" goes on to the left, "журналистам пресс-секретарь" not); or, before a name in the
    genitive, `left` is in another case ("помічником народного депутата Миколи Джиги": the deputy's role, not the
    aide's; "заступника міністра Наталії Бернацької" goes on)."""
    if genitive_name:
        return not genitive_reading(left, language)
    return info(word, language).case == "nomn" and info(word, language).pos == "NOUN" \
        and not genitive_reading(word, language)


def _sentence_case_off(role: str, first: Token) -> str:
    """"Губернатор Ленинградской области ..." opens its sentence: the role is "губернатор Ленинградской области"
    (its first word is a listed role noun or an adjective before one, never a name)."""
    if first.sentence_start and role[:1].isupper() and role[1:2].islower():
        return role[:1].lower() + role[1:]
    return role


def _role_nominative(text: str, role_tokens: list[Token], language: str) -> str:
    """A role as a brief names it, in the nominative: "советнику президента" -> "советник президента",
    "місцевого бізнесмена" -> "місцевий бізнесмен". The role noun and the adjectives before it are
    put in the nominative; the words after it stay as written. A role whose noun is not among its
    first three words, or comes after a name, is kept as written."""
    words = [t for t in role_tokens if t.text[0].isalpha()]
    written = " ".join(text[role_tokens[0].start:role_tokens[-1].end].split()) if role_tokens else ""
    forms = _nominative_forms(tuple(t.text for t in words[:3]), language)
    if not forms or any(t.capitalised and not t.sentence_start for t in words[:len(forms)]):
        return written
    pieces: list[str] = []
    position = role_tokens[0].start
    for token, form in zip(words, forms, strict=False):
        pieces.extend((text[position:token.start], form))
        position = token.end
    pieces.append(text[position:role_tokens[-1].end])
    return " ".join("".join(pieces).split())


def _role_reading(readings: list[Parse], roles: frozenset[str] | set[str]) -> Parse:
    """The first reading, or for a noun another noun reading that is a role ("аналитика" is an analyst's as well
    as analytics); an adjective stays one ("уповноважена")."""
    if readings[0].tag.POS != "NOUN" or readings[0].normal_form in roles:
        return readings[0]
    return next((r for r in readings if r.tag.POS == "NOUN" and r.normal_form in roles), readings[0])


@lru_cache(maxsize=20_000)
def _nominative_forms(words: tuple[str, ...], language: str) -> tuple[str, ...]:
    """The nominative of a role's words up to its noun (an empty tuple when none of them is a noun)."""
    from briefing.analysis.slavic.morph import analyzer, like_written

    roles = lists.words(f"roles_{language}") | lists.words(f"person_nouns_{language}")
    # the reading that is a role when there is one: "аналитика" is an analyst's, not analytics
    parses = [_role_reading(analyzer(language).parse(word.lower()), roles) for word in words]
    head = next((i for i, p in enumerate(parses) if p.tag.POS == "NOUN"), None)
    if head is None:
        return ()
    gender = str(parses[head].tag.gender or "")
    plural = "plur" in parses[head].tag
    forms: list[str] = []
    for word, parse in zip(words[:head + 1], parses, strict=False):
        found = next((f for f in parse.lexeme if f.tag.case in ("nomn", None) and ("plur" in f.tag) == plural
                      and (parse.tag.POS != "ADJF" or plural or not gender or f.tag.gender == gender)), None)
        forms.append(like_written(word, found.word) if found is not None else word)
    return tuple(forms)


# kin are people someone is related to, not a role ("сестра Біловола", "мама Вірою")
_KIN = frozenset(("мама", "мати", "мать", "батько", "тато", "отец", "папа", "сестра", "брат", "син", "сын", "донька",
                  "дочка", "дочь", "дружина", "жена", "чоловік", "муж", "зять", "невістка", "невестка", "онук", "внук",
                  "онука", "внучка", "вдова", "вдовець", "вдовец", "теща", "тёща", "свекор", "свёкор", "свекруха",
                  "свекровь", "племінник", "племянник", "племінниця", "племянница", "дядько", "дядя", "тітка", "тётя",
                  "кум", "кума", "наречена", "невеста", "наречений", "жених", "родич", "родственник", "родичка",
                  "родственница", "бабуся", "бабушка", "баба", "дід", "дед", "дедушка", "дідусь",
                  # nor are forms of address, friends and nicknames
                  "господин", "госпожа", "пан", "пані", "панна", "друг", "подруга", "друзі", "друзья", "товариш",
                  "товарищ", "коллега", "колега", "прізвисько", "прозвище", "псевдонім", "псевдоним"))
_STREET_WORDS = frozenset(("вулиця", "вулиці", "вулицю", "вул", "проспект", "проспекті", "провулок", "провулку",
                           "площа", "площі", "бульвар", "бульварі", "улица", "улице", "улицу", "ул", "проспекте",
                           "переулок", "переулке", "площадь", "площади", "бульваре",
                           # "житель села Раздольное": where someone lives is no affiliation either
                           "село", "села", "селе", "деревня", "деревни", "деревне", "посёлок", "поселка", "посёлка",
                           "поселке", "посёлке", "селище", "селища", "хутір", "хутора", "хутор"))


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
        if index and role_tokens[index - 1].text.lower() in _STREET_WORDS:
            continue  # "мешканка будинку на вулиці Київській": an address, not whom she works for
        if token.text in lists.words("legal_forms") or (
                token.text.isupper() and index + 1 < len(role_tokens) and role_tokens[index + 1].text[0] in "«\"“„"):
            continue  # "ПАТ «Укрзалізниця»", "ФГ «Финам»": the name in quotes, not the legal form or the kind
        if token.text.isupper() and len(token.text) >= 2:
            following = role_tokens[index + 1] if index + 1 < len(role_tokens) else None
            if following is not None and following.capitalised and names_a_state(following.text, language):
                return f"{token.text} {following.text}"  # "речник МЗС України": Ukraine's foreign ministry
            return token.text
        run = [token]
        for following in role_tokens[index + 1:]:
            if following.capitalised and following.text[0].isalpha():
                run.append(following)
            else:
                break
        facts = info(token.text, language)
        if len(run) == 1 and (facts.pos != "ADJF" or index + 1 >= len(role_tokens)):
            if facts.pos == "NOUN" and index + 1 < len(role_tokens) and not facts.lemmas & place_words(language) \
                    and facts.place < 0.5:
                return phrase_nominative([t.text for t in role_tokens[index:]], language)
            return nominative(token.text, language, "Geox" if facts.place >= 0.5 else "")
        if len(run) == 1:
            return phrase_nominative([t.text for t in role_tokens[index:]], language)
        if facts.pos == "ADJF" or (facts.pos == "NOUN" and facts.case in ("gent", "gen2", "datv") and not (
                lists.words(f"institution_heads_{language}") | lists.words(f"org_heads_{language}")).isdisjoint(
                facts.lemmas)):
            # "начальник Одеської ОВА", "директор Центру Разумкова": "Одеська ОВА", "Центр Разумкова"
            return phrase_nominative([t.text for t in run], language)
        return " ".join(t.text for t in run)
    return " ".join(quoted) if quoted else None
