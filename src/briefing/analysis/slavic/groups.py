"""Unnamed groups as sources in Russian and Ukrainian: "эксперты считают", "считают местные жители",
"по словам аналитиков", "представники міськради заявили".

The English rules flag "experts say" and "party leaders want"; a Russian or Ukrainian source that
rests a claim on experts, residents or officials no one names deserves the same caveat. A group is a
noun of `data/groups_LANG.txt` in the plural (any adjectives before it, a genitive after it: "жители
прибрежных сёл"), and it is a source when it is the subject of a verb of saying or of a view
(`speech_LANG.txt`, `views_LANG.txt`) or follows "по словам", "по мнению", "за словами", "на думку".
Not inside a quotation (there the speaker is the source), and not when a name follows the noun
("эксперты Иван Осипов и ...": named).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.analysis.shared import CaveatHit
from briefing.analysis.slavic import lists
from briefing.analysis.slavic.morph import analyzer, info
from briefing.analysis.text import Sentence, quoted_at

_WORD = re.compile(r"[^\W\d_][\w'’ʼ\-]*")
# the words before a group that open a clause: its subject may follow them
_OPENERS = frozenset({"и", "а", "но", "однако", "причем", "при", "этом", "же", "также", "тоже", "і", "й", "та", "але",
                      "проте", "однак", "водночас", "також", "теж", "ж", "втім", "впрочем", "зато", "натомість"})
# "по словам экспертов", "за словами мешканців": a group in the genitive after one of these
_ACCORDING = {"ru": re.compile(r"(?:по\s+(?:словам|мнению|оценкам|данным|прогнозам|подсчетам|подсчётам|сведениям)|"
                               r"как\s+(?:считают|полагают|говорят|отмечают|утверждают))\s+$"),
              "uk": re.compile(r"(?:за\s+(?:словами|оцінками|даними|прогнозами|підрахунками|відомостями)|"
                               r"на\s+думку|як\s+(?:вважають|кажуть|зазначають|стверджують))\s+$")}
# "з посиланням на двох польських урядовців", "со ссылкой на депутатов": whom an outlet cites
_CITING_GROUP = re.compile(r"(?:з\s+посиланням\s+на|посилаючись\s+на|со\s+ссылкой\s+на|ссылаясь\s+на)\s+"
                           r"(?P<group>)(?:[^\W\d_]+\s+){0,3}$")
# "выступают против": a view only with "против" / "за" after it (not "выступают на сцене")
_TAKE_A_SIDE = frozenset({"выступать", "виступати"})
_SIDES = frozenset({"против", "за", "проти"})
_STOPS = frozenset({"который", "которые", "которых", "кто", "что", "який", "які", "яких", "хто", "що", "если", "якщо",
                    "когда", "коли", "чтобы", "щоб"})


@lru_cache(maxsize=50_000)
def plural_group(word: str, language: str) -> str:
    """The case of `word` read as a listed group noun in the plural ("nomn", "gent", ...), or ""."""
    groups = lists.words(f"groups_{language}")
    cases = [str(parse.tag.case or "") for parse in analyzer(language).parse(word)
             if parse.tag.POS == "NOUN" and parse.tag.number == "plur" and parse.normal_form in groups]
    # a person noun's accusative plural is its genitive ("командиров"): the genitive is what a count takes
    return next((case for case in ("nomn", "gent") if case in cases), cases[0] if cases else "")


def _adjective_before_noun(word: str, following: str, language: str, case: str) -> bool:
    """A group noun that is also an adjective ("рабочие") followed by a plural noun in its case ("группы"). Only
    a group noun made of an adjective can be one ("рабочий", "учёный"): the dictionary guesses an adjective for
    "командирів" too."""
    parser = analyzer(language)
    groups = lists.words(f"groups_{language}")
    readings = parser.parse(word)
    if not any(parse.tag.POS == "NOUN" and parse.normal_form in groups and parse.normal_form.endswith(_ADJECTIVAL)
               for parse in readings) or not any(parse.tag.POS == "ADJF" for parse in readings):
        return False
    return any(parse.tag.POS == "NOUN" and parse.tag.number == "plur" and str(parse.tag.case or "") == case
               for parse in parser.parse(following))


_ADJECTIVAL = ("ий", "ый", "ой", "ій")


@lru_cache(maxsize=50_000)
def _singular_genitive_group(word: str, language: str) -> bool:
    """`word` read as a listed group noun in the genitive singular ("дипломата"), the form after "два"."""
    groups = lists.words(f"groups_{language}")
    return any(parse.tag.POS == "NOUN" and parse.tag.number != "plur" and parse.tag.case == "gent"
               and parse.normal_form in groups for parse in analyzer(language).parse(word))


# one person who speaks for a body and is not named: "представитель Минэнерго", "представник Міненерго"
_REPRESENTATIVES = frozenset(("представитель", "представительница", "представник", "представниця"))


@lru_cache(maxsize=50_000)
def one_representative(word: str, language: str) -> str:
    """The case of `word` read as "representative" in the singular, nominative or genitive ("представителя"), or
    "": one unnamed representative of a named body is a source no one names, as "a ministry spokesman" is."""
    cases = {str(parse.tag.case or "") for parse in analyzer(language).parse(word)
             if parse.tag.POS == "NOUN" and parse.tag.number != "plur" and parse.normal_form in _REPRESENTATIVES}
    return next((case for case in ("nomn", "gent") if case in cases), "")


# a body's name in Latin letters, in capitals or in «…» after a representative: up to three of them
_BODY_NAME = re.compile(r"(?:\s+(?:«[^»]{1,60}»|[A-Z][\w&\-]*(?:\.[\w&\-]+)*|[А-ЯЁІЇЄҐ]{2,}[\w\-]*)){0,3}")
# what may stand between a representative's body and the person's name: up to four words, no punctuation
_UP_TO_NAME = re.compile(r"(?:\s+[^\W\d_][\w\-]*){0,4}")


def _named_after(body: str, words: list[re.Match[str]], index: int, end: int, language: str) -> bool:
    """A person's name after the representative's body, within its phrase or a few words after it ("представитель
    Минэнерго Иван Петров", "по словам представителя Минэнерго Ивана Петрова", "представитель Следственного
    комитета при прокуратуре Владимир Маркин")."""
    up_to = _UP_TO_NAME.match(body, end)
    reach = up_to.end() if up_to else end
    following = next((position for position, word in enumerate(words) if word.start() >= reach), len(words))
    return any(word.group()[:1].isupper() and (info(word.group(), language).first_name >= 0.5
                                               or info(word.group(), language).surname >= 0.5)
               for word in words[index + 2:following])  # the body's own name first, then the person's


def _is_verb_of_view(word: str, language: str) -> str:
    """The lemma of `word` when it is a verb of saying or of a view of the lists, else ""."""
    facts = info(word, language)
    if facts.pos not in ("VERB", "INFN", "GRND"):
        return ""
    listed = _verbs(language)
    return next((lemma for lemma in sorted(facts.lemmas) if lemma in listed), "")


@lru_cache(maxsize=4)
def _verbs(language: str) -> frozenset[str]:
    return lists.words(f"speech_{language}") | lists.words(f"views_{language}")


def find_groups(text: str, sentence: Sentence, language: str, lowered: str) -> list[CaveatHit]:
    """The unnamed groups a sentence rests a claim on, each as an anonymous-source hit on the group's words;
    `lowered` is the sentence in lower case."""
    body = sentence.text
    hits: list[CaveatHit] = []
    words: list[re.Match[str]] = []
    positions: dict[int, int] = {}
    # the words that start like a group noun, found in one search: most sentences hold none, and the
    # sentence is split into words only when one of them is a listed group noun in the plural
    for candidate in _stem_pattern(language).finditer(lowered):
        case = plural_group(candidate.group(), language)
        paucal = not case and _singular_genitive_group(candidate.group(), language)
        single = "" if case else one_representative(candidate.group(), language)
        if not case and not paucal and not single:
            continue
        case = case or ("gent" if paucal else single)  # "два дипломата": genitive singular after two, three, four
        if not words:
            words = list(_WORD.finditer(body))
            positions = {w.start(): i for i, w in enumerate(words)}
        index = positions.get(candidate.start())
        if index is None:
            continue
        word = words[index]
        if index + 1 < len(words) and not body[word.end():words[index + 1].start()].strip() and \
                _adjective_before_noun(word.group().lower(), words[index + 1].group().lower(), language, case):
            continue  # "рабочие группы министерства", "рабочие места": an adjective there, not the workers
        start = _modifiers_start(body, words, index, language, case)
        counted = _quantity_start(words, start) if case in ("gent", "gen2") else None
        if paucal and (counted is None or body[counted:].split(maxsplit=1)[0].lower() not in _PAUCAL):
            if not single:
                continue  # a singular group noun is a group only after "два", "три", "четыре", "оба" (and adjectives)
            counted, case = None, single  # one representative
        elif paucal:
            single = ""  # "два представителя": counted, a group
        if counted is not None:  # "багато депутатів", "многие из экспертов": a subject in the genitive
            start, case = counted, "nomn"
        end = _of_end(body, words, _genitive_end(body, words, index, language), language)
        if single:  # "представитель Microsoft", "представник ВАТ «Оборонбуд»": the body's name is part of who
            body_name = _BODY_NAME.match(body, end)
            end = body_name.end() if body_name else end
        if _named_next(body, words, index, language) or (single and _named_after(body, words, index, end, language)):
            continue
        before = body[:start]
        according = _ACCORDING[language].search(before.lower()) if case in ("gent", "gen2") else None
        # (only as the opening phrase's end, before the claim's comma: not "ЗМІ з посиланням на працівників БТІ
        # називали ...", where the outlet relays in the clause itself)
        citing = _CITING_GROUP.search(before.lower()) if according is None and body[end:].lstrip().startswith(",") \
            else None
        if citing is not None:  # "з посиланням на двох польських урядовців": the count and the adjectives too
            according, start = citing, citing.start("group")
            before = body[:start]
        cue = ""
        if according is not None:
            cue = f"{before[according.start():].strip()} {word.group()}"
        elif case == "nomn" and not _NAME_AND.search(body, max(0, start - 60), start):
            verb = _verb_after(body, words, index, end, language) if _opens_clause(body, start) else None
            if verb is None:
                verb = _verb_before(body, words, start, language)
                if verb is not None and _AS_VERB.search(body, max(0, start - 40), start):
                    end = _aside_end(body, end)  # "Как заявили наблюдатели от ОБСЕ, ...": the group up to the comma
            if verb is not None and not (single and before.strip() and _verb_before(body, words, start, language)
                                         is None):
                cue = verb  # one representative speaks only from the sentence's start or right after the verb
        if cue and not quoted_at(text, sentence.start + start):
            hits.append(CaveatHit("anonymous-source", sentence.start + start, sentence.start + end, cue.lower()))
    return hits


# "Питер Семнеби и представители ПАСЕ призывают": a named person shares the claim, which rests on him too
_NAME_AND = re.compile(r"[А-ЯЁІЇЄҐ][\w'’ʼ\-]+\s+(?:и|і|й|та)\s+$")
# "Как заявили ...", "Як зазначають ...": the group ends at the comma before the claim
_AS_VERB = re.compile(r"(?:^|\s)(?:как|як)\s+[^\W\d_]+\s+$", re.IGNORECASE)
_ASIDE = re.compile(r"[^,;.:!?«»\"“”]{1,80}(?=,)")


def _aside_end(body: str, end: int) -> int:
    """The end of what stands between the group and the comma before its claim ("от ОБСЕ", "з геральдики")."""
    aside = _ASIDE.match(body, end)
    return aside.end() if aside and len(aside.group().split()) <= 8 else end


@lru_cache(maxsize=4)
def _stem_pattern(language: str) -> re.Pattern[str]:
    """A word that starts like a listed group noun, on lower-cased text (far faster than IGNORECASE)."""
    stems = _stems(language)
    first = "".join(sorted({stem[0] for stem in stems}))  # looked ahead for first: fewer alternations tried
    return re.compile(rf"\b(?=[{first}])(?:{'|'.join(stems)})[\w'’ʼ\-]*")


@lru_cache(maxsize=4)
def _stems(language: str) -> tuple[str, ...]:
    """The first letters every form of a listed group noun starts with ("эксперт", "жител"): a cheap test
    before the dictionary is asked."""
    return tuple(sorted({group[:max(4, len(group) - 3)].replace("ё", "е")  # the sentence reads "ё" as "е"
                         for group in lists.entries(f"groups_{language}")}))


def _modifiers_start(body: str, words: list[re.Match[str]], index: int, language: str, case: str) -> int:
    """Where the group's phrase starts: its adjectives, participles and quantifiers in the same case."""
    start = words[index].start()
    for position in range(index - 1, max(-1, index - 4), -1):
        word = words[position]
        if body[word.end():start].strip():
            break  # a comma or a dash ends the phrase
        facts = info(word.group().lower(), language)
        if facts.pos not in ("ADJF", "PRTF", "NUMR", "NPRO") or facts.case not in (case, ""):
            break
        start = word.start()
    return start


# words of quantity that take their people in the genitive: "большинство аналитиков", "багато депутатів"
# the numbers that take a singular noun in the genitive: "два дипломата", "три експерти" is plural, "обидва депутати"
_PAUCAL = frozenset({"два", "две", "три", "четыре", "оба", "обе", "полтора", "дві", "чотири", "обидва", "обидві"})
_QUANTITY = _PAUCAL | frozenset({"много", "многие", "несколько", "ряд", "большинство", "часть", "немало", "десятки",
                                 "сотни", "некоторые", "багато", "кілька", "декілька", "більшість", "частина",
                                 "чимало", "сотні", "деякі", "двое", "трое", "четверо", "пятеро", "двоє", "троє",
                                 "п'ятеро"})
_FROM = frozenset({"из", "з", "із"})


def _quantity_start(words: list[re.Match[str]], start: int) -> int | None:
    """Where a quantity before the group starts ("большинство местных аналитиков", "многие из жителей"), or None."""
    at = next((w for w in words if w.start() == start), None)
    if at is not None and at.group().lower() in _QUANTITY:
        return start  # "кілька командирів": the dictionary reads the quantity as a numeral, taken as a modifier
    before = [w for w in words if w.end() <= start][-2:]
    if before and before[-1].group().lower() in _FROM and len(before) == 2:
        before = before[:1]  # "многие из": the quantity stands before "из"
    if not before or before[-1].group().lower() not in _QUANTITY:
        return None
    return before[-1].start()


def _genitive_end(body: str, words: list[re.Match[str]], index: int, language: str) -> int:
    """Where the phrase ends: "жители прибрежных сёл", "представители мэрии" take up to four genitive words
    ("аналітики американського Інституту вивчення війни")."""
    end = words[index].end()
    for position in range(index + 1, min(len(words), index + 5)):
        word = words[position]
        if body[end:word.start()].strip():
            break
        low = word.group().lower()
        if not _genitive(low, language) or info(low, language).pos in ("PREP", "CONJ", "PRCL"):
            break  # "жители в социальных сетях": "в" reads as a noun in the genitive too, but is the preposition
        end = word.end()
    return end


# "депутаты от фракции «Зелёный берег»", "експерти з питань енергетики": whose or what group it is
_OF = frozenset({"от", "из", "від", "з", "із"})
_QUOTED_NAME = re.compile(r"\s+«[^«»]{1,40}»")


def _of_end(body: str, words: list[re.Match[str]], end: int, language: str) -> int:
    """Where the group's phrase ends with a preposition of origin after it and up to four genitive words
    (and a name in «…» after them), or `end` when no such phrase follows."""
    position = next((i for i, word in enumerate(words) if word.start() >= end), len(words))
    if position >= len(words) or body[end:words[position].start()].strip() \
            or words[position].group().lower() not in _OF:
        return end
    extended = end
    for following in words[position + 1:position + 5]:
        if body[(extended if extended > end else words[position].end()):following.start()].strip():
            break
        if not _genitive(following.group().lower(), language):
            break
        extended = following.end()
    if extended == end:
        return end
    quoted = _QUOTED_NAME.match(body, extended)
    return quoted.end() if quoted else extended


def is_quantity(word: str) -> bool:
    """"багато", "большинство", "многие": a word that counts the group after it (the group is in the genitive)."""
    return word.lower() in _QUANTITY


@lru_cache(maxsize=50_000)
def _genitive(word: str, language: str) -> bool:
    """Some reading of `word` is a noun or an adjective in the genitive: "громадської ради" ("ради" reads first
    as a plural of "рад", and as the genitive of "рада" too)."""
    return any(parse.tag.POS in ("NOUN", "ADJF", "PRTF") and parse.tag.case in ("gent", "gen2")
               for parse in analyzer(language).parse(word))


_ANALYSTS = frozenset(("аналітик", "аналитик", "експерт", "эксперт", "дослідник", "исследователь", "економіст",
                       "экономист"))


def _named_next(body: str, words: list[re.Match[str]], index: int, language: str) -> bool:
    """A person's name right after the group ("эксперты Иван Осипов и Анна Лис" name their experts), or its
    institution's in Latin letters or capitals."""
    if index + 1 >= len(words) or body[words[index].end():words[index + 1].start()].strip(" "):
        return False
    following = words[index + 1].group()
    if not following[:1].isupper():
        return False
    if (following.isascii() or (following.isupper() and len(following) >= 2)) \
            and not _ANALYSTS.isdisjoint(info(words[index].group().lower(), language).lemmas):
        return True  # "аналітиків DiXi Group", "Аналітики ISW", "эксперты ЦСР": the institute's analyses
        # (not "Представники ДФІ", "чиновники РДА": unnamed people of a named body)
    facts = info(following, language)
    return facts.first_name >= 0.5 or facts.surname >= 0.5


def _opens_clause(body: str, start: int) -> bool:
    """The phrase starts the sentence or a clause: after a comma, a dash, a colon or a conjunction."""
    before = body[:start].rstrip()
    if not before or before[-1] in ",;:—–-(":
        return True
    last = _WORD.findall(before[-20:])
    return bool(last) and last[-1].lower() in _OPENERS


def _verb_after(body: str, words: list[re.Match[str]], index: int, end: int, language: str) -> str | None:
    """"эксперты ... считают": a verb of the lists within six words of the group, before any comma or
    relative word; the cue is the group and the verb."""
    position = index + 1
    last = min(len(words), index + 7)
    while position < last:
        word = words[position]
        if word.start() < end:
            position += 1
            continue
        between = body[max(words[position - 1].end(), end):word.start()]  # not the «…» that ends the group
        aside = None
        if between.strip() == ",":
            aside = SOURCE_ASIDE.match(body, words[position - 1].end()) or modifier_aside(
                body, words[position - 1].end(), language)
        if aside is not None:
            # "чиновники мэрии, по данным газеты, сомневаются", "эксперты, опрошенные агентством, полагают":
            # read past the source or the participle phrase
            position = next((i for i, w in enumerate(words) if w.start() >= aside.end()), len(words))
            last = min(len(words), position + 4)
            end = aside.end()
            continue
        if any(mark in between for mark in ",;:—–«»\"“”"):
            return None
        low = word.group().lower()
        if low in _STOPS:
            return None
        lemma = _is_verb_of_view(low, language)
        if lemma:
            if lemma in _TAKE_A_SIDE and (position + 1 >= len(words)
                                          or words[position + 1].group().lower() not in _SIDES):
                return None
            return f"{words[index].group()} {word.group()}"
        if info(low, language).pos in ("VERB", "INFN") and low not in ("не", "ни") and not _genitive(low, language):
            return None  # another verb comes first: the group is its subject, not the speaker's ("війни", which the
            # dictionary reads first as a verb, is the genitive of "війна" too: the phrase goes on)
        position += 1
    return None


# a source set off by commas between a group and its verb: ", по данным газеты,", ", за словами видання,"
SOURCE_ASIDE = re.compile(r",\s*(?:по\s+(?:данным|словам|информации|сообщениям)|за\s+(?:даними|словами|інформацією|"
                           r"повідомленнями)|как\s+(?:сообщает|пишет|сообщают|пишут)|як\s+(?:повідомляє|пише|"
                           r"повідомляють|пишуть))\s[^,.;:!?]{1,60},\s*", re.IGNORECASE)


# a phrase set off by commas that opens on a participle or a plural adjective: who the group is
_MODIFIER = re.compile(r",\s*(?P<first>[^\W\d_]+)[^,.;:!?«»\"“”]{0,60},\s*")
_PLURAL_ADJECTIVE = ("ые", "ие", "і")


# a relative clause in which the group is the object: ", с которыми поговорило издание «…»,", ", яких опитало видання,"
_OBJECT_RELATIVE = re.compile(r",\s*(?:(?:с|со|з|із)\s+)?(?:которыми|которых|которым|якими|яких|яким)\s"
                              r"[^,.;:!?]{1,80},\s*", re.IGNORECASE)


def modifier_aside(body: str, position: int, language: str) -> re.Match[str] | None:
    """", опрошенные агентством,", ", опитані агентством,": a participle (or, in Ukrainian, whose dictionary tags
    participles as adjectives, a plural adjective) opens the phrase, so it describes the group before it; so
    does a relative clause whose object the group is (", з якими поспілкувалося видання «Збруч»,")."""
    relative = _OBJECT_RELATIVE.match(body, position)
    if relative is not None:
        return relative
    aside = _MODIFIER.match(body, position)
    if aside is None:
        return None
    first = aside.group("first").lower()
    facts = info(first, language)
    if facts.pos == "PRTF" or (facts.pos == "ADJF" and first.endswith(_PLURAL_ADJECTIVE)
                               and first not in _RELATIVE_WORDS):
        return aside
    return None


_RELATIVE_WORDS = frozenset(("которые", "які", "такие", "такі", "другие", "інші", "все", "всі"))


_TOLD_WHOM_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\s+«[^»]{1,40}»\s+$")


def _verb_before(body: str, words: list[re.Match[str]], start: int, language: str) -> str | None:
    """"считают местные жители", "заявили представители мэрии": the verb right before the group."""
    previous = [w for w in words if w.end() <= start][-1:]
    told = _TOLD_WHOM_BEFORE.search(body, 0, start)
    if told is not None:  # "Как рассказали «Известиям» участники рынка": whom they told stands between
        previous = [w for w in words if w.start() == told.start(1)][-1:]
    elif not previous or body[previous[0].end():start].strip():
        return None
    if not previous:
        return None
    low = previous[0].group().lower()
    lemma = _is_verb_of_view(low, language)
    if not lemma or lemma in _TAKE_A_SIDE:
        return None
    noun = _WORD.match(body, start)
    return f"{previous[0].group()} {noun.group() if noun else ''}".strip()
