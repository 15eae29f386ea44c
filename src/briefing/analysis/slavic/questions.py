"""Open questions of Russian and Ukrainian sentences, in their language: what a sentence says is unclear,
unknown, withheld or unconfirmed, asked as a question ("Сколько будет стоить ремонт, пока неизвестно" ->
"Сколько будет стоить ремонт?", "Стоимость ремонта не раскрывается" -> "Какова стоимость ремонта?", "Неясно,
будет ли подписан договор" -> "Будет ли подписан договор?").

The cue lists are the caveat rules' (`caveats.cue_pattern`); where no question can be formed the sentence
itself is offered, which the analyst edits.
"""

from __future__ import annotations

import re

from briefing.analysis.asked import asked_by_the_writer
from briefing.analysis.shared import QuestionHit
from briefing.analysis.slavic import lists
from briefing.analysis.slavic.caveats import PREPOSITIONS, clause_around, cue_keys, cue_pattern, lowered_text
from briefing.analysis.slavic.morph import (
    analyzer,
    info,
    lemma,
    like_written,
    phrase_nominative,
    plural_noun,
    plural_object,
)
from briefing.analysis.text import Sentence, previous_in_paragraph

_WH_RU = re.compile(r"^(?:(?:кто|что|когда|где|куда|откуда|почему|зачем|как|сколько|какие|какой|какая|какое|каким|"
                    r"каких|каков|какова|каково|каковы|чей|чья|чьи)\b|\w+\s+ли\b)", re.IGNORECASE)
_WH_UK = re.compile(r"^(?:(?:хто|що|коли|де|куди|звідки|чому|навіщо|як|скільки|які|який|яка|яке|яким|яких|чий|чия|"
                    r"чиї|чи)\b|\w+\s+чи\b)", re.IGNORECASE)
_NOT_CONFIRMED = re.compile(r"^(?P<subject>(?:[^\W\d_][\w'’ʼ\-]*\s+){1,6}?)(?:пока\s+|поки\s+|ещё\s+|ще\s+)?не\s+"
                            r"(?P<participle>(?:подтвержден|підтвердже)[^\W\d_]*)\s*\.?$", re.IGNORECASE)


_CONFIRMED_NOW = {"ru": ("Подтверждается ли", "Подтверждаются ли"), "uk": ("Чи підтверджується", "Чи підтверджуються")}
_NOT_CONFIRMED_VERB = re.compile(r"^(?:(?:официально|офіційно|пока|поки|наразі)\s+)?"
                                 r"(?P<subject>(?:[^\W\d_][\w'’ʼ\-]*\s+){1,6}?)(?:пока\s+|поки\s+|ещё\s+|ще\s+|официально\s+|офіційно\s+)?не\s+"
                                 r"(?P<verb>(?:подтверждал|підтверджувал)[^\W\d_]*(?:сь|ся))\s*\.?$", re.IGNORECASE)


def _confirmed_question(basis: str, language: str) -> str | None:
    """"Эти сведения не подтверждены" -> "Подтверждены ли эти сведения?";
    "Ця інформація не підтверджена" -> "Чи підтверджена ця інформація?" (when no sentence before says what
    the information is: `_confirmed_claim` asks about that first)."""
    verb = _NOT_CONFIRMED_VERB.match(basis.strip())
    if verb is not None:  # "Официально информация о пожаре не подтверждалась": is it confirmed now?
        plural = verb.group("verb").lower().endswith(("ись", "ися"))
        subject = verb.group("subject").strip()
        return f"{_CONFIRMED_NOW[language][plural]} {subject[:1].lower()}{subject[1:]}?"
    match = _NOT_CONFIRMED.match(basis.strip())
    if match is None:
        return None
    subject = match.group("subject").strip()
    subject = subject[:1].lower() + subject[1:] if subject[1:2].islower() or len(subject) == 1 else subject
    participle = match.group("participle").lower()
    if language == "uk":
        return f"Чи {participle} {subject}?"
    return f"{participle[:1].upper()}{participle[1:]} ли {subject}?"


