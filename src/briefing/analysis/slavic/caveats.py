"""Sourcing caveats in Russian and Ukrainian sentences, in the source's own words (their open questions, read with
the same cue lists, are in `questions`).

The cues are data (`data/anonymous_ru.txt`, `data/hedged_uk.txt`, ...): one phrase a line, a word
ending in "*" matches any ending ("источник* в" finds "источники в", "источника в"). The hits
are the English rules' own type (`CaveatHit`), so the engine merges, orders and words them the same
way whatever the language.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.shared import CaveatHit, clause_bounds, merge_overlaps
from briefing.analysis.slavic import lists
from briefing.analysis.slavic.groups import find_groups
from briefing.analysis.slavic.morph import analyzer, info
from briefing.analysis.text import Sentence

_KINDS = (("anonymous", "anonymous-source"), ("secondhand", "second-hand"), ("unconfirmed", "unconfirmed"),
          ("hedged", "hedged"), ("selfinterest", "self-interested"), ("disputed", "disputed"))
_LETTER = r"[^\W\d_]"
# a clause after "но", "але" starts after the conjunction ("але терміни він не назвав": "терміни він не назвав")
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:но|однако|хотя|тогда\s+как|а|але|проте|однак|хоча|тоді\s+як)(?![^\W\d_])\s*")
# what every phrase of a list holds, checked before its words: a party speaking of itself reports it
# in a clause ("заявило, что наши ...")
_REQUIRED = {"selfinterest": re.compile(r",\s+(?:что|що)\s+(?:мы|ми|наш|сво)")}
_NOUN_PHRASE_STOP = frozenset({"что", "що", "и", "і", "та", "а", "но", "але", "который", "которые", "який", "які"})


@cache
def cue_pattern(name: str) -> re.Pattern[str]:
    """One regular expression for the phrases of `data/NAME.txt` (longest first, so the fullest phrase wins); a "…"
    in a phrase stands for up to three words."""
    alternatives = []
    for phrase in sorted(lists.entries(name), key=len, reverse=True):
        pattern = ""
        for word in phrase.replace("ё", "е").split():
            if word == "…":  # up to three words of the sentence's own: "перевірити … неможливо"
                pattern += r"(?:[^\s.;:!?]+\s+){0,3}"
                continue
            comma = word.endswith(",")
            word = word.rstrip(",")
            star = word.endswith("*")
            body = re.escape(word.rstrip("*")).replace(r"\-", "-")
            pattern += body + (rf"{_LETTER}*" if star else "") + ("," if comma else "") + r"\s+"
        alternatives.append(pattern.removesuffix(r"\s+"))
    # matched against the lower-cased sentence, "ё" as "е" (case-insensitive matching is several times slower)
    return re.compile(rf"(?<!{_LETTER})(?:{'|'.join(alternatives)})(?!{_LETTER})")


@cache
def cue_keys(name: str) -> tuple[str, ...]:
    """The longest word of each phrase of `data/NAME.txt` (without its "*"): a phrase can match only
    where its longest word is in the sentence, so a sentence that holds none of them skips the
    regular expression (most sentences hold none). A key that holds another ("источника", "источник") is
    dropped: the shorter one is in every sentence the longer one is in, and each key costs a search."""
    keys = set()
    for phrase in lists.entries(name):
        words = [word.rstrip(",").rstrip("*") for word in phrase.replace("ё", "е").split() if word != "…"]
        keys.add(max(words, key=len))
    return tuple(sorted(key for key in keys if not any(other != key and other in key for other in keys)))


def lowered_text(text: str) -> str:
    """`text` in lower case with "ё" read as "е" ("остаётся неизвестным" is the listed "остается неизвестным";
    the lists are read the same way), or as it is when lower-casing would move offsets (a rare "İ")."""
    lowered = text.lower()
    return lowered.replace("ё", "е") if len(lowered) == len(text) else text


def find_caveats(text: str, sentences: list[Sentence], language: str) -> list[CaveatHit]:
    """Anonymous, second-hand, unconfirmed and hedged cues of Russian or Ukrainian sentences."""
    hits: list[CaveatHit] = []
    # each kind's list and keys looked up once, not once a sentence (its pattern is compiled on its first hit)
    rules = [(kind, _REQUIRED.get(name), cue_keys(f"{name}_{language}"), f"{name}_{language}")
             for name, kind in _KINDS]
    for sentence in sentences:
        if sentence.is_headline:
            continue
        lowered = lowered_text(sentence.text)
        for kind, required, keys, listed in rules:
            if (required is not None and required.search(lowered) is None) or \
                    not any(map(lowered.__contains__, keys)):
                continue
            for match in cue_pattern(listed).finditer(lowered):
                if kind == "disputed" and not _denies_a_claim(lowered, match):
                    continue
                start, end = sentence.start + match.start(), sentence.start + match.end()
                if kind == "second-hand" and _PAST_RELAY.search(match.group(0)):
                    # "Как сообщал «Коммерсантъ»", "Як повідомляли раніше «Наші гроші»": a relay in the past names
                    # its outlet (a bare "як писали" or "как писал классик" relays no one the brief can name)
                    earlier = _EARLIER.match(text, end)
                    named_from = earlier.end() if earlier else end
                    if _noun_phrase_end(text, start, named_from, sentence.end, language) == named_from:
                        continue
                    end = named_from
                if kind in ("anonymous-source", "second-hand"):
                    end = _noun_phrase_end(text, start, end, sentence.end, language)
                    start = _after_leading_verb(text, start, end, language)
                    if kind == "anonymous-source":
                        end = _before_trailing_verb(text, start, end, language)
                    counted = _COUNT_BEFORE.search(text, max(sentence.start, start - 16), start)
                    if counted is not None and kind == "anonymous-source":
                        start = counted.start()  # "Два источника, знакомые с ...": how many is part of the source
                    own = _OWN_BEFORE.search(text, max(sentence.start, start - 16), start)
                    if own is not None and kind == "anonymous-source":
                        start = own.start()  # "со ссылкой на собственные источники": whose sources, part of them
                elif kind == "disputed":
                    start, end = sentence.start, sentence.end  # who denies what: the sentence says both
                else:
                    start, end = clause_around(text, sentence, start, end)
                hits.append(CaveatHit(kind, start, end, match.group(0)))
        hits.extend(find_groups(text, sentence, language, lowered))  # "эксперты считают", "по словам жителей"
        if _MILITARY_SPEAKER.search(lowered) and _MILITARY_RESULT.search(lowered):
            # "Минобороны России заявило, что ВСУ потеряли до 1400 военнослужащих": a party at war counting the
            # results of its own strikes
            hits.append(CaveatHit("self-interested", sentence.start, sentence.end, "party reports its own results"))
        if "источник" in lowered or "джерел" in lowered or "собеседник" in lowered or "співрозмовник" in lowered:
            for found in _OUTLETS_SOURCES.finditer(sentence.text):
                if _NEGATED_NEXT.match(sentence.text, found.end()):
                    continue  # "Сумму сделки источники «Ведомостей» не раскрывают": no claim rests on them
                start = sentence.start + found.start()
                counted = _COUNT_BEFORE.search(text, max(sentence.start, start - 16), start)
                hits.append(CaveatHit("anonymous-source", counted.start() if counted else start,
                                      sentence.start + found.end(), found.group(0).lower()))
        relay = _OUTLET_AFTER_CLAIM.search(sentence.text)
        if relay is not None:  # "..., пишет «Коммерсантъ»", "..., сообщает РБК": the outlet the claim came through
            hits.append(CaveatHit("second-hand", sentence.start + relay.start(1), sentence.start + relay.end(1),
                                  relay.group(1)))
    hits = _join_apposed(text, hits, sentences, language)
    anonymous = [(h.start, h.end) for h in hits if h.kind == "anonymous-source"]
    hits = [_relay_of_anonymous(text, h, anonymous) for h in hits]
    hits = [kept for h in hits if (kept := _relayed_by_outlet(text, h, anonymous)) is not None]
    # "по данным источника в правительстве" is an anonymous source first: one caveat says it; so are "как
    # сообщают местные жители", "як повідомляють мешканці": the people right after the verb are the source
    hits = [h for h in hits if not (h.kind == "second-hand" and not _NAMES_AN_OUTLET.search(text, h.start + 1, h.end)
                                    and any(s <= h.end + 1 and h.start < e and not text[h.end:s].strip()
                                            for s, e in anonymous))]  # "Как сообщает РБК со ссылкой на источник": both
    return merge_overlaps(hits)


def _relayed_by_outlet(text: str, hit: CaveatHit, anonymous: list[tuple[int, int]]) -> CaveatHit | None:
    """A second-hand hit that only leads to an unnamed source: the outlet before it, which relays that source, is the
    second-hand caveat ("РБК | со ссылкой на источники"), and with no outlet there it is no caveat of its own (the
    anonymous one says it). Any other hit as it is."""
    if hit.kind != "second-hand" or not _told_by_anonymous(text, hit, anonymous):
        return hit
    outlet = _outlet_before(text, hit)
    return outlet if outlet is not hit else None


# "Ранее РБК со ссылкой на источники ...": the outlet that opens a relay of unnamed sources
_OUTLET_BEFORE_CITING = re.compile(r"(?:«[^»]{1,60}»|[А-ЯЁІЇЄҐA-Z]{2,}(?:[\s\-][А-ЯЁІЇЄҐA-Z][\w\-]*){0,2})\s+$")


def _outlet_before(text: str, hit: CaveatHit) -> CaveatHit:
    """"РБК | со ссылкой на источники в правительстве": the outlet that relays the unnamed sources is the
    second-hand caveat, as in "Как сообщает РБК со ссылкой на ..." (the hit itself when no outlet stands there)."""
    if not _CITING_ONLY.match(text, hit.start):
        return hit
    outlet = _OUTLET_BEFORE_CITING.search(text, max(0, hit.start - 70), hit.start)
    if outlet is None:
        return hit
    return CaveatHit(hit.kind, outlet.start(), outlet.start() + len(outlet.group().rstrip()), hit.cue)


def _told_by_anonymous(text: str, hit: CaveatHit, anonymous: list[tuple[int, int]]) -> bool:
    """A second-hand phrase that only leads to an unnamed source says nothing the anonymous caveat does not: "по
    данным источников «Коммерсанта» в правительстве" (the outlet's own sources: one caveat), and "з посиланням на |
    джерело в Повітряних силах" after "Як повідомляє «Укрінформ»" (whose caveat already names the outlet)."""
    return any((s <= hit.start and hit.end <= e + 1) or (hit.start < s < hit.end and _CITING_ONLY.fullmatch(
        text, hit.start, s)) for s, e in anonymous)


