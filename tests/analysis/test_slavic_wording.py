"""Russian and Ukrainian caveat sentences: the source a cue names, quotations nested as the languages nest them."""

from __future__ import annotations

import pytest

from briefing.analysis import analyze_texts


def _sentences(text: str, kind: str) -> list[str]:
    return [c.sentence for c in analyze_texts([text]).caveats if c.kind == kind]


@pytest.mark.parametrize("text, expected", [
    # the noun after "за даними" / "по данным" is the source the brief must name
    ("За даними реєстру речових прав, у 2015 році Микола Гребенюк став власником квартири в Одесі.",
     "Відомості «у 2015 році Микола Гребенюк став власником квартири в Одесі» отримано з других рук "
     "(за даними реєстру речових прав)."),
    ("По данным полиции, в результате аварии пострадали три человека.",
     "Сведения «в результате аварии пострадали три человека» получены из вторых рук (по данным полиции)."),
    # a quotation inside the claim takes „…“
    ("Как сообщает «Северный вестник», учредителями компании «Ромашка плюс» являются братья Петровы.",
     "Сведения «учредителями компании „Ромашка плюс“ являются братья Петровы» получены из вторых рук "
     "(как сообщает «Северный вестник»)."),
])
def test_second_hand_sentences(text: str, expected: str) -> None:
    assert _sentences(text, "second-hand") == [expected]


@pytest.mark.parametrize("text, second_hand, anonymous", [
    ("Как сообщает РБК со ссылкой на источник в правоохранительных органах, по делу задержаны ещё трое сотрудников.",
     "Сведения «по делу задержаны ещё трое сотрудников» получены из вторых рук (как сообщает РБК).",
     "Утверждение «по делу задержаны ещё трое сотрудников» основано на анонимном источнике (источник в "
     "правоохранительных органах)."),
    ("Як повідомляє видання «Економічна правда» з посиланням на джерела в уряді, рішення відклали до осені.",
     "Відомості «рішення відклали до осені» отримано з других рук (як повідомляє видання «Економічна правда»).",
     "Твердження «рішення відклали до осені» ґрунтується на анонімному джерелі (джерела в уряді)."),
])
def test_an_outlet_citing_an_unnamed_source_is_both_caveats(text: str, second_hand: str, anonymous: str) -> None:
    """Seen on a trial article: only the anonymous caveat, whose claim was "как сообщает РБК со ссылкой на"."""
    assert _sentences(text, "second-hand") == [second_hand]
    assert _sentences(text, "anonymous-source") == [anonymous]


@pytest.mark.parametrize("text, expected", [
    ("Компания закроет завод в марте, пишет «Коммерсантъ».",
     "Сведения «компания закроет завод в марте» получены из вторых рук (пишет «Коммерсантъ»)."),
    ("Компания закроет завод в марте, сообщает РБК.",
     "Сведения «компания закроет завод в марте» получены из вторых рук (сообщает РБК)."),
    ("Цифру оприлюднив голова правління компанії на засіданні робочої групи, повідомляє «Інтерфакс-Україна».",
     "Відомості «цифру оприлюднив голова правління компанії на засіданні робочої групи» отримано з других рук "
     "(повідомляє «Інтерфакс-Україна»)."),
])
def test_an_outlet_named_after_the_claim_is_second_hand(text: str, expected: str) -> None:
    """Seen on a trial article (and ner-uk): an outlet after the claim it relays raised no caveat."""
    assert _sentences(text, "second-hand") == [expected]


def test_without_a_clause_the_sentence_is_quoted() -> None:
    text = "Источник в правительстве сообщил об этом."
    assert _sentences(text, "anonymous-source") == [
        "Единственный источник — анонимный (источник в правительстве): «Источник в правительстве сообщил об этом»."]


