"""Russian and Ukrainian sources relayed by an outlet, and the questions a withheld fact raises: cases seen on
trial articles (a pipeline attack, a night drone strike, a procurement case) read as an analyst would."""

from __future__ import annotations

import pytest

from briefing.analysis import analyze_texts


def _sentences(text: str, kind: str) -> list[str]:
    return [c.sentence for c in analyze_texts([text]).caveats if c.kind == kind]


def _questions(text: str) -> list[str]:
    return [q.text for q in analyze_texts([text]).questions]


def test_an_outlet_citing_one_unnamed_source_is_no_third_caveat() -> None:
    """Regression: "з посиланням на джерело в Повітряних силах" was also second-hand, its claim "як повідомляє
    Укрінформ"."""
    text = ("Як повідомляє «Укрінформ» з посиланням на джерело в Повітряних силах, частину дронів збила мобільна "
            "вогнева група.")
    assert _sentences(text, "second-hand") == [
        "Відомості «частину дронів збила мобільна вогнева група» отримано з других рук (як повідомляє «Укрінформ»)."]
    assert _sentences(text, "anonymous-source") == [
        "Твердження «частину дронів збила мобільна вогнева група» ґрунтується на анонімному джерелі (джерело в "
        "Повітряних силах)."]


def test_an_outlet_citing_named_data_is_one_relay_up_to_the_comma() -> None:
    """Regression: the data cited were read as the claim ("данные судоходной компании LSEG, в ноябре ...")."""
    text = ("Как пишет Reuters со ссылкой на данные судоходной компании LSEG, в ноябре экспорт нефти через "
            "балтийские порты снизился до 1,4 млн баррелей в сутки.")
    assert _sentences(text, "second-hand") == [
        "Сведения «в ноябре экспорт нефти через балтийские порты снизился до 1,4 млн баррелей в сутки» получены из "
        "вторых рук (как пишет Reuters со ссылкой на данные судоходной компании LSEG)."]


@pytest.mark.parametrize("text, anonymous", [
    ("Однак, за інформацією джерел «Української правди» в правоохоронних органах, йдеться про Вʼячеслава "
     "Шаповалова, який відповідав за тилове забезпечення армії.",
     "Твердження «йдеться про Вʼячеслава Шаповалова» ґрунтується на анонімному джерелі (за інформацією джерел "
     "«Української правди» в правоохоронних органах)."),
    ("По данным источников «Коммерсанта» в правительстве, решение отложили до осени.",
     "Утверждение «решение отложили до осени» основано на анонимном источнике (по данным источников "
     "«Коммерсанта» в правительстве)."),
    ("За інформацією джерел в уряді, рішення відклали до осені.",
     "Твердження «рішення відклали до осені» ґрунтується на анонімному джерелі (за інформацією джерел в уряді)."),
])
def test_an_outlets_unnamed_sources_are_one_anonymous_caveat(text: str, anonymous: str) -> None:
    """Regression: "за інформацією джерел «…» в правоохоронних" was second-hand, cut inside its noun phrase, the
    rest ("органах, йдеться про ...") read as the claim; the Russian one was both caveats in the same words."""
    assert _sentences(text, "anonymous-source") == [anonymous]
    assert _sentences(text, "second-hand") == []


@pytest.mark.parametrize("text, anonymous", [
    # the outlet's own unnamed sources as the subject (was no caveat on a trial article)
    ("Ім'я підозрюваного не називають, однак джерела \"Української правди\" стверджують, що йдеться про Олександра "
     "Ковальчука.",
     "Твердження «йдеться про Олександра Ковальчука» ґрунтується на анонімному джерелі (джерела \"Української "
     "правди\")."),
    ("Источники «Коммерсанта» утверждают, что речь идет о замминистра.",
     "Утверждение «речь идет о замминистра» основано на анонимном источнике (источники «Коммерсанта»)."),
    ("Источники РБК сообщили, что решение отложили до осени.",
     "Утверждение «решение отложили до осени» основано на анонимном источнике (источники РБК)."),
])
def test_an_outlets_sources_as_the_subject_are_anonymous(text: str, anonymous: str) -> None:
    assert _sentences(text, "anonymous-source") == [anonymous]


