"""Bytes to text: byte-order marks, UTF-8, and legacy 8-bit encodings told apart reliably.

charset-normalizer is good on long texts but guesses wildly on short ones (a one-line
Windows-1251 headline comes back as Big5). A source that imports as mojibake is worse than
one that is refused, so the guess is checked: every plausible encoding decodes a sample,
and the one whose result reads most like a natural language wins. "Reads like" is judged on
what goes wrong in mojibake: symbols where letters belong, scripts mixed inside one word,
and case flipping in mid-word (KOI8-R read as Windows-1251, and the reverse).
"""

from __future__ import annotations

import codecs
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from briefing.ingest.decode_other import decode_east_asian, decode_ebcdic, decode_sample, decode_utf16
from briefing.ingest.errors import IngestError

SAMPLE_BYTES = 64 * 1024
SCORING_BYTES = 8 * 1024  # enough text to tell code pages apart; scoring more only costs time
WORD_SAMPLE_CHARS = 4096

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# The 8-bit encodings tried on every file, with a prior: how much less likely each is than
# Windows-1252/1251, charged per non-ASCII character. Several code pages map the same bytes to
# equally letter-like characters (Greek, Arabic and Cyrillic all fill 0xC0-0xFF); the prior
# settles those in favour of what analysts' material is actually written in.
LEGACY_CANDIDATES: dict[str, float] = {
    "cp1252": 0.0, "cp1251": 0.0, "koi8_r": 0.05, "cp1250": 0.05, "iso8859_15": 0.05, "cp1254": 0.1,
    "cp1253": 0.15, "cp1257": 0.15, "cp1255": 0.2, "cp1256": 0.2, "cp866": 0.7,
}
_GUESS_PRIOR = 0.1
# Below this score per non-ASCII byte, even the best reading is mojibake: refuse instead.
_LEAST_PLAUSIBLE = 0.3

# Letters in everyday use in the languages these code pages serve; other letters of the same
# script count for less (they are what a wrong Latin code page tends to produce).
_COMMON_LATIN = set(
    "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœ"
    "ąćęłńśźżčěňřšžůőűăâîșțşğıİ"
)
_COMMON_LATIN |= {c.upper() for c in _COMMON_LATIN if c not in "ßı"}
_COMMON_PUNCTUATION = set("‘’‚“”„–—…«»•€°§©®™×·¡¿\u00a0′″")
_WIDE_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")
_KNOWN_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "THAI", *_WIDE_SCRIPTS)
# Letter frequencies (per cent) of Russian, with the Ukrainian letters: a wrong Cyrillic code
# page is a permutation of the alphabet, and shows in how common the letters it yields are.
_CYRILLIC_FREQUENCY: dict[str, float] = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "р": 4.73, "в": 4.54,
    "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01, "ы": 1.90, "ь": 1.74,
    "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97, "ж": 0.94, "ш": 0.73, "ю": 0.64,
    "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04, "ё": 0.2,
    # Ukrainian's own letters: never produced by a wrong code page in these positions.
    "і": 5.0, "ї": 3.0, "є": 3.0, "ґ": 3.0,
}
_CYRILLIC_CONSONANT_RUN = re.compile(r"[бвгджзйклмнпрстфхцчшщъь]{5,}", re.IGNORECASE)
_CYRILLIC_VOWEL = re.compile(r"[аеёиоуыэюяіїє]", re.IGNORECASE)
# Guesses from charset-normalizer worth considering beyond the 8-bit candidates above: the
# multi-byte East Asian encodings and a few more 8-bit ones (never EBCDIC or Urdu code pages,
# which it offers for one-word Cyrillic files).
_ACCEPTED_GUESSES = (
    "big5", "big5hkscs", "gb18030", "gbk", "gb2312", "shift_jis", "cp932", "euc_jp", "euc_kr", "cp949",
    "cp874", "tis_620", "cp866", "iso8859_",
)
_WORD = re.compile(r"\w+")
# A sign inside a word ("ЇҐаҐЈ®ў®ал": DOS Cyrillic read as Windows-1251): no language writes that.
_GLUED_SYMBOL = re.compile(r"(?<=[^\W\d_])[©®°±¶§¦¤µ¬¨](?=[^\W\d_])")
_GLUE = re.compile(r"[©®°±¶§¦¤µ¬¨]")  # the symbols alone: a quick scan that rules most texts out
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
_CONTROL_BYTES = bytes([*range(9), *range(14, 27), *range(28, 32)])