@pytest.mark.parametrize("text, expected", [
    # the noun phrase before an apposed anonymity is the source
    ("Один из сотрудников порта, говоривший на условиях анонимности, утверждает, что портовый кран сломан.",
     ["Утверждение «портовый кран сломан» основано на анонимном источнике (один из сотрудников порта, "
      "говоривший на условиях анонимности)."]),
    ("Співрозмовник у міській раді на умовах анонімності розповів, що тендер на ремонт скасують.",
     ["Твердження «тендер на ремонт скасують» ґрунтується на анонімному джерелі (співрозмовник у міській раді "
      "на умовах анонімності)."]),
    ("Посадовець міністерства, який не має права публічно коментувати переговори, сказав, що угоду з інвестором "
     "відкладуть.",
     ["Твердження «угоду з інвестором відкладуть» ґрунтується на анонімному джерелі (посадовець міністерства, "
      "який не має права публічно коментувати переговори)."]),
    # Ukrainian says "який говорив", not "говоривший"; Russian may too
    ("Посадовець Міністерства енергетики, який говорив на умовах анонімності, повідомив, що частину обладнання "
     "затримали на кордоні.",
     ["Твердження «частину обладнання затримали на кордоні» ґрунтується на анонімному джерелі (посадовець "
      "Міністерства енергетики, який говорив на умовах анонімності)."]),
    ("Сотрудник порта, который говорил на условиях анонимности, сообщил, что часть причалов закрыта на ремонт.",
     ["Утверждение «часть причалов закрыта на ремонт» основано на анонимном источнике (сотрудник порта, который "
      "говорил на условиях анонимности)."]),
    ("Чиновник министерства, не уполномоченный комментировать переговоры, сказал, что сделку с инвестором отложат.",
     ["Утверждение «сделку с инвестором отложат» основано на анонимном источнике (чиновник министерства, "
      "не уполномоченный комментировать переговоры)."]),
    # seen on trial articles: who knows how the talks go is unnamed, and "за даними" a person is no outlet
    ("Западный дипломат, осведомлённый о ходе переговоров, сообщил, что Москва требует снять санкции с банка.",
     ["Утверждение «Москва требует снять санкции с банка» основано на анонимном источнике (западный дипломат, "
      "осведомлённый о ходе переговоров)."]),
    ("За даними західного дипломата, поінформованого про хід переговорів, Москва вимагає зняти санкції з банку.",
     ["Твердження «Москва вимагає зняти санкції з банку» ґрунтується на анонімному джерелі (за даними західного "
      "дипломата, поінформованого про хід переговорів)."]),
    ("За словами двох співрозмовників, знайомих з роботою підприємства, установка зупинена на місяць.",
     ["Твердження «установка зупинена на місяць» ґрунтується на анонімному джерелі (за словами двох "
      "співрозмовників, знайомих з роботою підприємства)."]),
    # how many there are is part of the source (the caveat said "источника, знакомые ...")
    ("Два источника, знакомые с работой предприятия, рассказали агентству, что основная установка остановлена на "
     "месяц.", ["Утверждение «основная установка остановлена на месяц» основано на анонимном источнике (два "
                "источника, знакомые с работой предприятия)."]),
    # a bare source before its verb; a dash after a phrase with no verb stands for "is" and stays in the claim
    ("Джерело в ГУР повідомило, що атака на завод — спецоперація ГУР.",
     ["Твердження «атака на завод — спецоперація ГУР» ґрунтується на анонімному джерелі (джерело в ГУР)."]),
    ("Источник сообщил, что мост закроют на год — до окончания ремонта.",
     ["Утверждение «мост закроют на год» основано на анонимном источнике (источник)."]),
])
def test_an_unnamed_official_described_by_the_anonymity_is_one_source(text: str, expected: list[str]) -> None:
    """Regressions (blind texts r06, u06): "(на условиях анонимности)" named no source, "Співрозмовник у міській
    раді" and "на умовах анонімності" were two caveats, "який не має права публічно коментувати" none."""
    assert _sentences(text, "anonymous-source") == expected