def test_sources_of_a_thing_in_quotes_are_no_outlets_sources() -> None:
    assert _sentences("Источники «зеленой» энергии дорожают второй год подряд.", "anonymous-source") == []


def test_an_outlets_sources_who_do_not_say_carry_no_claim() -> None:
    assert _sentences("Сумму сделки источники «Ведомостей» не раскрывают.", "anonymous-source") == []


def test_counted_sources_of_an_outlet_and_where_they_sit() -> None:
    """Seen on ner-uk: the count and "з міськради" were left out, and the claim began «такими покровителями»."""
    text = ("Неофіційно декілька джерел «Наших грошей» з міськради такими покровителями підприємства називали родину "
            "колишнього генерального прокурора.")
    assert _sentences(text, "anonymous-source") == [
        "Єдине джерело — анонімне (декілька джерел «Наших грошей» з міськради): «Неофіційно декілька джерел „Наших "
        "грошей“ з міськради такими покровителями підприємства називали родину колишнього генерального прокурора»."]


def test_whom_an_unnamed_source_told_is_not_part_of_the_claim() -> None:
    """Regression: the claim ran on to "сообщили «Интерфаксу»", and the opening «…» of the company was lost."""
    text = ("«Транснефть» сократит прокачку нефти через порт Приморск в декабре на 15%, сообщили «Интерфаксу» два "
            "источника в отрасли.")
    assert _sentences(text, "anonymous-source") == [
        "Утверждение «„Транснефть“ сократит прокачку нефти через порт Приморск в декабре на 15%» основано на "
        "анонимном источнике (два источника в отрасли)."]


@pytest.mark.parametrize("text, question", [
    # the fact withheld after the verb (was the sentence itself)
    ("Помощник президента Юрий Ушаков отказался назвать сроки возможной встречи лидеров.",
     "Каковы сроки возможной встречи лидеров?"),
    ("Он не назвал дату встречи.", "Какова дата встречи?"),
    ("Речник відмовився назвати суму.", "Яка сума?"),  # "суму" is "сума" here, not the dative of "сум"
    ("Речник не назвав терміни зустрічі.", "Які терміни зустрічі?"),
    # a word with an apostrophe is a word of the fact (was the sentence itself)
    ("Ім'я підозрюваного в НАБУ не називають.", "Яке ім'я підозрюваного?"),
    # who does not comment, and what they do not comment on after it (was the sentence itself)
    ("Росія втрати не коментує.", "Що каже Росія?"),
    ("Россия потери не комментирует.", "Что говорит Россия?"),
    ("Министерство обороны ситуацию не комментирует.", "Что говорит Министерство обороны?"),
    ("Міністерство оборони не коментує.", "Що каже Міністерство оборони?"),
    # an adjective before who (was "Что говорит украинская сторона атаку?")
    ("Украинская сторона атаку не комментировала.", "Что говорит украинская сторона?"),
    ("Українська сторона атаку не коментувала.", "Що каже українська сторона?"),
])
def test_what_is_withheld_after_the_verb_and_who_keeps_silent(text: str, question: str) -> None:
    assert _questions(text) == [question]


@pytest.mark.parametrize("text, question", [
    # a conjunction before the withheld fact is not part of it
    ("Енергетики вже працюють над відновленням, але терміни він не назвав.", "Які терміни?"),
    ("Ремонтники уже работают на месте, но сроки он не назвал.", "Каковы сроки?"),
    # what was not commented on is no part of who did not comment
    ("В компании ситуацию не прокомментировали.", "Что говорят в компании?"),
    ("У відомстві ситуацію не коментують.", "Що кажуть у відомстві?"),
    # whose request went unanswered stands between "на запрос" and the verb
    ("Министерство энергетики на запрос РБК не ответило.", "Что говорит Министерство энергетики?"),
    # a fact the source does not name, in the present
    ("Прізвище підозрюваного в НАБУ не називають.", "Яке прізвище підозрюваного?"),
    ("Имя задержанного в полиции не называют.", "Каково имя задержанного?"),
])
def test_questions_seen_on_trial_articles(text: str, question: str) -> None:
    """Regression: "Які але терміни?", "Что говорят в компании ситуацию?", and no question at all for the last
    three."""
    assert question in _questions(text)


