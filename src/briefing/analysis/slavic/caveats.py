"""Sourcing caveats and open questions in Russian and Ukrainian sentences, in the source's own words.

The cues are data (`data/anonymous_ru.txt`, `data/hedged_uk.txt`, ...): one phrase a line, a word
ending in "*" matches any ending ("источник* в" finds "источники в", "источника в"). The hits
are the English rules' own types (`CaveatHit`, `QuestionHit`), so the engine merges, orders and
words them the same way whatever the language. Questions are phrased in the source's language:
"Неясно, будет ли подписан договор" -> "Будет ли подписан договор?"; "Незрозуміло, чи ..." ->
"Чи ...?"; otherwise the clause that says what is not known is offered for the analyst to edit.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.shared import CaveatHit, QuestionHit, clause_bounds, merge_overlaps
from briefing.analysis.slavic import lists
from briefing.analysis.slavic.groups import find_groups
from briefing.analysis.slavic.morph import info
from briefing.analysis.text import Sentence, previous_in_paragraph

_KINDS = (("anonymous", "anonymous-source"), ("secondhand", "second-hand"), ("unconfirmed", "unconfirmed"),
          ("hedged", "hedged"), ("selfinterest", "self-interested"))
_LETTER = r"[^\W\d_]"
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?=(?:но|однако|хотя|тогда\s+как|а|але|проте|однак|хоча|тоді\s+як)\b)")
_WH_RU = re.compile(r"^(?:(?:кто|что|когда|где|куда|откуда|почему|зачем|как|сколько|какие|какой|какая|какое|каким|"
                    r"каких|каков|какова|каково|каковы|чей|чья|чьи)\b|\w+\s+ли\b)", re.IGNORECASE)
_WH_UK = re.compile(r"^(?:(?:хто|що|коли|де|куди|звідки|чому|навіщо|як|скільки|які|який|яка|яке|яким|яких|чий|чия|"
                    r"чиї|чи)\b|\w+\s+чи\b)", re.IGNORECASE)
# what every phrase of a list holds, checked before its words: a party speaking of itself reports it
# in a clause ("заявило, что наши ...")
_REQUIRED = {"selfinterest": re.compile(r",\s+(?:что|що)\s+(?:мы|ми|наш|сво)")}
_NOUN_PHRASE_STOP = frozenset({"что", "що", "и", "і", "та", "а", "но", "але", "который", "которые", "який", "які"})


@cache
def cue_pattern(name: str) -> re.Pattern[str]:
    """One regular expression for the phrases of `data/NAME.txt` (longest first, so the fullest phrase wins)."""
    alternatives = []
    for phrase in sorted(lists.entries(name), key=len, reverse=True):
        pieces = []
        for word in phrase.replace("ё", "е").split():
            comma = word.endswith(",")
            word = word.rstrip(",")
            star = word.endswith("*")
            body = re.escape(word.rstrip("*")).replace(r"\-", "-")
            pieces.append(body + (rf"{_LETTER}*" if star else "") + ("," if comma else ""))
        alternatives.append(r"\s+".join(pieces))
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
        words = [word.rstrip(",").rstrip("*") for word in phrase.replace("ё", "е").split()]
        keys.add(max(words, key=len))
    return tuple(sorted(key for key in keys if not any(other != key and other in key for other in keys)))


def _lowered(text: str) -> str:
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
        lowered = _lowered(sentence.text)
        for kind, required, keys, listed in rules:
            if (required is not None and required.search(lowered) is None) or \
                    not any(map(lowered.__contains__, keys)):
                continue
            for match in cue_pattern(listed).finditer(lowered):
                start, end = sentence.start + match.start(), sentence.start + match.end()
                if kind in ("anonymous-source", "second-hand"):
                    end = _noun_phrase_end(text, start, end, sentence.end, language)
                    start = _after_leading_verb(text, start, end, language)
                else:
                    start, end = _clause(text, sentence, start, end)
                hits.append(CaveatHit(kind, start, end, match.group(0)))
        hits.extend(find_groups(text, sentence, language, lowered))  # "эксперты считают", "по словам жителей"
    hits = _join_apposed(text, hits, sentences, language)
    anonymous = [(h.start, h.end) for h in hits if h.kind == "anonymous-source"]
    # "по данным источника в правительстве" is an anonymous source first: one caveat says it; so are "как
    # сообщают местные жители", "як повідомляють мешканці": the people right after the verb are the source
    hits = [h for h in hits if not (h.kind == "second-hand" and any(
        s <= h.end + 1 and h.start < e and not text[h.end:s].strip() for s, e in anonymous))]
    return merge_overlaps(hits)


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
    end = hit.end
    closing = text.find(",", hit.end, sentence.end)
    if closing > 0 and len(_WORD_RUN.findall(text[hit.end:closing])) <= 4 and \
            not any(mark in text[hit.end:closing] for mark in ";:—–«»"):
        end = closing
    return CaveatHit(hit.kind, sentence.start + len(before) - len(before.lstrip()), end, hit.cue)


_WORD_RUN = re.compile(r"[^\W\d_][\w'’ʼ\-]*")


def _after_leading_verb(text: str, start: int, end: int, language: str) -> int:
    """"сообщил источник в Минобороны": the caveat is about the source, so it starts at the noun."""
    match = _WORD.match(text, start, end)
    if match is None or match.group(1).startswith("«"):
        return start
    if info(match.group(1).lower(), language).pos in ("VERB", "INFN"):
        following = _WORD.match(text, match.end(), end)
        if following is not None and not following.group(1).startswith("«") and \
                info(following.group(1).lower(), language).pos == "NOUN":
            return following.start(1)  # not in "попросило не називати", which is the anonymity itself
    return start


_WORD = re.compile(r"\s*([^\W\d_][\w'’ʼ\-]*|«[^»]{1,60}»)")


def _noun_phrase_end(text: str, cue_start: int, end: int, limit: int, language: str) -> int:
    """Where the source named after a cue ends: "источник в администрации президента", "как сообщает
    «Интерфакс»" (up to four words, stopping at a verb, a conjunction or punctuation)."""
    following = _WORD.match(text, end, limit)
    if following is None:
        return end
    cue = text[cue_start:end]
    word = following.group(1).lower()
    if not _PREPOSITION_END.search(cue) and not following.group(1)[0].isupper() \
            and not following.group(1).startswith("«") and word not in _PREPOSITIONS and word not in _OUTLET_NOUNS \
            and info(word, language).lemma not in _OUTLET_NOUNS \
            and not (_TAKES_A_SOURCE.search(cue) and info(word, language).pos == "NOUN"):
        return end
    position = end
    for _ in range(4):
        match = _WORD.match(text, position, limit)
        if match is None:
            break
        word = match.group(1)
        if word.lower() in _NOUN_PHRASE_STOP:
            break
        if not word.startswith("«") and not word[0].isupper():
            facts = info(word.lower(), language)
            if facts.pos in ("VERB", "INFN", "GRND", "PRTF", "PRTS", "CONJ", "ADVB", "PRCL"):
                break
        position = match.end()
    return position


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
_PREPOSITIONS = frozenset({"в", "во", "у", "из", "з", "із", "зі", "при", "из-за", "от", "від"})
_PREPOSITION_END = re.compile(r"(?:^|\s)(?:в|во|у|из|з|із|зі|на|к|до|с|со)$", re.IGNORECASE)