# a military command as the speaker, and what its forces did: matched on the lower-cased sentence
_MILITARY_BODY = (r"(?:минобороны|міноборони|министерств\w* обороны|міністерств\w* оборони|генштаб\w*|"
                  r"генеральн\w* штаб\w*|повітрян\w* сил\w*|воздушно-космическ\w* сил\w*)")
# "Генштаб повідомив", "повідомили в Міноборони", "за даними Генштабу": a party at war speaking
_MILITARY_SPEAKER = re.compile(_MILITARY_BODY + r"[^.;]{0,60}?(?:заявил\w*|сообщил\w*|повідомил\w*|заявив|повідомив|"
                               r"заявля\w*|повідомля\w*|сообща\w*)"
                               r"|(?:заявил\w*|сообщил\w*|повідомил\w*|заявив|повідомив)\s+(?:в\s+|у\s+)?"
                               + _MILITARY_BODY + r"|(?:за\s+даними|по\s+данным)\s+" + _MILITARY_BODY)
_MILITARY_RESULT = re.compile(r"(?<![^\W\d_])(?:уничтож|сбит|сбил|потерял|поразил|знищ|збил|збит|втратил|уразил|"
                              r"ліквідув|ликвидир|освобод|звільнил)[^\W\d_]*")


def _denies_a_claim(lowered: str, match: re.Match[str]) -> bool:
    """A verb of denying that denies something said: not "не заперечив", not "заперечують проти" (object to), and
    "отверг" / "відкинув" only with what was said after it ("отвергли обвинения", not "отверг сделку")."""
    if _NOT_BEFORE.search(lowered, max(0, match.start() - 4), match.start()):
        return False
    if match.group(0).startswith("запереч") and _AGAINST.match(lowered, match.end()):
        return False
    return not match.group(0).startswith(("отверг", "відкин", "відкида")) or bool(
        _SAID_THING.match(lowered, match.end()) or _SAID_THING_BEFORE.search(lowered, max(0, match.start() - 50),
                                                                             match.start()))