@pytest.mark.parametrize("text, unconfirmed, question", [
    ("За попередніми даними, у місті було щонайменше сім влучань. Ця інформація потребує уточнення.",
     "Не підтверджено незалежно: у місті було щонайменше сім влучань.",
     "Чи підтверджується, що у місті було щонайменше сім влучань?"),
    ("По предварительным данным, в городе было не менее семи попаданий. Эта информация требует уточнения.",
     "Не подтверждено независимо: в городе было не менее семи попаданий.",
     "Подтверждается ли, что в городе было не менее семи попаданий?"),
    # who did not confirm, named before "эту информацию" (was the sentence itself, as caveat and as question)
    ("По данным источника, проект документа обсуждался в Стамбуле. Министерство иностранных дел эту информацию не "
     "подтвердило.",
     "Не подтверждено независимо: проект документа обсуждался в Стамбуле.",
     "Подтверждается ли, что проект документа обсуждался в Стамбуле?"),
    ("За даними джерел, проєкт документа обговорювали в Стамбулі. Міністерство закордонних справ цю інформацію не "
     "підтвердило.",
     "Не підтверджено незалежно: проєкт документа обговорювали в Стамбулі.",
     "Чи підтверджується, що проєкт документа обговорювали в Стамбулі?"),
])
def test_information_that_needs_checking_is_unconfirmed(text: str, unconfirmed: str, question: str) -> None:
    """Regression: "Ця інформація потребує уточнення" raised neither a caveat nor a question."""
    result = analyze_texts([text])
    assert [c.sentence for c in result.caveats if c.kind == "unconfirmed"] == [unconfirmed]
    assert question in [q.text for q in result.questions]


def test_a_lawyers_client_is_no_affiliation() -> None:
    """Regression: "Адвокат Шаповалова Олександр Нікітенко" was affiliated to "Шаповалова"."""
    text = ("Слідчі повідомили про підозру Вʼячеславу Шаповалову. Адвокат Шаповалова Олександр Нікітенко заявив "
            "журналістам, що його підзахисний не визнає вини.")
    lawyer = next(a for a in analyze_texts([text]).actors if a.name == "Олександр Нікітенко")
    assert lawyer.role == "адвокат Шаповалова"
    assert lawyer.affiliation is None


@pytest.mark.parametrize("text, name, role", [
    ("Губернатор Ленинградской области Александр Дрозденко сообщил, что пострадавших нет.", "Александр Дрозденко",
     "губернатор Ленинградской области"),
    ("Міський голова Харкова Ігор Терехов написав, що без світла залишилися 40 тисяч абонентів.", "Ігор Терехов",
     "міський голова Харкова"),
])
def test_a_role_that_opens_the_sentence_is_in_lower_case(text: str, name: str, role: str) -> None:
    """Seen on trial articles: a role read from the sentence's first words kept the sentence's capital."""
    person = next(a for a in analyze_texts([text]).actors if a.name == name)
    assert person.role == role


def test_a_name_in_quotes_at_the_claims_end_keeps_its_closing_mark() -> None:
    """Regression: "… перейти на работу в «Росатом." in the caveat and the question (the closing mark was taken
    for the quotation's own)."""
    text = ("Ранее РБК со ссылкой на источники в правительстве сообщал, что нынешний министр Сергей Цивилев может "
            "перейти на работу в «Росатом». Официального подтверждения этой информации нет.")
    result = analyze_texts([text])
    assert [c.sentence for c in result.caveats if c.kind == "unconfirmed"] == [
        "Не подтверждено официально: нынешний министр Сергей Цивилев может перейти на работу в «Росатом»."]
    assert "Подтверждается ли, что нынешний министр Сергей Цивилев может перейти на работу в «Росатом»?" in [
        q.text for q in result.questions]


def test_an_outlet_before_its_citing_of_unnamed_sources_is_second_hand() -> None:
    """Regression: "РБК со ссылкой на источники в правительстве" gave the anonymous caveat only."""
    text = ("Ранее РБК со ссылкой на источники в правительстве сообщал, что нынешний министр Сергей Цивилев может "
            "перейти на работу в «Росатом».")
    assert _sentences(text, "second-hand") == [
        "Сведения «нынешний министр Сергей Цивилев может перейти на работу в „Росатом“» получены из вторых рук (РБК)."]


