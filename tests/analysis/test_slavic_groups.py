"""Unnamed groups as sources in Russian and Ukrainian sources, as the English rules find "experts say".

A Ukrainian or Russian article that rests a claim on experts, residents or officials no one names
gets the same anonymous-source caveat, worded in its own language.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis import analyze_texts

LEAD_RU = "Голосование в порту Северного прошло поздно вечером. "
LEAD_UK = "Голосування в порту Північного відбулося пізно ввечері. "


def _anonymous(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.sentence) for c in analyze_texts([text]).caveats if c.kind == "anonymous-source"]


@pytest.mark.parametrize("text, phrase", [
    # the group is the subject of a verb of saying or of a view
    (LEAD_RU + "Эксперты считают, что порт закроют до весны.", "Эксперты"),
    (LEAD_RU + "Многие депутаты выступают против нового сбора с паромов.", "Многие депутаты"),
    (LEAD_RU + "Местные жители опасаются, что паром отменят.", "Местные жители"),
    (LEAD_UK + "Експерти вважають, що порт закриють до весни.", "Експерти"),
    (LEAD_UK + "Багато депутатів виступають проти нового збору з поромів.", "Багато депутатів"),
    (LEAD_UK + "Посадовці міськради заявили, що порт закриють.", "Посадовці міськради"),
    # the verb before the group
    (LEAD_RU + "Порт закроют до весны, считают аналитики.", "аналитики"),
    (LEAD_UK + "Як зазначають фахівці з портової логістики, черги на причалі зросли вдвічі.",
     "фахівці з портової логістики"),
    # "по словам", "за словами", "на думку" and a group in the genitive
    (LEAD_RU + "По словам жителей прибрежных сёл, паром не ходил неделю.", "жителей прибрежных сёл"),
    (LEAD_UK + "На думку аналітиків, збір з поромів не окупиться.", "аналітиків"),
    # complaints are a view, and workers a group (regression: neither was flagged)
    (LEAD_UK + "Мешканці Коростеня скаржаться, що світла немає по дванадцять годин.", "Мешканці Коростеня"),
    (LEAD_RU + "Портовые рабочие жалуются на переработки.", "Портовые рабочие"),
    (LEAD_UK + "Працівники заводу скаржаться на затримки зарплати.", "Працівники заводу"),
])
def test_an_unnamed_group_is_an_anonymous_source(text: str, phrase: str) -> None:
    assert phrase in [found for found, _ in _anonymous(text)], _anonymous(text)


@pytest.mark.parametrize("text", [
    # named people
    LEAD_RU + "Эксперты Иван Осипов и Анна Лис считают, что порт закроют.",
    LEAD_RU + "Посол Питер Лунд и представители совета призывают отменить сбор.",
    # inside a quotation the speaker is the source
    LEAD_RU + "«Эксперты считают, что порт закроют», — сказал Осипов.",
    # no verb of saying or view: what the group did, not what it said
    LEAD_RU + "Сотрудники порта получили зарплату в пятницу.",
    LEAD_RU + "Артисты выступают на сцене у причала.",
    LEAD_UK + "Мешканці прибережних сіл прийшли на площу.",
    # "рабочие" before a plural noun is an adjective: working groups, jobs
    LEAD_RU + "Рабочие группы министерства требуют отчётов от регионов.",
    # the group's institution named right after it (regression: "аналітиків DiXi Group" was anonymous)
    LEAD_UK + "За оцінками аналітиків DiXi Group, втрати генерації становлять близько 2 ГВт.",
    LEAD_UK + "Аналітики ISW вважають, що наступ триватиме.",
    LEAD_RU + "Эксперты ЦСР считают, что дефицит вырастет.",
])
def test_no_unnamed_group_where_none_speaks(text: str) -> None:
    assert not _anonymous(text), _anonymous(text)


def test_the_caveat_sentence_names_the_claim_in_the_source_language() -> None:
    assert _anonymous(LEAD_RU + "Порт закроют до весны, считают аналитики.") == [
        ("аналитики", "Утверждение «порт закроют до весны» основано на анонимном источнике (аналитики).")]
    assert _anonymous(LEAD_UK + "Експерти вважають, що порт закриють до весни.") == [
        ("Експерти", "Твердження «порт закриють до весни» ґрунтується на анонімному джерелі (експерти).")]
    # the group's own verb is no claim apart from it: the sentence is quoted whole
    assert _anonymous(LEAD_RU + "Многие депутаты выступают против нового сбора с паромов.") == [
        ("Многие депутаты", "Единственный источник — анонимный (многие депутаты): «Многие депутаты выступают против "
                            "нового сбора с паромов».")]


def test_a_group_named_in_the_genitive_is_named_in_the_nominative_in_the_caveat() -> None:
    assert _anonymous(LEAD_RU + "По словам жителей прибрежных сёл, паром не ходил неделю.") == [
        ("жителей прибрежных сёл",
         "Утверждение «паром не ходил неделю» основано на анонимном источнике (жители прибрежных сёл).")]


@pytest.mark.parametrize("text, phrase", [
    # carriers and a dispute of the figures
    (LEAD_RU + "Многие местные перевозчики опасаются, что сбор сделает рейсы убыточными.",
     "Многие местные перевозчики"),
    (LEAD_RU + "Представители мэрии эти расчёты оспаривают.", "Представители мэрии"),
    (LEAD_UK + "Перевізники вважають, що умови тендера писали під одну компанію.", "Перевізники"),
    # a genitive the dictionary reads first as another form: "ради" is also the plural of "рад"
    (LEAD_UK + "Активісти громадської ради закликають оприлюднити всі пропозиції.", "Активісти громадської ради"),
])
def test_more_groups_and_views(text: str, phrase: str) -> None:
    assert phrase in [found for found, _ in _anonymous(text)], _anonymous(text)


_PIECES = st.sampled_from(["Эксперты считают, что порт закроют. ", "За словами мешканців, пором не ходив. ",
                           "Эксперты ", "считают", ", что ", "по словам ", "жителей ", "местные ", "Багато ",
                           "депутатів ", "виступають ", "проти ", "Как заявили ", "наблюдатели ", "от ОБСЕ",
                           "«", "»", "Иван Осипов", " и ", ". ", "\n\n", "За словами ", "мешканців ", "сёл",
                           "ради", "5", "-", " "])


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_mix_of_group_words_gives_exact_evidence(text: str) -> None:
    """Whatever order the words come in, a caveat's evidence is the exact span of the source, and the same
    text gives the same result."""
    result = analyze_texts([text])
    for caveat in result.caveats:
        for evidence in caveat.evidence:
            assert text[evidence.start:evidence.end] == evidence.text
    assert result == analyze_texts([text])


@pytest.mark.parametrize("text, phrase", [
    # doctors, ecologists and pensioners speak as groups do
    (LEAD_RU + "Врачи поликлиники считают, что очереди вырастут.", "Врачи поликлиники"),
    (LEAD_RU + "Пенсионеры опасаются, что автобус отменят.", "Пенсионеры"),
    (LEAD_UK + "Екологи вважають, що річка обміліє до осені.", "Екологи"),
    (LEAD_UK + "Лікарі лікарні вважають, що ліжок не вистачить.", "Лікарі лікарні"),
    # a group with a preposition after it: whose deputies they are
    (LEAD_RU + "Депутаты от фракции «Зелёный берег» выступают против нового сбора.",
     "Депутаты от фракции «Зелёный берег»"),
    (LEAD_UK + "Депутати від опозиції виступають проти нового збору.", "Депутати від опозиції"),
])
def test_groups_found_on_the_blind_texts_r06_and_u06(text: str, phrase: str) -> None:
    assert phrase in [found for found, _ in _anonymous(text)], _anonymous(text)


def test_a_group_with_a_preposition_is_quoted_with_its_own_verb() -> None:
    """Regression: "Депутати" alone, and the claim «від опозиції виступають проти нового збору»."""
    assert _anonymous(LEAD_UK + "Депутати від опозиції виступають проти нового збору.") == [
        ("Депутати від опозиції", "Єдине джерело — анонімне (депутати від опозиції): «Депутати від опозиції "
                                  "виступають проти нового збору»."),
    ]


def test_a_counted_group_keeps_its_genitive_in_the_caveat() -> None:
    """Regression: "Багато мешканців сусідніх сіл" was named "багато мешканці сусідніх сіл"."""
    [(_, sentence)] = _anonymous(LEAD_UK + "Багато мешканців сусідніх сіл побоюються, що звалище розростеться.")
    assert "(багато мешканців сусідніх сіл)" in sentence


@pytest.mark.parametrize("text, phrase", [
    (LEAD_RU + "Некоторые чиновники мэрии, по данным газеты, сами сомневаются в расчётах.",
     ("Некоторые чиновники мэрии", "Единственный источник — анонимный (некоторые чиновники мэрии): «Некоторые "
                                   "чиновники мэрии, по данным газеты, сами сомневаются в расчётах».")),
    (LEAD_UK + "Частина експертів, за словами видання, сумнівається в розрахунках.",
     ("Частина експертів", "Єдине джерело — анонімне (частина експертів): «Частина експертів, за словами видання, "
                           "сумнівається в розрахунках».")),
])
def test_a_source_set_off_by_commas_between_the_group_and_its_verb(text: str, phrase: tuple[str, str]) -> None:
    """Regression (r06): the comma before "по данным газеты" ended the search for the group's verb; the group's
    own verb is no claim apart from it ("по данным газеты, сами сомневаются" is none)."""
    assert phrase in _anonymous(text), _anonymous(text)


@pytest.mark.parametrize("text, group", [
    ("Як повідомляють місцеві мешканці, обстріли Херсона посилилися.", "місцеві мешканці"),
    ("Как сообщают местные жители, обстрелы города усилились.", "местные жители"),
])
def test_people_right_after_a_verb_of_reporting_are_the_source_not_a_relay(text: str, group: str) -> None:
    caveats = analyze_texts([text]).caveats
    assert [c.kind for c in caveats] == ["anonymous-source"], caveats
    assert caveats[0].evidence[0].text == group


@pytest.mark.parametrize("text, phrase", [
    # "два дипломата": a group noun in the genitive singular after two, three, four (regression: missed)
    ("Переговоры о зерновом коридоре зашли в тупик, сообщили два дипломата, знакомые с ходом консультаций.",
     "два дипломата, знакомые с ходом консультаций"),
    ("Переговори про зерновий коридор зайшли в глухий кут, повідомили два дипломати, обізнані з ходом консультацій.",
     "два дипломати, обізнані з ходом консультацій"),
])
def test_a_counted_group_familiar_with_the_talks_is_one_source(text: str, phrase: str) -> None:
    assert [found for found, _ in _anonymous(text)] == [phrase], _anonymous(text)


def test_a_singular_group_noun_without_a_number_is_no_group() -> None:
    assert not _anonymous(LEAD_RU + "Визит дипломата в порт прошёл спокойно, сообщили в мэрии.")


@pytest.mark.parametrize("dateline", ["Стамбул, 4 декабря — ", "Ростов-на-Дону, 4 декабря 2026 — "])
def test_a_dateline_is_no_part_of_the_claim(dateline: str) -> None:
    [(_, sentence)] = _anonymous(dateline + "Переговоры о зерновом коридоре зашли в тупик, сообщили два "
                                 "дипломата, знакомые с ходом консультаций.")
    assert sentence.startswith("Утверждение «переговоры о зерновом коридоре зашли в тупик»"), sentence


@pytest.mark.parametrize("text, phrase, claim", [
    # a participle phrase set off by commas between the group and its verb says who the group is
    (LEAD_RU + "Эксперты, опрошенные агентством, полагают, что атаки на нефтебазы продолжатся до весны.",
     "Эксперты", "атаки на нефтебазы продолжатся до весны"),
    (LEAD_UK + "Експерти, опитані агентством, вважають, що атаки на нафтобази триватимуть до весни.",
     "Експерти", "атаки на нафтобази триватимуть до весни"),
    # so does a relative clause in which the group is the object ("с которыми поговорило издание «…»")
    (LEAD_UK + "Експерти, з якими поспілкувалося видання «Збруч», вважають, що підвищення тарифів лише відклали.",
     "Експерти", "підвищення тарифів лише відклали"),
    (LEAD_RU + "Эксперты, которых опросило агентство, полагают, что атаки на нефтебазы продолжатся до весны.",
     "Эксперты", "атаки на нефтебазы продолжатся до весны"),
])
def test_a_participle_aside_between_the_group_and_its_verb(text: str, phrase: str, claim: str) -> None:
    found = _anonymous(text)
    assert [found_phrase for found_phrase, _ in found] == [phrase], found
    assert f"«{claim}»" in found[0][1], found


def test_an_aside_of_nouns_is_a_list() -> None:
    """An aside of nouns ("Эксперты, агентство и мэрия, ...") is a list, not who the group is."""
    assert _anonymous(LEAD_RU + "Эксперты, агентство и мэрия, полагают, что мост закроют.") == []


def test_a_group_of_a_body_named_in_four_genitive_words() -> None:
    """Regression: "війни", which the dictionary reads first as a verb, ended the phrase and hid the group's verb."""
    found = _anonymous(LEAD_UK + "Аналітики американського Інституту вивчення війни вважають, що штурм міста "
                                 "триватиме до кінця року.")
    assert [phrase for phrase, _ in found] == ["Аналітики американського Інституту вивчення війни"], found


