"""E-mails written with the email package, read back with their attachments."""

from __future__ import annotations

import io
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import docx
import pytest

from briefing.ingest import DEFAULT_LIMITS, IngestError, read_attachments, read_source


def docx_bytes(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_message(*, html: bool = False, plain: bool = True) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Ана Петрова <ana@example.org>"
    message["To"] = "desk@example.org"
    message["Subject"] = "Встреча в Вене: итоги"
    message["Date"] = "Thu, 20 Nov 2025 16:30:00 +0000"
    message["Message-ID"] = "<abc123@example.org>"
    if plain:
        message.set_content("Коллеги,\n\nвстреча прошла спокойно.\nДетали ниже.\n\nАна\n")
    if html:
        markup = ("<html><body><p>Colleagues,</p><p>the meeting went <b>calmly</b>.</p>"
                  "<script>alert(1)</script></body></html>")
        if plain:
            message.add_alternative(markup, subtype="html")
        else:
            message.set_content(markup, subtype="html")
    return message


def write(tmp_path: Path, message: EmailMessage, name: str = "mail.eml") -> Path:
    path = tmp_path / name
    path.write_bytes(bytes(message))
    return path


def test_plain_body_headers_and_metadata(tmp_path: Path, check_paragraphs) -> None:
    source = read_source(write(tmp_path, make_message(html=True)))
    check_paragraphs(source, [
        "From: Ана Петрова <ana@example.org>\nTo: desk@example.org\nDate: Thu, 20 Nov 2025 16:30:00 +0000\n"
        "Subject: Встреча в Вене: итоги",
        "Коллеги,",
        "встреча прошла спокойно.\nДетали ниже.",
        "Ана",
    ])
    assert source.title == "Встреча в Вене: итоги"
    assert source.author == "Ана Петрова"
    assert source.published == date(2025, 11, 20)
    assert source.media_type == "message/rfc822"
    assert source.extra["message_id"] == "<abc123@example.org>"


def test_html_only_body(tmp_path: Path, check_paragraphs) -> None:
    source = read_source(write(tmp_path, make_message(html=True, plain=False)))
    paragraphs = [source.text[a:b] for a, b in source.paragraphs]
    assert paragraphs[1:] == ["Colleagues,", "the meeting went calmly."]
    check_paragraphs(source)


def test_malformed_date_is_kept_but_not_guessed(tmp_path: Path, check_paragraphs) -> None:
    path = write(tmp_path, make_message())
    path.write_bytes(path.read_bytes().replace(b"Thu, 20 Nov 2025 16:30:00 +0000", b"Someday, 45 Smarch 20x5 99:99"))
    source = read_source(path)
    assert source.published is None
    assert source.extra["date_unreadable"] == "Someday, 45 Smarch 20x5 99:99"
    assert source.title == "Встреча в Вене: итоги"
    check_paragraphs(source)


def test_attachments_listed_and_importable(tmp_path: Path) -> None:
    message = make_message()
    message.add_attachment(docx_bytes("Attached assessment text."), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                           filename="assessment.docx")
    message.add_attachment("Plain notes attached.\n".encode("cp1251"), maintype="text", subtype="plain",
                           filename="заметки.txt")
    message.add_attachment(b"\x89PNG\r\n\x1a\n" + bytes(200), maintype="image", subtype="png", filename="logo.png")
    path = write(tmp_path, message)
    source = read_source(path)
    assert source.extra["attachments"] == "assessment.docx; заметки.txt; logo.png"
    assert source.text.splitlines()[-1].startswith("Attachments: assessment.docx (")
    results = dict(read_attachments(path.read_bytes(), str(path), DEFAULT_LIMITS))
    docx_source = results[f"{path}/assessment.docx"]
    text_source = results[f"{path}/заметки.txt"]
    image = results[f"{path}/logo.png"]
    assert not isinstance(docx_source, IngestError) and docx_source.text == "Attached assessment text."
    assert docx_source.origin == f"{path}/assessment.docx"
    assert not isinstance(text_source, IngestError) and text_source.text == "Plain notes attached."
    assert isinstance(image, IngestError) and "image" in image.reason


def test_forwarded_message_is_one_attachment(tmp_path: Path) -> None:
    inner = make_message()
    outer = EmailMessage()
    outer["From"] = "desk@example.org"
    outer["Subject"] = "Fwd: meeting"
    outer.set_content("See the forwarded message.")
    outer.add_attachment(inner)
    path = write(tmp_path, outer)
    source = read_source(path)
    assert source.extra["attachments"].endswith(".eml")
    ((_where, forwarded),) = read_attachments(path.read_bytes(), str(path), DEFAULT_LIMITS)
    assert not isinstance(forwarded, IngestError)
    assert forwarded.title == "Встреча в Вене: итоги"


def test_unknown_charset_falls_back_to_detection(tmp_path: Path) -> None:
    raw = (b"From: a@example.org\nSubject: test\nContent-Type: text/plain; charset=x-unknown-charset\n"
           b"Content-Transfer-Encoding: 8bit\n\n") + "Привет из Москвы, коллеги.\n".encode("cp1251")
    path = tmp_path / "odd.eml"
    path.write_bytes(raw)
    assert "Привет из Москвы, коллеги." in read_source(path).text


def test_text_without_headers_named_eml_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notmail.eml"
    path.write_bytes(b"just some words\nwithout any header lines\n")
    with pytest.raises(IngestError, match="not an e-mail"):
        read_source(path)