@pytest.mark.parametrize("text, expected", [
    # a source set off by commas inside the sentence: the claim is the sentence around it
    ("Частина депутатів, за даними видання «Північний кур'єр», готова підтримати компроміс з інвестором.",
     "Відомості «частина депутатів готова підтримати компроміс з інвестором» отримано з других рук "
     "(за даними видання «Північний кур'єр»)."),
    ("Директору порта, как сообщает газета «Северный вестник», уже предложили отставку.",
     "Сведения «директору порта уже предложили отставку» получены из вторых рук "
     "(как сообщает газета «Северный вестник»)."),
    # a surname the dictionary does not know keeps its capital at the head of the claim
    ("Ставрицкому, как сообщает газета «Северный вестник», уже предложили отставку.",
     "Сведения «Ставрицкому уже предложили отставку» получены из вторых рук (как сообщает газета «Северный вестник»)."),
    # a relative clause closed by a comma stays in the claim
    ("Як повідомляє газета «Північний кур'єр», банк, який мав фінансувати міст, вийшов з проєкту.",
     "Відомості «банк, який мав фінансувати міст, вийшов з проєкту» отримано з других рук "
     "(як повідомляє газета «Північний кур'єр»)."),
])
def test_second_hand_claims_around_an_aside(text: str, expected: str) -> None:
    """Regressions (r06, u06): «некоторые чиновники минздрава» or «готова підтримати …» without its subject,
    and a claim cut at "який" quoted the whole sentence instead."""
    assert _sentences(text, "second-hand") == [expected]


@pytest.mark.parametrize("text, unconfirmed, question", [
    ("По словам собеседника в мэрии, мост, возможно, закроют на год. Эту информацию не удалось независимо "
     "подтвердить.", "Не подтверждено независимо: мост, возможно, закроют на год.",
     "Подтверждается ли, что мост закроют на год?"),
    ("Як пише газета «Північний кур'єр», банк вийшов з проєкту ще в січні. Цю інформацію не вдалося незалежно "
     "підтвердити.", "Не підтверджено незалежно: банк вийшов з проєкту ще в січні.",
     "Чи підтверджується, що банк вийшов з проєкту ще в січні?"),
    # an adverb before the pointing words ("Официально эти сведения ...")
    ("По данным источников в мэрии, пожар удалось локализовать только к утру. Официально эти сведения не "
     "подтверждены.", "Не подтверждено официально: пожар удалось локализовать только к утру.",
     "Подтверждается ли, что пожар удалось локализовать только к утру?"),
    ("За даними джерел у мерії, пожежу вдалося локалізувати лише вранці. Офіційно цю інформацію не "
     "підтверджено.", "Не підтверджено офіційно: пожежу вдалося локалізувати лише вранці.",
     "Чи підтверджується, що пожежу вдалося локалізувати лише вранці?"),
    # "no confirmation of this information": the same, with the noun of confirming first
    ("За словами співрозмовника, борг підприємства перевищує 12 мільйонів гривень. Офіційного підтвердження "
     "цієї інформації немає.", "Не підтверджено офіційно: борг підприємства перевищує 12 мільйонів гривень.",
     "Чи підтверджується, що борг підприємства перевищує 12 мільйонів гривень?"),
    ("По словам собеседника, ремонт может занять до двух недель. Официального подтверждения этой информации нет.",
     "Не подтверждено официально: ремонт может занять до двух недель.",
     "Подтверждается ли, что ремонт может занять до двух недель?"),
    # seen on trial articles: the pointing words as the object of checking, and a source described after its comma
    ("Два источника, знакомые с работой предприятия, рассказали агентству, что установка остановлена на месяц. "
     "Независимо проверить эти данные не удалось.", "Не подтверждено независимо: установка остановлена на месяц.",
     "Подтверждается ли, что установка остановлена на месяц?"),
    ("За словами двох співрозмовників, знайомих з роботою підприємства, установка зупинена на місяць. Незалежно "
     "перевірити цю інформацію неможливо.", "Не підтверджено незалежно: установка зупинена на місяць.",
     "Чи підтверджується, що установка зупинена на місяць?"),
])
def test_this_information_is_what_the_sentence_before_reported(text: str, unconfirmed: str, question: str) -> None:
    """Regression (r06, u06): "Не подтверждено независимо: Эту информацию не удалось независимо подтвердить." and
    the same words as the question, neither of which a brief can carry without the sentence before."""
    result = analyze_texts([text])
    assert [c.sentence for c in result.caveats if c.kind == "unconfirmed"] == [unconfirmed]
    assert question in [q.text for q in result.questions]


