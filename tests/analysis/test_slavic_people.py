"""Russian and Ukrainian people: where a run of capitalised words splits into names, which
capitalised words next to a name are no person at all, and how a name is shown.

All texts here are written for the tests: fictional events and invented people.
"""

from __future__ import annotations

import pytest

from briefing.analysis import analyze_texts


def _people(text: str) -> set[str]:
    return {a.name for a in analyze_texts([text]).actors if a.type == "person"}


@pytest.mark.parametrize(("text", "expected"), [
    # the institution's name in the genitive, then the person in the nominative
    ("Вчера президент Горной Республики Аркадий Петрович Волынцев подписал указ.", {"Аркадий Волынцев"}),
    ("Учора голова Державної служби Олег Миронович Данилюк підписав наказ.", {"Олег Данилюк"}),
])
def test_a_genitive_name_of_an_institution_does_not_join_the_person_after_it(text: str, expected: set[str]) -> None:
    """Regression: "Республики Аркадий Петрович" was one name, and the surname after it a second person."""
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Эксперты обсуждают наследие главаря Аль-Каиды Мусы бин Салима.", {"Муса бин Салим"}),
    ("Эксперт Аль-Джазиры Халид бин Салим выступил в Каире.", {"Халид бин Салим"}),
])
def test_an_organisation_with_an_arabic_article_is_not_part_of_a_name(text: str, expected: set[str]) -> None:
    """Regression: "Аль-Каиды" was read as the surname of the man named after it ("Муса Аль-Каиды")."""
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the adjective reading is not the dictionary's likeliest one (a surname Громадська exists)
    ("Звернення підготувала секретар Громадської ради при райдержадміністрації.", set()),
    ("Лист підписав голова Української спілки пасічників Тарас Щербанюк.", {"Тарас Щербанюк"}),
    # an adjective in front of an abbreviation names a body: "Житомирського ОТВ АМКУ", "Підгірської ОТГ"
    ("Протокол склав заступник голови Житомирського ОТВ АМКУ.", set()),
    ("Про це заявив голова Підгірської ОТГ, а депутати промовчали.", set()),
    # an adjective that agrees with the capitalised noun after it starts a state's or a body's name
    ("Посол Новой Зеландии вручил верительные грамоты.", set()),
    ("Слово взял президент Российской Федерации.", set()),
    # a surname of the same shape that describes no noun stays a person
    ("Вчора депутат Петрицька сказала журналістам про перевірку.", {"Петрицька"}),
])
def test_an_adjective_of_an_institutions_name_is_no_person(text: str, expected: set[str]) -> None:
    """Regression: "голова Української спілки", "секретар Громадської ради" gave people."""
    assert _people(text) == expected


def test_an_unknown_word_guessed_to_be_a_place_can_start_a_name() -> None:
    """Regression: a full name whose given name the dictionary does not know was dropped. (The name
    shown is the surname: a word the dictionary does not know may be in any case.)"""
    assert _people("Засновником фонду став Тігран Бзікуа.") == {"Бзікуа"}


def test_an_abbreviation_joined_to_a_word_is_no_name() -> None:
    assert _people("Він працював заступником голови НБУ-керівником департаменту.") == set()


@pytest.mark.parametrize(("text", "expected"), [
    # an adjective ("озерний") and a verb's form ("топчи") are surnames after initials
    ("Звіт підготували О. М. Гнатюк, В. І. Озерної та Т. К. Ярмолюк.",
     {"О. М. Гнатюк", "В. І. Озерна", "Т. К. Ярмолюк"}),
    ("Це довів ще К. Топчи у своїй праці.", {"К. Топчи"}),
    # initials after a surname close that name; the next sentence's first word is no surname
    ("Протокол склав інспектор Гончаренко А. Є. Зокрема, він зазначив порушення.", {"А. Є. Гончаренко"}),
    ("Делегація прибула в Москву. В. Москві її чекали.", set()),
])
def test_an_ordinary_word_after_initials_is_a_surname(text: str, expected: set[str]) -> None:
    """Regression: "В. І. Озерної" and "К. Топчи" were no people."""
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Груз доставят в китайский город Баоцин.", set()),
    ("Об этом сообщил агентству Блумберг источник в банке.", set()),
    # the town after a role is the role's complement: the name after it is the holder
    ("Контракт подписал мэр города Звягинцев.", {"Звягинцев"}),
    ("Глава села Иван Петров заявил о ремонте.", {"Иван Петров"}),
])
def test_a_name_after_a_noun_for_a_place_or_an_agency_is_its_name(text: str, expected: set[str]) -> None:
    """Regression: a town and a news agency named after such a noun were proposed as people."""
    assert _people(text) == expected