def test_where_a_group_spoke_is_no_part_of_its_name() -> None:
    """Regression: "в" reads as a noun in the genitive too, so the group ran on to «Местные жители в социальных»
    and the claim started «сетях сообщают …»."""
    [(phrase, sentence)] = _anonymous(LEAD_RU + "Местные жители в социальных сетях сообщают о нескольких взрывах в "
                                                "районе промзоны.")
    assert phrase == "Местные жители" and sentence == (
        "Единственный источник — анонимный (местные жители): «Местные жители в социальных сетях сообщают о "
        "нескольких взрывах в районе промзоны»."), sentence


def test_a_group_of_a_named_body_keeps_the_whole_name() -> None:
    """Regression: «військові аналітики з американського Інституту вивчення» lost its last word."""
    found = [phrase for phrase, _ in _anonymous(LEAD_UK + "Військові аналітики з американського Інституту вивчення "
                                                          "війни вважають, що темпи наступу сповільнилися.")]
    assert found == ["Військові аналітики з американського Інституту вивчення війни"], found


@pytest.mark.parametrize("text, phrase", [
    # an anonymity cue right after a counted group is that group's (was "(на умовах анонімності)" alone)
    (LEAD_UK + "Водночас кілька командирів підрозділів на умовах анонімності розповіли, що ситуація залишається "
               "складною.", "кілька командирів підрозділів"),
    (LEAD_RU + "Несколько командиров подразделений на условиях анонимности рассказали, что ситуация остается "
               "сложной.", "Несколько командиров подразделений"),
])
def test_an_anonymity_cue_after_a_group_names_the_group(text: str, phrase: str) -> None:
    found = _anonymous(text)
    assert len(found) == 1 and phrase in found[0][0] and phrase.lower() in found[0][1].lower(), found


