"""Brief-ready caveat sentences for Russian and Ukrainian sources, written in the source's language.

The English rules word a caveat as "That X rests on one anonymous official."; a caveat read from a
Russian or Ukrainian source gets the same kind of sentence in that language, so a brief on a
Ukrainian article is not half English: "Твердження «партнери вимагають додаткового контролю»
ґрунтується на анонімному джерелі (джерело в Офісі президента)." The claim is the clause after
"что" / "що" following the cue, else the rest of the sentence without the source phrase; the
analyst edits the sentence before accepting it.
"""

from __future__ import annotations

import re

from briefing.analysis.shared import excerpt
from briefing.analysis.slavic import lists
from briefing.analysis.slavic.groups import SOURCE_ASIDE, is_quantity, modifier_aside, one_representative, plural_group
from briefing.analysis.slavic.morph import analyzer, info, phrase_nominative
from briefing.analysis.text import Sentence, dateline_end

MAX_CLAIM_WORDS = 16

_THAT = {"ru": re.compile(r"(?:,\s*|\s)(?:что|будто|якобы)\s+(?P<claim>.+)", re.IGNORECASE | re.DOTALL),
         "uk": re.compile(r"(?:,\s*|\s)(?:що|нібито|начебто)\s+(?P<claim>.+)", re.IGNORECASE | re.DOTALL)}
_CUT = re.compile(r"[;:!?]|\s[—–]\s|,\s+(?:но|однако|а|але|проте|однак|хотя|хоча|который|которые|який|які)\s"
                  # not the stop of an initial ("О. В. Стецюк"), nor of an abbreviation a lower-case word follows
                  # ("60 млрд руб. в год")
                  r"|(?<!(?<![^\W\d_])[^\W\d_a-zа-яёіїєґ])\.(?:\s+(?![a-zа-яёіїєґ])|$)")
_RELATIVE = re.compile(r",\s+(?:который|которые|який|які)\s")
_ABOUT_THIS = re.compile(r"(?:об\s+этом|про\s+це)\s", re.IGNORECASE)
_PRONOUN_OPENER = re.compile(r"(?:об\s+этом|о\s+том|про\s+це|это|этот|эти|он|она|они|оно|це|цей|ці|він|вона|вони|"
                             r"воно)(?![^\W\d_])", re.IGNORECASE)
_FRAMES = {
    "ru": {
        "anonymous-source": ("Утверждение «{claim}» основано на анонимном источнике ({phrase}).",
                             "Единственный источник — анонимный ({phrase}): «{passage}»."),
        "second-hand": ("Сведения «{claim}» получены из вторых рук ({phrase}).",
                        "Из вторых рук ({phrase}): «{passage}»."),
        "unconfirmed": ("Не подтверждено независимо: {clause}.", ""),
        "hedged": ("Оговорка в источнике («{cue}»): {clause}.", ""),
        "self-interested": ("Сторона говорит о себе: {clause}.", ""),
        "disputed": ("Оспаривается: {clause}.", ""),
    },
    "uk": {
        "anonymous-source": ("Твердження «{claim}» ґрунтується на анонімному джерелі ({phrase}).",
                             "Єдине джерело — анонімне ({phrase}): «{passage}»."),
        "second-hand": ("Відомості «{claim}» отримано з других рук ({phrase}).",
                        "З других рук ({phrase}): «{passage}»."),
        "unconfirmed": ("Не підтверджено незалежно: {clause}.", ""),
        "hedged": ("Застереження в джерелі («{cue}»): {clause}.", ""),
        "self-interested": ("Сторона говорить про себе: {clause}.", ""),
        "disputed": ("Заперечується: {clause}.", ""),
    },
}


_CITING = r"(?:со\s+ссылкой\s+на|ссылаясь\s+на|з\s+посиланням\s+на|посилаючись\s+на)"
_CITING_AFTER = re.compile(rf"^\s*{_CITING}\s+[^,.;]{{1,80}},", re.IGNORECASE)
_CITING_BEFORE = re.compile(rf"{_CITING}$", re.IGNORECASE)