def test_a_listed_foreign_given_name_the_dictionary_only_guesses_stays_as_written() -> None:
    """Regression: "Эссам" (a listed given name) was shown as "Эсс", the dictionary's guess at a plural."""
    assert _people("Матч судил Эссам Хорани.") == {"Эссам Хорани"}


@pytest.mark.parametrize(("text", "expected"), [
    # a man's surname that is a feminine noun, in his case
    ("Першим виступив фермер Петро Булава.", {"Петро Булава"}),
    ("Список очолили Андрій Шабля та Олег Гречка.", {"Андрій Шабля", "Олег Гречка"}),
    # a woman's surname in a consonant, whose dictionary reading is a masculine noun
    ("Про це йдеться в репортажі Ірини Обрій на телеканалі.", {"Ірина Обрій"}),
    # in the accusative, which a man's given name shares with the genitive (was "Андрей" alone, or "Коробок")
    ("Суд арестовал бывшего вице-губернатора Кубани Андрея Коробку на два месяца.", {"Андрей Коробка"}),
    ("Суд арестовал Петра Булаву на два месяца.", {"Петр Булава"}),
])
def test_an_ordinary_noun_of_the_other_gender_can_be_the_surname(text: str, expected: set[str]) -> None:
    """Regression: the surname was dropped when its dictionary gender differed from the given name's."""
    assert _people(text) == expected


def test_two_full_names_in_a_row_in_different_cases_are_two_people() -> None:
    """Regression: "Степана Гайового Михайлина Ярошенко" was one man ("Михайлина" reads best as a genitive)."""
    text = "Після промови Степана Гайового Михайлина Ярошенко залишила зал."
    assert _people(text) == {"Степан Гайовий", "Михайлина Ярошенко"}


def test_an_unknown_given_name_the_dictionary_guesses_to_be_a_verb_opens_the_name() -> None:
    """Regression: "Линдси" (guessed a verb form) was dropped, and "Мартин" shown alone; the name keeps
    the order of the text."""
    assert _people("Сенатор Линдси Мартин выступил против законопроекта.") == {"Линдси Мартин"}


@pytest.mark.parametrize(("text", "expected"), [
    # a woman's surname in a consonant does not decline, and no "ё" the writer did not write
    ("Министр встретился с Корнелией Вальдбок в Берлине.", {"Корнелия Вальдбок"}),
    ("Министр встретился с Анной Ровенок в Киеве.", {"Анна Ровенок"}),
    ("Министр встретился с Анналеной Хольцман в Берлине.", {"Анналена Хольцман"}),
    ("Вчера Петр Соловьев выступил в Думе.", {"Петр Соловьев"}),
    # a surname the dictionary only guesses as a plural's genitive stays as written
    ("Вчера в Думе выступил депутат Шмерлаф.", {"Шмерлаф"}),
])
def test_names_are_shown_as_the_text_would_write_them_in_the_nominative(text: str, expected: set[str]) -> None:
    """Regression: "Корнелия Вальдбка", "Анналёна Хольцман", "Пётр Соловьёв"."""
    assert _people(text) == expected


@pytest.mark.parametrize("text", [
    "Літургію відслужив архієпископ Житомирський.",
    "Колишній мер Тростянецька дав свідчення.",
])
def test_a_lone_adjective_the_dictionary_never_reads_as_a_name_is_no_person(text: str) -> None:
    """Regression: a bishop's see and a town's genitive after a role were proposed as people."""
    assert _people(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Відповідь журналістам надав речник Міндоходів.", set()),
    ("Лист підписав керівник Держреєстрслужби.", set()),
    ("Об этом заявил представитель Минцифры.", set()),
    # surnames and given names that begin like a state prefix stay people
    ("Заявление сделал Ростислав Гостюхин.", {"Ростислав Гостюхин"}),
    ("Заявление журналистам сделал депутат Минаков.", {"Минаков"}),
])
def test_a_ministry_or_agency_compound_is_no_person(text: str, expected: set[str]) -> None:
    """Regression: ministries and agencies written as one word were proposed as people after a role."""
    assert _people(text) == expected