_AGAINST = re.compile(r"\s+проти\b")
# what was said, within three words after a verb of rejecting
_SAID_THING = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:обвинени|информаци|заявлени|утверждени|верси|слух|данны|"
                         r"сообщени|причастност|претензи|звинувачен|інформаці|заяв|твердженн|чутк|дан|повідомленн|"
                         r"причетн)")
# what was said, right before the verb: "эти обвинения отвергают", "ці звинувачення відкидають"
_SAID_THING_BEFORE = re.compile(r"(?<![^\W\d_])(?:обвинени|заявлени|утверждени|звинувачен|твердженн)[^\W\d_]*"
                                r"(?:\s+[^\W\d_]+)?\s+$")
_NOT_BEFORE = re.compile(r"(?<![^\W\d_])не\s+$")


def _relay_of_anonymous(text: str, hit: CaveatHit, anonymous: list[tuple[int, int]]) -> CaveatHit:
    """"Как сообщает РБК со ссылкой на | источник в ...": an outlet relaying an unnamed source is second-hand up to
    whom it cites, and the unnamed source is a caveat of its own."""
    citing = _CITING_END.search(text, hit.start, hit.end) if hit.kind == "second-hand" else None
    if citing is None or citing.start() <= hit.start or not any(
            s >= hit.end and _ONLY_NA.fullmatch(text, hit.end, s) for s, _ in anonymous):
        return hit
    return CaveatHit(hit.kind, hit.start, citing.start(), hit.cue)