# "Стоимость ремонта не раскрывается", "Терміни ремонту поки не називаються", "Точные потери пока неизвестны": a fact
# the source withholds or does not know, perhaps after who says so ("По его словам, ...")
_WITHHELD = re.compile(r"^(?:(?:по|за)\s+[^,]{1,40},\s+)?(?P<subject>[^\W\d_][\w'’ʼ]*(?:\s+[^\W\d_][\w'’ʼ]*){0,5}?)\s+"
                       # "Масштаб повреждений он не уточнил", "Сроки ремонта в компании не назвали": who withholds it,
                       # between the fact and the verb
                       r"(?:(?P<agent>он|она|они|мы|він|вона|вони|ми|(?:в|во|у)\s+[^\W\d_]+|собеседник|співрозмовник|"
                       r"источник|джерело)\s+)?"
                       r"(?:пока\s+|поки\s+|ещё\s+|ще\s+)?(?:не\s+(?P<verb>(?:раскрыва|сообща|называ|уточня|объявля|"
                       r"розголошу|повідомля|назива|уточню|оголошу)[^\W\d_]*(?:ся|сь))|(?P<unknown>неизвестн[^\W\d_]*|"
                       r"невідом[^\W\d_]*)|не\s+(?P<active>(?:уточнил|назвал|раскрыл|сообщил|уточнив|назвав|розкрив|"
                       r"розкрил|повідомив|повідомил)[^\W\d_]*"
                       # "Прізвище підозрюваного в НАБУ не називають": they do not name it, in the present
                       r"|называют|раскрывают|уточняют|сообщают|називають|розкривають|уточнюють|повідомляють"
                       # "Точні цифри ми не розкриваємо (з міркувань безпеки)": the source's own "we"
                       r"|называем|раскрываем|сообщаем|називаємо|розкриваємо|повідомляємо)"
                       # "Кількість пошкоджених будинків уточнюється": still being established
                       r"|(?P<pending>(?:уточня|уточню)[^\W\d_]*(?:ся|сь)))"
                       r"(?:\s+(?:из|з)\s+(?:соображений|міркувань)\s+[^\W\d_]+)?\s*\.?$", re.IGNORECASE)
_NEWS_NOUNS = frozenset(("информация", "інформація", "данные", "дані", "сведения", "відомості", "ситуация", "ситуація"))
_WHAT_IS = {"ru": {"masc": "Каков", "femn": "Какова", "neut": "Каково", "plur": "Каковы"},
            "uk": {"masc": "Який", "femn": "Яка", "neut": "Яке", "plur": "Які"}}


def _withheld_question(basis: str, language: str) -> str | None:
    """"Стоимость ремонта не раскрывается" -> "Какова стоимость ремонта?"; "Терміни ремонту не називаються" ->
    "Які терміни ремонту?"; "Точные потери пока неизвестны" -> "Каковы точные потери?": the question word agrees
    with the fact's noun (the first of its first two words), or is plural with a plural predicate."""
    match = _WITHHELD.match(basis.strip())
    if match is None:
        return None
    subject = match.group("subject")
    heads = [info(word.lower(), language) for word in subject.split()[:2]]
    head = next((facts for facts in heads if facts.pos == "NOUN"), None)
    if head is None:
        return None  # "Его не называют": no fact named
    if match.group("active"):  # the verb agrees with who withholds: the fact's noun says singular or plural
        noun = next(word for word, facts in zip(subject.split(), heads, strict=False) if facts is head)
        plural = plural_noun(noun.lower(), language) or (
            subject.split()[0] == noun and plural_object(noun.lower(), language)) or (  # the fact opens the sentence
            heads[0] is not head and heads[0].pos == "ADJF" and _plural_adjective(subject.split()[0], language))
    else:
        if match.group("agent"):
            return None  # "Сроки он не называются": no sentence
        predicate = (match.group("verb") or match.group("unknown") or match.group("pending")).lower()
        plural = predicate.endswith(("ются", "ються", "ятся", "яться", "ны", "мі"))
    asked = _WHAT_IS[language]["plur" if plural else head.gender] if plural or head.gender else None
    if asked is None or (match.group("pending") and head.lemma in _NEWS_NOUNS):
        return None  # "Информация уточняется": no fact named
    if head.case == "accs" and not plural:  # "Назву судна ... не повідомили": the fact asked about is "назва"
        words = subject.split()
        index = next(i for i, facts in enumerate(heads) if facts is head)
        words[index] = like_written(words[index], head.lemma)
        subject = " ".join(words)
    return f"{asked} {subject[:1].lower()}{subject[1:]}?"