def _clause(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
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


_NOT_CONFIRMED = re.compile(r"^(?P<subject>(?:[^\W\d_][\w'’ʼ\-]*\s+){1,6}?)(?:пока\s+|поки\s+|ещё\s+|ще\s+)?не\s+"
                            r"(?P<participle>(?:подтвержден|підтвердже)[^\W\d_]*)\s*\.?$", re.IGNORECASE)


def _confirmed_question(basis: str, language: str) -> str | None:
    """"Эти сведения не подтверждены" -> "Подтверждены ли эти сведения?";
    "Ця інформація не підтверджена" -> "Чи підтверджена ця інформація?" (when no sentence before says what
    the information is: `_confirmed_claim` asks about that first)."""
    match = _NOT_CONFIRMED.match(basis.strip())
    if match is None:
        return None
    subject = match.group("subject").strip()
    subject = subject[:1].lower() + subject[1:] if subject[1:2].islower() or len(subject) == 1 else subject
    participle = match.group("participle").lower()
    if language == "uk":
        return f"Чи {participle} {subject}?"
    return f"{participle[:1].upper()}{participle[1:]} ли {subject}?"


# "Стоимость ремонта не раскрывается", "Терміни ремонту поки не називаються": a fact the source withholds
_WITHHELD = re.compile(r"^(?P<subject>[^\W\d_]+(?:\s+[^\W\d_]+){0,5}?)\s+(?:пока\s+|поки\s+|ещё\s+|ще\s+)?не\s+"
                       r"(?P<verb>(?:раскрыва|сообща|называ|уточня|объявля|розголошу|повідомля|назива|уточню|оголошу)"
                       r"[^\W\d_]*(?:ся|сь))\s*\.?$", re.IGNORECASE)
_WHAT_IS = {"ru": {"masc": "Каков", "femn": "Какова", "neut": "Каково", "plur": "Каковы"},
            "uk": {"masc": "Який", "femn": "Яка", "neut": "Яке", "plur": "Які"}}


def _withheld_question(basis: str, language: str) -> str | None:
    """"Стоимость ремонта не раскрывается" -> "Какова стоимость ремонта?"; "Терміни ремонту не називаються" ->
    "Які терміни ремонту?": the question word agrees with the fact's noun, or is plural with a plural verb."""
    match = _WITHHELD.match(basis.strip())
    if match is None:
        return None
    subject = match.group("subject")
    head = info(subject.split()[0].lower(), language)
    if head.pos != "NOUN":
        return None  # "Его не называют": no fact named
    verb = match.group("verb").lower()
    plural = verb.endswith(("ются", "ються", "ятся", "яться"))
    asked = _WHAT_IS[language]["plur" if plural else head.gender] if plural or head.gender else None
    if asked is None:
        return None
    return f"{asked} {subject[:1].lower()}{subject[1:]}?"


_NO_COMMENT = re.compile(r"(?:отказал|відмовил|відмовив)[^\W\d_]*\s+(?:от\s+комментариев|від\s+коментарів)"
                         r"|не\s+(?:ответил|відповів|відповіл)[^\W\d_]*\s+на\s+(?:запрос|запит)", re.IGNORECASE)
_SLAVIC_PRONOUNS = frozenset(("он", "она", "оно", "они", "він", "вона", "воно", "вони", "это", "це"))


def _what_it_says(subject: str, cue: str, language: str) -> str | None:
    """"Представитель Кремля отказался от комментариев" -> "Что говорит представитель Кремля?"; "Портовые власти
    не ответили на запрос" -> "Что говорят портовые власти?". None for a pronoun, a long subject or one that is no
    subject ("В министерстве отказались ...": a place, not who)."""
    if not _NO_COMMENT.fullmatch(cue):
        return None
    subject = " ".join(subject.split())
    words = subject.split()
    if not words or len(words) > 8 or words[0].lower() in _SLAVIC_PRONOUNS or words[0].lower() in _PREPOSITIONS:
        return None
    from briefing.analysis.slavic import wording  # the wording rules' capitals; imported where first needed

    verb_word = cue.split()[1] if cue.lower().startswith("не ") else cue.split(maxsplit=1)[0]
    plural = re.search(r"(?:ись|лися|ли)$", verb_word)
    verb = {"ru": ("говорит", "говорят"), "uk": ("каже", "кажуть")}[language][bool(plural)]
    asked = "Что" if language == "ru" else "Що"
    if not lists.words(f"institution_heads_{language}").isdisjoint(info(words[0].lower(), language).lemmas):
        return f"{asked} {verb} {subject}?"  # "Міністерство енергетики": a body's name keeps its capital
    return f"{asked} {verb} {wording.lower_first(subject, language)}?"


_HEDGE = re.compile(r",?\s*(?:возможно|якобы|предположительно|вероятно|по-видимому|можливо|нібито|начебто|ймовірно|"
                    r"імовірно|мабуть)(?:\s*,)?(?![^\W\d_])", re.IGNORECASE)


def _confirmed_claim(text: str, sentence: Sentence, match: re.Match[str], previous: Sentence | None,
                     language: str) -> QuestionHit | None:
    """"… мост, возможно, закроют на год. Эту информацию не удалось подтвердить." asks "Подтверждается ли, что
    мост закроют на год?" (the claim of the sentence before, its hedge left out); None when the sentence does
    not point back at one."""
    from briefing.analysis.slavic import wording  # the wording rules read claims; imported where first needed

    if previous is None:
        return None
    start, end = sentence.start + match.start(), sentence.start + match.end()
    clause_start, clause_end = _clause(text, sentence, start, end)
    if not wording.refers_back(text[clause_start:clause_end]):
        return None
    claim = wording.reported(previous, language)
    if not claim:
        return None
    claim = " ".join(_HEDGE.sub("", claim).split())
    claim = wording.lower_first(claim, language)  # "мост …", but "Тирасполь …"
    question = f"Чи підтверджується, що {claim}?" if language == "uk" else f"Подтверждается ли, что {claim}?"
    return QuestionHit(question, clause_start, clause_end, match.group(0))


# a passive cue that goes on with words of its own (not a comma and the question) tells, not withholds
_TOLD_ON = re.compile(r"\s+[^\W\d_]")
# who does not know stands between the cue and the question: "не відомо Айше Сейтаблаєвій, чи ..."
# (not "о том, что ...", whose "что" joins a clause, nor "невідомо від кого, чи ...", whose "кого" is asked already)
_ASKED_LATER = re.compile(r"(?P<who>[^,.;:!?]{1,60}),\s*(?P<asked>.+)$", re.DOTALL)
_THAT_WORD = re.compile(r"(?:что|що)\b", re.IGNORECASE)
# "Остаётся неизвестным и то, когда ...", "Поки незрозуміло й те, чи ...": the question follows the comma
_AND_THAT = re.compile(r"^(?:(?:и|й|і|же|ж)\s+)?(?:то|те)\s*,\s*", re.IGNORECASE)


def find_questions(text: str, sentences: list[Sentence], language: str) -> list[QuestionHit]:
    """One question per sentence that says something is unclear, unknown or unconfirmed."""
    found: list[QuestionHit] = []
    unclear = cue_pattern(f"unclear_{language}")
    unconfirmed = cue_pattern(f"unconfirmed_{language}")
    keys = cue_keys(f"unclear_{language}") + cue_keys(f"unconfirmed_{language}")
    wh = _WH_UK if language == "uk" else _WH_RU
    for number, sentence in enumerate(sentences):
        if sentence.is_headline:
            continue
        lowered = _lowered(sentence.text)
        if not any(map(lowered.__contains__, keys)):
            continue  # as in find_caveats: no phrase's longest word, no match (the search tries every letter)
        match = unclear.search(lowered)
        if match is None:
            match = unconfirmed.search(lowered)
            if match is None:
                continue
            previous = previous_in_paragraph(sentences, number)
            asked = _confirmed_claim(text, sentence, match, previous, language)
            if asked is not None:
                found.append(asked)
                continue
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if match.group(0).endswith(("ся", "сь")) and _TOLD_ON.match(text, end, sentence.end):
            continue  # "не сообщаются своему населению": told to no one, not a fact withheld from the story
        clause_start, clause_end = _clause(text, sentence, start, end)
        after = _AND_THAT.sub("", text[end:clause_end].lstrip(" ,:—–-"), count=1)
        asked_later = _ASKED_LATER.match(after) if not wh.match(after) else None
        if asked_later and wh.match(asked_later.group("asked")) and not _THAT_WORD.match(asked_later.group("asked")) \
                and not any(wh.match(word) for word in asked_later.group("who").split()):
            after = asked_later.group("asked")  # "не відомо Айше Сейтаблаєвій, чи зостався живий батько"
        before = text[sentence.start:start].rstrip(" ,:—–-")  # "Сколько будет стоить ремонт, пока неизвестно"
        question = None
        if wh.match(after) and len(after.split()) <= 30:
            question = after[:1].upper() + after[1:].rstrip(" .;") + "?"
        elif wh.match(before) and 2 <= len(before.split()) <= 30:
            question = before[:1].upper() + before[1:] + "?"
        basis = text[clause_start:clause_end]
        if question is None:
            question = _confirmed_question(basis, language) or _withheld_question(basis, language) \
                or _what_it_says(before, match.group(0), language)
        if question is None:
            question = basis[:1].upper() + basis[1:].rstrip(" ") + ("" if basis.endswith((".", "?", "!")) else ".")
        found.append(QuestionHit(question, clause_start, clause_end, match.group(0)))
    return found
