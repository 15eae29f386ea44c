"""Word documents written with python-docx, read back; damaged and hostile ones refused."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import docx
import pytest

from briefing.ingest import IngestError, IngestLimits, read_source


def make_docx(path: Path) -> None:
    document = docx.Document()
    document.add_heading("Assessment of the Vienna talks", level=1)
    document.add_paragraph("The talks opened on Monday with both delegations present.")
    paragraph = document.add_paragraph("A second paragraph with ")
    paragraph.add_run("bold").bold = True
    paragraph.add_run(" and a line\nbreak.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Party"
    table.cell(0, 1).text = "Position"
    table.cell(1, 0).text = "Delegation A"
    table.cell(1, 1).text = "Wants a ceasefire first"
    document.add_paragraph("")
    document.add_paragraph("Закрытие: переговоры продолжатся.")
    props = document.core_properties
    props.title = "Vienna talks assessment"
    props.author = "Desk Analyst"
    props.created = datetime(2025, 3, 14, 9, 30)
    props.subject = "Weekly"
    document.save(str(path))


def test_paragraphs_tables_and_properties(tmp_path: Path, check_paragraphs) -> None:
    path = tmp_path / "assessment.docx"
    make_docx(path)
    source = read_source(path)
    check_paragraphs(source, [
        "Assessment of the Vienna talks",
        "The talks opened on Monday with both delegations present.",
        "A second paragraph with bold and a line\nbreak.",
        "Party\tPosition",
        "Delegation A\tWants a ceasefire first",
        "Закрытие: переговоры продолжатся.",
    ])
    assert source.title == "Vienna talks assessment"
    assert source.author == "Desk Analyst"
    assert source.published == date(2025, 3, 14)
    assert source.extra["subject"] == "Weekly"


def test_truncated_docx_is_refused(tmp_path: Path) -> None:
    whole = tmp_path / "whole.docx"
    make_docx(whole)
    data = whole.read_bytes()
    path = tmp_path / "truncated.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(IngestError, match="not a valid DOCX") as caught:
        read_source(path)
    assert str(path) in str(caught.value)


def test_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (64 * 1024 * 1024))
    assert path.stat().st_size < 200_000
    with pytest.raises(IngestError, match="zip bomb"):
        read_source(path)


def test_many_small_members_over_the_total_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "wide.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        for index in range(20):
            archive.writestr(f"word/media/part{index}.bin", b"A" * 100_000)
    with pytest.raises(IngestError, match="would unpack to"):
        read_source(path, IngestLimits(max_unzipped_bytes=1_000_000))


def test_zip_without_a_document_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photos/a.txt", "not a document")
    path = tmp_path / "archive.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(IngestError, match="not a Word document"):
        read_source(path)


def test_docx_with_broken_xml_is_refused(tmp_path: Path) -> None:
    whole = tmp_path / "whole.docx"
    make_docx(whole)
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    with pytest.raises(IngestError, match="DOCX"):
        read_source(path)


def test_binary_garbage_named_docx(tmp_path: Path) -> None:
    path = tmp_path / "garbage.docx"
    path.write_bytes(bytes(range(256)) * 16)
    with pytest.raises(IngestError, match="not a DOCX file"):
        read_source(path)


def test_legacy_doc_gets_advice(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(IngestError, match="save it as DOCX"):
        read_source(path)