# "не назвал сроки встречи", "відмовився назвати терміни": the fact withheld follows the verb
_NAMING = re.compile(r"не\s+(?:назвал|назвав|уточнил|уточнив|раскрыл|розкрив)[^\W\d_]*|"
                     r"(?:отказал|відмовил|відмовив)[^\W\d_]*\s+(?:назвать|уточнить|назвати|уточнити)")
_FOR_REASONS = re.compile(r"(?:из|з)\s+(?:соображений|міркувань)\b", re.IGNORECASE)
_FACT_AFTER = re.compile(r"(?P<fact>[^\W\d_][\w'’ʼ\-]*(?:\s+[^\W\d_][\w'’ʼ\-]*){0,5})[\s.]*$")


def _named_after(after: str, cue: str, language: str) -> str | None:
    """"Ушаков не назвал сроки встречи лидеров" -> "Каковы сроки встречи лидеров?": the fact after the verb, asked
    as the sentence would ask it had the fact come first ("Сроки встречи лидеров не назвали"); "" for bare
    "деталей", which names no fact to ask about."""
    if not _NAMING.fullmatch(cue):
        return None
    if _FOR_REASONS.match(after.strip()):
        return None  # "не розкриваємо з міркувань безпеки": why it is withheld, not what
    fact = _FACT_AFTER.match(after.strip())
    if fact is None or any(info(word.lower(), language).pos in ("VERB", "INFN", "CONJ", "PRCL")
                           for word in fact.group("fact").split()):
        return None
    words = fact.group("fact").split()
    if len(words) == 1 and lemma(words[0].lower(), language) in _DETAILS:
        return ""  # "не раскрыло деталей": details of what the sentence does not say; no question of their own
    # the object is in the accusative: "суму" is "сума" (not the dative of "сум"), asked for in the nominative
    object_reading = next((parse for parse in analyzer(language).parse(words[0].lower()) if parse.tag.POS == "NOUN"
                           and parse.tag.case == "accs" and parse.tag.number != "plur"), None)
    if object_reading is not None:
        words[0] = like_written(words[0], object_reading.normal_form)
    return _withheld_question(f"{' '.join(words)} не назвали", language)


_REFUSING = ("отказал", "відмов", "ответ", "отвеча", "відпов", "оставил", "залиши")  # the verb of a refusal
# "What does … say?", by the number of who would not comment (False: one, True: many)
_WHAT_SAYS = {"ru": {False: "Что говорит", True: "Что говорят"}, "uk": {False: "Що каже", True: "Що кажуть"}}
_COMMENT_NOT_OBTAINED = re.compile(
    r"(?:[Кк]оментар|[Кк]омментарий)\s+(?P<who>[^,.;]{1,60}?)(?:\s+на\s+момент\s+(?:публікації|публикации))?\s+"
    r"(?:отримати|получить)\s+не\s+(?:вдалося|удалось)"
    r"|(?:[Оо]тримати|[Пп]олучить)\s+(?:коментар|комментарий)\s+(?P<whom>[^,.;]{1,60}?)\s+не\s+(?:вдалося|удалось)")


def _asked_for_comment(who: str | None, language: str) -> str | None:
    """"Что говорит Минфин?" for the body whose comment could not be obtained (named in the genitive)."""
    if not who:
        return None
    words = who.split()
    if words[0].lower() in _IN_PLACE:  # "комментарий в Минфине": they say there
        return f"{_WHAT_SAYS[language][True]} {who}?"
    named = " ".join(words) if all(w.isupper() for w in words) else phrase_nominative(words, language)
    return f"{_WHAT_SAYS[language][False]} {named}?"


