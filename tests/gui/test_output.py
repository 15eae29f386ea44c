"""Printing through the PDF, spell checking with a word list, and cancelling an import."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from briefing.gui import spelling
from briefing.gui.file_ops import print_pdf

from .helpers import drop_mime


def _two_page_pdf(path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(100, 100, "Page one of the brief")
    writer.newPage()
    painter.drawText(100, 100, "Page two of the brief")
    painter.end()


def test_printing_paints_every_page_of_the_pdf(qtbot, tmp_path: Path) -> None:
    source = tmp_path / "brief.pdf"
    _two_page_pdf(source)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(source, printer) == 2
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 2


def test_printing_an_unreadable_pdf_prints_nothing(qtbot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(broken, printer) == 0


def test_spell_check_marks_unknown_words(qtbot, opened, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    words = tmp_path / "words"
    words.write_text("the\nharbour\ntalk\nresumed\nin\nport\n", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_DICTIONARY", str(words))
    spelling.load_words.cache_clear()
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    highlighter = spelling.attach(document)
    assert highlighter is not None
    document.setPlainText("The harbour talks resumed in teh port")

    def marked() -> list[tuple[int, int]]:
        return [(r.start, r.length) for r in document.firstBlock().layout().formats()]

    highlighter.rehighlight()  # Qt defers the first pass to the event loop; do it now
    assert marked() == [(len("The harbour talks resumed in "), 3)]


def test_no_dictionary_means_no_spell_check(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BRIEFING_DICTIONARY", str(tmp_path / "missing"))
    monkeypatch.setattr(spelling, "_CANDIDATES", ())
    from PySide6.QtGui import QTextDocument

    assert spelling.attach(QTextDocument()) is None


def test_cancelled_import_changes_nothing(qtbot, opened, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(40):
        (folder / f"note-{number:02}.txt").write_text(f"Harbour note number {number}.\n" * 50, encoding="utf-8")
    job = opened.handle_drop(drop_mime([folder]))
    assert opened.tasks.isVisibleTo(opened)
    opened.tasks.cancel()
    qtbot.waitUntil(lambda: not job.running, timeout=20000)
    assert opened.controller.brief.sources == []
    assert opened.controller.undo_stack.count() == 0
    assert not opened.tasks.isVisibleTo(opened)


def test_analysis_shows_in_the_status_bar_and_can_be_cancelled(qtbot, opened) -> None:
    from briefing.gui.commands import ImportSourcesCommand
    from briefing.model import Source

    from .conftest import ARTICLE

    opened.controller.push(ImportSourcesCommand(opened.controller, [Source(title="Harbour", text=ARTICLE)]))
    opened.analysis.run()
    job = opened.analysis.job
    assert job is not None and job in opened.tasks.jobs and opened.tasks.isVisibleTo(opened)
    opened.tasks.cancel_button.click()
    qtbot.waitUntil(lambda: not job.running, timeout=20000)
    assert opened.analysis.suggestions == []
    assert not opened.tasks.isVisibleTo(opened)
