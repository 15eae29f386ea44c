"""Russian and Ukrainian open questions and caveats seen on trial stories: who would not tell or comment, what a
source withholds, a site's dateline, what is disputed."""

from __future__ import annotations

import pytest

from briefing.analysis import analyze_texts


@pytest.mark.parametrize("text, question", [
    ("Який саме об'єкт було пошкоджено, він не уточнив.", "Який саме об'єкт було пошкоджено?"),
    ("Какой именно объект был поврежден, мэр города не уточнил.", "Какой именно объект был поврежден?"),
    ("Кто, по мнению экспертов, виноват, неизвестно.", "Кто, по мнению экспертов, виноват?"),
])
def test_who_would_not_tell_is_no_part_of_the_question(text: str, question: str) -> None:
    """Regression (a trial story on Kharkiv): "Який саме об'єкт було пошкоджено, він?"."""
    assert [q.text for q in analyze_texts([text]).questions] == [question]


def test_a_site_dateline_after_the_city_and_the_date_is_no_part_of_the_story() -> None:
    """Regression (a trial story in the manner of Interfax): "Москва. 2 декабря. INTERFAX.RU - Заместитель ..." made
    "INTERFAX.RU - Заместитель ..." the first summary sentence."""
    text = ("В Москве задержан чиновник\n\nМосква. 2 декабря. INTERFAX.RU - Заместитель директора департамента "
            "задержан в Москве по подозрению в получении взятки, сообщил источник в правоохранительных органах.")
    assert analyze_texts([text]).summary[0].text.startswith("Заместитель директора департамента задержан")


@pytest.mark.parametrize("text, question", [
    ("В Минобороны информацию о задержании не комментировали.", "Что говорят в Минобороны?"),
    ("У Міноборони інформацію про затримання не коментують.", "Що кажуть у Міноборони?"),
])
def test_what_was_not_commented_on_is_not_who(text: str, question: str) -> None:
    """Regression (a trial story in the manner of Interfax): "Что говорят в Минобороны информацию о задержании?"."""
    assert [q.text for q in analyze_texts([text]).questions] == [question]


@pytest.mark.parametrize("text, questions", [
    ("Мінфін запит LIGA.net залишив без відповіді.", ["Що каже Мінфін?"]),
    ("Минфин оставил запрос РБК без ответа.", ["Что говорит Минфин?"]),
    ("Министерство энергетики Казахстана подтвердило, что переговоры ведутся, но не раскрыло деталей.", []),
])
def test_a_request_left_unanswered_asks_what_the_body_says(text: str, questions: list[str]) -> None:
    """Regressions (trial stories in the manner of LIGA.net and Kommersant): a request left unanswered asked nothing;
    "не раскрыло деталей" asked "Каковы деталей?"."""
    assert [q.text for q in analyze_texts([text]).questions] == questions


def test_not_admitting_guilt_in_ukrainian_is_disputed() -> None:
    """Regression (a trial story on an anti-corruption court): "свою провину не визнає" was no caveat (only "вину" and
    "своєї провини" were listed); ВАКС is a body."""
    result = analyze_texts(["Адвокат підозрюваного заявив, що його підзахисний свою провину не визнає і оскаржить "
                            "рішення суду. Про це повідомила пресслужба ВАКС."])
    assert [c.kind for c in result.caveats] == ["disputed"]
    assert [a.name for a in result.actors if a.type == "organization"] == ["ВАКС"]


@pytest.mark.parametrize("text, question", [
    ("Точні цифри ми не розкриваємо з міркувань безпеки.", "Які точні цифри?"),
    ("Точные цифры мы не раскрываем из соображений безопасности.", "Каковы точные цифры?"),
    ("Минобороны России официально продвижение не комментировало.", "Что говорит Минобороны России?"),
])
def test_questions_from_an_interview_and_a_war_blog(text: str, question: str) -> None:
    """Regressions (a trial interview and a Telegram war blog): "Які з міркувань безпеки?" (the reason was read as the
    fact), no question for "мы не раскрываем", and "Что говорит Минобороны России официально продвижение?"."""
    assert [q.text for q in analyze_texts([text]).questions] == [question]