def claim_of(sentence: Sentence, start: int, end: int, language: str) -> str | None:
    """What the sentence says on the authority of the phrase at [start, end), trimmed to a clause."""
    body = sentence.text
    rel_start, rel_end = start - sentence.start, end - sentence.start
    match = _THAT[language].search(body, rel_end)
    if match:
        claim = _trim(match.group("claim"), language)
        return with_speaker(claim, body[rel_end:match.start()], language) if claim else claim
    around = _around_aside(body, rel_start, rel_end, language)
    if around is not None:
        return _trim(around, language)
    # a dateline the sentence still carries ("Стамбул, 4 декабря — ") is where the story was filed, not the claim
    before = body[min(dateline_end(body, 0), rel_start):rel_start].rstrip(" ,—–-")
    citing = _CITING_BEFORE.search(before)
    if citing is not None:  # another source citing this one: "CLAIM, повідомляє «…» з посиланням на джерело"
        before = before[:before.rfind(",", 0, citing.start())].rstrip(" ,") if "," in before[:citing.start()] else ""
    if _LEADING_SOURCE.fullmatch(body[:rel_start]):
        before = ""  # "Как пишет газета «…», портовые рабочие жалуются": the words before are another source
    last = before.rsplit(maxsplit=1)
    told = _TOLD_WHOM.search(before)
    if len(last) == 2 and info(last[1].lower(), language).pos == "VERB":
        before = last[0].rstrip(" ,—–-")  # "Порт закроют до весны, считают аналитики": not "…, считают"
    elif told is not None and info(told.group(1).lower(), language).pos == "VERB":
        before = before[:told.start()].rstrip(" ,—–-")  # "…, сообщили «Интерфаксу» два источника": whom they told
    if len(before.split()) >= 3:
        return _trim(before, language)
    rest = _CITING_AFTER.sub(" ", body[rel_end:], count=1)  # "Как сообщает РБК со ссылкой на источник ..., CLAIM"
    cited = rest != body[rel_end:]  # what follows the comma then is a clause of its own
    # "чиновники, по данным газеты, сами сомневаются", "эксперты, опрошенные РБК, связывают ...": the group's own verb
    # (not after "По словам собеседника, освободившееся здание ...": a source that opens the sentence has no verb)
    aside = SOURCE_ASIDE.match(rest) or (None if _SOURCE_OPENER.match(body, rel_start) else
                                         modifier_aside(rest, 0, language))
    if aside is not None:
        rest = " " + rest[aside.end():]
    after = re.sub(r"^[\s,]*(?:\w+\s+){0,2}?(?:сообщил\w*|заявил\w*|сказал\w*|повідомил\w*|заявил\w*|сказав|"
                   r"сказала|сказали)\b[\s,]*", "", rest, flags=re.IGNORECASE)
    tail = _PHRASE_TAIL.match(after)
    if tail and not any(info(word.lower(), language).pos in ("VERB", "INFN") for word in tail.group(1).split()):
        after = after[tail.end():]  # "… джерел видання «…» в Офісі | президента, наступним кроком …": the source's
        # last words, which its phrase did not reach, then the claim after the comma
    opening = after.split()[:2 if aside is not None else 1]
    if aside is None and after == rest and opening and info(opening[0].lower().strip(",."), language).pos in (
            "PREP", "ADVB", "ADJF", "NPRO"):
        # "жители в социальных сетях сообщают о …", "джерела … такими покровителями називали …": where, when or
        # what they spoke of, then the verb
        opening = re.split(r"[,;:—–«»\"“”]", after, maxsplit=1)[0].split()[:4]
    negated = _NEGATED_VERB.match(after)
    if after == rest and not cited and (any(info(word.lower().strip(",."), language).pos == "VERB"
                                            for word in opening) or (
            negated is not None and info(negated.group(1).lower(), language).pos == "VERB")):
        # "депутаты выступают против ...", "представители компании на звонки не отвечают": the group's own verb,
        # no claim apart from it
        return None
    return _trim(after, language) if len(after.split()) >= 3 else None



_SOURCE_OPENER = re.compile(r"(?:по|за|как|як|согласно|згідно|на)\s", re.IGNORECASE)
_PHRASE_TAIL = re.compile(r"\s*((?:[^\W\d_][\w'’ʼ\-]*\s*){1,2}),\s+")
_NEGATED_VERB = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?не\s+([^\W\d_]+)", re.IGNORECASE)