@pytest.mark.parametrize("text, phrase", [
    (LEAD_RU + "Эксперты связывают аресты с отставкой министра.", "Эксперты"),
    (LEAD_UK + "Експерти пов'язують арешти з відставкою міністра.", "Експерти"),
])
def test_experts_who_link_one_thing_to_another_hold_a_view(text: str, phrase: str) -> None:
    """Regression (a trial article on a Moscow court case): "Эксперты связывают аресты с отставкой ..." was no
    anonymous source."""
    assert phrase in [found for found, _ in _anonymous(text)], _anonymous(text)


@pytest.mark.parametrize("text, phrase", [
    (LEAD_UK + "Як повідомляє Reuters з посиланням на двох польських урядовців, Варшава розглядає новий пакет.",
     "двох польських урядовців"),
    (LEAD_RU + "Как сообщает Reuters со ссылкой на двух польских чиновников, Варшава рассматривает новый пакет.",
     "двух польских чиновников"),
])
def test_unnamed_officials_an_outlet_cites_are_an_anonymous_source(text: str, phrase: str) -> None:
    """Regression (a trial article on Zelensky's call with Tusk): "з посиланням на двох польських урядовців" was the
    second-hand caveat only."""
    assert phrase in [found for found, _ in _anonymous(text)], _anonymous(text)


