"""Organisations named in Russian and Ukrainian sentences: a name in «quotes» behind a legal form, an
organisation noun or a post ("ОАО «Газпром»", "партия «Единая Россия»", "Директорка «Житомиробленерго»");
a public body named by its head noun and what follows it in the genitive ("Министерство обороны России",
"Міністерства енергетики", "Служба безпеки України", "в Государственной думе"); and the short names of
`data/known_bodies_LANG.txt` ("Минтранс", "в Минтрансе", "СБУ").

Only those shapes are read: capitalised words and abbreviations alone are too often places, titles or
the legal forms themselves ("ОАО", "СМИ", "XIX" are never proposed). Mentions of one name merge
whatever the case of the noun in front of it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache

from briefing.analysis.slavic import lists
from briefing.analysis.slavic.morph import analyzer, info, lemma, plural_noun
from briefing.analysis.text import Sentence

_QUOTED_AFTER = re.compile(r"(?<![^\W\d_])(?P<head>[^\W\d_][\w'’\-]*)\s+«(?P<name>[^«»\n]{2,60})»")
_NOT_ORGANIZATIONS = frozenset({"СМИ", "ЗМІ"})


Found = tuple[str, int, int, str]  # (name, start, end, cue)


def find_organizations(sentence: Sentence, language: str) -> list[Found]:
    """The organisations one sentence names (see the module's docstring)."""
    return [hit for hit, _ in organizations_of_text(sentence.text, [sentence], [language], offset=sentence.start)]


def organizations_of_text(text: str, sentences: list[Sentence], languages: list[str],
                          offset: int = 0) -> list[tuple[Found, str]]:
    """Each organisation the Russian and Ukrainian sentences of `text` name, with the sentence's language, in
    the order of the text; `languages` gives each sentence's language, `offset` where `text` starts in the
    source (for a single sentence passed as its own text)."""
    found = find_bodies(text, sentences, languages, offset)
    for sentence, language in zip(sentences, languages, strict=True):
        if language in ("ru", "uk"):
            found.extend((hit, language) for hit in find_quoted(sentence, language))
    return sorted(found, key=lambda item: item[0][1])


def find_quoted(sentence: Sentence, language: str) -> list[Found]:
    """Names in «quotes» behind a legal form, an organisation noun or a post."""
    found: list[Found] = []
    if "«" not in sentence.text:
        return found  # most sentences quote no name: spared the search, which tries every word
    heads = lists.words(f"org_heads_{language}")
    forms = lists.words("legal_forms") - _NOT_ORGANIZATIONS
    for match in _QUOTED_AFTER.finditer(sentence.text):
        head = match.group("head")
        if "-" in head and head.split("-")[0].lower() in heads:
            head = head.split("-")[0]  # "компании-перевозчике «Балтийский паром»": the first noun is the body's
        if head in forms:
            cue = f"legal form {head!r}"
        elif head.lower() in heads:
            cue = f"organisation noun {head.lower()!r}"
        elif info(head.lower(), language).lemma in lists.words("company_posts"):
            cue = f"post {head.lower()!r}"  # "Директорка «Житомиробленерго»": the post names the body
        else:
            continue
        name = " ".join(match.group("name").split()).strip(" .,")
        if len(name) < 2 or not any(c.isalpha() for c in name) or name[0].islower():
            continue  # 'компания «полностью выполняет все обязательства»': words quoted, not a name
        found.append((name, sentence.start + match.start(), sentence.start + match.end(), cue))
    subject = _QUOTED_SUBJECT.match(sentence.text)
    if subject is not None and not any(hit[1] <= sentence.start + subject.start("name") < hit[2] for hit in found) \
            and info(subject.group("verb").lower(), language).pos == "VERB" \
            and _brand_like(subject.group("name"), language):
        # "«Транснефть» сократит прокачку ...": a name in quotes that opens the sentence and does something
        found.append((" ".join(subject.group("name").split()), sentence.start + subject.start(),
                      sentence.start + subject.end("name") + 1, "name in quotes before its verb"))
    return found


def _brand_like(name: str, language: str) -> bool:
    """A name in quotes that can be a body's: no words spoken ("Доню, котра година?"), and one word only as a
    singular noun in the nominative ("Транснефть", "Єврогазбанк"; not "Господарі", "Триколірні")."""
    if any(mark in name for mark in ",?!.…:;"):
        return False
    words = name.split()
    if len(words) > 1:
        return True
    facts = info(words[0].lower(), language)
    # the subject of its verb: a noun in the nominative singular ("«Господарі» вийшли", "«Інтєрою»" are not)
    return facts.organization >= 0.5 or (facts.pos == "NOUN" and facts.case in ("nomn", "")
                                         and not plural_noun(words[0].lower(), language))


_QUOTED_SUBJECT = re.compile(r"\s*«(?P<name>[^«»\n]{2,60})»\s+(?P<verb>[^\W\d_]+)")


_WORD = re.compile(r"[^\W\d_][\w'’ʼ\-]*")
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'’ʼ\-]*)")


def find_bodies(text: str, sentences: list[Sentence], languages: list[str], offset: int = 0) -> list[tuple[Found, str]]:
    """Public bodies named by a head noun ("Министерство обороны России") or a listed short name ("Минтрансе")
    in the Russian and Ukrainian sentences of `text` (`languages` gives each sentence's language). One search
    over the whole text a language, not one a sentence: most sentences name no body, and a call per sentence
    cost more than the search."""
    found: list[tuple[Found, str]] = []
    starts = [sentence.start - offset for sentence in sentences]
    for language in sorted(set(languages) & {"ru", "uk"}):
        taken = -1
        for candidate in _candidates(language).finditer(text):
            at = bisect_right(starts, candidate.start()) - 1
            if at < 0 or languages[at] != language or candidate.start() < taken:
                continue
            sentence = sentences[at]
            for hit in _body_at(sentence, candidate.start() - starts[at], language):
                found.append((hit, language))
                taken = hit[2] - offset
    return found


def _body_at(sentence: Sentence, position: int, language: str) -> list[Found]:
    """The body whose name starts with the word at `position` of the sentence: [] or one hit."""
    body = sentence.text
    whole = _WORD.match(body, position)
    if whole is None:
        return []
    short = _known_body(whole.group(), language)
    if short is not None:
        country = _NEXT_WORD.match(body, whole.end())  # "МИД Финляндии": another country's ministry
        if country is not None and country.group(1)[:1].isupper() and names_a_state(country.group(1), language) \
                and info(country.group(1).lower(), language).case == "gent":
            return [(f"{short} {country.group(1)}", sentence.start + whole.start(), sentence.start + country.end(1),
                     "short name")]
        return [(short, sentence.start + whole.start(), sentence.start + whole.end(), "short name")]
    if not _head_noun(whole.group().lower(), language):
        following = _NEXT_WORD.match(body, whole.end())  # "Государственной думы": the head is the next word
        if following is not None and not _head_noun(following.group(1).lower(), language) \
                and following.group(1).islower() and info(following.group(1).lower(), language).pos == "ADJF":
            following = _NEXT_WORD.match(body, following.end(1))  # "Міжнародний валютний фонд": or the one after
        if following is None or not _head_noun(following.group(1).lower(), language):
            return []  # "судов" (ships), "Радио": a stem of a head noun, not the noun
        position = following.start(1)
    # the words around it only: the one before it and the few after it are all a name reads
    words = list(_WORD.finditer(body, max(0, position - 40), position + 200))
    index = next((i for i, word in enumerate(words) if word.start() == position), None)
    if index is None:
        return []  # "«Інвест-Фонд України»": the head is the second half of a hyphenated word, not a word of its own
    span = _headed_body(body, words, index, language)
    if span is None:
        return []
    first, last = span
    name = _nominative(tuple(w.group() for w in words[first:last + 1]), index - first, language)
    head = min(lists.words(f"institution_heads_{language}") & info(words[index].group().lower(), language).lemmas)
    return [(name, sentence.start + words[first].start(), sentence.start + words[last].end(), f"public body {head!r}")]


def _headed_body(body: str, words: list[re.Match[str]], index: int, language: str) -> tuple[int, int] | None:
    """(first, last) word of a body's name whose head noun is words[index], or None.

    A name needs a capital on the head or on an adjective right before it, and the genitive words after
    the head ("обороны России") or that adjective ("Государственной думы"); a capitalised head alone at the
    start of a sentence ("Комиссия решила ...") is a common noun.
    """
    head = words[index].group()
    first = index
    before = words[index - 1].group() if index > 0 else ""
    if before[:1].isupper() and not body[words[index - 1].end():words[index].start()].strip() \
            and info(before.lower(), language).pos == "ADJF":
        first = index - 1  # "Федеральная служба", "Верховній Раді"
    elif before[:1].islower() and index > 1 and words[index - 2].group()[:1].isupper() \
            and not body[words[index - 2].end():words[index - 1].start()].strip() \
            and not body[words[index - 1].end():words[index].start()].strip() \
            and info(before, language).pos == "ADJF" and info(words[index - 2].group().lower(), language).pos == "ADJF":
        first = index - 2  # "Мещанский районный суд Москвы": a capitalised adjective, then a common one
    last = index
    for position in range(index + 1, min(len(words), index + 5)):
        if body[words[position - 1].end():words[position].start()].strip() or \
                not _genitive_complement(words[position].group(), language):
            break
        last = position
    while last > index and info(words[last].group().lower(), language).pos == "ADJF":
        last -= 1  # "Министерства обороны и ..." keeps no dangling adjective
    if last > index and (head[:1].isupper() or first < index):
        return first, last
    if last == index and first < index and (first > 0 or head[:1].isupper()):
        return first, last  # "в Государственной думе", "Верховна Рада": a capital past the sentence's start or twice
    return None


@lru_cache(maxsize=20_000)
def _head_noun(low: str, language: str) -> bool:
    """A form of a listed head noun, in any reading ("рада" is also read as "рад", glad)."""
    return not lists.words(f"institution_heads_{language}").isdisjoint(info(low, language).lemmas)


@lru_cache(maxsize=5_000)  # a story names the same body again and again
def _nominative(written: tuple[str, ...], head: int, language: str) -> str:
    """The body's name in the nominative singular: the head read as the listed noun ("Ради" is "Рада", not
    "рад"), an adjective before it agreeing with it, the genitive words after it as written."""
    parser = analyzer(language)
    heads = lists.words(f"institution_heads_{language}")
    readings = [p for p in parser.parse(written[head].lower()) if p.normal_form in heads]
    # a body is one: "Ради" is the genitive singular (the Ukrainian dictionary marks only the plural); armed
    # forces are many ("Вооруженные силы", "Збройних сил")
    plural = readings[0].normal_form == "сила" and (written[head].lower() != "сила" or (head > 0 and any(
        p.tag.POS == "ADJF" and p.tag.number == "plur" for p in parser.parse(written[head - 1].lower()))))
    reading = min(readings, key=lambda p: (p.tag.number == "plur") != plural)
    number = "plur" if plural else "sing"
    noun = reading.inflect({"nomn", number}) or reading.inflect({"nomn"}) or reading
    result = list(written)
    result[head] = _cased(written[head], noun.word)
    agreement = {"nomn", "plur"} if plural else {"nomn", "sing", str(noun.tag.gender)}
    for position in range(head):  # the adjectives before it agree with it ("Печерського районного суду")
        adjective = next((p for p in parser.parse(written[position].lower()) if p.tag.POS == "ADJF"), None)
        inflected = (adjective.inflect(agreement) or adjective.inflect(agreement - {"sing"})
                     if adjective is not None else None)
        if inflected is not None:
            result[position] = _cased(written[position], inflected.word)
    return " ".join(result)


def _cased(written: str, word: str) -> str:
    """`word` with the capital `written` has; as written where only "ё" for "е" tells them apart."""
    if word.replace("ё", "е") == written.lower().replace("ё", "е"):
        return written
    return word[:1].upper() + word[1:] if written[:1].isupper() else word


_FUNCTION_WORDS = frozenset(("про", "при", "для", "без", "від", "под", "над", "для", "что", "що", "как", "як", "или",
                             "або", "але", "чем", "ніж"))


@lru_cache(maxsize=20_000)
def _genitive_complement(word: str, language: str) -> bool:
    """A word in the genitive that can complement a body's name ("энергетики", "России"), not a person's name."""
    facts = info(word.lower(), language)
    if facts.first_name >= 0.3 or facts.surname >= 0.5 or facts.patronymic >= 0.3:
        return False
    if word.isupper() and len(word) >= 2:
        return True  # "России" is read below; "РФ", "КНР", "США", "СБУ" are names of their own
    if len(word) < 3 or facts.pos not in ("NOUN", "ADJF") or word.lower() in _FUNCTION_WORDS:
        return False  # "при", "в", "с", "и", "по", "про": read as abbreviations in the genitive, but prepositions
    return any(parse.tag.case in ("gent", "gen2") and parse.tag.POS in ("NOUN", "ADJF")
               for parse in analyzer(language).parse(word.lower()))


@cache
def _head_stems(language: str) -> tuple[str, ...]:
    """The letters every form of a head noun starts with: "дум" for "дума", "думу", "думе"."""
    return tuple(sorted({head[:max(3, len(head) - 2)] for head in lists.entries(f"institution_heads_{language}")}))


@cache
def _state_names(language: str) -> frozenset[str]:
    """The states' names in the dictionary form (`data/states_LANG.tsv`): "финляндия", "україна"."""
    return frozenset(key for key, _ in lists.pairs(f"states_{language}"))


def names_a_state(word: str, language: str) -> bool:
    """Whether `word`, in any case, is a state's name: "Финляндии", "України"."""
    return lemma(word, language) in _state_names(language)


@cache
def _known_bodies(language: str) -> dict[str, str]:
    return {name.lower(): name for name in lists.entries(f"known_bodies_{language}")}


def _known_body(word: str, language: str) -> str | None:
    """The listed short name `word` is a form of: "Минтрансе" -> "Минтранс"; an abbreviation only as written."""
    if not word[:1].isupper():
        return None
    known = _known_bodies(language)
    low = word.lower()
    if low in known:
        return known[low] if word == known[low] or not known[low].isupper() else None
    for cut in (1, 2, 3):  # a case ending: "Минтрансе", "Нафтогазу", "Укрзалізниці"
        stem = low[:-cut]
        if stem in known and not known[stem].isupper():
            return known[stem]
        for ending in ("а", "я"):  # "Укрзалізниці" is "Укрзалізниця" with another ending
            if cut == 1 and stem + ending in known:
                return known[stem + ending]
    return None


# the lower-case adjective between a court's own name and "суд": "районный", "апеляційний"
_COURT_KINDS = ("районн", "апелляционн", "апеляційн", "окружн")


@cache
def _candidates(language: str) -> re.Pattern[str]:
    """A capitalised word that might open a body's name: a head noun ("Министерство"), a listed short name
    ("Минтранс", "СБУ") or an adjective that opens a name with its head in lower case ("Государственная
    дума"); by their first letters. Capitals and stems only, looked for by their first letter first: the
    search passes most of the text at one character test a position (a name with any capitalised adjective
    before a lower-case head noun took three times as long)."""
    stems = [stem[:1].upper() + stem[1:] for stem in _head_stems(language)]
    stems += [name[:4] for name in lists.entries(f"known_bodies_{language}")]
    stems += list(lists.entries(f"institution_adjectives_{language}"))
    stems += list(_COURT_KINDS)  # "Мещанский районный суд Москвы": the name's own adjective is not listed
    first = "".join(sorted({stem[0] for stem in stems}))
    return re.compile(rf"(?=[{first}])\b(?:{'|'.join(sorted(set(map(re.escape, stems))))})")