_POINTING_SUBJECT = re.compile(r"(?:эт[аиоуы]|этот|этих|ц[яюіе]|цей|цих|это|це)\s", re.IGNORECASE)
_REQUEST_AFTER = re.compile(r"\s+(?:запит|запрос)(?:\s+(?:«[^»]{1,60}»|\S+))?$", re.IGNORECASE)
_DETAILS = frozenset(("деталь", "подробность", "подробиця", "деталі"))
_NO_COMMENT = re.compile(r"(?:отказал|відмовил|відмовив)[^\W\d_]*\s+(?:от\s+комментариев|від\s+коментарів|"
                         r"(?:про)?комментировать|коментувати|прокоментувати)"
                         r"|не\s+(?:про)?(?:комментир|коментув|коментую|коментує)[^\W\d_]*"
                         r"|(?:от\s+комментариев|від\s+коментарів)\s+(?:отказал|відмовил|відмовив)[^\W\d_]*"
                         r"|не\s+(?:ответил|відповів|відповіл)[^\W\d_]*\s+на\s+(?:запрос|запит)"
                         # "на запрос РБК не ответило": whose request, between
                         r"|на\s+(?:запрос|запит)(?:\s+(?:«[^»]{1,60}»|[^\W\d_]+))?\s+не\s+(?:ответил|відповів|відповіл)"
                         r"[^\W\d_]*"
                         # "Сам Марков на звонки не отвечает", "не відповідає на дзвінки"
                         r"|(?:на\s+(?:звонки|дзвінки)\s+)?не\s+(?:отвеча|ответил|відповіда|відповів|відповіл)[^\W\d_]*"
                         r"(?:\s+на\s+(?:звонки|дзвінки))?"
                         # "Мінфін запит LIGA.net залишив без відповіді", "Минфин оставил запрос РБК без ответа"
                         r"|(?:оставил|залишил|залишив)[^\W\d_]*\s+(?:\S+\s+){0,3}?без\s+(?:ответа|відповіді)"
                         # "Коментар ЄБРР отримати не вдалося", "Получить комментарий Минфина не удалось"
                         r"|(?:коментар|комментарий)\s+.{1,60}?\s+(?:отримати|получить)\s+не\s+(?:вдалося|удалось)"
                         r"|(?:отримати|получить)\s+(?:коментар|комментарий)\s+.{1,60}?\s+не\s+(?:вдалося|удалось)",
                         re.IGNORECASE)
# "В компании «…» отказались": the place stands for who, and the question keeps it ("Что говорят в компании «…»?")
_IN_PLACE = frozenset(("в", "во", "у"))
# "Официально в ведомстве это не комментируют": the adverb and the "this" around the place say nothing of who
# ("В министерстве эти расчёты не комментируют": what is not commented on either)
_OFFICIALLY_INSIDE = re.compile(r"\s(?:официально|офіційно|публично|публічно)(?=\s)", re.IGNORECASE)
_OFFICIALLY = re.compile(r"^(?:(?:официально|офіційно|пока|поки|наразі|сейчас|зараз|водночас|втім|впрочем|однако|однак|"
                         r"проте|при\s+этом|при\s+цьому|тем\s+временем|тим\s+часом)[\s,]+)+"
                         r"|\s+(?:это|це|этого|цього|(?:эти|эту|этот|эта|этих|ці|цю|цей|ця|цих)\s+[^\W\d_]+)$",
                         re.IGNORECASE)
_COMMENTING = re.compile(r"(?:про)?(?:комментир|коментув|коментую|коментує)")
_ITSELF = frozenset(("сам", "сама", "само", "сами", "самі"))
_SLAVIC_PRONOUNS = frozenset(("он", "она", "оно", "они", "він", "вона", "воно", "вони", "это", "це"))


def _plural_adjective(word: str, language: str) -> bool:
    """"Точні цифри": the adjective before the fact's noun is plural, so the fact is."""
    return analyzer(language).parse(word.lower())[0].tag.number == "plur"


def _object_reading(word: str, language: str, *, first_only: bool) -> bool:
    """A noun reading of `word` is in the accusative: what a verb of commenting takes ("втрати", "ситуацию");
    `first_only`: the likeliest reading must be ("Министерство обороны": a body's name goes on in the genitive)."""
    nouns = [parse for parse in analyzer(language).parse(word) if parse.tag.POS == "NOUN"]
    return any(parse.tag.case == "accs" for parse in (nouns[:1] if first_only else nouns))


def _opens_with_noun(words: list[str], language: str) -> bool:
    """Who opens with a noun, or with an adjective before its noun ("Украинская сторона")."""
    first = info(words[0].lower(), language).pos
    return first == "NOUN" or (first == "ADJF" and len(words) > 2 and info(words[1], language).pos == "NOUN")