def _around_aside(body: str, rel_start: int, rel_end: int, language: str) -> str | None:
    """"Частина депутатів, за даними видання «…», готова підтримати компроміс": a source set off by commas
    inside the sentence; the claim is the sentence around it ("частина депутатів готова підтримати
    компроміс"), unless what stands before it is one adverb or pronoun ("Там, как утверждают …")."""
    before = body[:rel_start]
    after = body[rel_end:]
    if not re.search(r"[^\W\d_][\w'’ʼ\-»]*,\s*$", before) or not after.startswith(","):
        return None
    words = before.rstrip(" ,").split()
    if not words or re.search(r"[.;:!?—–]", before.rstrip(" ,")):
        return None
    if len(words) == 1 and info(words[0].lower(), language).pos in ("ADVB", "NPRO", "CONJ", "PRCL", "PRED"):
        return None
    return f"{before.rstrip(' ,')} {after.lstrip(' ,')}"


# "…, сообщили «Интерфаксу» | два источника": the verb and whom it was told, an outlet in quotes or a name
_TOLD_WHOM = re.compile(r"[\s,]+([^\W\d_]+)\s+(?:«[^»]{1,60}»|[А-ЯЁІЇЄҐA-Z][\w\-]*)$")
_OPENING = {"«": "»", "“": "”", "„": "“"}


def _unquoted(claim: str) -> str:
    """The claim without the quotation marks around it, but with those of a name inside it: "«Транснефть»
    сократит ..." keeps its «»."""
    claim = claim.strip(" ,")
    while claim[:1] in _OPENING and _OPENING[claim[0]] not in claim[1:-1]:
        claim = claim[1:].strip(" ,")  # an opening mark closed only at the end, if at all: the quotation's own
    while claim[-1:] in "»”“" and claim.count(claim[-1]) > sum(claim.count(o) for o, c in _OPENING.items()
                                                                  if c == claim[-1]):
        claim = claim[:-1].strip(" ,")  # a closing mark with no opening one left
    return claim.strip(" ,\"'")


def _trim(claim: str, language: str = "") -> str | None:
    claim = _unquoted(claim)
    cut = _CUT.search(claim)
    if cut and cut.group().strip() in "—–" and language and _copula_dash(claim[:cut.start()], language):
        cut = _CUT.search(claim, cut.end())  # "атака на завод — спецоперація ГУР": the dash joins the claim
    while cut and _RELATIVE.match(cut.group()) and "," in claim[cut.end():]:
        # "банк, який мав фінансувати міст, вийшов з проєкту": a relative clause closed by a comma stays
        cut = _CUT.search(claim, claim.index(",", cut.end()) + 1)
    if cut:
        claim = claim[:cut.start()]
    words = claim.split()
    if len(words) < 3 or _PRONOUN_OPENER.match(claim):
        return None  # "об этом сообщил", "він заявив": a pronoun without its antecedent says nothing in a brief
    # as in English: a claim a few words over the limit is kept whole, a longer one is cut and says it goes on
    cut_short = len(words) > MAX_CLAIM_WORDS + 4
    kept = words[:MAX_CLAIM_WORDS] if cut_short else words
    while len(kept) > 3 and cut_short and (re.fullmatch(r"[^\W\d_]\.", kept[-1])
                                           or kept[-1].lower().strip(",;:") in _DANGLING):
        kept.pop()  # the word limit fell inside "О. В. Стецюк" or after "о", "и", "що": nothing left dangling
    # a closing mark stays when the claim opened its quotation: "перейти на работу в «Росатом»"
    claim = _unquoted(" ".join(kept).rstrip(" ,;:").removesuffix(".").rstrip(" ,;:"))
    if cut_short:
        claim += " …"
        if claim.count("«") > claim.count("»"):
            claim += "»"
    return claim


# words a claim cut at the word limit may not end on: prepositions, conjunctions, particles
_DANGLING = frozenset(("в", "во", "у", "на", "о", "об", "от", "до", "из", "за", "к", "по", "с", "со", "для", "при",
                       "про", "через", "без", "и", "а", "но", "или", "что", "как", "не", "ли", "і", "й", "та",
                       "але", "або", "що", "як", "з", "із", "зі", "від", "чи", "ні"))


