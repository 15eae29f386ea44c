"""Importing many paths into a brief: duplicates, progress, cancel, attachments."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from briefing.ingest import import_paths
from briefing.model import Brief, Source


def notes(tmp_path: Path, count: int) -> list[Path]:
    paths = []
    for index in range(count):
        path = tmp_path / f"note-{index:02}.txt"
        path.write_text(f"Note number {index}.\n\nSecond paragraph of note {index}.", encoding="utf-8")
        paths.append(path)
    return paths


def test_same_content_twice_offers_the_existing_source(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text("The same report.", encoding="utf-8")
    second = tmp_path / "b.txt"
    second.write_bytes("The same report.\r\n".encode("utf-16"))  # other bytes, same text
    existing = Source(title="Earlier", text="Already in the brief.")
    again = tmp_path / "c.txt"
    again.write_text("Already in the brief.", encoding="utf-8")
    brief = Brief(sources=[existing])
    report = import_paths(brief, [first, second, again])
    assert [item.path for item in report.imported] == [str(first)]
    assert [(d.path, d.existing) for d in report.duplicates] == [
        (str(second), report.imported[0].source), (str(again), existing)]
    assert len(brief.sources) == 2
    assert report.ok
    assert report.summary() == "1 imported, 2 duplicates, 0 failed"


def test_progress_reports_every_file_and_the_end(tmp_path: Path) -> None:
    paths = notes(tmp_path, 3)
    calls: list[tuple[int, int, str]] = []
    import_paths(Brief(), [tmp_path], progress=lambda done, total, path: calls.append((done, total, path.name)))
    assert calls == [(0, 3, "note-00.txt"), (1, 3, "note-01.txt"), (2, 3, "note-02.txt"), (3, 3, "note-02.txt")]
    assert len(paths) == 3


def test_cancel_stops_between_files_leaving_whole_sources(tmp_path: Path) -> None:
    notes(tmp_path, 5)
    brief = Brief()
    seen: list[int] = []
    report = import_paths(brief, [tmp_path], progress=lambda done, total, path: seen.append(done),
                          cancel=lambda: len(seen) >= 2)
    assert report.cancelled
    assert len(brief.sources) == 2
    assert [s.text.split("\n")[0] for s in brief.sources] == ["Note number 0.", "Note number 1."]
    assert report.summary().endswith("(cancelled)")


def test_missing_path_is_one_failure_and_the_rest_import(tmp_path: Path) -> None:
    (good,) = notes(tmp_path, 1)
    brief = Brief()
    report = import_paths(brief, [tmp_path / "missing.txt", good])
    assert [p.line() for p in report.failed] == [f"{tmp_path / 'missing.txt'}: does not exist"]
    assert len(brief.sources) == 1


def test_same_file_named_twice_is_read_once(tmp_path: Path) -> None:
    (good,) = notes(tmp_path, 1)
    link = tmp_path / "link.txt"
    link.symlink_to(good)
    report = import_paths(Brief(), [good, tmp_path, link])
    assert len(report.imported) == 1 and not report.duplicates


def test_attachments_become_sources_when_asked(tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "desk@example.org"
    message["Subject"] = "Report attached"
    message["Date"] = "Fri, 21 Nov 2025 09:00:00 +0000"
    message.set_content("Please find the report attached.")
    message.add_attachment(b"Attached report text.", maintype="text", subtype="plain", filename="report.txt")
    message.add_attachment(b"GIF89a" + bytes(50), maintype="image", subtype="gif", filename="logo.gif")
    path = tmp_path / "mail.eml"
    path.write_bytes(bytes(message))

    without = Brief()
    assert len(import_paths(without, [path]).imported) == 1

    brief = Brief()
    report = import_paths(brief, [path], attachments=True)
    assert [item.path for item in report.imported] == [str(path), f"{path}/report.txt"]
    assert brief.sources[1].text == "Attached report text."
    assert brief.sources[1].origin == f"{path}/report.txt"
    assert [p.path for p in report.skipped] == [f"{path}/logo.gif"]
    assert report.ok
