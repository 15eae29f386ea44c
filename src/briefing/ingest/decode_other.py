"""Encodings the 8-bit scoring in `decode` cannot judge: East Asian multi-byte encodings, EBCDIC,
and UTF-16 without a byte-order mark in any script.

Each is recognised by a property its text has and a wrong guess lacks, not by statistics that a
short file cannot supply:

- East Asian: the bytes must decode strictly, and the characters must be the language's common
  ones. Japanese is a third hiragana; Korean text leans on a few dozen syllables (이, 다, 에…);
  Chinese on a hundred characters (的, 一, 是…), in simplified or traditional form. The same
  bytes read with a wrong multi-byte encoding give characters spread evenly over thousands.
- EBCDIC (IBM mainframe exports, cp037 in the US, cp500 internationally): the byte 0x40 is the
  space and letters sit above 0x80, so such a file reads as plain English only through EBCDIC.
- UTF-16: every character decodes to an assigned, printable code point of one or two scripts;
  random bytes paired up give unassigned, private or mixed-script code points.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache

_HIRAGANA_KATAKANA = range(0x3040, 0x3100)
_HANGUL = range(0xAC00, 0xD7A4)
_MORE_KOREAN = "과와도만수것들게지요해했되어있습니까"
_MORE_CHINESE = ("這個們來為國說時會對於過發後裡種麼經學現當沒動還進樣從實與點兩關開頭問題"
                 "長體機電話業間無號體將見產務義應親愛書車門區東華記報總統選戰軍隊歲萬億元"
                 "日本中政府宣佈布談判週繼續行代表團內瓦面家")


@lru_cache(maxsize=2)
def _common(language: str) -> frozenset[str]:
    """The common characters of Korean ("ko") or Chinese ("zh"): charset-normalizer's frequency
    tables and a few more. Loaded on the first East Asian candidate, not with the module: every
    UTF-8 file passes through here, and charset-normalizer takes longer to import than most of
    them take to read."""
    from charset_normalizer.constant import FREQUENCIES

    if language == "ko":
        return frozenset(FREQUENCIES["Korean"]) | frozenset(_MORE_KOREAN)
    return frozenset(FREQUENCIES["Chinese"]) | frozenset(_MORE_CHINESE)


# The Japanese encodings and how they mark the kana every sentence has.
_CANDIDATES: tuple[tuple[str, str], ...] = (
    ("euc_jp", "ja"), ("cp932", "ja"), ("euc_kr", "ko"), ("cp949", "ko"), ("big5", "zh"), ("gb18030", "zh"),
)
_SHARE_NEEDED = {"ja": 0.2, "ko": 0.2, "zh": 0.25}
_EBCDIC_SPACE = 0x40


def decode_east_asian(sample: bytes, *, whole: bool) -> str | None:
    """The multi-byte encoding whose reading of `sample` is most plainly its language, or None."""
    best: tuple[float, str] | None = None
    for encoding, language in _CANDIDATES:
        text = decode_sample(sample, encoding, whole=whole)
        if text is None:
            continue
        wide = [c for c in text if ord(c) > 0x2FFF]
        if len(wide) < 4 or _inside_latin_words(text) > 0.1 * len(wide):
            continue
        if language == "ja":
            typical = sum(1 for c in wide if ord(c) in _HIRAGANA_KATAKANA)
        elif language == "ko":
            if sum(1 for c in wide if ord(c) in _HANGUL) < 0.6 * len(wide):
                continue
            common = _common("ko")
            typical = sum(1 for c in wide if c in common)
        else:
            common = _common("zh")
            typical = sum(1 for c in wide if c in common)
        share = typical / len(wide)
        if share >= _SHARE_NEEDED[language] and (best is None or share > best[0]):
            best = (share, encoding)
    return best[1] if best else None


def _inside_latin_words(text: str) -> int:
    """Wide characters with an ASCII letter beside them: "Gen鑦e" is accented Latin read as two
    bytes at a time, East Asian writing does not break into Latin words."""
    return sum(1 for index in range(1, len(text) - 1)
               if ord(text[index]) > 0x2FFF and ((text[index - 1].isascii() and text[index - 1].isalpha())
                                                 or (text[index + 1].isascii() and text[index + 1].isalpha())))


def decode_ebcdic(sample: bytes) -> str | None:
    """cp037 or cp500 when the sample reads as plain text only through EBCDIC, else None."""
    if len(sample) < 8 or sample.count(b" ") >= sample.count(b"@"):
        return None  # ASCII spaces: not EBCDIC (checked first, as it costs nothing)
    counts = Counter(sample)
    if counts.most_common(1)[0][0] != _EBCDIC_SPACE:
        return None
    ascii_letters = sum(n for byte, n in counts.items() if 0x61 <= byte <= 0x7A)
    if ascii_letters > 0.05 * len(sample):
        return None  # a text in an ASCII-based encoding with many '@'
    scores: dict[str, float] = {}
    for encoding in ("cp037", "cp500"):
        text = sample.decode(encoding)
        plain = sum(1 for c in text if (c.isascii() and (c.isprintable() or c in "\n\t\r")) or c == "\x85")
        if plain < 0.9 * len(text):
            continue
        # The two differ in a few punctuation marks; the one giving rarer symbols is wrong.
        scores[encoding] = plain - 3 * sum(text.count(c) for c in "¢¬¦")
    if not scores:
        return None
    return max(scores, key=lambda e: (scores[e], e == "cp037"))


def decode_utf16(sample: bytes, *, whole: bool) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the sample is UTF-16 text in any script, else None."""
    if len(sample) < 4:
        return None
    found: dict[str, float] = {}
    for encoding in ("utf-16-le", "utf-16-be"):
        chunk = sample if whole or len(sample) % 2 == 0 else sample[:-1]
        if not whole and len(chunk) > 4:
            chunk = chunk[: len(chunk) - 2]  # a surrogate pair cut by the sample's end
        try:
            text = chunk.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _utf16_plausibility(text)
        if score is not None:
            found[encoding] = score
    if not found:
        return None
    return max(found, key=lambda e: found[e])


def _utf16_plausibility(text: str) -> float | None:
    """Share of letters when every character is printable and one script (besides Latin)
    holds the letters; None when the text cannot be UTF-16 read right."""
    letters = 0
    scripts: Counter[str] = Counter()
    for char in text:
        category = unicodedata.category(char)
        if category[0] == "C" and char not in "\n\r\t":
            return None
        if category[0] == "L":
            letters += 1
            scripts[_script_group(char)] += 1
    if letters < 0.5 * max(1, len(text.strip())) or not scripts:
        return None
    foreign = scripts.most_common()
    main = next((n for script, n in foreign if script != "LATIN"), 0)
    if scripts["LATIN"] + main < 0.95 * letters:
        return None
    return letters / len(text)


@lru_cache(maxsize=8192)
def _script_group(char: str) -> str:
    if char.isascii():
        return "LATIN"
    name = unicodedata.name(char, "UNKNOWN")
    script = name.split(" ", 1)[0]
    if script in ("CJK", "HIRAGANA", "KATAKANA", "IDEOGRAPHIC"):
        return "CJK"
    return script


def decode_sample(sample: bytes, encoding: str, *, whole: bool) -> str | None:
    """`sample` decoded strictly, or None; unless the sample is the `whole` file, a multi-byte
    character cut by the sample's end is not a reason to reject."""
    try:
        return sample.decode(encoding)
    except UnicodeDecodeError as error:
        if not whole and error.start >= len(sample) - 4:
            try:
                return sample[: error.start].decode(encoding)
            except UnicodeDecodeError:
                return None
        return None