# "По словам собеседника в мэрии, ...", "Як пише газета «…», ...": a source that opens a sentence, up to its comma
# (or a qualifier before what there is: "По предварительным данным, ...", "За попередніми даними, ...")
_LEADING_SOURCE = re.compile(r"^(?:по\s+(?:его\s+|её\s+|ее\s+|их\s+)?"
                             r"(?:предварительным\s+|официальным\s+|неофициальным\s+|неофициальной\s+|последним\s+)?"
                             r"(?:словам|данным|"
                             r"информации|сообщениям|мнению|оценкам)|согласно|на\s+думку|"
                             r"за\s+(?:його\s+|її\s+|їхніми\s+)?(?:попередніми\s+|офіційними\s+|неофіційними\s+|"
                             r"неофіційною\s+|останніми\s+)?"
                             r"(?:словами|даними|інформацією|"
                             r"повідомленнями|оцінками)|как|як)(?:\s[^,.;:!?]{1,80})?,\s+"
                             # "За словами двох співрозмовників, знайомих з роботою підприємства, ...": who they are
                             r"(?:(?:знаком|знайом|обізнан|поінформован|осведомл|информированн|близк|близьк|пожелавш|"
                             r"попросивш|побажав|попросив|котор|який|яка|які|якого|яких)[^,.;:!?]{0,80},\s+)?",
                             re.IGNORECASE)
_REPORTED_THAT = {"ru": re.compile(r",\s*что\s+(?P<claim>.+)", re.IGNORECASE | re.DOTALL),
                  "uk": re.compile(r",\s*що\s+(?P<claim>.+)", re.IGNORECASE | re.DOTALL)}
# "Эту информацию не удалось подтвердить", "Ці дані не підтверджені": the subject points at the sentence before,
# perhaps after an adverb ("Официально эти сведения не подтверждены") or as the object of checking ("Независимо
# проверить эти данные не удалось")
_THIS = re.compile(r"(?:(?:официально|офіційно|пока|поки|ещё|ще|также|також|независимо|незалежно|впрочем|втім|однако|"
                   r"однак|проте|водночас)[\s,]+)?"
                   # "У Єлисейському палаці цю інформацію не підтвердили": who did not confirm, first
                   r"(?:(?:в|во|у)\s+(?:[^\W\d_]+\s+){1,3}?(?=эт|ц))?"
                   # "Министерство иностранных дел эту информацию не подтвердило": who did not confirm, named
                   r"(?:[А-ЯЁІЇЄҐ][^\W\d_]+(?:\s+[^\W\d_]+){0,3}?\s+(?=(?:эт[аиоуы]|этой|этих|ц[яюіе]|цієї|цих)\s))?"
                   # "Независимо проверить эти данные не удалось", "перевірити цю інформацію неможливо"
                   r"(?:(?:проверить|подтвердить|перевірити|підтвердити)\s+)?"
                   r"(?:эт[аиоуы]|этой|этих|ц[яюіе]|цієї|цих)\s+[^\W\d_]+\s+(?:(?:мы|ми)\s+)?"
                   # "Проверить эту оценку «Ведомостям» не удалось", "цю інформацію в міністерстві не підтвердили":
                   # for whom checking failed, or where it was not confirmed
                   r"(?:(?:«[^»]{1,40}»|[A-ZА-ЯЁІЇЄҐ][\w.\-]*|(?:в|во|у)\s+[^\W\d_]+)\s+)?(?:не|пока|поки|ещё|ще|так|"
                   r"официально|"
                   r"офіційно|независимо|незалежно|невозможно|неможливо|подтвердить|підтвердити|"
                   # "Ця інформація потребує уточнення", "Эти данные требуют проверки"
                   r"требу[ею]т|потребу[єю]|потребують|нуждаются|нуждается)\b"
                   # "Официального подтверждения этой информации нет": the noun of confirming first
                   r"|(?:(?:официального|офіційного|независимого|незалежного)\s+)?(?:подтверждения|підтвердження)\s+"
                   r"(?:этой|этих|этим|цієї|цих|цим)\s+[^\W\d_]+\s+(?:нет|немає|не)\b"
                   # "Офіційного підтвердження немає", "Официального подтверждения пока нет": of what came before
                   r"|(?:(?:официального|офіційного|независимого|незалежного)\s+)?(?:подтверждения|підтвердження)\s+"
                   # "Офіційного підтвердження цьому немає": to "this", what came before
                   r"(?:(?:этому|цьому)\s+)?(?:(?:пока|поки|ещё|ще|досі)\s+)?(?:нет|немає)\b"
                   # "Официальных документов пока нет", "Офіційних даних поіменного голосування поки немає"
                   r"|(?:официальных|офіційних)\s+(?:документов|документів|данных|даних)\s+(?:[^\W\d_]+\s+){0,6}?"
                   r"(?:(?:пока|поки|ещё|ще|досі)\s+)?(?:нет|немає)\b", re.IGNORECASE)