def _join_apposed(text: str, hits: list[CaveatHit], sentences: list[Sentence], language: str) -> list[CaveatHit]:
    """"Источник в правительстве, пожелавший остаться неизвестным", "Співрозмовник у міській раді на умовах
    анонімності": one source, one caveat; and "Один из сотрудников порта, говоривший на условиях анонимности":
    the anonymity describes the noun before it, which is the source."""
    anonymous = sorted((_described(text, h, sentences, language) if h.kind == "anonymous-source" else h
                        for h in hits if h.kind == "anonymous-source"), key=lambda h: h.start)
    joined: list[CaveatHit] = []
    for hit in anonymous:
        last = joined[-1] if joined else None
        if last is not None and last.end >= hit.start:
            joined[-1] = CaveatHit(last.kind, last.start, max(last.end, hit.end), last.cue)
            continue
        if last is not None and re.fullmatch(r"\s*(?:,\s*(?:(?:который|которая|которые|яке|який|яка|які)\s+)?)?",
                                             text[last.end:hit.start]):
            joined[-1] = CaveatHit(last.kind, last.start, hit.end, last.cue)
            continue
        joined.append(hit)
    return [h for h in hits if h.kind != "anonymous-source"] + joined


# "Один из сотрудников порта, говоривший на условиях анонимности", "Посадовець міністерства, який не має права
# публічно коментувати переговори,": the noun phrase that opens the sentence, a comma, and a clause of its own
_RELATIVE = frozenset({"который", "которая", "которое", "которые", "який", "яка", "яке", "які"})