@pytest.mark.parametrize("text, expected", [
    # the outlet before its verb ("издание «…» писало, что ..."), with "earlier" in front
    ("Ранее издание «Волга Ньюс» писало, что субсидия составит около 300 млн рублей.",
     "Сведения «субсидия составит около 300 млн рублей» получены из вторых рук (издание «Волга Ньюс»)."),
    ("Раніше видання «Збруч» писало, що субсидія становитиме 300 мільйонів гривень.",
     "Відомості «субсидія становитиме 300 мільйонів гривень» отримано з других рук (видання «Збруч»)."),
])
def test_an_outlet_before_its_verb_reports_second_hand(text: str, expected: str) -> None:
    assert _sentences(text, "second-hand") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Мэрии поручили подготовить новое соглашение с инвестором. Об этом пишет газета «Северный вестник».",
     "Сведения «мэрии поручили подготовить новое соглашение с инвестором» получены из вторых рук "
     "(газета «Северный вестник»)."),
    ("Секретарю міськради доручили підготувати нову угоду з інвестором. Про це пише видання «Північний кур'єр».",
     "Відомості «секретарю міськради доручили підготувати нову угоду з інвестором» отримано з других рук "
     "(видання «Північний кур'єр»)."),
])
def test_about_this_reports_the_sentence_before(text: str, expected: str) -> None:
    """Regression (u06): "Про це пише видання «…»" quoted its own sentence, which says nothing without the one
    before."""
    assert _sentences(text, "second-hand") == [expected]


def test_a_place_keeps_its_capital_in_the_question() -> None:
    text = "Как пишет «Северный вестник», Тирасполь предложил свою схему оплаты. Эти сведения не подтверждены."
    assert "Подтверждается ли, что Тирасполь предложил свою схему оплаты?" in [
        q.text for q in analyze_texts([text]).questions]


def test_an_outlet_before_a_group_is_no_claim_of_the_group() -> None:
    """Regression: "Утверждение «как пишет газета Коммерсантъ» основано на анонимном источнике (портовые рабочие)"."""
    found = _sentences("Как пишет газета «Северный вестник», портовые рабочие жалуются на переработки.",
                       "anonymous-source")
    assert found == ["Единственный источник — анонимный (портовые рабочие): «Как пишет газета „Северный вестник“, "
                     "портовые рабочие жалуются на переработки»."], found


def test_a_name_of_several_words_keeps_its_capital_inside_the_claim() -> None:
    """Regression: "Твердження «верховна Рада не набрала голосів ...»"."""
    found = _sentences("Київ, 4 грудня — Верховна Рада не набрала голосів за зміни до бюджету, повідомили троє "
                       "народних депутатів.", "anonymous-source")
    assert found == ["Твердження «Верховна Рада не набрала голосів за зміни до бюджету» ґрунтується на анонімному "
                     "джерелі (троє народних депутатів)."], found


def test_a_source_phrase_with_a_comma_after_its_first_word_is_lower_cased() -> None:
    """Regression: "(Источник, знакомый с ситуацией)" kept its capital: the comma made the word look like a name."""
    text = "Источник, знакомый с ситуацией, сообщил, что компании готовят схемы обхода санкций через посредников."
    assert _sentences(text, "anonymous-source") == [
        "Утверждение «компании готовят схемы обхода санкций через посредников» основано на анонимном источнике "
        "(источник, знакомый с ситуацией)."]


def test_an_outlet_with_an_adjective_before_its_noun_is_the_whole_source() -> None:
    """Regression: "Як повідомляє місцеве видання «Житомир.info»" stopped at the adjective, so the outlet became
    part of the claim."""
    text = "Як повідомляє місцеве видання «Житомир.info», частину коштів планують залучити з кредиту банку."
    assert _sentences(text, "second-hand") == [
        "Відомості «частину коштів планують залучити з кредиту банку» отримано з других рук (як повідомляє місцеве "
        "видання «Житомир.info»)."]


