"""Plain text and Markdown in every encoding a sender may have used."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from briefing.ingest import IngestError, read_source

PARAGRAPHS = [
    "Talks resume in Geneva",
    "The delegations met on Thursday for the first time since June.",
    "A spokesperson said the agenda was\nnot yet agreed.",
]
CYRILLIC = [
    "Переговоры возобновились в Женеве",
    "Делегации встретились в четверг впервые с июня.",
    "Представитель заявил, что повестка дня ещё не согласована.",
]
WESTERN = [
    "Zürich: Gespräche über Grenzöffnung",
    "« Nous espérons une issue rapide », a déclaré le ministre à Genève.",
    "Café owners in São Paulo reported a 15% rise — “unexpected”, they said.",
]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
     ("utf-16-be", codecs.BOM_UTF16_BE)],
)
@pytest.mark.parametrize("paragraphs", [PARAGRAPHS, CYRILLIC, WESTERN], ids=["english", "russian", "western"])
def test_unicode_encodings(tmp_path: Path, check_paragraphs, encoding: str, prefix: bytes,
                           paragraphs: list[str]) -> None:
    text = "\r\n\r\n".join(p.replace("\n", "\r\n") for p in paragraphs) + "\r\n"
    source = read_source(write(tmp_path, "note.txt", prefix + text.encode(encoding)))
    check_paragraphs(source, paragraphs)
    assert source.text == "\n\n".join(paragraphs)
    assert source.title == paragraphs[0]
    assert source.text[0] != "\ufeff"


def test_windows_1251_imports_as_cyrillic(tmp_path: Path, check_paragraphs) -> None:
    data = "\n\n".join(CYRILLIC).encode("cp1251")
    source = read_source(write(tmp_path, "сводка.txt", data))
    check_paragraphs(source, CYRILLIC)
    assert source.extra["encoding"] == "cp1251"


def test_windows_1252_imports_as_latin(tmp_path: Path, check_paragraphs) -> None:
    source = read_source(write(tmp_path, "notes.txt", "\n\n".join(WESTERN).encode("cp1252")))
    check_paragraphs(source, WESTERN)
    assert source.extra["encoding"] == "cp1252"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Москва", "cp1251"), ("Да", "cp1251"), ("Київ", "cp1251"), ("МОСКВА", "cp1251"),
        ("Объявление о выборах", "cp1251"), ("Ещё раз", "cp1251"),
        ("Café", "cp1252"), ("Über", "cp1252"), ("Sí", "cp1252"), ("naïve résumé", "cp1252"),
        ("Straße", "cp1252"), ("€5", "cp1252"), ("“Quoted” – text", "cp1252"), ("été à Paris", "cp1252"),
        ("Президент заявил", "koi8_r"), ("Łódź i Kraków", "cp1250"), ("Ελληνικά κείμενο", "cp1253"),
    ],
)
def test_short_legacy_texts_are_not_misdetected(tmp_path: Path, text: str, encoding: str) -> None:
    """charset-normalizer alone gets several of these wrong (Москва comes back as Big5)."""
    source = read_source(write(tmp_path, "short.txt", text.encode(encoding)))
    assert source.text == text


def test_markdown_keeps_its_markup_and_takes_its_heading_as_title(tmp_path: Path, check_paragraphs) -> None:
    markdown = "# Weekly summary\n\n- first point\n- second point\n\nSee **this**.\n"
    source = read_source(write(tmp_path, "summary.md", markdown.encode()))
    check_paragraphs(source, ["# Weekly summary", "- first point\n- second point", "See **this**."])
    assert source.title == "Weekly summary"
    assert source.media_type == "text/markdown"


def test_normalization_nfc_and_line_endings(tmp_path: Path, check_paragraphs) -> None:
    decomposed = unicodedata.normalize("NFD", "Résumé of the café meeting")
    raw = f"{decomposed}\r\nline two\rline three  \n\n\n\n\nlast\x00 para\x07graph\u2028end\n"
    source = read_source(write(tmp_path, "mixed.txt", raw.encode("utf-8")))
    assert source.text == "Résumé of the café meeting\nline two\nline three\n\nlast paragraph\nend"
    assert unicodedata.is_normalized("NFC", source.text)
    check_paragraphs(source, ["Résumé of the café meeting\nline two\nline three", "last paragraph\nend"])


def test_long_first_line_is_not_a_title(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "report-17.txt", ("word " * 60).encode()))
    assert source.title == "report-17"


def test_same_content_same_hash_whatever_the_encoding(tmp_path: Path) -> None:
    text = "\n\n".join(CYRILLIC)
    one = read_source(write(tmp_path, "a.txt", text.encode("cp1251")))
    two = read_source(write(tmp_path, "b.txt", codecs.BOM_UTF8 + text.encode("utf-8")))
    three = read_source(write(tmp_path, "c.txt", text.replace("\n", "\r\n").encode("utf-16")))
    assert one.sha256 == two.sha256 == three.sha256


def test_binary_garbage_named_txt_is_refused(tmp_path: Path) -> None:
    garbage = bytes((i * 7919 + 13) % 256 for i in range(4096))
    with pytest.raises(IngestError, match="not a text file"):
        read_source(write(tmp_path, "garbage.txt", garbage))


def test_whitespace_only_file_has_no_text(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="contains no text"):
        read_source(write(tmp_path, "blank.txt", b"  \n\n\t \r\n"))


def test_long_markdown_heading_is_still_the_title(tmp_path: Path) -> None:
    heading = "A heading that runs on " * 8
    source = read_source(write(tmp_path, "long.md", f"# {heading}\n\nBody.".encode()))
    assert source.title == heading.strip()