def test_a_word_read_only_as_a_plural_after_a_given_name_is_the_surname() -> None:
    """Regression: "Сливок" (only "сливки" in the genitive to the dictionary) was cut off the name, which
    left "Андрей" alone; as a surname it is shown as written, not as "Сливки"."""
    assert _people("Вчера министр транспорта Андрей Сливок выступил перед депутатами.") == {"Андрей Сливок"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Заявление сделал Роман Петряев.", {"Роман Петряев"}),
    ("Заявление сделала Любовь Соколова.", {"Любовь Соколова"}),
])
def test_a_given_name_that_is_also_a_common_noun_is_the_given_name_before_a_surname(
        text: str, expected: set[str]) -> None:
    """Regression: "Роман" (a novel) and "Любовь" (love) were dropped from the name shown."""
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an abbreviation after a full name does not make its surname an adjective
    ("Статут погодили засновники разом з Тарасом Дячуком та Богданом Петровим ТОВ «Агросвіт».",
     {"Тарас Дячук", "Богдан Петров"}),
    # a man's adjective-shaped surname the dictionary reads as a neuter noun
    ("Договір уклали з фірмою Степана Балясного з Вінниці.", {"Степан Балясний"}),
    # surname before the given name, as in lists and documents
    ("Наказ підписав Загорянський Сергій.", {"Сергій Загорянський"}),
])
def test_full_names_keep_their_surname_in_the_nominative(text: str, expected: set[str]) -> None:
    """Regression: "Богдан" without his surname, "Степан Балясне"; the given name is shown first."""
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # given names whose common homonyms weigh as much as the name in the Ukrainian dictionary
    ("Увечері до хати зайшов Панас і сів біля вікна.", {"Панас"}),
    ("З лісу першим повернувся Доброслав, а за ним решта.", {"Доброслав"}),
    # at a sentence's start the capital says nothing: the pronoun stays no one
    ("Тобі тут не сподобається.", set()),
])
def test_a_ukrainian_given_name_with_a_common_homonym_is_a_person_inside_a_sentence(
        text: str, expected: set[str]) -> None:
    """Regression: a lone Ukrainian given name was a person only when the dictionary read it as a name
    alone, which its equal weights never do for a name that is also an ordinary word."""
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a relative or a title of address before a lone name the dictionary cannot place
    ("Пісню заспівав дід Бамбар біля багаття.", {"Бамбар"}),
    ("Після війни брати Бамбар і Тарвіл повернулися додому.", {"Бамбар", "Тарвіл"}),
    ("Письмо передали вдове Громовой в тот же день.", {"Громова"}),
    # or a word for an occupation that is no office
    ("Згодом до громади звернувся священик Рудак і закликав усіх допомогти.", {"Рудак"}),
    ("Письмо от фермера Дубца пришло утром.", {"Дубец"}),
    ("Свідчення дала мешканка Берест із сусіднього будинку.", {"Берест"}),
    # a nickname, and a dash between the word and the name
    ("Там служив боєць на прізвисько Бамбар, колишній шахтар.", {"Бамбар"}),
    ("Першим прийшов наш сусід – Бамбар із Черкас.", {"Бамбар"}),
])
def test_a_name_after_a_word_for_a_relative_or_a_title_is_a_person(text: str, expected: set[str]) -> None:
    """Regression: only a role ("міністр", "депутат") in front made a lone word a person; a relative
    ("дід", "брати", "вдова") left it a mere candidate, dropped."""
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("До складу журі увійшли Олена Савчук, Тарвіл і Бамбар.", {"Олена Савчук", "Тарвіл", "Бамбар"}),
    ("В экспедицию отправились Иван Петров, Бридли и Шмерлаф.", {"Иван Петров", "Бридли", "Шмерлаф"}),
])
def test_a_word_the_dictionary_cannot_place_listed_with_a_person_is_a_person(text: str, expected: set[str]) -> None:
    """Regression: a surname carried the cue of a person listed next to it, but a word of unknown kind
    (neither a name nor a surname to the dictionary: "Тарвіл", "Шмерлаф") did not."""
    assert _people(text) == expected


@pytest.mark.parametrize("text", [
    "Лекцію прочитали для студентів ПолДУ.",
    "Кредит оформили в ПриватБанку минулого тижня.",
])
def test_a_word_with_a_capital_inside_is_no_name(text: str) -> None:
    """Regression: "ПолДУ" (a university's abbreviation in mixed case) was read as a surname."""
    assert _people(text) == set()