@dataclass(frozen=True)
class Decoded:
    """Text and the encoding it was read with (kept in the source's metadata for the record)."""

    text: str
    encoding: str


def decode_bytes(data: bytes, *, declared: str | None = None) -> Decoded:
    """Decode a text file of unknown encoding, or raise IngestError if it is not text at all.

    `declared` is an encoding named by the file itself (an HTML meta charset, a MIME part's
    charset); it is trusted when it decodes the data cleanly.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(encoding), encoding + " (BOM)")
            except UnicodeDecodeError as error:
                raise IngestError(f"is not valid {encoding} although it starts with a {encoding} mark "
                                  f"(bad bytes at offset {error.start + len(bom)})") from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    sample = data[:SAMPLE_BYTES]
    ebcdic = decode_ebcdic(sample)
    if ebcdic is not None:
        return _whole(data, ebcdic)
    if b"\x00" in sample and (_looks_binary(data) or _not_utf8(sample)):
        wide = decode_utf16(sample, whole=len(sample) == len(data))
        if wide is not None:
            return _whole(data, wide)
    if _looks_binary(data):
        raise IngestError("is not a text file (it contains binary data)")
    if declared:
        try:
            codec = codecs.lookup(declared).name
            return Decoded(data.decode(codec), codec)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data)


def _whole(data: bytes, encoding: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError as error:
        raise IngestError(f"reads as {encoding} at first but has bytes that are not {encoding} at offset "
                          f"{error.start}; save it as UTF-8 and import again") from None


def _not_utf8(sample: bytes) -> bool:
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start < len(sample) - 4  # not just a character cut by the sample's end
    return False


def _looks_binary(data: bytes) -> bool:
    """Many NUL or control bytes: no text encoding in use produces those (a stray one is tolerated)."""
    sample = data[:SAMPLE_BYTES]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(2, len(sample) // 200)


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text without a mark shows as NUL in every other byte (for Latin script)."""
    sample = data[:SAMPLE_BYTES]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) > 0.4 * half and (even if zeros is odd else odd).count(0) < 0.05 * half:
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                return None
    return None