def _copula_dash(subject: str, language: str) -> bool:
    """A dash after a short phrase with no verb stands for "is" ("атака на завод — спецоперація ГУР"), not for an
    aside the claim can do without."""
    words = _WORD_OF_CLAIM.findall(subject)
    return 1 <= len(words) <= 4 and not any(
        info(word.lower(), language).pos in ("VERB", "INFN", "PRTS", "GRND") for word in words)


_WORD_OF_CLAIM = re.compile(r"[^\W\d_][\w'’ʼ\-]*")


def refers_back(clause: str) -> bool:
    """The clause opens on "эту информацию", "ці дані", …: what it says is about the sentence before; so does
    "Жодних доказів російська сторона не навела" (no evidence for what the sentence before said)."""
    return _THIS.match(clause.strip()) is not None or _NO_EVIDENCE.match(clause.strip()) is not None


_NO_EVIDENCE = re.compile(r"(?:(?:жодних|никаких)\s+)?(?:доказів|доказательств)\s+(?:[^\W\d_]+\s+){0,3}?не\s+"
                          r"(?:навел|навів|привел|представил|надал|надав)", re.IGNORECASE)


def reported(previous: Sentence, language: str) -> str | None:
    """What the sentence before says, without the source that opens it or the speaker before "что" / "що":
    "По словам собеседника, мост закроют на год" -> "мост закроют на год"."""
    body = previous.text
    that = _REPORTED_THAT[language].search(body)
    if that:
        claim = _trim(that.group("claim"), language)
        return with_speaker(claim, body[:that.start()], language) if claim else claim
    lead = _LEADING_SOURCE.match(body)
    return _trim(body[lead.end():] if lead else body, language)


# the conjunction before a clause that points back inside its sentence: "..., однако официального подтверждения
# этому нет"
_BUT_BEFORE = re.compile(r",\s*(?:однако|но|а|але|проте|втім|впрочем|хотя|хоча|тем\s+не\s+менее|тим\s+не\s+менш)\s*$",
                         re.IGNORECASE)


def clause_before(sentence: Sentence, at: int) -> Sentence | None:
    """The clause before ", однако" / ", але" when the clause at `at` follows it: what its "this" points at
    ("В районе были слышны взрывы, однако официального подтверждения этому нет"); None otherwise."""
    head = sentence.text[:at - sentence.start]
    but = _BUT_BEFORE.search(head)
    if but is None or len(head[:but.start()].split()) < 3:
        return None
    return Sentence(sentence.start, sentence.start + but.start(), head[:but.start()], sentence.paragraph)


def with_speaker(claim: str, head: str, language: str) -> str:
    """"Міноборони заявило, що вдарило по ...", "По информации канала, задержанные признались, что получили ...":
    a claim with no subject of its own (it opens on a verb) takes the speaker's ("задержанные получили ...");
    `head` is what stands before "что" / "що"."""
    first = claim.split(maxsplit=1)[0]
    if info(first.lower(), language).pos != "VERB":
        return claim
    head = head.strip(" ,")
    lead = _LEADING_SOURCE.match(head)
    speaker = _SPEAKER_THEN_VERB.fullmatch(head[lead.end():] if lead else head)
    if speaker is None or _PRONOUN_OPENER.match(speaker.group("who")):
        return claim  # "он заявил, что ...": a pronoun says no more than the verb alone
    return f"{lower_first(speaker.group('who'), language, keep_bodies=True)} {claim}"


# who said it, then the verb of saying: "Російське міністерство оборони заявило", "Компания сообщила"
_SPEAKER_THEN_VERB = re.compile(r"(?P<who>[^\W\d_][^,.;:!?«»]{1,80}?)\s+"
                                r"(?:(?:також|также|ранее|раніше|в\s+[^\W\d_]+)\s+)?(?:заявил|заявив|сообщил|повідомил|"
                                r"повідомив|сказал|сказав|утверждает|стверджує|написал|написав|признал|признав|"
                                r"зізнал|зізнав|рассказал|розповіл|розповів|уверяют|запевнил|запевнив)[^\W\d_]*")


