from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.text import dateline_end, sentence_index, sentences, tokens


def test_sentences_keep_offsets_and_skip_abbreviations() -> None:
    text = "Mr. Okafor met U.S. officials on Monday. Talks ended late.\n\nDr. Mensah said little."
    found = sentences(text)
    assert [s.text for s in found] == ["Mr. Okafor met U.S. officials on Monday.", "Talks ended late.",
                                       "Dr. Mensah said little."]
    assert all(text[s.start:s.end] == s.text for s in found)
    assert [s.paragraph for s in found] == [0, 0, 1]


def test_headline_and_dateline() -> None:
    text = "Truce agreed in the north\n\nBAMAKO, June 12 (Harbour Wire) - Both sides agreed to a truce. It held."
    found = sentences(text)
    assert found[0].is_headline and found[0].text == "Truce agreed in the north"
    assert found[1].text == "Both sides agreed to a truce."
    assert dateline_end(text, text.index("BAMAKO")) == text.index("Both")


def test_crlf_text_keeps_offsets() -> None:
    text = "Headline here\r\n\r\nThe minister resigned. Her deputy took over.\r\n"
    found = sentences(text)
    assert [s.text for s in found] == ["Headline here", "The minister resigned.", "Her deputy took over."]
    assert all(text[s.start:s.end] == s.text for s in found)


def test_tokens_keep_dotted_abbreviations_and_possessives() -> None:
    text = "U.S. envoy Ana Ruiz’s plan, OPEC+ and Mr. Diallo"
    assert [t.text for t in tokens(text)] == ["U.S.", "envoy", "Ana", "Ruiz’s", "plan", "OPEC+", "and", "Mr.",
                                              "Diallo"]


def test_chinese_and_japanese_full_stops() -> None:
    text = "外交部发言人说，会谈将继续。双方同意下周再次会面！"
    found = sentences(text)
    assert [s.text for s in found] == ["外交部发言人说，会谈将继续。", "双方同意下周再次会面！"]
    assert not any(s.is_headline for s in found)


def test_dateline_with_an_abbreviated_state_stays_with_its_story() -> None:
    """Regression: "DALTON, Nev. (Wire) — ..." was cut after "Nev.", so the lead was lost behind a dateline."""
    text = ("Mayor wins recount\n\n"
            "DALTON, Nev. (Harbour Wire) — Mayor Ruth Okafor won the recount on Monday. She thanked staff.")
    found = sentences(text)
    assert [s.text for s in found] == ["Mayor wins recount", "Mayor Ruth Okafor won the recount on Monday.",
                                       "She thanked staff."]
    prose = "He moved to Reno, Nev. He liked it."
    assert [s.text for s in sentences(prose)] == ["He moved to Reno, Nev.", "He liked it."]


def test_ukrainian_and_russian_abbreviations_do_not_end_a_sentence() -> None:
    """Regression: "по вул. Хрещатик" and "ім. Шевченка" were cut into two sentences."""
    text = ("Суд повернув будівлю по вул. Хрещатик місту. Бібліотека ім. Шевченка відкрита.\n\n"
            "В 2010 г. Правительство решило иначе.")
    assert [s.text for s in sentences(text)] == ["Суд повернув будівлю по вул. Хрещатик місту.",
                                                 "Бібліотека ім. Шевченка відкрита.",
                                                 "В 2010 г. Правительство решило иначе."]