def test_information_we_cannot_confirm_points_back() -> None:
    """Regression (a trial Telegram war blog): "Эту информацию мы пока подтвердить не можем." was no caveat."""
    text = "Противник перебрасывает резервы из-под Константиновки. Эту информацию мы пока подтвердить не можем."
    assert [c.sentence for c in analyze_texts([text]).caveats if c.kind == "unconfirmed"] == [
        "Не подтверждено независимо: противник перебрасывает резервы из-под Константиновки."]


@pytest.mark.parametrize("text, question", [
    ("Банк профінансував закупівлі газу. Коментар ЄБРР на момент публікації отримати не вдалося.", "Що каже ЄБРР?"),
    ("Банк профінансував закупівлі газу. Отримати коментар ЄБРР не вдалося.", "Що каже ЄБРР?"),
    ("Банк профинансировал закупки газа. Получить комментарий Минфина не удалось.", "Что говорит Минфин?"),
    ("Банк профинансировал закупки газа. Получить комментарий в Минфине не удалось.", "Что говорят в Минфине?"),
])
def test_a_comment_that_could_not_be_obtained_asks_what_the_body_says(text: str, question: str) -> None:
    """Regression (a trial story on gas imports): "Коментар ЄБРР на момент публікації отримати не вдалося." asked
    nothing."""
    assert [q.text for q in analyze_texts([text]).questions] == [question]


def test_information_not_commented_on_is_asked_about_not_of() -> None:
    """Regression (a trial story on sanctions): "Официально эти сведения не комментировались." asked "Что говорят
    эти сведения?"; it is unconfirmed, of the sentence before."""
    result = analyze_texts(["По информации Bloomberg, Венгрия и Словакия согласились поддержать пакет после получения "
                            "гарантий. Официально эти сведения не комментировались."])
    assert [q.text for q in result.questions] == [
        "Подтверждается ли, что Венгрия и Словакия согласились поддержать пакет после получения гарантий?"]
    assert [c.sentence for c in result.caveats if c.kind == "unconfirmed"] == [
        "Не подтверждено официально: Венгрия и Словакия согласились поддержать пакет после получения гарантий."]


@pytest.mark.parametrize("text, caveat, question", [
    ("Замминистра Иван Соколов сказал, что бюджет программы сократят примерно на треть. Официальных документов пока "
     "нет.", "Не подтверждено официально: бюджет программы сократят примерно на треть.",
     "Подтверждается ли, что бюджет программы сократят примерно на треть?"),
    ("Заступник міністра Іван Соколов сказав, що бюджет програми скоротять приблизно на третину. Офіційних документів "
     "поки немає.", "Не підтверджено офіційно: бюджет програми скоротять приблизно на третину.",
     "Чи підтверджується, що бюджет програми скоротять приблизно на третину?"),
])
def test_no_official_documents_yet_is_unconfirmed(text: str, caveat: str, question: str) -> None:
    """Regression (a trial desk e-mail): "Официальных документов пока нет." was no caveat and asked nothing."""
    result = analyze_texts([text])
    assert [c.sentence for c in result.caveats if c.kind == "unconfirmed"] == [caveat]
    assert question in [q.text for q in result.questions]


@pytest.mark.parametrize("text, caveat, question", [
    # whom checking failed for, or where it was not confirmed, between "this" and "не" (regression: both quoted
    # themselves, in the caveat and as the question)
    ("Собеседник в правительстве утверждает, что поступления могут составить до 60 млрд руб. в год. Проверить эту "
     "оценку «Ведомостям» не удалось.",
     "Не подтверждено независимо: поступления могут составить до 60 млрд руб. в год.",
     "Подтверждается ли, что поступления могут составить до 60 млрд руб. в год?"),
    ("Джерело в Міненерго розповіло, що уряд розглядає можливість збільшити імпорт електроенергії. Офіційно цю "
     "інформацію в міністерстві не підтвердили.",
     "Не підтверджено офіційно: уряд розглядає можливість збільшити імпорт електроенергії.",
     "Чи підтверджується, що уряд розглядає можливість збільшити імпорт електроенергії?"),
])
def test_this_not_confirmed_for_an_outlet_or_in_a_place_points_back(text: str, caveat: str, question: str) -> None:
    result = analyze_texts([text])
    assert [c.sentence for c in result.caveats if c.kind == "unconfirmed"] == [caveat]
    assert [q.text for q in result.questions] == [question]


