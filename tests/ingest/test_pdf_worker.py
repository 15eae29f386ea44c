"""PDFs read by a helper process: same outcome as reading them here, and a PDF that crashes
or hangs the reader costs that one file while every other file is imported, in order."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from briefing.ingest import IngestLimits, import_paths, importer, pdf_worker
from briefing.model import Brief

# A helper that behaves like the real one, except on files named to crash or hang it.
UNRULY_HELPER = """
import os, signal, sys, time
from briefing.ingest import pdf_worker

def read(path, limits):
    if "crash" in path.name:
        os.kill(os.getpid(), signal.SIGKILL)
    if "hang" in path.name:
        time.sleep(600)
    return pdf_worker.read_outcome(path, limits)

pdf_worker.serve(read)
"""


def pdf(path: Path, text: str) -> Path:
    page = canvas.Canvas(str(path), pagesize=A4)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return path


def material(folder: Path, *unruly: str) -> list[str]:
    """A folder of PDFs and text files (plus the named unruly PDFs); the texts expected back."""
    folder.mkdir()
    expected = []
    for index in range(4):
        pdf(folder / f"{index}-report.pdf", f"Report {index} on the convoy.")
        (folder / f"{index}-note.txt").write_text(f"Note {index} on the bridge.", encoding="utf-8")
        expected += [f"Report {index} on the convoy.", f"Note {index} on the bridge."]
    for name in unruly:
        pdf(folder / name, "Never read.")
    return expected


@pytest.fixture
def unruly_helper(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "unruly_helper.py"
    script.write_text(UNRULY_HELPER, encoding="utf-8")
    monkeypatch.setattr(pdf_worker, "worker_command", lambda: [sys.executable, str(script)])


def test_helper_and_in_process_reading_agree(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    expected = material(folder)
    (folder / "5-broken.pdf").write_bytes(b"%PDF-1.7\nnot really a pdf")
    (folder / "6-same.pdf").write_bytes((folder / "0-report.pdf").read_bytes())
    here, helped = Brief(), Brief()
    one = import_paths(here, [folder], isolate_pdfs=False)
    two = import_paths(helped, [folder], isolate_pdfs=True)
    assert [s.text for s in here.sources] == [s.text for s in helped.sources] == sorted(
        expected, key=lambda text: (text.split()[1], text.startswith("Report")))  # file order
    assert [(s.title, s.paragraphs, s.extra) for s in here.sources] == [
        (s.title, s.paragraphs, s.extra) for s in helped.sources]
    assert [p.line() for p in one.failed] == [p.line() for p in two.failed]
    assert [p.path for p in two.failed] == [str(folder / "5-broken.pdf")]
    assert [d.path for d in two.duplicates] == [str(folder / "6-same.pdf")]


def test_a_pdf_that_crashes_the_reader_costs_only_that_file(tmp_path: Path, unruly_helper: None) -> None:
    folder = tmp_path / "in"
    expected = material(folder, "1-crash.pdf", "2-crash-again.pdf")
    brief = Brief()
    report = import_paths(brief, [folder])
    assert sorted(s.text for s in brief.sources) == sorted(expected)
    assert [p.path for p in report.failed] == [str(folder / "1-crash.pdf"), str(folder / "2-crash-again.pdf")]
    assert all(p.reason == pdf_worker.CRASHED for p in report.failed)
    assert [Path(item.path).name for item in report.imported][:4] == [
        "0-note.txt", "0-report.pdf", "1-note.txt", "1-report.pdf"]  # file order kept


def test_a_pdf_that_hangs_the_reader_is_stopped(tmp_path: Path, unruly_helper: None,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_worker, "_GRACE_SECONDS", 0.5)
    folder = tmp_path / "in"
    expected = material(folder, "1-hang.pdf")
    brief = Brief()
    started = time.monotonic()
    report = import_paths(brief, [folder], limits=IngestLimits(max_seconds=1))
    assert time.monotonic() - started < 30
    assert sorted(s.text for s in brief.sources) == sorted(expected)
    assert [p.line() for p in report.failed] == [
        f"{folder / '1-hang.pdf'}: took longer than 1 s to read and was stopped (the time limit can be raised "
        "in settings)"]


def test_cancel_while_the_helper_is_busy(tmp_path: Path, unruly_helper: None) -> None:
    folder = tmp_path / "in"
    material(folder, "0-hang.pdf")
    calls: list[float] = []

    def cancel() -> bool:
        calls.append(time.monotonic())
        return calls[-1] - calls[0] > 1.0  # gives up a second after the import starts

    brief = Brief()
    report = import_paths(brief, [folder], cancel=cancel)
    assert report.cancelled
    assert calls[-1] - calls[0] < 10
    assert "0-hang.pdf" not in {Path(item.path).name for item in report.imported}
    assert len(brief.sources) == len(report.imported) > 0  # what was read before is kept, whole


def test_a_helper_that_cannot_run_falls_back_to_reading_here(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_worker, "worker_command", lambda: [sys.executable, "-c", "raise SystemExit(3)"])
    folder = tmp_path / "in"
    expected = material(folder)
    brief = Brief()
    report = import_paths(brief, [folder])
    assert report.ok
    assert sorted(s.text for s in brief.sources) == sorted(expected)


def test_a_helper_that_cannot_start_falls_back_to_reading_here(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_worker, "worker_command", lambda: [str(tmp_path / "no-such-interpreter")])
    folder = tmp_path / "in"
    expected = material(folder)
    brief = Brief()
    assert import_paths(brief, [folder]).ok
    assert sorted(s.text for s in brief.sources) == sorted(expected)


def test_the_real_helper_starts_and_reads(tmp_path: Path) -> None:
    """Guards the fallback from hiding a helper that never works: this one must answer itself."""
    readers = pdf_worker.PdfReaders(IngestLimits())
    try:
        readers.submit(0, pdf(tmp_path / "one.pdf", "One page from the helper."))
        outcome = readers.outcome(0)
        assert not readers.in_process
        assert readers.helper is not None and readers.helper.ready
        assert readers.helper.process.poll() is None  # alive, waiting for the next file
    finally:
        readers.close()
    assert not isinstance(outcome, str) and outcome is not None
    assert outcome.text == "One page from the helper."


# A helper that reads like the real one and notes the name of every file it is given.
LOGGING_HELPER = """
import sys
from pathlib import Path
from briefing.ingest import pdf_worker