def _tokens_by_match(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """The plain reading of the token expression, one match object per token: `tokens` must agree with it."""
    from briefing.analysis.text import _WORD
    return [(*m.span(), m.group()) for m in _WORD.finditer(text, start, len(text) if end is None else end)]


def test_token_offsets_agree_with_the_plain_expression() -> None:
    """`tokens` finds each word's offset with str.find after the word: repeated words, words inside longer ones,
    abbreviations, titles, digits, underscores and odd letters must all land on the match itself."""
    texts = [
        "an an ban a Ban an. U.S. U.S.A. Mr. Mr Mrs.Jones Dr.\tNo",
        "a_a _a a__ __x 3_3 x2 2x ²3 ³ ½ 1,000.5% 50% 50 %",
        "Q&L P&K & Q& &Q O'Neil O’Neil’s ’s 's -a a- a-b a.-b A.B.C",
        "OPEC+ C++ +a a+b a.b. a.b.c. Sen. Sen.x St.\nSt. Jr.",
        "ёлка Ёлка ǅungla ﬁne ﬁ ﬂ ß SS ς Σ ΣΣ",
        "e\u0301te \u0301a a\u0301 \u0300\u0300b",
        "wordword word word-word word.word.word",
    ]
    for text in texts:
        assert [tuple(t) for t in tokens(text)] == _tokens_by_match(text), text
        for start in range(0, len(text), 3):
            for end in (start + 1, start + 7, len(text)):
                assert [tuple(t) for t in tokens(text, start, end)] == _tokens_by_match(text, start, end), (
                    text, start, end)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="aAbMrsSt.U'’&+-_ \n\t2,%²ßﬁ\u0301ё", max_size=40), start=st.integers(0, 40),
       length=st.integers(0, 40))
def test_token_offsets_agree_on_any_text(text: str, start: int, length: int) -> None:
    assert [tuple(t) for t in tokens(text, start, start + length)] == _tokens_by_match(text, start, start + length)


@pytest.mark.parametrize("line, headline", [
    # title case with its articles and prepositions in lower case, ended with a full stop by the site
    ("Keep the Returns, Mayor; Just Give Us a Few Figures.", True),
    ("Ferry Levy Splits the Council at a Late Vote.", True),
    # a sentence with names in it is no headline
    ("Ana Berg met Jan Ober of the Harbour Board on Monday.", False),
    ("The council voted late on Tuesday to keep the ferry levy.", False),
])
def test_a_title_case_line_is_a_headline(line: str, headline: bool) -> None:
    found = sentences(line + "\n\nThe council met on Tuesday.")
    assert found[0].text == line and found[0].is_headline is headline


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["The talks resumed.", "Mr. Okafor left.", "\n\n", "  ", "Why?", "Headline\n",
                                 "RENO, Nev. - It rained."]), max_size=12), st.integers(-2, 200))
def test_the_sentence_at_a_position_is_the_one_that_holds_it(pieces: list[str], position: int) -> None:
    """sentence_index finds by binary search what a walk from the first sentence finds (or -1), in the whole
    list and in any selection of it."""
    found = sentences("".join(pieces))
    for chosen in (found, found[::2]):
        walk = next((i for i, s in enumerate(chosen) if s.start <= position < s.end), -1)
        assert sentence_index(chosen, position) == walk


@pytest.mark.parametrize("text, first", [
    ("Київ, 4 грудня — Верховна Рада не набрала голосів.", "Верховна Рада не набрала голосів."),
    ("Санкт-Петербург, 3 декабря — Очередь танкеров выросла.", "Очередь танкеров выросла."),
    ("МОСКВА, 4 декабря (Интерфакс) — Суд арестовал бизнесмена.", "Суд арестовал бизнесмена."),
    # a city whose name joins its words with a lower-case "на" ("on"), and a dateline with its year
    ("Ростов-на-Дону, 4 декабря — Порт закрыли до весны.", "Порт закрыли до весны."),
    ("Франкфурт-на-Майні, 4 грудня 2026 — Банк знизив ставку.", "Банк знизив ставку."),
    # a list that opens on a city is no dateline
    ("Москва, Россия и Китай — главные темы встречи.", "Москва, Россия и Китай — главные темы встречи."),
])
def test_russian_and_ukrainian_datelines_are_not_part_of_the_lead(text: str, first: str) -> None:
    assert sentences(text)[0].text == first