@pytest.mark.parametrize("text, question", [
    # why it is withheld after the verb is no telling (regression: no question)
    ("Скільки саме генеруючих потужностей втрачено, в «Укренерго» не уточнюють з міркувань безпеки.",
     "Скільки саме генеруючих потужностей втрачено?"),
    ("Сколько именно мощностей потеряно, в компании не уточняют из соображений безопасности.",
     "Сколько именно мощностей потеряно?"),
    # no data on what a wh-clause asks, or on a thing named (regression: no question)
    ("Официальных данных о том, сколько компаний работает в убыток, пока нет.", "Сколько компаний работает в убыток?"),
    ("Офіційних даних про те, скільки компаній працює у збиток, поки немає.", "Скільки компаній працює у збиток?"),
    ("Офіційних даних поіменного голосування щодо постанови про енергетичну безпеку поки немає.",
     "Чи є офіційні дані поіменного голосування щодо постанови про енергетичну безпеку?"),
    ("Официальных данных поименного голосования по постановлению об энергетической безопасности пока нет.",
     "Есть ли официальные данные поименного голосования по постановлению об энергетической безопасности?"),
])
def test_what_is_withheld_or_has_no_data_is_asked(text: str, question: str) -> None:
    assert [q.text for q in analyze_texts(["Заголовок.\n" + text]).questions] == [question]


@pytest.mark.parametrize("text, caveat, question", [
    # "..., однако официального подтверждения этому нет": "this" is the clause before the conjunction (regression:
    # the caveat quoted itself and the question asked about the sentence before)
    ("Губернатор сообщил о двух раненых. По данным местных пабликов, в районе Грайворона также были слышны взрывы, "
     "однако официального подтверждения этому нет.",
     "Не подтверждено официально: в районе Грайворона также были слышны взрывы.",
     "Подтверждается ли, что в районе Грайворона также были слышны взрывы?"),
    ("Губернатор повідомив про двох поранених. За даними місцевих пабліків, у районі Грайворона також було чути "
     "вибухи, але офіційного підтвердження цьому немає.",
     "Не підтверджено офіційно: у районі Грайворона також було чути вибухи.",
     "Чи підтверджується, що у районі Грайворона також було чути вибухи?"),
])
def test_this_after_a_conjunction_points_at_the_clause_before_it(text: str, caveat: str, question: str) -> None:
    result = analyze_texts([text])
    assert [c.sentence for c in result.caveats if c.kind == "unconfirmed"] == [caveat]
    assert [q.text for q in result.questions] == [question]
    assert [c.text for c in result.caveats if c.kind == "second-hand"] in (
        ["По данным местных пабликов"], ["За даними місцевих пабліків"])


@pytest.mark.parametrize("text", [
    # a stated policy inside a quotation is no silence (regression: asked "Що кажуть у пресслужбі Держмитслужби
    # заявили, що «?")
    "Сам Звягінцев на запит не відповів. У пресслужбі Держмитслужби заявили, що «не коментують чутки».",
    "Сам Звягинцев на запрос не ответил. В пресс-службе ФТС заявили, что «не комментируют слухи».",
])
def test_a_policy_of_not_commenting_in_a_quotation_asks_nothing(text: str) -> None:
    questions = [q.text for q in analyze_texts(["Заголовок.\n" + text]).questions]
    assert len(questions) == 1 and "«" not in questions[0], questions
