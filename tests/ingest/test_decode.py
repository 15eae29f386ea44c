"""Legacy encodings told apart on short, generated texts (where charset-normalizer alone guesses wrong)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.ingest import IngestError
from briefing.ingest.decode import decode_bytes

RUSSIAN = ("переговоры делегация министр граница заявил сообщил источник перемирие встреча Москва Киев "
           "вторник четверг правительство агентство объявление обстрел ещё съезд район жители эвакуация "
           "подъезд мост военные журналист фронт")
UKRAINIAN = "переговори делегація міністр кордон заявив джерело їхати ґанок Київ область має є"
WESTERN = ("été à Genève où négociations réunion ministère délégués Zürich Straße Grenzöffnung Gespräche "
           "über Außenministerin naïve façade São Paulo señor año información política café déjà "
           "garçon crème brûlée Köln Müller Ærø fjord smörgåsbord")


def sentences(vocabulary: str, *, least: int = 3) -> st.SearchStrategy[str]:
    """Short texts of `least` or more different words, in the cases running text uses."""
    words = vocabulary.split()
    cased = st.sampled_from(["lower", "title", "upper"])
    return st.tuples(st.lists(st.sampled_from(words), min_size=least, max_size=12, unique=True), cased).map(
        lambda chosen: " ".join(_case(w, chosen[1]) if i == 0 or chosen[1] == "upper" else w
                                for i, w in enumerate(chosen[0])) + ".")


def _case(word: str, how: str) -> str:
    return {"lower": word, "title": word.capitalize(), "upper": word.upper()}[how]


@settings(max_examples=100, deadline=None)
@given(sentences(RUSSIAN))
def test_windows_1251_russian(text: str) -> None:
    assert decode_bytes(text.encode("cp1251")).text == text


@settings(max_examples=100, deadline=None)
@given(sentences(UKRAINIAN))
def test_windows_1251_ukrainian(text: str) -> None:
    assert decode_bytes(text.encode("cp1251")).text == text


@settings(max_examples=100, deadline=None)
@given(sentences(WESTERN))
def test_windows_1252_western(text: str) -> None:
    assert decode_bytes(text.encode("cp1252")).text == text


@settings(max_examples=100, deadline=None)
@given(sentences(RUSSIAN, least=5))
def test_koi8_r_russian(text: str) -> None:
    """KOI8-R and Windows-1251 map the same bytes to the same alphabet in swapped cases, so a
    few all-lower-case words can read either way; from five words on, the letters decide."""
    assert decode_bytes(text.encode("koi8_r")).text == text


def test_declared_charset_wins_when_it_decodes() -> None:
    assert decode_bytes("Ärger".encode("cp1252"), declared="windows-1252").encoding == "cp1252"
    assert decode_bytes("Привет".encode("cp1251"), declared="no-such-charset").text == "Привет"


def test_invalid_bom_data_is_refused() -> None:
    with pytest.raises(IngestError, match="not valid utf-8"):
        decode_bytes(b"\xef\xbb\xbfabc\xff\xfe")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Η κυβέρνηση ανακοίνωσε σήμερα ότι οι συνομιλίες θα συνεχιστούν", "cp1253"),
        ("أعلنت الحكومة اليوم أن المفاوضات ستستمر الأسبوع المقبل", "cp1256"),
        # Hebrew letters sit where KOI8-R keeps capitals: it takes a paragraph to tell them apart.
        (" ".join(["הממשלה הודיעה היום כי המשא ומתן יימשך בשבוע הבא בירושלים"] * 3), "cp1255"),
    ],
)
def test_other_8bit_scripts(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)).text == text
