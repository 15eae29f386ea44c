"""Bad input: each file gets one clear reason, bounded cost, and never stops the others."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from briefing.ingest import IngestError, IngestLimits, import_paths, read_source
from briefing.model import Brief


def test_zero_byte_files(tmp_path: Path) -> None:
    for name in ("empty.txt", "empty.pdf", "empty.docx", "empty.html", "empty.eml"):
        path = tmp_path / name
        path.write_bytes(b"")
        with pytest.raises(IngestError, match=r"is empty \(0 bytes\)"):
            read_source(path)


def test_200_mb_text_file_is_refused_without_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: costs no disk, but reports 200 MB
        handle.truncate(200 * 1024 * 1024)
    opened: list[Path] = []
    real_open = Path.open

    def spy(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        opened.append(self)
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", spy)
    with pytest.raises(IngestError, match=r"is 200.0 MB, more than the limit of 50.0 MB"):
        read_source(path)
    assert opened == []


def test_size_limit_is_a_setting(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("A short note that is a little longer than the limit.\n", encoding="utf-8")
    with pytest.raises(IngestError, match="more than the limit of 20 bytes"):
        read_source(path, IngestLimits(max_file_bytes=20))
    with pytest.raises(IngestError, match="more than the limit of 10"):
        read_source(path, IngestLimits(max_text_chars=10))


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("classified", encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):  # running as root: permissions do not bind, so simulate them
            real_open = Path.open

            def refuse(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
                if self == path:
                    raise PermissionError(13, "Permission denied", str(self))
                return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

            monkeypatch.setattr(Path, "open", refuse)
        with pytest.raises(IngestError, match="cannot be read: permission denied"):
            read_source(path)
    finally:
        path.chmod(0o600)


def test_a_folder_of_bad_files_imports_what_it_can(tmp_path: Path) -> None:
    """Everything that can be imported is; each other file gets exactly one line."""
    folder = tmp_path / "inbox"
    (folder / "nested" / "deeper").mkdir(parents=True)
    (folder / "good.txt").write_text("A good note about the talks.", encoding="utf-8")
    (folder / "nested" / "deeper" / "good.html").write_text("<p>A good page.</p>", encoding="utf-8")
    (folder / "garbage.txt").write_bytes(bytes((i * 7919) % 256 for i in range(3000)))
    (folder / "garbage.pdf").write_bytes(b"nothing like a pdf" * 50)
    (folder / "empty.docx").write_bytes(b"")
    with zipfile.ZipFile(folder / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (32 * 1024 * 1024))
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff" + bytes(100))
    (folder / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (folder / "nested" / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "nested" / "broken.txt").symlink_to(folder / "missing.txt")
    brief = Brief()
    report = import_paths(brief, [folder])
    assert [Path(item.path).name for item in report.imported] == ["good.txt", "good.html"]
    assert [source.text for source in brief.sources] == ["A good note about the talks.", "A good page."]
    reasons = {Path(problem.path).name: problem.reason for problem in report.failed}
    assert set(reasons) == {"garbage.txt", "garbage.pdf", "empty.docx", "bomb.docx", "broken.txt"}
    assert "binary" in reasons["garbage.txt"]
    assert "not a PDF" in reasons["garbage.pdf"]
    assert "empty" in reasons["empty.docx"]
    assert "zip bomb" in reasons["bomb.docx"]
    assert "broken link" in reasons["broken.txt"]
    assert all("\n" not in reason for reason in reasons.values())
    skipped = {Path(problem.path).name: problem.reason for problem in report.skipped}
    assert "link loop" in skipped["loop"]
    assert "photo.jpg" in skipped
    assert not report.ok
    assert report.summary() == "2 imported, 0 duplicates, 5 failed, 2 skipped"


@pytest.mark.parametrize("name", ["сводка.txt", "تقرير.txt", "報告書.txt", "דו״ח.txt", "note 📰.txt", "naïve-é.txt"])
def test_file_names_in_any_script(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("Body text.", encoding="utf-8")
    brief = Brief()
    report = import_paths(brief, [tmp_path])
    assert [item.path for item in report.imported] == [str(path)]
    assert brief.sources[0].title == "Body text."
    assert brief.sources[0].extra["file"] == name


def test_file_name_that_is_not_valid_utf8(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9-notes.txt"
    with open(raw, "wb") as handle:
        handle.write(b"Notes from the cafe.")
    brief = Brief()
    report = import_paths(brief, [tmp_path])
    assert len(report.imported) == 1 and brief.sources[0].text == "Notes from the cafe."
    assert brief.sources[0].title == "Notes from the cafe."
    # Shown and stored as text: the undecodable byte becomes U+FFFD, never a lone surrogate.
    assert brief.sources[0].extra["file"] == "caf\ufffd-notes.txt"
    assert report.imported[0].path.endswith("caf\ufffd-notes.txt")
    brief.sources[0].origin.encode("utf-8")  # would raise on a surrogate