def read(path, limits):
    with open(sys.argv[1], "a", encoding="utf-8") as log:
        log.write(path.name + "\\n")
    return pdf_worker.read_outcome(path, limits)

pdf_worker.serve(read)
"""


def mixed_folder(folder: Path, count: int) -> None:
    """Web pages, notes in two encodings and e-mails, no PDF: the helper shares them or nothing."""
    folder.mkdir()
    for index in range(count):
        kind = index % 4
        if kind == 0:
            (folder / f"{index:02}-page.html").write_text(
                f"<html><head><title>Page {index}</title></head><body><nav>Home</nav><article>"
                f"<h1>Page {index}</h1><p>The convoy reached the bridge on day {index}.</p>"
                f"<p>Officials said talks would resume after the exchange of prisoners.</p>"
                f"</article><footer>Footer</footer></body></html>", encoding="utf-8")
        elif kind == 1:
            (folder / f"{index:02}-note.txt").write_text(f"Note {index}.\n\nOn the bridge.", encoding="utf-8")
        elif kind == 2:
            (folder / f"{index:02}-note.txt").write_bytes(f"Записка {index}.\n\nКонвой у моста.".encode("cp1251"))
        else:
            (folder / f"{index:02}-mail.eml").write_bytes(
                f"From: Desk <desk@example.org>\nTo: team@example.org\nSubject: Mail {index}\n"
                f"Date: Thu, 20 Nov 2025 16:30:00 +0000\n\nThe envoy arrived on day {index}.\n".encode())


def fields(brief: Brief) -> list[tuple[object, ...]]:
    return [(s.title, s.text, s.paragraphs, s.extra, s.media_type, s.author, s.published, s.accessed)
            for s in brief.sources]


def test_a_large_import_shares_every_kind_of_file_with_the_helper(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    script, log = tmp_path / "logging_helper.py", tmp_path / "read-by-helper.log"
    script.write_text(LOGGING_HELPER, encoding="utf-8")
    monkeypatch.setattr(pdf_worker, "worker_command", lambda: [sys.executable, str(script), str(log)])
    folder = tmp_path / "in"
    mixed_folder(folder, 40)
    here, helped = Brief(), Brief()
    import_paths(here, [folder], isolate_pdfs=False)
    steps: list[tuple[int, int]] = []
    report = import_paths(helped, [folder], progress=lambda done, total, path: steps.append((done, total)))
    assert report.ok and len(helped.sources) == 40
    assert fields(helped) == fields(here)  # the same sources, in file order, whoever read them
    assert [Path(item.path).name for item in report.imported] == sorted(p.name for p in folder.iterdir())
    names = log.read_text(encoding="utf-8").split()
    assert {Path(name).suffix for name in names} >= {".html", ".txt"}  # the helper read more than PDFs
    assert len(names) < 40  # and this process read the rest
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)  # progress never goes back
    assert steps[-1] == (40, 40)


def test_a_small_import_without_pdfs_starts_no_helper(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_worker, "worker_command", lambda: pytest.fail("a helper was started"))
    folder = tmp_path / "in"
    mixed_folder(folder, 8)
    assert import_paths(Brief(), [folder]).ok


def test_files_too_big_for_the_helpers_memory_cap_are_read_here(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    script, log = tmp_path / "logging_helper.py", tmp_path / "read-by-helper.log"
    script.write_text(LOGGING_HELPER, encoding="utf-8")
    monkeypatch.setattr(pdf_worker, "worker_command", lambda: [sys.executable, str(script), str(log)])
    monkeypatch.setattr(importer, "_SHARE_BYTES", 100)
    folder = tmp_path / "in"
    mixed_folder(folder, 40)
    small = {path.name for path in folder.iterdir() if path.stat().st_size <= 100}
    assert import_paths(Brief(), [folder]).ok
    names = set(log.read_text(encoding="utf-8").split())
    assert names and names <= small


def test_a_slow_start_of_the_helper_is_not_charged_to_a_file(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """On a busy machine the helper's start-up can take longer than one file's time limit; it
    must still be waited for, not given up on (which leaves the PDFs to this process, unguarded)."""
    script = tmp_path / "slow_helper.py"
    script.write_text("import time\ntime.sleep(2.5)\n" + UNRULY_HELPER, encoding="utf-8")
    monkeypatch.setattr(pdf_worker, "worker_command", lambda: [sys.executable, str(script)])
    monkeypatch.setattr(pdf_worker, "_GRACE_SECONDS", 0.5)
    folder = tmp_path / "in"
    expected = material(folder, "1-hang.pdf")
    brief = Brief()
    report = import_paths(brief, [folder], limits=IngestLimits(max_seconds=1))
    assert sorted(s.text for s in brief.sources) == sorted(expected)
    assert [p.path for p in report.failed] == [str(folder / "1-hang.pdf")]


def test_cancel_during_a_shared_import_keeps_whole_sources_in_file_order(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    mixed_folder(folder, 40)
    whole = Brief()
    import_paths(whole, [folder], isolate_pdfs=False)
    by_text = {s.text: s for s in whole.sources}
    steps: list[int] = []
    brief = Brief()
    report = import_paths(brief, [folder], progress=lambda done, total, path: steps.append(done),
                          cancel=lambda: len(steps) >= 10)
    assert report.cancelled
    assert 0 < len(brief.sources) == len(report.imported) < 40
    names = [Path(item.path).name for item in report.imported]
    assert names == sorted(names)
    assert all(s.paragraphs == by_text[s.text].paragraphs and s.title == by_text[s.text].title
               for s in brief.sources)