@pytest.mark.parametrize("text, question", [
    ("Сам Марков на звонки не отвечает.", "Что говорит Марков?"),
    ("Марков не отвечает на звонки.", "Что говорит Марков?"),
    ("Скільки коштуватиме ремонт, у міській раді поки не кажуть.", "Скільки коштуватиме ремонт?"),
    ("Когда возобновится подача газа, в компании не говорят.", "Когда возобновится подача газа?"),
])
def test_who_does_not_answer_or_say_is_asked(text: str, question: str) -> None:
    """Regression: no question at all (and "отвечает" stopped the question reader with an error)."""
    assert _questions(text) == [question]


def test_not_saying_asks_nothing_by_itself() -> None:
    assert _questions("Об этом вслух не говорят.") == []


def test_a_groups_own_negated_verb_is_no_claim() -> None:
    """Regression: "Утверждение «на звонки не отвечают» основано на ..."."""
    assert _sentences("Представители компании на звонки не отвечают.", "anonymous-source") == [
        "Единственный источник — анонимный (представители компании): «Представители компании на звонки не "
        "отвечают»."]


@pytest.mark.parametrize("text, question", [
    # an adverb of contrast before the pointing words, and a place before them
    ("Военный эксперт Владислав Шурыгин считает, что интенсивность атак будет только нарастать. Впрочем, проверить "
     "эту оценку невозможно.", "Подтверждается ли, что интенсивность атак будет только нарастать?"),
    ("За даними видання Le Monde, Франція може передати Україні додаткові системи SAMP/T вже на початку наступного "
     "року. У Єлисейському палаці цю інформацію не підтвердили.",
     "Чи підтверджується, що Франція може передати Україні додаткові системи SAMP/T вже на початку наступного "
     "року?"),
    # who did not comment, in the feminine, with what was not commented on
    ("Украинская сторона эти данные не комментировала.", "Что говорит украинская сторона?"),
    ("Українська сторона цю інформацію не коментувала.", "Що каже українська сторона?"),
    # the withheld fact with who withholds it, and its plural
    ("Деталі співрозмовник не уточнив.", "Які деталі?"),
    ("Подробности собеседник не раскрыл.", "Каковы подробности?"),
    # an adverb before who would not comment
    ("Водночас у французькому Міністерстві збройних сил від коментарів відмовилися.",
     "Що кажуть у французькому Міністерстві збройних сил?"),
    # "was not confirmed" as a verb
    ("Официально информация о пожаре на нефтебазе не подтверждалась.",
     "Подтверждается ли информация о пожаре на нефтебазе?"),
    ("Офіційно дані про загиблих не підтверджувалися.", "Чи підтверджуються дані про загиблих?"),
])
def test_more_questions_seen_on_trial_articles(text: str, question: str) -> None:
    """Regression (two trial articles: a night of drone attacks, a call between two presidents): the sentence as
    its own question, "Яка деталі співрозмовник?", "Що кажуть водночас у ...?", or no question."""
    assert question in _questions(text)


def test_a_persons_role_is_read_in_the_language_of_the_name_given() -> None:
    """Seen on a brief of a Russian and a Ukrainian source: "Вениамин Кондратьев" with the role "губернатор
    Краснодарського краю" (the Ukrainian source's, whose role phrase was longer)."""
    ru = ("Губернатор Краснодарского края Вениамин Кондратьев заявил, что пожар потушен. Кондратьев добавил, что "
          "пострадавших нет. Кондратьев также сказал, что завод работает.")
    uk = ("Губернатор Краснодарського краю Веніамін Кондратьєв заявив, що пожежу в Туапсе загасили силами двох "
          "пожежних частин міста.")
    (person,) = [a for a in analyze_texts([ru, uk]).actors if a.type == "person"]
    assert (person.name, person.role, person.affiliation) == (
        "Вениамин Кондратьев", "губернатор Краснодарского края", "Краснодарский край")


