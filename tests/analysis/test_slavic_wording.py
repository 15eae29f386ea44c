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
    ("Чиновник министерства, не уполномоченный комментировать переговоры, сказал, что сделку с инвестором отложат.",
     ["Утверждение «сделку с инвестором отложат» основано на анонимном источнике (чиновник министерства, "
      "не уполномоченный комментировать переговоры)."]),
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
])
def test_this_information_is_what_the_sentence_before_reported(text: str, unconfirmed: str, question: str) -> None:
    """Regression (r06, u06): "Не подтверждено независимо: Эту информацию не удалось независимо подтвердить." and
    the same words as the question, neither of which a brief can carry without the sentence before."""
    result = analyze_texts([text])
    assert [c.sentence for c in result.caveats if c.kind == "unconfirmed"] == [unconfirmed]
    assert question in [q.text for q in result.questions]


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