def _described(text: str, hit: CaveatHit, sentences: list[Sentence], language: str) -> CaveatHit:
    """An anonymity set off by a comma after the noun phrase that opens the sentence reaches back to that
    noun phrase (no verb in it, at most eight words) and on to the comma that closes the clause."""
    sentence = next((s for s in sentences if s.start <= hit.start < s.end), None)
    if sentence is None:
        return hit
    before = text[sentence.start:hit.start]
    comma = before.rfind(",")
    if comma < 0:
        return hit
    between = _WORD_RUN.findall(before[comma + 1:])
    if len(between) == 2 and between[0].lower() in _RELATIVE and info(between[1].lower(), language).pos == "VERB":
        pass  # "Посадовець міністерства, який говорив на умовах анонімності": Ukrainian has no "говоривший"
    elif len(between) > 1 or (between and between[0].lower() not in _RELATIVE
                              and info(between[0].lower(), language).pos != "PRTF"):
        return hit
    head = _WORD_RUN.findall(before[:comma])
    if not head or len(head) > 8 or not head[0][:1].isupper() or any(mark in before[:comma] for mark in ",;:—–«»"):
        return hit
    if any(info(word.lower(), language).pos in ("VERB", "INFN", "GRND", "PRTS") for word in head):
        return hit
    if len(head) == 1 and info(head[0].lower(), language).pos in ("CONJ", "ADVB", "PRCL", "INTJ"):
        return hit  # "Однак, за інформацією джерел ...": a word that opens the sentence, not a noun the source is
    end = hit.end
    closing = text.find(",", hit.end, sentence.end)
    if closing > 0 and len(_WORD_RUN.findall(text[hit.end:closing])) <= 4 and \
            not any(mark in text[hit.end:closing] for mark in ";:—–«»"):
        end = closing
    return CaveatHit(hit.kind, sentence.start + len(before) - len(before.lstrip()), end, hit.cue)


_WORD_RUN = re.compile(r"[^\W\d_][\w'’ʼ\-]*")
# an outlet named after the claim it relays: ", повідомляє «Інтерфакс-Україна».", ", сообщает РБК."
_OUTLET_AFTER_CLAIM = re.compile(r",\s+((?:повідомляє|повідомляють|повідомило|повідомила|пише|передає|сообщает|"
                                 r"сообщило|сообщила|пишет|передает|передаёт)\s+(?:«[^»]{1,60}»|[А-ЯЁІЇЄҐA-Z]{2,}"
                                 r"(?:[\s\-][А-ЯЁІЇЄҐA-Z][\w\-]*){0,2}))[\s.]*$")
# "джерела «Української правди»", "источники РБК": an outlet's own unnamed sources (a name in quotes or capitals)
_OUTLETS_SOURCES = re.compile(r"(?<![^\W\d_])(?:[Ии]сточник(?:и|ов|ам|ами)?|[Дд]жерел(?:а|о|ам|ами)?|"
                              # "Один из собеседников «Медузы»", "співрозмовник «УП»": the outlet's own interlocutor
                              r"(?:(?:[Оо]дин|[Оо]дна)\s+(?:из|з|зі|із)\s+)?(?:[Сс]обеседник|[Сс]піврозмовник)"
                              r"(?:и|ов|ам|ами|а|у|ом|ів|ам|ами)?)\s+"
                              r"(?:«[А-ЯЁІЇЄҐA-Z][^«»]{0,59}»|\"[А-ЯЁІЇЄҐA-Z][^\"]{0,59}\"|[А-ЯЁІЇЄҐA-Z]{2,}"
                              r"(?:\.[a-z]{2,4})?(?![^\W\d_]))"  # an outlet by its site: "джерело LIGA.net"
                              # where they sit: "в правительстве", "з міськради"
                              r"(?:\s+(?:в|во|у|из|з|із)\s+[а-яёіїєґ'’ʼ\-]{3,}(?![^\W\d_]))?")