@pytest.mark.parametrize("text, cue", [
    ("По версии следствия, Кравцов в 2021–2023 годах организовал схему с участием нескольких подрядчиков.",
     "по версии следствия"),
    ("За версією слідства, посадовець організував схему разом із трьома підрядниками.", "за версією слідства"),
])
def test_the_prosecutions_version_is_hedged(text: str, cue: str) -> None:
    """Seen on a trial article about an arrest: what investigators allege raised no caveat."""
    assert [c.sentence.split("»")[0] for c in analyze_texts([text]).caveats if c.kind == "hedged"] == [
        ("Оговорка в источнике («" if cue.startswith("по") else "Застереження в джерелі («") + cue]


def test_a_latin_c_is_the_k_of_a_cyrillic_name() -> None:
    """Seen on a brief of an English and a Ukrainian source: "Emmanuel Macron" and "Емманюель Макрон" were two
    actors ("Макрон" romanises with a "k")."""
    en = "French President Emmanuel Macron said on Saturday that Paris would help. Macron spoke after the call."
    uk = "Президент Франції Емманюель Макрон заявив, що Париж допоможе Україні з протиповітряною обороною."
    people = [a for a in analyze_texts([en, uk]).actors if a.type == "person"]
    assert [(a.name, a.mentions) for a in people] == [("Emmanuel Macron", 3)]


@pytest.mark.parametrize("text, questions", [
    ("Кількість пошкоджених житлових будинків уточнюється.", ["Яка кількість пошкоджених житлових будинків?"]),
    ("Число пострадавших уточняется.", ["Каково число пострадавших?"]),
    ("Информация уточняется.", []),
    # the withheld fact in the accusative is asked about in the nominative
    ("Назву судна в ОВА не повідомили.", ["Яка назва судна?"]),
    ("Росія заявила, що її війська вдарили по складах у порту. Жодних доказів російська сторона не навела.",
     ["Чи підтверджується, що її війська вдарили по складах у порту?"]),
])
def test_questions_from_a_strike_on_a_port(text: str, questions: list[str]) -> None:
    """Regression (a trial article on a strike on Odesa): "Яка назву судна?", no question for what is still being
    established, and "Жодних доказів ... не навела" as its own question."""
    assert _questions(text) == questions


@pytest.mark.parametrize("text, expected", [
    ("Telegram-канал Mash пишет, что в Подмосковье задержан подозреваемый в поджоге релейного шкафа.",
     "Сведения «в Подмосковье задержан подозреваемый в поджоге релейного шкафа» получены из вторых рук "
     "(Telegram-канал Mash)."),
    ("Телеграм-канал «Труха» пише, що у Харкові чули вибухи.",
     "Відомості «у Харкові чули вибухи» отримано з других рук (телеграм-канал «Труха»)."),
    ("Телеканал «Россия 24» сообщает, что мост через реку открыт для движения.",
     "Сведения «мост через реку открыт для движения» получены из вторых рук (телеканал «Россия 24»)."),
])
def test_a_channel_that_reports_is_second_hand(text: str, expected: str) -> None:
    """Regression (a morning digest): "Telegram-канал Mash пишет, что ..." raised no caveat."""
    assert _sentences(text, "second-hand") == [expected]


@pytest.mark.parametrize("text, flagged", [
    ("Минобороны России заявило, что за сутки ВСУ потеряли до 1400 военнослужащих.", True),
    ("Силы противовоздушной обороны за ночь уничтожили 120 украинских беспилотников, заявило Министерство обороны "
     "РФ.", True),
    ("Повітряні сили повідомили, що збили 87 із 112 дронів.", True),
    ("Минобороны России заявило, что переговоры продолжатся.", False),  # no result of its own forces
])
def test_a_military_command_counting_its_own_results_is_self_interested(text: str, flagged: bool) -> None:
    """Seen on trial articles (a night of drone attacks, a morning digest): a ministry of defence counting the
    drones it shot down or the enemy's losses raised no caveat."""
    assert bool(_sentences(text, "self-interested")) is flagged