def _what_it_says(subject: str, cue: str, language: str) -> str | None:
    """"Представитель Кремля отказался от комментариев" -> "Что говорит представитель Кремля?"; "Портовые власти
    не ответили на запрос" -> "Что говорят портовые власти?". None for a pronoun, a long subject or one that is no
    subject ("В министерстве отказались ...": a place, not who)."""
    if not _NO_COMMENT.fullmatch(cue):
        return None
    subject = " ".join(_OFFICIALLY.sub("", _OFFICIALLY_INSIDE.sub(" ", subject)).split())
    subject = _REQUEST_AFTER.sub("", subject)  # "Мінфін запит LIGA.net (залишив без відповіді)": whose request
    if _POINTING_SUBJECT.match(subject):
        return ""  # "Официально эти сведения не комментировались": what was said before, not who is silent
    words = subject.split()
    while len(words) > 1 and words[-1].islower() and info(words[-1], language).pos == "ADVB":
        words.pop()  # "Украинская сторона никак не прокомментировала": how they did not, not who
    subject = " ".join(words)
    if len(words) >= 2 and words[0].lower() in _ITSELF and (words[1].lower() in _IN_PLACE or words[1][:1].isupper()):
        words = words[1:]  # "Самі в «…» відмовилися", "Сам Марков ...": "themselves" only stresses who
        subject = " ".join(words)
    verb_word = next((word for word in cue.split() if word.lower().startswith(
        _REFUSING) or _COMMENTING.match(word.lower())), "")
    plural = re.search(r"(?:ись|лися|ли|ют|ють|ят|ять)$", verb_word)
    asked = _WHAT_SAYS[language][bool(plural)]
    if plural and len(words) > 2 and words[0].lower() in _IN_PLACE:
        # "В компании ситуацию не прокомментировали", "В Минобороны информацию о задержании не комментировали": what
        # was not commented on, from its first word in the accusative, is not who
        cut = next((i for i in range(2, len(words)) if words[i].islower() and info(words[i], language).case == "accs"),
                   len(words))
        words = words[:cut]
    if len(words) >= 2 and words[0][:1].isupper() and _opens_with_noun(words, language) and words[-1].islower() \
            and _object_reading(words[-1], language, first_only=(len(words) > 2 or not lists.words(
                f"institution_heads_{language}").isdisjoint(info(words[0].lower(), language).lemmas))
                and not (len(words) > 2 and words[-2][:1].isupper())):  # "Минобороны России | продвижение"
        words = words[:-1]  # "Росія втрати не коментує": who, then what they do not comment on
        subject = " ".join(words)
    if plural and 2 <= len(words) <= 8 and words[0].lower() in _IN_PLACE:
        preposition = "у" if language == "uk" and words[0].lower() == "в" else words[0].lower()
        return f"{asked} {preposition} {' '.join(words[1:])}?"  # "Что говорят в министерстве?"
    if not words or len(words) > 8 or words[0].lower() in _SLAVIC_PRONOUNS or words[0].lower() in PREPOSITIONS:
        return None
    from briefing.analysis.slavic import wording  # the wording rules' capitals; imported where first needed

    if not lists.words(f"institution_heads_{language}").isdisjoint(info(words[0].lower(), language).lemmas):
        return f"{asked} {subject}?"  # "Міністерство енергетики": a body's name keeps its capital
    return f"{asked} {wording.lower_first(subject, language)}?"


_HEDGE = re.compile(r",?\s*(?:возможно|якобы|предположительно|вероятно|по-видимому|можливо|нібито|начебто|ймовірно|"
                    r"імовірно|мабуть)(?:\s*,)?(?![^\W\d_])", re.IGNORECASE)


def _confirmed_claim(text: str, sentence: Sentence, match: re.Match[str], previous: Sentence | None,
                     language: str) -> QuestionHit | None:
    """"… мост, возможно, закроют на год. Эту информацию не удалось подтвердить." asks "Подтверждается ли, что
    мост закроют на год?" (the claim of the sentence before, its hedge left out); None when the sentence does
    not point back at one."""
    from briefing.analysis.slavic import wording  # the wording rules read claims; imported where first needed

    start, end = sentence.start + match.start(), sentence.start + match.end()
    clause_start, clause_end = clause_around(text, sentence, start, end)
    previous = wording.clause_before(sentence, clause_start) or previous  # "…, однако подтверждения этому нет"
    if previous is None or not wording.refers_back(text[clause_start:clause_end]):
        return None
    claim = wording.reported(previous, language)
    if not claim:
        return None
    claim = " ".join(_HEDGE.sub("", claim).split())
    claim = wording.lower_first(claim, language, keep_bodies=True)  # "мост …", but "Тирасполь …"
    question = f"Чи підтверджується, що {claim}?" if language == "uk" else f"Подтверждается ли, что {claim}?"
    return QuestionHit(question, clause_start, clause_end, match.group(0))