def test_a_long_claim_is_cut_on_a_whole_word_and_says_it_goes_on() -> None:
    """factRu: the claim ended "... готова рассмотреть вопрос о" and never said it was cut."""
    text = ("Министр связи и коммуникаций Игорь Щёголев рассказал о том, что Еврокомиссия готова рассмотреть вопрос о "
            "снятии ограничений на поставки оборудования в ближайшие месяцы, пишет «Лента.ру».")  # 24 words
    [sentence] = _sentences(text, "second-hand")
    assert sentence.startswith("Сведения «министр связи и коммуникаций Игорь Щёголев рассказал о том, что Еврокомиссия "
                               "готова рассмотреть вопрос о снятии …» получены из вторых рук"), sentence


@pytest.mark.parametrize("text, caveat, question", [
    ("Сили оборони відбили штурм, повідомив речник. За його словами, росіяни втратили щонайменше 40 "
     "військовослужбовців. Незалежно перевірити ці дані неможливо.",
     "Не підтверджено незалежно: росіяни втратили щонайменше 40 військовослужбовців.",
     "Чи підтверджується, що росіяни втратили щонайменше 40 військовослужбовців?"),
    ("Войска отбили штурм, сообщил представитель. По его словам, противник потерял не менее 40 военнослужащих. "
     "Независимо проверить эти данные невозможно.",
     "Не подтверждено независимо: противник потерял не менее 40 военнослужащих.",
     "Подтверждается ли, что противник потерял не менее 40 военнослужащих?"),
])
def test_his_words_that_open_the_claim_are_no_part_of_it(text: str, caveat: str, question: str) -> None:
    """Regression (a trial article on Kupiansk): "Не підтверджено незалежно: за його словами, росіяни втратили ..."."""
    result = analyze_texts([text])
    assert [c.sentence for c in result.caveats if c.kind == "unconfirmed"] == [caveat]
    assert question in [q.text for q in result.questions]


@pytest.mark.parametrize("text, caveat, question", [
    ("За інформацією джерел у Міненерго, уряд готує постанову про підвищення тарифу з 1 січня. Офіційного "
     "підтвердження немає.",
     "Не підтверджено офіційно: уряд готує постанову про підвищення тарифу з 1 січня.",
     "Чи підтверджується, що уряд готує постанову про підвищення тарифу з 1 січня?"),
    ("По данным источников в Минэнерго, правительство готовит постановление о повышении тарифа. Официального "
     "подтверждения пока нет.",
     "Не подтверждено официально: правительство готовит постановление о повышении тарифа.",
     "Подтверждается ли, что правительство готовит постановление о повышении тарифа?"),
])
def test_no_official_confirmation_is_of_the_sentence_before(text: str, caveat: str, question: str) -> None:
    """Regression (an e-mailed energy digest): "Не підтверджено незалежно: Офіційного підтвердження немає."."""
    result = analyze_texts([text])
    assert [c.sentence for c in result.caveats if c.kind == "unconfirmed"] == [caveat]
    assert question in [q.text for q in result.questions]


@pytest.mark.parametrize("text, expected", [
    ("Нафтогаз повідомив про запаси газу.\n\nВідкриті питання: хто фінансуватиме імпорт газу в грудні? Чи погодить "
     "МВФ підвищення тарифу?",
     ["Хто фінансуватиме імпорт газу в грудні?", "Чи погодить МВФ підвищення тарифу?"]),
    ("Газпром сообщил о запасах газа.\n\nОткрытые вопросы: кто оплатит импорт газа в декабре?",
     ["Кто оплатит импорт газа в декабре?"]),
])
def test_questions_a_note_lists_as_open_in_its_own_language(text: str, expected: list[str]) -> None:
    """Regression (an e-mailed energy digest): the questions under "Відкриті питання:" were not proposed."""
    assert [q.text for q in analyze_texts([text]).questions] == expected