def propose(kind: str, phrase: str, cue: str, sentence: Sentence | None, span: tuple[int, int], *,
            language: str, previous: Sentence | None = None) -> str | None:
    """The sentence a caveat of `kind` proposes for the brief, in `language` ("ru" or "uk");
    None for a kind this module has no wording for (the English wording is used then). `previous` is the
    sentence before in the same paragraph: "Об этом пишет …" and "Эту информацию не удалось подтвердить"
    are about what it says."""
    frames = _FRAMES.get(language, {}).get(kind)
    if frames is None:
        return None
    flat = " ".join(phrase.split()).rstrip(".")
    if kind == "anonymous-source":
        flat = _group_nominative(flat, language)
    elif kind == "second-hand":
        flat = _OUTLET_VERB.sub("", flat)  # "издание «Волга Ньюс» писало": the outlet is who
    with_claim, without = frames
    if kind in ("anonymous-source", "second-hand"):
        about_before = previous is not None and sentence is not None and _ABOUT_THIS.match(sentence.text)
        # "Об этом сообщили два чиновника и ...": what the sentence before says, not the words after the source
        claim = None if about_before or sentence is None else claim_of(sentence, *span, language)
        if not claim and previous is not None and sentence is not None and _PRONOUN_OPENER.match(sentence.text):
            claim = reported(previous, language)  # "Об этом пишет газета «…»": what the sentence before says
        if claim:
            return with_claim.format(claim=_inner_quotes(lower_first(claim, language)),
                                     phrase=lower_first(flat, language))
        # no clause stands alone: the sentence the cue sits in is what rests on the source
        passage = excerpt(sentence.text) if sentence is not None else flat
        return without.format(phrase=lower_first(flat, language), passage=_inner_quotes(passage))
    clause = re.split(r"\s[—–]\s|;\s", flat, maxsplit=1)[0]
    if kind == "hedged" and clause.lower().startswith(cue.lower()) and len(clause.split()) > len(cue.split()) + 2:
        # "За попередніми даними, поранено ...", "Считается, что ...": the cue is named once
        clause = re.sub(r"^(?:что|що)\s+", "", clause[len(cue):].lstrip(" ,"), flags=re.IGNORECASE)
    if kind == "unconfirmed":
        if _OFFICIAL.search(cue) or _OFFICIAL.search(clause):  # "официально не подтверждено": not independently
            with_claim = _OFFICIALLY[language]
        itself = _NAMED_UNCONFIRMED.fullmatch(clause)
        pointed = (clause_before(sentence, span[0]) if sentence is not None else None) or previous
        if pointed is not None and refers_back(clause):
            clause = reported(pointed, language) or clause  # put in lower case with the rest, below
        elif itself is not None and len(itself.group("what").split()) >= 2:
            # "Официально продление запрета пока не подтверждено": what is not confirmed, named once
            clause = lower_first(itself.group("what"), language)
    # after the colon a clause goes on in lower case, as Russian and Ukrainian write it; a name keeps its capital
    return with_claim.format(cue=cue, clause=lower_first(clause, language, keep_bodies=True))


_OFFICIAL = re.compile(r"официальн|офіційн", re.IGNORECASE)
_OFFICIALLY = {"ru": "Не подтверждено официально: {clause}.", "uk": "Не підтверджено офіційно: {clause}."}
_UNCONFIRMED_ADVERBS = r"(?:(?:официально|офіційно|пока|поки|ещё|ще|досі|независимо|незалежно)\s+)*"
# a sentence that names what is not confirmed: "Продление запрета официально не подтверждено"
_NAMED_UNCONFIRMED = re.compile(rf"{_UNCONFIRMED_ADVERBS}(?P<what>[^\W\d_][^,;:«»]*?)\s+{_UNCONFIRMED_ADVERBS}не\s+"
                                r"(?:подтвержден[аоы]?|підтверджен[оаіий]|підтверджене)", re.IGNORECASE)


# the verb after an outlet that opens the cue ("издание «Волга Ньюс» писало", "газета «…» пише")
_OUTLET_VERB = re.compile(r"(?:(?<=»)|(?<=[A-Za-z0-9]))\s+(?:писал[аио]?|пишет|пише|сообщил[аио]?|сообщает|"
                          r"повідомил[аио]|повідомляє|повідомив)$",  # "Telegram-канал Mash пишет" too
                          re.IGNORECASE)