def test_a_name_after_the_abbreviation_of_an_avenue_is_a_street() -> None:
    """Regression: "пр." (проспект) was not among the street abbreviations: "пр. Стуса" gave a person."""
    assert _people("Новий магазин відкрили на пр. Стуса, 14 у Тернополі.") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Договір підписало Польсько- Українське товариство «Міст» у Львові.", set()),
    ("Письмо направило Российско- Американское общество в Москве.", set()),
    # words in -о that are no adjective stay names, as before (here two surnames)
    ("Угоду підписали Петренко- Сидоренко та інші.", {"Петренко", "Сидоренко"}),
])
def test_the_first_half_of_a_compound_adjective_split_by_a_space_is_no_name(text: str, expected: set[str]) -> None:
    """Regression: "Польсько-" before a space was read as a surname ending in -ко."""
    assert _people(text) == expected


@pytest.mark.parametrize("text", [
    # a conjunction and a verb's form that the Ukrainian dictionary also lists as surnames
    "Позаяк дощ не вщухав, похід відклали до весни.",
    "Бажаю вам гарного відпочинку в горах.",
    # a pronoun written with a capital out of reverence, which the dictionary also reads as a name
    "Ми відчиняємо серця Тобі, і світло входить у дім.",
])
def test_a_capitalised_pronoun_conjunction_or_verb_is_no_person(text: str) -> None:
    """Regression: "Позаяк", "Бажаю" opening a sentence and "Тобі" inside one were proposed as people."""
    assert _people(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("«Тарас! Ти повернувся…» — шепотіла вона, не вірячи очам.", {"Тарас"}),
    ("«Де ж ти, Маріанна?» — гукала сусідка з городу.", {"Маріанна"}),
    ("«Иван Петрович, откройте дверь!» — кричали со двора.", {"Иван Петрович"}),
    # a short title in quotes still names no one
    ("Колектив «Вперед, Полісся!» виступив у Рівному.", set()),
])
def test_a_short_exclamation_or_question_in_quotes_is_speech_that_can_name_people(
        text: str, expected: set[str]) -> None:
    """Regression: every quote of up to five words was taken for the name of a paper, a party or a firm,
    so the people a short cry or question addressed were never read."""
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the typographic apostrophe (’, ʼ), which the Ukrainian dictionary spells "'"
    ("Делегація поїхала до Слов’янська, а потім до Прип’яті.", set()),
    ("На зустрічі виступили Дар’я Лисенко і Мар’ян Бойчук.", {"Дар’я Лисенко", "Мар’ян Бойчук"}),
    ("Згодом у залі зʼявився Лукʼян Бойчук.", {"Лукʼян Бойчук"}),
])
def test_words_with_a_typographic_apostrophe_are_looked_up_in_the_dictionary(text: str, expected: set[str]) -> None:
    """Regression: with "’" the dictionary knew neither the towns (read as surnames) nor the given names
    (so only the surnames were shown); names keep the apostrophe the text uses."""
    assert _people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a word the dictionary reads mostly as a surname, but also as a given name, before a surname in -енко:
    # the given name ("Герман" is a surname three times in four in the Ukrainian dictionary)
    ("Міністр енергетики Герман Галущенко сказав, що ремонт триватиме тиждень.", {"Герман Галущенко"}),
    ("Министр энергетики Герман Галущенко сказал, что ремонт продлится неделю.", {"Герман Галущенко"}),
])
def test_a_given_name_the_dictionary_reads_as_a_surname_before_a_surname(text: str, expected: set[str]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize("text", [
    "Сили оборони відбили штурм поблизу Покровська, заявили в Генштабі.",
    "Войска отбили штурм под Покровском, заявили в Генштабе.",
    # nor does a singular one, whose speaker follows it (regression, a trial article: "Куп'янська" was a person)
    "Сили оборони відбили штурм поблизу Куп'янська, повідомив речник угруповання.",
    "Войска отбили штурм под Купянском, сообщил представитель группировки.",
])
def test_a_plural_verb_of_saying_after_a_comma_makes_no_speaker_of_the_word_before(text: str) -> None:
    """Regression: "Покровська, заявили в Генштабі" gave a person "Покровська" (a town's name that reads as a
    surname), as if "Покровська" had said something; the plural verb is the General Staff's."""
    assert _people(text) == set()


@pytest.mark.parametrize("text", [
    # a body after a plural role or group noun is their genitive, not a person (was a person with role "аналитики")
    "Аналитики Райффайзенбанка полагают, что снижение продолжится.",
    "Представители Гринписа заявили о протесте.",
])
def test_a_word_after_a_plural_noun_is_no_lone_person(text: str) -> None:
    assert _people(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("МИД России вызвал посла Финляндии Антти Хелянтеря.", {"Антти Хелянтеря"}),
    ("Командующий силами обороны Эстонии Микко Пярн заявил о готовности.", {"Микко Пярн"}),
])
def test_finnish_given_names_open_a_name(text: str, expected: set[str]) -> None:
    """Seen on a trial article: "посла Финляндии Антти Хелянтеря" gave the person "Хелянтеря" alone."""
    assert _people(text) == expected