@pytest.mark.parametrize("text, question", [
    ("Пресс-секретарь Кремля Дмитрий Песков отказался комментировать дело, назвав его «прерогативой следствия».",
     "Что говорит пресс-секретарь Кремля Дмитрий Песков?"),
    ("В Кремле отказались комментировать дело.", "Что говорят в Кремле?"),
    ("Речник Кремля Дмитро Пєсков відмовився коментувати справу.", "Що каже речник Кремля Дмитро Пєсков?"),
])
def test_who_refused_to_comment_is_asked_what_they_say(text: str, question: str) -> None:
    """Regression (a trial article on a Moscow court case): the question was the sentence itself."""
    assert [q.text for q in analyze_texts([text]).questions] == [question]


@pytest.mark.parametrize("text, question", [
    ("Украинская сторона никак не прокомментировала эти сообщения.", "Что говорит украинская сторона?"),
    ("Поки невідомо, чи погодить Міжнародний валютний фонд наступний транш.",
     "Чи погодить Міжнародний валютний фонд наступний транш?"),
])
def test_questions_from_a_governors_post_and_a_budget_story(text: str, question: str) -> None:
    """Regressions (trial articles): "Что говорит украинская сторона никак?"."""
    assert [q.text for q in analyze_texts([text]).questions] == [question]


@pytest.mark.parametrize("text, anonymous, second_hand", [
    ("Как пишет «Коммерсантъ» со ссылкой на собственные источники в администрации области, власти рассматривают "
     "возможность новой эвакуации.",
     "Утверждение «власти рассматривают возможность новой эвакуации» основано на анонимном источнике (собственные "
     "источники в администрации области).",
     "Сведения «власти рассматривают возможность новой эвакуации» получены из вторых рук (как пишет «Коммерсантъ»)."),
    ("Як повідомляє видання «Економічна правда» з посиланням на джерела в уряді, Кабмін ще не визначився з джерелами "
     "фінансування.",
     "Твердження «Кабмін ще не визначився з джерелами фінансування» ґрунтується на анонімному джерелі (джерела в "
     "уряді).",
     "Відомості «Кабмін ще не визначився з джерелами фінансування» отримано з других рук (як повідомляє видання "
     "«Економічна правда»)."),
])
def test_an_outlet_citing_its_own_sources_relays_the_clause_after_the_comma(text: str, anonymous: str,
                                                                            second_hand: str) -> None:
    """Regressions (a governor's Telegram post, a budget story): the claim was "как пишет „Коммерсантъ“ со ссылкой на
    собственные", and the Ukrainian relay quoted the whole sentence."""
    result = analyze_texts([text])
    assert [c.sentence for c in result.caveats if c.kind == "anonymous-source"] == [anonymous]
    assert [c.sentence for c in result.caveats if c.kind == "second-hand"] == [second_hand]


@pytest.mark.parametrize("text, caveat", [
    ("Правительство может продлить запрет. Официально продление запрета на экспорт бензина пока не подтверждено.",
     "Не подтверждено официально: продление запрета на экспорт бензина."),
    ("Уряд може продовжити заборону. Продовження заборони на експорт пального офіційно не підтверджено.",
     "Не підтверджено офіційно: продовження заборони на експорт пального."),
    ("Уряд може продовжити заборону. Продовження заборони на експорт пального поки не підтверджене.",
     "Не підтверджено незалежно: продовження заборони на експорт пального."),
])
def test_a_sentence_that_names_what_is_unconfirmed_gives_that_thing(text: str, caveat: str) -> None:
    """Regression (a trial story on a fuel export ban): "Официально продление запрета пока не подтверждено" proposed
    "Не подтверждено независимо: Официально продление запрета пока не подтверждено." (the cue said it twice, and
    "independently" where the source says "officially")."""
    assert _sentences(text, "unconfirmed") == [caveat]


@pytest.mark.parametrize("text, claim", [
    ("Как сообщал «Коммерсантъ», оптовые цены на бензин в ноябре выросли на 8%.",
     "оптовые цены на бензин в ноябре выросли на 8%"),
    ("Як повідомляла «Економічна правда», ціни на пальне в листопаді зросли на 8%.",
     "ціни на пальне в листопаді зросли на 8%"),
])
def test_an_outlet_that_reported_earlier_is_second_hand(text: str, claim: str) -> None:
    """Regression (a trial story on a fuel export ban): "Как сообщал «Коммерсантъ», ..." was no caveat (only the
    present "сообщает" was read)."""
    [sentence] = _sentences(text, "second-hand")
    assert f"«{claim}»" in sentence, sentence


