"""Encodings from outside the Windows code pages: DOS, mainframe, East Asian, UTF-16 without a mark."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing.ingest import IngestError
from briefing.ingest.decode import decode_bytes

RUSSIAN = ("Переговоры делегаций продолжатся в четверг, сообщил источник в министерстве. Встреча пройдёт "
           "в Москве, журналистов не пустят.")
ENGLISH = "The delegation met in Geneva on Thursday; talks will resume next week [officials said]!"
JAPANESE = "政府は木曜日、交渉は来週も続くと発表した。代表団はジュネーブで会談した。"
KOREAN = "정부는 목요일에 협상이 다음 주에도 계속될 것이라고 발표했다. 대표단은 제네바에서 만났다."
CHINESE_TRADITIONAL = "政府星期四宣佈，談判將於下週繼續進行。代表團在日內瓦會面，這是我們的國家。"
CHINESE_SIMPLIFIED = "政府星期四宣布，谈判将于下周继续进行。代表团在日内瓦会面，这是我们的国家。"
GREEK = "Η κυβέρνηση ανακοίνωσε σήμερα ότι οι συνομιλίες θα συνεχιστούν την επόμενη εβδομάδα."


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (RUSSIAN, "cp866"),
        (ENGLISH, "cp500"),
        (ENGLISH, "cp037"),
        (JAPANESE, "euc_jp"),
        (JAPANESE, "shift_jis"),
        (KOREAN, "euc_kr"),
        (CHINESE_TRADITIONAL, "big5"),
        (CHINESE_SIMPLIFIED, "gb2312"),
    ],
)
def test_encoding_is_detected(text: str, encoding: str) -> None:
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text, decoded.encoding


@pytest.mark.parametrize("text", [RUSSIAN, JAPANESE, KOREAN, CHINESE_TRADITIONAL, GREEK, ENGLISH + "\n" + RUSSIAN])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_in_any_script(text: str, encoding: str) -> None:
    decoded = decode_bytes((text + "\n").encode(encoding))
    assert decoded.text == text + "\n"


def test_ebcdic_with_line_ends() -> None:
    text = "\n".join([ENGLISH] * 4)
    assert decode_bytes(text.encode("cp500")).text.replace("\x85", "\n") == text


def test_undecidable_bytes_are_refused_not_garbled() -> None:
    noise = bytes((i * 7919 + 13) % 128 + 128 for i in range(2000))  # high bytes without any pattern
    with pytest.raises(IngestError, match="encoding"):
        decode_bytes(noise)


VOCABULARY = ("переговоры делегация министр граница заявил сообщил источник перемирие встреча Москва Киев "
              "вторник четверг правительство агентство объявление обстрел съезд район жители эвакуация мост")
WORDS = tuple(VOCABULARY.split())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=3, max_size=20, unique=True))
@example(["эвакуация", "четверг", "переговоры"])  # once read as Windows-1251 ("жЁп зҐвўҐаЈ")
def test_cp866_text_is_never_mojibake(words: list[str]) -> None:
    """Property: Russian text in the DOS code page comes back as written, or is refused."""
    text = " ".join(words) + "."
    try:
        decoded = decode_bytes(text.encode("cp866"))
    except IngestError:
        return
    assert decoded.text == text