_NEGATED_NEXT = re.compile(r"\s+(?:не|ні)\s", re.IGNORECASE)
_OWN_BEFORE = re.compile(r"(?<![^\W\d_])(?:собственн|своих|свои|власн|свої|своїх)[^\W\d_]*\s+$", re.IGNORECASE)
_ONLY_NA = re.compile(r"\s*(?:на\s+)?", re.IGNORECASE)
_CITING_ONLY = re.compile(r"(?:со\s+ссылкой|з\s+посиланням)\s+на\s+", re.IGNORECASE)
_CITING_END = re.compile(r"\s+(?:со\s+ссылкой(?:\s+на)?|з\s+посиланням(?:\s+на)?)$", re.IGNORECASE)
_NAMES_AN_OUTLET = re.compile(r"«|(?<=\s)[А-ЯЁІЇЄҐA-Z]")  # a name in the relay, after its first word
_COUNT_BEFORE = re.compile(r"(?<![^\W\d_])(?:два|две|три|четыре|двое|трое|несколько|дві|чотири|двоє|троє|кілька|"
                           r"декілька|[2-9])\s+$", re.IGNORECASE)


def _after_leading_verb(text: str, start: int, end: int, language: str) -> int:
    """"сообщил источник в Минобороны": the caveat is about the source, so it starts at the noun."""
    match = _WORD.match(text, start, end)
    if match is None or match.group(1).startswith(("«", '"')):
        return start
    if info(match.group(1).lower(), language).pos in ("VERB", "INFN"):
        following = _WORD.match(text, match.end(), end)
        if following is not None and not following.group(1).startswith("«") and \
                info(following.group(1).lower(), language).pos == "NOUN":
            return following.start(1)  # not in "попросило не називати", which is the anonymity itself
    return start


_SOURCE_WORDS = frozenset({"источник", "джерело", "собеседник", "співрозмовник"})


def _before_trailing_verb(text: str, start: int, end: int, language: str) -> int:
    """"Источник сообщил": the caveat is about the source, so it ends before the verb."""
    words = list(_WORD_RUN.finditer(text, start, end))
    if len(words) == 2 and words[-1].end() == end and info(words[-1].group().lower(), language).pos == "VERB" \
            and info(words[0].group().lower(), language).lemma in _SOURCE_WORDS:
        return words[0].end()
    return end


_WORD = re.compile(r"\s*([^\W\d_][\w'’ʼ\-]*|«[^»]{1,60}»|\"[^\"]{1,60}\")")  # a name in «…» or "…" is one word


def _outlet_noun(word: str, language: str) -> bool:
    return word in _OUTLET_NOUNS or info(word, language).lemma in _OUTLET_NOUNS


def _adjective_of_outlet(text: str, word: re.Match[str], limit: int, language: str) -> bool:
    """"місцеве видання «…»", "региональное агентство": an adjective in front of an outlet's noun."""
    after = _WORD.match(text, word.end(), limit)
    return after is not None and info(word.group(1).lower(), language).pos == "ADJF" \
        and _outlet_noun(after.group(1).lower(), language)


def _adjective_before_noun(text: str, word: re.Match[str], limit: int, language: str) -> bool:
    """"за даними обласної військової адміністрації": adjectives, then the noun that names the source."""
    position = word.start()
    for _ in range(3):
        match = _WORD.match(text, position, limit)
        if match is None:
            return False
        facts = info(match.group(1).lower(), language)
        pos = facts.pos
        if pos == "NOUN" or (position != word.start() and not facts.known and any(
                parse.tag.POS == "NOUN" for parse in analyzer(language).parse(match.group(1).lower()))):
            return position != word.start()  # a noun, or a word the dictionary only guesses at ("пабликов")
        if pos != "ADJF":
            return False
        position = match.end()
    return False