@pytest.mark.parametrize("text, expected", [
    ("Как рассказали «Известиям» участники рынка, независимые АЗС в ряде регионов уже ограничивают продажу "
     "топлива в одни руки.",
     "Утверждение «независимые АЗС в ряде регионов уже ограничивают продажу топлива в одни руки» основано на "
     "анонимном источнике (участники рынка)."),
    ("Як розповіли «Українській правді» мешканці села, вода зникла ще в понеділок.",
     "Твердження «вода зникла ще в понеділок» ґрунтується на анонімному джерелі (мешканці села)."),
])
def test_a_group_that_told_an_outlet_is_an_anonymous_source(text: str, expected: str) -> None:
    """Regression (a fuel-price article): whom the group told («Известиям») stood between the verb and the group,
    so no caveat was raised."""
    assert _sentences(text, "anonymous-source") == [expected]


def test_one_of_them_is_the_group_named_before() -> None:
    """Regression: "За словами одного з них" was an anonymous source of its own beside "учасники ринку"."""
    text = ("Учасники ринку розповіли, що незалежні АЗС обмежують продаж пального. За словами одного з них, ціни на "
            "біржі зросли на 20%.")
    (caveat,) = [c for c in analyze_texts([text]).caveats if c.kind == "anonymous-source"]
    assert caveat.text == "Учасники ринку"
    assert len(caveat.evidence) == 2


@pytest.mark.parametrize("text, disputed", [
    # a denial is a disputed claim, in the source's language (was no caveat)
    ("Сам Ковальчук у коментарі \"Суспільному\" заперечив свою причетність і назвав підозру \"політичним "
     "замовленням\".",
     "Заперечується: сам Ковальчук у коментарі \"Суспільному\" заперечив свою причетність і назвав підозру "
     "\"політичним замовленням\"."),
    ("В Кремле отвергли обвинения в причастности к атаке.",
     "Оспаривается: В Кремле отвергли обвинения в причастности к атаке."),
    # what is rejected may stand before the verb, and the verb may be in the present (was no caveat)
    ("Представники уряду ці звинувачення відкидають.", "Заперечується: представники уряду ці звинувачення відкидають."),
    ("Представители правительства эти обвинения отвергают.",
     "Оспаривается: представители правительства эти обвинения отвергают."),
])
def test_a_denial_is_disputed(text: str, disputed: str) -> None:
    assert _sentences(text, "disputed") == [disputed]


def test_not_denying_is_no_dispute() -> None:
    assert _sentences("Ковальчук не отрицал, что встречался с ним в Киеве.", "disputed") == []
    assert _sentences("Уряд відкидає цю угоду.", "disputed") == []  # a deal rejected is no claim disputed


@pytest.mark.parametrize("text", [
    # a party at war counting its own results, whichever way the source puts who said it (was none for these)
    "За даними Генштабу, Сили оборони знищили 1120 окупантів і 9 танків.",
    "Генштаб повідомив, що Сили оборони знищили 1120 окупантів.",
])
def test_a_general_staff_counting_its_own_results_is_self_interested(text: str) -> None:
    assert len(_sentences(text, "self-interested")) == 1


@pytest.mark.parametrize("text", [
    "В начале января Бут сообщил, что отверг предложенную ему сделку со следствием.",  # a deal, nothing said
    "Суб'єкти цих правовідносин заперечують проти їх зміни.",  # "object to", no denial
])
def test_rejecting_a_deal_or_objecting_is_no_dispute(text: str) -> None:
    assert _sentences(text, "disputed") == []


@pytest.mark.parametrize("text", [
    "По версии следствия, Коробка получил 12 млн рублей. Сам обвиняемый вину не признает.",
    "За версією слідства, посадовець отримав 12 млн гривень. Сам він не визнає своєї провини.",
])
def test_a_plea_of_not_guilty_disputes_the_charge(text: str) -> None:
    assert len(_sentences(text, "disputed")) == 1


@pytest.mark.parametrize("text, kind, claim", [
    # the source's last words, which its phrase did not reach, are no part of the claim (were its first words)
    ("За інформацією джерел видання \"Дзеркало тижня\" в Офісі президента, наступним кроком може стати "
     "демобілізація.", "anonymous-source", "«наступним кроком може стати демобілізація»"),
    ("Как сообщают местные СМИ, пожары в квартале случались неоднократно.", "second-hand",
     "«пожары в квартале случались неоднократно»"),
])
def test_the_claim_starts_after_the_source(text: str, kind: str, claim: str) -> None:
    [sentence] = _sentences(text, kind)
    assert claim in sentence, sentence