def _decode_legacy(data: bytes) -> Decoded:
    """Score the 8-bit candidates; ask charset-normalizer only when they leave room for doubt.

    Its guess is what catches multi-byte East Asian encodings, and it is worth a vote on long
    texts; but it costs more than all our scoring together, so a clear winner goes without it.
    """
    sample = data[:SCORING_BYTES]
    whole = len(sample) == len(data)
    east_asian = decode_east_asian(sample, whole=whole)
    if east_asian is not None:
        try:
            return Decoded(data.decode(east_asian), east_asian)
        except UnicodeDecodeError:
            pass  # a byte past the sample that does not fit: let the scoring decide
    counts = Counter(sample)  # one pass, not one count per byte value; the order below is kept
    high_bytes = {byte: n for byte in range(0x80, 0x100) if (n := counts.get(byte, 0))}
    non_ascii = sum(high_bytes.values())
    candidates: dict[str, tuple[str, float]] = {}  # decoded sample and the best score it could get
    for encoding, prior in LEGACY_CANDIDATES.items():
        text = decode_sample(sample, encoding, whole=whole)
        if text is not None:
            letters = sum(n * _byte_score(encoding, byte) for byte, n in high_bytes.items())
            candidates[encoding] = (text, letters - prior * non_ascii)
    scored = _leading_scores(candidates)
    ranking = sorted(scored.items(), key=lambda item: item[1], reverse=True)
    clear = (len(ranking) >= 2 and ranking[0][0] in ("cp1251", "cp1252") and non_ascii >= 8
             and ranking[0][1] >= 0.8 * non_ascii and ranking[0][1] - ranking[1][1] >= 0.25 * non_ascii
             and not _shouting(sample.decode(ranking[0][0], "replace")[:WORD_SAMPLE_CHARS]))
    if clear:
        try:
            return Decoded(data.decode(ranking[0][0]), ranking[0][0])
        except UnicodeDecodeError:
            pass  # a byte past the sample that this code page lacks: rank them all
    scored = _all_scores(candidates, scored)
    if not clear:
        import charset_normalizer  # here, not at the top: most files are UTF-8 and never need it

        guess = charset_normalizer.from_bytes(sample).best()
        guessed = codecs.lookup(guess.encoding).name if guess is not None else None
        if guessed and (guessed in LEGACY_CANDIDATES or guessed.startswith(_ACCEPTED_GUESSES)):
            if guessed not in scored:
                text = decode_sample(sample, guessed, whole=whole)
                if text is not None:
                    scored[guessed] = plausibility(text) - _GUESS_PRIOR * non_ascii
            if guessed in scored:
                scored[guessed] += _guess_bonus(non_ascii)
    order = {encoding: index for index, encoding in enumerate(scored)}
    if non_ascii >= 32 and scored and max(scored.values()) < _LEAST_PLAUSIBLE * non_ascii:
        raise IngestError("is in an encoding that cannot be recognised (no reading of it looks like text in "
                          "a known language); save it as UTF-8 and import again")
    for encoding in sorted(scored, key=lambda e: (scored[e], -order[e]), reverse=True):
        try:
            return Decoded(data.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    raise IngestError("is not a text file, or its encoding cannot be recognised; save it as UTF-8 and import again")


def _leading_scores(candidates: dict[str, tuple[str, float]]) -> dict[str, float]:
    """Exact scores of the candidates that can still be first or second, in candidate order.

    Word penalties only ever lower a score, so a candidate whose letters alone score below
    the second best exact score cannot overtake it; scoring its words (most of the cost of
    telling code pages apart) is skipped.
    """
    exact: dict[str, float] = {}
    for encoding in sorted(candidates, key=lambda e: candidates[e][1], reverse=True):
        text, bound = candidates[encoding]
        if len(exact) >= 2 and bound < sorted(exact.values(), reverse=True)[1]:
            break
        exact[encoding] = bound + _words_score(text[:WORD_SAMPLE_CHARS])
    return {encoding: exact[encoding] for encoding in candidates if encoding in exact}


def _all_scores(candidates: dict[str, tuple[str, float]], known: dict[str, float]) -> dict[str, float]:
    """Every candidate's exact score, in candidate order (for a vote or a fallback)."""
    return {encoding: known[encoding] if encoding in known else bound + _words_score(text[:WORD_SAMPLE_CHARS])
            for encoding, (text, bound) in candidates.items()}


def _shouting(text: str) -> bool:
    """All in capitals: either a headline or KOI8-R read as Windows-1251 (which turns lower
    case into upper); a second opinion is worth its cost then."""
    beyond_ascii = _ASCII_RUNS.sub("", text)
    return len(beyond_ascii) >= 8 and beyond_ascii.isupper()


def _guess_bonus(non_ascii: int) -> float:
    """Trust in charset-normalizer's guess grows with the evidence it had: none on a headline
    (where it is often wrong), a strong vote on a page of text (where its statistics beat ours)."""
    return 0.0 if non_ascii < 100 else 0.6 * non_ascii


def plausibility(text: str) -> float:
    """How much a decoding reads like natural language (higher is better; mojibake scores low)."""
    score = sum(count * _char_score(char) for char, count in Counter(text).items() if not char.isascii())
    return score + _words_score(text[:WORD_SAMPLE_CHARS])


def _words_score(text: str) -> float:
    """Penalties of the non-ASCII words: never positive (`_leading_scores` relies on it)."""
    score = -2.0 * len(_GLUED_SYMBOL.findall(text)) if _GLUE.search(text) else 0.0
    for word, count in Counter(_WORD.findall(text)).items():
        if not word.isascii():
            score += count * _word_score(word)
    return score


@lru_cache(maxsize=4096)
def _byte_score(encoding: str, byte: int) -> float:
    try:
        return _char_score(bytes([byte]).decode(encoding))
    except UnicodeDecodeError:
        return -10.0


@lru_cache(maxsize=65536)  # the same words recur in every candidate decoding and every file
def _word_score(word: str) -> float:
    """Penalties for what mojibake does to words (0 for a plausible word)."""
    score = 0.0
    scripts = {_script(c) for c in set(word) if c.isalpha()}
    if len(scripts) > 1:
        score -= 3
    elif scripts == {"LATIN"}:
        # Latin words mix accented and plain letters; a word of accented letters only
        # ("Ìîñêâà") is Cyrillic or Greek read with a Latin code page.
        accented = sum(1 for c in word if not c.isascii())
        if accented > len(word) - accented:
            score -= 0.8 * accented
    if _case_flips(word):
        score -= 3
    if scripts == {"CYRILLIC"} and len(word) >= 4:
        # Russian and Ukrainian words have vowels and few long consonant clusters; the
        # permuted alphabet of a wrong Cyrillic code page has neither habit.
        if not _CYRILLIC_VOWEL.search(word):
            score -= 2
        score -= 2 * len(_CYRILLIC_CONSONANT_RUN.findall(word))
        if word[0] in "ЪЬЫъьы":
            score -= 2  # no Russian word begins with these
    if "ς" in word[:-1]:
        score -= 3  # Greek final sigma inside a word: Cyrillic read as Greek
    return score


@lru_cache(maxsize=4096)
def _char_score(char: str) -> float:
    category = unicodedata.category(char)
    if category.startswith("L"):
        script = _script(char)
        if script in _WIDE_SCRIPTS:
            return 1.5  # two bytes per character, so a little less per byte than an 8-bit letter
        if script == "LATIN":
            return 1.0 if char in _COMMON_LATIN else 0.3
        if script == "CYRILLIC":
            frequency = _CYRILLIC_FREQUENCY.get(char.lower())
            if frequency is None:
                return 0.3  # Serbian, Macedonian, Belarusian letters: real, but rarer in the material
            return max(0.0, min(1.6, 1.0 + 0.4 * math.log2(frequency / 3.0)))
        if script == "GREEK" and char in "ϊϋΐΰΪΫ":
            return 0.3
        if script in ("ARABIC", "HEBREW"):
            return 0.8  # their code pages fill the same bytes as Cyrillic ones; case and words decide
        return 1.0 if script in _KNOWN_SCRIPTS else -1.0
    if char == "€":
        return 1.0
    if char in _COMMON_PUNCTUATION:
        return 0.5
    if category in ("Cc", "Cn", "Co", "Cs"):
        return -10.0
    if category == "Zs":
        return 0.0
    return -2.0


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    if char.isascii():
        return "LATIN"
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def _case_flips(word: str) -> bool:
    """Case changing after the first letter ("пРИВЕТ", "ПрИвЕт"): the mark of a swapped code page.

    Words like "McDonald" or "iPhone" flip too, but they are ASCII and never reach here.
    """
    if word.islower() or word.isupper() or word.lower() == word.upper():
        return False  # all one case, or a script without case
    rest = word[1:]
    return not (word[0].isupper() and (rest.islower() or rest.lower() == rest.upper()))