def test_initials_of_a_kind_before_a_quoted_name_are_not_the_employer() -> None:
    """Regression (a trial story on a fuel export ban): "Аналитик ФГ «Финам» Сергей Кауфман" worked for "ФГ"."""
    from briefing.analysis import analyze_texts

    [person] = [a for a in analyze_texts(["Аналитик ФГ «Финам» Сергей Кауфман считает, что цены продолжат "
                                          "расти."]).actors if a.type == "person"]
    assert person.affiliation == "Финам", person


@pytest.mark.parametrize("text", ["Политолог Аббас Галлямов считает, что смена губернатора связана с ситуацией.",
                                  "Політолог Аббас Галлямов вважає, що зміна губернатора пов'язана з ситуацією."])
def test_a_listed_foreign_given_name_opens_the_name(text: str) -> None:
    """Regression (a trial story in the manner of Meduza): "Политолог Аббас Галлямов" was "Галлямов" with the role
    "политолог Аббас" and the affiliation "Аббас"."""
    from briefing.analysis import analyze_texts

    [person] = [a for a in analyze_texts([text]).actors if a.type == "person"]
    assert (person.name, person.affiliation) == ("Аббас Галлямов", None), person


@pytest.mark.parametrize("text, affiliation", [
    ("Начальник Одеської ОВА Олег Кіпер повідомив, що пошкоджено об'єкти інфраструктури.", "Одеська ОВА"),
    ("Голова Верховної Ради Руслан Стефанчук заявив, що засідання відбудеться.", "Верховна Рада"),
])
def test_an_affiliation_of_an_adjective_and_a_name_is_in_the_nominative(text: str, affiliation: str) -> None:
    """Regression (a trial Telegram post on Odesa): "начальник Одеської ОВА" worked for "Одеської ОВА"."""
    from briefing.analysis import analyze_texts

    [person] = [a for a in analyze_texts([text]).actors if a.type == "person"]
    assert person.affiliation == affiliation, person


def test_a_role_that_names_the_body_wins_over_one_that_points() -> None:
    """Regression (an English and a Ukrainian story on the same offer): Andriy Yermak had the role "head of his
    office" from the English source, and the affiliation of the Ukrainian one."""
    from briefing.analysis import analyze_texts

    texts = ["Ukrainian President Volodymyr Zelenskiy made the offer on Monday. Andriy Yermak, the head of his office, "
             "said talks had been held in Geneva. Yermak added that more talks were due.",
             "За словами керівника Офісу президента Андрія Єрмака, переговори відбулися в Женеві."]
    [person] = [a for a in analyze_texts(texts).actors if a.name == "Andriy Yermak"]
    assert (person.role, person.affiliation) == ("керівник Офісу президента", "Офіс президента"), person


@pytest.mark.parametrize("text, role, affiliation", [
    ("По оценке аналитика Kpler Сергея Иванова, контракт может частично компенсировать потерю рынка.",
     "аналитик Kpler", "Kpler"),
    ("По словам аналитика компании «Финам» Сергея Иванова, контракт выгоден.", "аналитик компании «Финам»", "Финам"),
])
def test_a_role_in_the_genitive_that_is_also_another_noun_is_the_role(text: str, role: str, affiliation: str) -> None:
    """Regression (a trial story in the manner of Kommersant): "аналитика" is also "analytics", the dictionary's
    first reading, so "По оценке аналитика Kpler Сергея Иванова" gave him no role."""
    from briefing.analysis import analyze_texts

    [person] = [a for a in analyze_texts([text]).actors if a.type == "person"]
    assert (person.role, person.affiliation) == (role, affiliation), person


def test_an_affiliation_of_a_noun_in_the_genitive_and_a_name_is_in_the_nominative() -> None:
    """Regression (a trial story on gas reserves): "директор енергетичних програм Центру Разумкова" worked for
    "Центру Разумкова"."""
    from briefing.analysis import analyze_texts

    [person] = [a for a in analyze_texts(["Як зазначив директор енергетичних програм Центру Разумкова Володимир "
                                          "Омельченко, втрати видобутку можуть сягнути 40%."]).actors
                if a.type == "person"]
    assert person.affiliation == "Центр Разумкова", person
