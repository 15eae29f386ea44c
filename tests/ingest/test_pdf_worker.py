"""PDFs read by a helper process: same outcome as reading them here, and a PDF that crashes
or hangs the reader costs that one file while every other file is imported, in order."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from briefing.ingest import IngestLimits, import_paths, pdf_worker
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