def test_a_relay_in_the_past_names_its_outlet() -> None:
    """Seen on the ner-uk documents once "як повідомляли" was read: "як писав свого часу В. ..." and a bare "Як
    писали, ..." relay no one; "Як повідомляли раніше «Наші гроші», ..." names its outlet after "раніше"."""
    assert _sentences("Як писали, з Шинкевичем пов'язують земельні скандали в області.", "second-hand") == []
    [sentence] = _sentences("Як повідомляли раніше «Наші гроші», половина фірми оформлена на словацьку компанію.",
                            "second-hand")
    assert sentence.endswith("(як повідомляли раніше «Наші гроші»)."), sentence


def test_a_participle_phrase_after_a_group_is_no_claim() -> None:
    """Regression (a trial story on a fuel export ban): "Независимые эксперты, опрошенные РБК, связывают рост цен с
    ..." proposed the claim «опрошенные РБК, связывают рост цен ...»."""
    [sentence] = _sentences("Независимые эксперты, опрошенные РБК, связывают рост цен с атаками беспилотников на "
                            "заводы.", "anonymous-source")
    assert sentence.startswith("Единственный источник — анонимный (независимые эксперты): «Независимые"), sentence


@pytest.mark.parametrize("text, caveat", [
    ("За попередніми даними, поранено щонайменше сім людей, серед них дитина.",
     "Застереження в джерелі («за попередніми даними»): поранено щонайменше сім людей, серед них дитина."),
    ("По предварительным данным, пострадали семь человек.",
     "Оговорка в источнике («по предварительным данным»): пострадали семь человек."),
])
def test_a_hedge_that_opens_the_sentence_is_named_once(text: str, caveat: str) -> None:
    """Regression (a trial story on Kharkiv): the hedge was named in brackets and again at the clause's start."""
    assert _sentences(text, "hedged") == [caveat]


@pytest.mark.parametrize("text, caveat, question", [
    ("Російське міністерство оборони заявило, що вдарило по «місцях дислокації українських військових». Доказів "
     "цьому воно не навело.",
     "Не підтверджено незалежно: російське міністерство оборони вдарило по «місцях дислокації українських військових».",
     "Чи підтверджується, що російське міністерство оборони вдарило по «місцях дислокації українських військових»?"),
    ("Министерство обороны России заявило, что уничтожило 47 беспилотников. Эти данные не удалось независимо "
     "проверить.",
     "Не подтверждено независимо: Министерство обороны России уничтожило 47 беспилотников.",
     "Подтверждается ли, что Министерство обороны России уничтожило 47 беспилотников?"),
])
def test_a_claim_with_no_subject_of_its_own_names_the_speaker(text: str, caveat: str, question: str) -> None:
    """Regression (a trial story on Kharkiv): "Не підтверджено незалежно: вдарило по ..." said nothing of who struck."""
    result = analyze_texts([text])
    assert [c.sentence for c in result.caveats if c.kind == "unconfirmed"] == [caveat]
    assert question in [q.text for q in result.questions]


@pytest.mark.parametrize("text, phrase", [
    ("Один из собеседников «Медузы» утверждает, что решение будет принято до конца года.",
     "один из собеседников «Медузы»"),
    ("Один зі співрозмовників «УП» стверджує, що рішення ухвалять до кінця року.", "один зі співрозмовників «УП»"),
])
def test_an_outlets_interlocutor_is_an_anonymous_source(text: str, phrase: str) -> None:
    """Regression (a trial story in the manner of Meduza): "Один из собеседников «Медузы» утверждает" was no caveat."""
    [sentence] = _sentences(text, "anonymous-source")
    assert sentence.endswith(f"({phrase})."), sentence