_FOR_NOW = re.compile(r"[\s,]+(?:наразі|поки\s+що|поки|зараз|пока\s+что|пока|сейчас|ещё|ще)$", re.IGNORECASE)
# who does not say, named as a place after the question: ", у міській раді", ", в компании"
def _without_teller(before: str, language: str) -> str:
    """The question without who would not tell it, set off after its comma: "Який об'єкт було пошкоджено, він",
    "Какой объект был поврежден, мэр города" (a few words and no verb after the last comma)."""
    teller = _AFTER_LAST_COMMA.search(before)
    if teller is None or not teller.group(1).strip():
        return before
    words = teller.group(1).split()
    if len(words) > 4 or info(words[0].lower(), language).pos not in ("NPRO", "NOUN", "ADJF") or any(
            info(word.lower().strip("«»"), language).pos in ("VERB", "INFN", "PRTS", "GRND") for word in words):
        return before
    return before[:teller.start()]


# a verb of saying, "что" / "що" and an opening quotation mark right before the cue
_SAID_INTO_QUOTE = re.compile(r",\s*(?:что|що)\s+«\s*$")
_AFTER_LAST_COMMA = re.compile(r",\s*([^,]{1,60})$")
_WHERE_AFTER = re.compile(r",\s+(?:в|во|у)\s+[^,]{1,60}$", re.IGNORECASE)
_PENDING = re.compile(r"уточн[^\W\d_]*(?:ся|сь)$")
_SAY_NOTHING = re.compile(r"не\s+(?:говорят|говорит|кажуть|каже|говорять)")
# "Прізвище ... не називають": withheld only when the verb ends the clause
_NAME_NOW = re.compile(r"(?:называ|раскрыва|уточня|сообща|назива|розкрива|уточню|повідомля)(?:ют|ють)$")
# a passive cue that goes on with words of its own (not a comma and the question) tells, not withholds
_TOLD_ON = re.compile(r"\s+[^\W\d_]")
# who does not know stands between the cue and the question: "не відомо Айше Сейтаблаєвій, чи ..."
# (not "о том, что ...", whose "что" joins a clause, nor "невідомо від кого, чи ...", whose "кого" is asked already)
_ASKED_LATER = re.compile(r"(?P<who>[^,.;:!?]{1,60}),\s*(?P<asked>.+)$", re.DOTALL)
_THAT_WORD = re.compile(r"(?:что|що)\b", re.IGNORECASE)
# "Остаётся неизвестным и то, когда ...", "Поки незрозуміло й те, чи ...": the question follows the comma
_AND_THAT = re.compile(r"^(?:(?:и|й|і|же|ж)\s+)?(?:то|те)\s*,\s*", re.IGNORECASE)


# "Официальных данных о том, сколько компаний работает в убыток, пока нет", "Офіційних даних поіменного голосування
# ... поки немає": no data on what a wh-clause asks, or on a thing named
_NO_DATA = re.compile(r"(?P<official>(?:официальных|офіційних|точных|точних)\s+)?(?P<noun>данных|даних)\s+"
                      r"(?:(?:о\s+том|про\s+те),\s+(?P<wh>[^,;:]{5,200}),|(?P<thing>[^\W\d_][^,;:.]{4,120}?))\s+"
                      r"(?:(?:пока|поки|ещё|ще|досі|нет\s+и|немає\s+й)\s+)?(?:нет|немає)\s*\.?$", re.IGNORECASE)
_DATA_EXIST = {"ru": {True: "Есть ли официальные данные", False: "Есть ли данные"},
               "uk": {True: "Чи є офіційні дані", False: "Чи є дані"}}