@pytest.mark.parametrize("text", [
    LEAD_UK + "Місцеві ЗМІ з посиланням на працівників БТІ називали власника фірми кумом сина Собчука.",
    LEAD_RU + "Местные СМИ со ссылкой на сотрудников БТИ называли владельца фирмы кумом сына Собчука.",
])
def test_a_group_an_outlet_cites_inside_its_own_clause_stays_with_the_relay(text: str) -> None:
    """Guard (ner-uk): where the outlet relays inside its own clause, the group is no separate source; the caveats
    were one on "сотрудников" with the claim "БТИ называли ..." and one on "СМИ"."""
    assert not _anonymous(text), _anonymous(text)


@pytest.mark.parametrize("text, phrase, claim", [
    # adjectives between the number and the noun (regression: "два федеральных чиновника" was missed)
    ("Минфин подготовил поправки в Налоговый кодекс. Об этом сообщили «Ведомостям» два федеральных чиновника.",
     "два федеральных чиновника", "Минфин подготовил поправки в Налоговый кодекс"),
    # "Об этом": what the sentence before says, not the words after the group
    ("Минфин подготовил поправки в Налоговый кодекс. Об этом сообщили «Ведомостям» два федеральных чиновника и "
     "представитель одной из угольных компаний.",
     "два федеральных чиновника", "Минфин подготовил поправки в Налоговый кодекс"),
    ("Мінфін підготував зміни до Податкового кодексу. Про це повідомили двоє урядовців і представник однієї з "
     "вугільних компаній.", "двоє урядовців", "Мінфін підготував зміни до Податкового кодексу"),
    (LEAD_RU + "Два федеральных чиновника сообщили, что Минфин подготовил поправки.",
     "Два федеральных чиновника", "Минфин подготовил поправки"),
    (LEAD_UK + "Два високопоставлені дипломати повідомили, що переговори відклали до весни.",
     "Два високопоставлені дипломати", "переговори відклали до весни"),
])
def test_a_counted_group_with_adjectives_is_one_source(text: str, phrase: str, claim: str) -> None:
    found = _anonymous(text)
    assert [found_phrase for found_phrase, _ in found] == [phrase], found
    assert f"«{claim}»" in found[0][1], found