_PAST_RELAY = re.compile(r"^(?:как|як)\s+(?:сообщал[аио]?|писал[аио]?|повідомля(?:в|ла|ли|ло)|писав)$")
_EARLIER = re.compile(r"\s+(?:ранее|раніше)(?=\s)", re.IGNORECASE)


def _noun_phrase_end(text: str, cue_start: int, end: int, limit: int, language: str) -> int:
    """Where the source named after a cue ends: "источник в администрации президента", "как сообщает
    «Интерфакс»" (up to four words, stopping at a verb, a conjunction or punctuation)."""
    following = _WORD.match(text, end, limit)
    if following is None:
        return end
    cue = text[cue_start:end]
    word = following.group(1).lower()
    if not _PREPOSITION_END.search(cue) and not following.group(1)[0].isupper() \
            and not following.group(1).startswith("«") and word not in PREPOSITIONS \
            and not _outlet_noun(word, language) \
            and not (_TAKES_A_SOURCE.search(cue) and (info(word, language).pos == "NOUN"
                                                      or _adjective_before_noun(text, following, limit, language))) \
            and not _adjective_of_outlet(text, following, limit, language):
        return end
    position = end
    for _ in range(4):
        match = _WORD.match(text, position, limit)
        if match is None:
            break
        word = match.group(1)
        if word.lower() in _NOUN_PHRASE_STOP:
            break
        if not word.startswith("«") and not word[0].isupper() and word.lower() not in _DATA_NOUNS:
            facts = info(word.lower(), language)
            if facts.pos in ("VERB", "INFN", "GRND", "PRTF", "PRTS", "CONJ", "ADVB", "PRCL"):
                break
        position = match.end()
    return position


# "со ссылкой на данные судоходной компании": the dictionary's best reading of "данные" is a participle
_DATA_NOUNS = frozenset({"данные", "данных", "дані", "даних"})
# the nouns for an outlet, as written and as the dictionary's lemma ("портала" -> "портал")
_OUTLET_NOUNS = frozenset({"агентство", "агентства", "газета", "газеты", "газети", "издание", "издания", "видання",
                           "телеканал", "телеканалу", "телеканала", "сайт", "сайту", "сайта", "портал", "радио",
                           "радіо", "журнал", "журналу", "журнала", "телеграм-канал", "блог", "ресурс"})
# cues whose next noun is the source itself: "по данным полиции", "за даними реєстру", "з посиланням на джерела"
_TAKES_A_SOURCE = re.compile(r"(?:данным|данных|даними|сообщениям|повідомленнями|информации|інформацією|словам|"
                             r"словами|ссылкой\s+на|посиланням\s+на|оценкам|оцінками|подсчетам|підрахунками|"
                             # "знакомые с ходом консультаций": what the source knows of is named next
                             r"ходом|ходу|ситуацией|ситуацією|содержанием|змістом|деталями)$",
                             re.IGNORECASE)
PREPOSITIONS = frozenset({"в", "во", "у", "из", "з", "із", "зі", "при", "из-за", "от", "від"})
_PREPOSITION_END = re.compile(r"(?:^|\s)(?:в|во|у|из|з|із|зі|на|к|до|с|со)$", re.IGNORECASE)


def clause_around(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The clause around a cue: the English rules' clause, cut again at Russian and Ukrainian conjunctions."""
    left, right = clause_bounds(text, sentence, start, end)
    body = text[left:right]
    relative = start - left
    cut_left = 0
    for match in _CLAUSE_BREAK.finditer(body):
        if match.end() <= relative:
            cut_left = match.end()
        elif match.start() >= end - left:
            right = left + match.start()
            break
    return left + cut_left, right