def _no_data_question(match: re.Match[str], language: str) -> str | None:
    """"Сколько компаний работает в убыток?" for the wh-clause the data would answer; "Есть ли официальные данные
    поименного голосования ...?" for a thing named; None when the wh-clause asks nothing."""
    wh = _WH_UK if language == "uk" else _WH_RU
    if match.group("wh"):
        asked = match.group("wh").strip()
        return asked[:1].upper() + asked[1:] + "?" if wh.match(asked) else None
    thing = match.group("thing").strip()
    if len(thing.split()) > 12 or thing.split()[0].lower() in ("нет", "немає", "пока", "поки"):
        return None
    return f"{_DATA_EXIST[language][bool(match.group('official'))]} {thing}?"


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
        lowered = lowered_text(sentence.text)
        no_data = _NO_DATA.match(sentence.text) if ("данн" in lowered or "даних" in lowered) else None
        if no_data is not None and (asked_now := _no_data_question(no_data, language)) is not None:
            found.append(QuestionHit(asked_now, sentence.start, sentence.end, "нет данных"))
            continue
        if not any(map(lowered.__contains__, keys)):
            asked = asked_by_the_writer(text, sentences, number)  # "Відкриті питання: хто фінансуватиме ...?"
            if asked is not None:
                found.append(asked)
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
        if _SAID_INTO_QUOTE.search(text, sentence.start, start):
            continue  # 'заявили, что «не комментируют слухи»': a stated policy, not a silence
        told_on = _TOLD_ON.match(text, end, sentence.end) and not _FOR_REASONS.match(text, end + 1, sentence.end)
        if match.group(0).endswith(("ся", "сь")) and told_on:
            continue  # "не сообщаются своему населению": told to no one, not a fact withheld from the story
        if _NAME_NOW.search(match.group(0)) and told_on:
            continue  # "не называют происшествие ни чрезвычайным ...": what they call it, not what they withhold
        if _SAY_NOTHING.fullmatch(match.group(0)) and not (
                wh.match(text[sentence.start:start]) or wh.match(text[end:sentence.end].lstrip(" ,:—–-"))):
            continue  # "не говорят" asks nothing by itself: "Скільки коштуватиме ремонт, ... не кажуть" does
        clause_start, clause_end = clause_around(text, sentence, start, end)
        after = _AND_THAT.sub("", text[end:clause_end].lstrip(" ,:—–-"), count=1)
        asked_later = _ASKED_LATER.match(after) if not wh.match(after) else None
        if asked_later and wh.match(asked_later.group("asked")) and not _THAT_WORD.match(asked_later.group("asked")) \
                and not any(wh.match(word) for word in asked_later.group("who").split()):
            after = asked_later.group("asked")  # "не відомо Айше Сейтаблаєвій, чи зостався живий батько"
        # "Сколько будет стоить ремонт, пока неизвестно", "Коли почнуться роботи, наразі невідомо": what is asked,
        # without the "for now" that belongs to the cue
        before = _FOR_NOW.sub("", text[sentence.start:start].rstrip(" ,:—–-")).rstrip(" ,:—–-")
        question = None
        if wh.match(after) and len(after.split()) <= 30:
            question = after[:1].upper() + after[1:].rstrip(" .;") + "?"
        elif wh.match(before) and 2 <= len(before.split()) <= 30:
            before = _WHERE_AFTER.sub("", before)  # "Скільки коштуватиме ремонт, у міській раді (не кажуть)"
            before = _without_teller(before, language)  # "Який об'єкт було пошкоджено, він (не уточнив)"
            question = before[:1].upper() + before[1:] + "?"
        basis = text[clause_start:clause_end]
        not_obtained = _COMMENT_NOT_OBTAINED.search(sentence.text) if question is None else None
        if not_obtained is not None:  # "Коментар ЄБРР на момент публікації отримати не вдалося"
            question = _asked_for_comment(not_obtained.group("who") or not_obtained.group("whom"), language)
        silent = _what_it_says(before, match.group(0), language) if question is None else None
        if silent == "":  # "эти сведения не комментировались": no one to ask; is what was said before confirmed?
            again = unconfirmed.search(lowered)
            asked = _confirmed_claim(text, sentence, again, previous_in_paragraph(sentences, number), language) \
                if again is not None else None
            if asked is not None:
                found.append(asked)
            continue
        if question is None:
            question = _confirmed_question(basis, language) or _withheld_question(basis, language) \
                or silent or _named_after(after, match.group(0), language)
        if (question is None and _PENDING.match(match.group(0))) or question == "":
            continue  # "Информация уточняется", "не раскрыло деталей": nothing named to ask about
        if question is None:
            question = basis[:1].upper() + basis[1:].rstrip(" ") + ("" if basis.endswith((".", "?", "!")) else ".")
        found.append(QuestionHit(question, clause_start, clause_end, match.group(0)))
    return found