@pytest.mark.parametrize("text, claim", [
    # a period inside the sentence before a lower-case word ends an abbreviation, not the claim (regression: the
    # claim stopped at "руб.")
    (LEAD_RU + "Эксперты считают, что поступления могут составить до 60 млрд руб. в год.",
     "поступления могут составить до 60 млрд руб. в год"),
    (LEAD_UK + "Експерти вважають, що збитки сягнуть 3 млрд грн. до кінця року.",
     "збитки сягнуть 3 млрд грн. до кінця року"),
])
def test_an_abbreviation_does_not_end_the_claim(text: str, claim: str) -> None:
    [(_, sentence)] = _anonymous(text)
    assert f"«{claim}»" in sentence, sentence


@pytest.mark.parametrize("text, phrase, claim, named", [
    # one unnamed representative of a named body is an unnamed source, as "a ministry spokesman said" is in English
    (LEAD_RU + "По словам представителя Минэнерго, ведомство пока не получило документ на согласование.",
     "представителя Минэнерго", "ведомство пока не получило документ на согласование", "представитель Минэнерго"),
    (LEAD_UK + "За словами представника Міненерго, відомство ще не отримало документ на погодження.",
     "представника Міненерго", "відомство ще не отримало документ на погодження", "представник Міненерго"),
    (LEAD_RU + "Представитель Минэнерго сообщил, что ведомство не получило документ на согласование.",
     "Представитель Минэнерго", "ведомство не получило документ на согласование", "представитель Минэнерго"),
    # a body named in Latin letters or in «…» is part of the phrase (regression: "представитель" alone)
    (LEAD_RU + "Компания не получила документ на согласование, сообщил представитель Microsoft.",
     "представитель Microsoft", "компания не получила документ на согласование", "представитель Microsoft"),
    (LEAD_UK + "Представник ВАТ «Оборонбуд» заявив, що дах обвалився через зливові дощі.",
     "Представник ВАТ «Оборонбуд»", "дах обвалився через зливові дощі", "представник ВАТ «Оборонбуд»"),
])
def test_one_unnamed_representative_is_an_anonymous_source(text: str, phrase: str, claim: str, named: str) -> None:
    found = _anonymous(text)
    assert [found_phrase for found_phrase, _ in found] == [phrase], found
    assert f"«{claim}»" in found[0][1] and f"({named})" in found[0][1], found


@pytest.mark.parametrize("text", [
    LEAD_RU + "Официальный представитель МИД Мария Захарова заявила, что визит отложен до весны.",
    LEAD_RU + "По словам представителя Минэнерго Ивана Петрова, ведомство не получило документ.",
    LEAD_RU + "Василий Небензя, постоянный представитель России при ООН, заявил, что визит отложен до весны.",
    LEAD_UK + "Речник МЗС Георгій Тихий заявив, що візит відклали до весни.",
    LEAD_RU + "Представитель Минэнерго отказался от комментариев.",
    LEAD_RU + "Об этом сообщил официальный представитель Следственного комитета при прокуратуре Владимир Маркин.",
])
def test_a_named_representative_is_no_anonymous_source(text: str) -> None:
    assert _anonymous(text) == []