@pytest.mark.parametrize("text, caveat, question", [
    ("За неофіційною інформацією, одна з ракет влучила в порт. Офіційного підтвердження цьому немає.",
     "Не підтверджено офіційно: одна з ракет влучила в порт.", "Чи підтверджується, що одна з ракет влучила в порт?"),
    ("По неофициальной информации, одна из ракет попала в порт. Официального подтверждения этому нет.",
     "Не подтверждено официально: одна из ракет попала в порт.", "Подтверждается ли, что одна из ракет попала в порт?"),
])
def test_no_confirmation_of_this_points_back(text: str, caveat: str, question: str) -> None:
    """Regression (a trial Telegram post on Odesa): "Офіційного підтвердження цьому немає." quoted itself, in the
    caveat and as the question; "За неофіційною інформацією" was no hedge."""
    result = analyze_texts([text])
    assert [c.sentence for c in result.caveats if c.kind == "unconfirmed"] == [caveat]
    assert [c.kind for c in result.caveats if c.kind == "hedged"] == ["hedged"]
    assert question in [q.text for q in result.questions]


@pytest.mark.parametrize("text, caveat", [
    ("Адвокат задержанного Павел Смирнов заявил ТАСС, что его подзащитный вину не признает.",
     "Оспаривается: адвокат задержанного Павел Смирнов заявил ТАСС, что его подзащитный вину не признает."),
    ("Министерство обороны России заявило, что уничтожило 47 беспилотников над областью.",
     "Сторона говорит о себе: Министерство обороны России заявило, что уничтожило 47 беспилотников над областью."),
])
def test_after_the_colon_a_clause_goes_on_in_lower_case(text: str, caveat: str) -> None:
    """Regression (a trial story in the manner of Interfax): "Оспаривается: Адвокат ..."; a body's name keeps its
    capital."""
    assert [c.sentence for c in analyze_texts([text]).caveats if c.kind in ("disputed", "self-interested")] == [caveat]


def test_an_outlets_source_named_by_its_site_points_back() -> None:
    """Regression (a trial story in the manner of LIGA.net): "Про це повідомило джерело LIGA.net в уряді" cut the
    site's name at its dot and proposed the claim «.net в уряді»; a body's name keeps its capital in the claim."""
    text = ("Міністерство оборони України планує закупити у 2026 році 4,5 млн FPV-дронів. Про це повідомило джерело "
            "LIGA.net в уряді.")
    assert _sentences(text, "anonymous-source") == [
        "Твердження «Міністерство оборони України планує закупити у 2026 році 4,5 млн FPV-дронів» ґрунтується на "
        "анонімному джерелі (джерело LIGA.net в уряді)."]


@pytest.mark.parametrize("text, second_hand, unconfirmed, question", [
    # regression (a trial story in the manner of Baza): the claim lost its subject ("«получили задание ...»")
    ("По информации канала, задержанные признались, что получили задание через мессенджер от куратора. Официально "
     "эти данные не подтверждены.",
     "Сведения «задержанные получили задание через мессенджер от куратора» получены из вторых рук (по информации "
     "канала).",
     "Не подтверждено официально: задержанные получили задание через мессенджер от куратора.",
     "Подтверждается ли, что задержанные получили задание через мессенджер от куратора?"),
    ("За інформацією каналу, затримані зізналися, що отримали завдання через месенджер від куратора. Офіційно ці "
     "дані не підтверджені.",
     "Відомості «затримані отримали завдання через месенджер від куратора» отримано з других рук (за інформацією "
     "каналу).",
     "Не підтверджено офіційно: затримані отримали завдання через месенджер від куратора.",
     "Чи підтверджується, що затримані отримали завдання через месенджер від куратора?"),
])
def test_a_claim_with_no_subject_of_its_own_takes_the_speakers(text: str, second_hand: str, unconfirmed: str,
                                                                 question: str) -> None:
    result = analyze_texts(["Заголовок.\n" + text])
    assert [c.sentence for c in result.caveats if c.kind == "second-hand"] == [second_hand]
    assert [c.sentence for c in result.caveats if c.kind == "unconfirmed"] == [unconfirmed]
    assert [q.text for q in result.questions] == [question]
