"""Opening a file that is not a brief names what it is and says to import it instead."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from briefing.store import BriefFile, StoreError


def _word(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Harbour talks resume in Velmora.")
    document.save(str(path))
    return path


@pytest.mark.parametrize(("name", "content", "kind"), [
    ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + b" " * 100, "a PDF"),
    ("page.html", b"<!doctype html><html><head><title>Talks</title></head><body>" + b"x" * 100, "a web page"),
    ("mail.eml", b"From: a@example.org\nTo: b@example.org\nSubject: Talks\n\n" + b"x" * 100, "an e-mail"),
    ("notes.txt", b"Harbour talks resume in Velmora. " * 5, "a text file"),
])
def test_sources_opened_as_briefs_are_named(tmp_path: Path, name: str, content: bytes, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(StoreError) as raised:
        BriefFile.open(path)
    assert f"is {kind}, not a brief" in str(raised.value)
    assert "import it into a brief as a source" in str(raised.value)
    assert "SQLite" not in str(raised.value)


def test_a_word_file_opened_as_a_brief_is_named(tmp_path: Path) -> None:
    """Regression: opening a .docx said "not an SQLite database"."""
    with pytest.raises(StoreError) as raised:
        BriefFile.open(_word(tmp_path / "article.docx"))
    assert "is a Word document, not a brief" in str(raised.value)


def test_other_files_still_say_they_are_not_briefs(tmp_path: Path) -> None:
    path = tmp_path / "picture.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200)
    with pytest.raises(StoreError, match="not a Briefing file"):
        BriefFile.open(path)