def _group_nominative(phrase: str, language: str) -> str:
    """A group named in the genitive ("по словам жителей прибрежных сёл") in the nominative: "жители прибрежных
    сёл", as the caveat sentence names its source. Only a listed group noun in the genitive plural within the
    first two words is looked at (a cached look-up), so the "источник в …" phrases cost no dictionary parse."""
    words = phrase.split()
    if words and is_quantity(words[0]):
        return phrase  # "багато мешканців сусідніх сіл": counted, the group stays in the genitive
    if not any(plural_group(word.lower(), language) in ("gent", "gen2") for word in words[:2]) \
            and not (words and one_representative(words[0].lower(), language) == "gent"):  # "представителя Минэнерго"
        return phrase
    return phrase_nominative(words, language)


def _inner_quotes(text: str) -> str:
    """Quotation marks inside a quotation become „…“, as Russian and Ukrainian nest them; one left open
    by a cut is dropped, so the sentence's own «…» stay balanced."""
    text = text.replace("«", "„").replace("»", "“")
    if text.count("„") > text.count("“"):
        position = text.rfind("„")
        text = text[:position] + text[position + 1:]
    return text


def lower_first(text: str, language: str, *, keep_bodies: bool = False) -> str:
    """"Источник в правительстве" inside a sentence reads "источник в правительстве"; a name keeps its capital, and
    so does a body's name headed by "Министерство", "Служба", ... when a capital follows within three words
    ("Міністерство оборони України"; not "суд наклав арешт"), or always with `keep_bodies` (after a caveat's
    colon, where the clause is the source's own sentence)."""
    words = text.split(maxsplit=2)
    first = words[0].rstrip(",;:") if words else ""  # "Источник, знакомый с ситуацией": the word, not its comma
    if not (first[:1].isupper() and first[1:].islower()):
        return text
    facts = info(first, language)
    if first in lists.words(f"places_{language}") or facts.lemma.capitalize() in lists.words(f"places_{language}"):
        return text  # "Москва вимагає": the Ukrainian dictionary does not mark every city as a place
    if first in lists.words(f"known_bodies_{language}"):
        return text  # "Кабмін ще не визначився": a body's short name
    if not facts.lemmas.isdisjoint(lists.words(f"institution_heads_{language}")) and len(words) > 1 and (
            keep_bodies or _CAPITAL_SOON.match(text) or _genitive_noun(words[1], language)):
        return text  # "Министерство обороны России заявило": a body's name keeps its capital
    if len(words) > 1 and words[1][:1].isupper() and facts.pos == "ADJF":
        return text  # "Верховна Рада", "Государственная Дума": an adjective that opens a name
    if len(words) > 1 and facts.pos == "ADJF" and info(words[1].strip(",;:").lower(), language).lemma in _SIDES:
        return text[:1].lower() + text[1:]  # "Украинская сторона", "российские военные": a country's adjective
    if facts.first_name >= 0.3 or facts.surname >= 0.5 or facts.place >= 0.5 or facts.organization >= 0.5 \
            or not facts.known:
        return text  # a name, or a word the dictionary only guesses at ("Ставрицкому"): likely a surname
    return text[:1].lower() + text[1:]


def _genitive_noun(word: str, language: str) -> bool:
    """"Министерство финансов": a body's head before a noun in the genitive is its name (not "суд наклав")."""
    return any(parse.tag.POS == "NOUN" and parse.tag.case == "gent" for parse in analyzer(language).parse(word.lower()))


# a capitalised word among the next three: "Міністерство оборони України", not "суд наклав арешт"
_CAPITAL_SOON = re.compile(r"\S+(?:\s+[^\s\d]+){0,2}?\s+[А-ЯЁІЇЄҐA-Z]")
# nouns after a country's adjective that make no proper name: "украинская сторона", "російські військові"
_SIDES = frozenset(("сторона", "власть", "власти", "военный", "военные", "войско", "войска", "армия", "делегация",
                    "дипломат", "чиновник", "эксперт", "посольство", "правительство", "влада", "військовий", "військо",
                    "армія", "делегація", "посадовець", "уряд"))


def single_source(claim: str, label: str, number: int, language: str) -> str:
    """"Сообщает только источник 2 («Северный вестник»): ..." — a claim no related source carries."""
    flat = " ".join(claim.split()).rstrip(".")
    if language == "uk":
        source = f"джерело {number}" + (f" ({label})" if label else "")
        return f"Повідомляє лише {source}: {flat}."
    source = f"источник {number}" + (f" ({label})" if label else "")
    return f"Сообщает только {source}: {flat}."
