"""What a PDF shows besides its page text, and pages that fool simple rules: forms, comments,
letter-spaced text layers, repeated text on rotated or short documents."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from briefing.ingest import read_source


def test_form_field_values_and_comments_are_imported_and_marked(tmp_path: Path) -> None:
    path = tmp_path / "form.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawString(72, 760, "Visitor registration form, to be filled in at the gate.")
    pdf.acroForm.textfield(name="visitor", value="Olena Kovalenko", x=72, y=700, width=300, height=20)
    pdf.acroForm.textfield(name="purpose", value="", x=72, y=660, width=300, height=20)
    pdf.textAnnotation("Check the passport number against the list.", Rect=(400, 700, 420, 720),
                       relative=0)
    pdf.save()
    text = read_source(path).text
    assert "Visitor registration form" in text
    assert "[Form field visitor: Olena Kovalenko]" in text
    assert "purpose" not in text  # an empty field says nothing
    assert "[Comment: Check the passport number against the list.]" in text


def _spaced_line(pdf: canvas.Canvas, words: list[str], y: float, size: float = 11) -> None:
    """Each glyph placed on its own, as OCR text layers do, with uneven gaps inside words."""
    x = 72.0
    for word in words:
        for index, letter in enumerate(word):
            pdf.drawString(x, y, letter)
            x += stringWidth(letter, "Helvetica", size) + (2.0 if index == len(word) - 2 else 0.1)
        x += stringWidth(" ", "Helvetica", size) * 1.6


def test_letter_spaced_text_layer_is_read_as_words(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 11)
    _spaced_line(pdf, ["North", "Buona", "Vista", "Drive"], 760)
    _spaced_line(pdf, ["Permit", "issued", "to", "the", "harbour", "office"], 745)
    pdf.save()
    text = " ".join(read_source(path).text.split())
    assert text == "North Buona Vista Drive Permit issued to the harbour office"


def test_repeated_text_on_every_rotated_page_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "rotated.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    lines = ["Checkpoint log: no vehicles crossed.", "Weather clear, visibility good."]
    for page in range(4):
        pdf.setPageRotation(90)
        pdf.drawString(72, 400, "CONFIDENTIAL")
        pdf.drawString(72, 700, f"Day {page + 1}")
        for index, line in enumerate(lines):
            pdf.drawString(72, 650 - 14 * index, line)
        pdf.showPage()
    pdf.save()
    text = read_source(path).text
    assert text.count("Checkpoint log: no vehicles crossed.") == 4
    assert text.count("Weather clear, visibility good.") == 4


def test_short_document_of_repeated_pages_keeps_its_body(tmp_path: Path) -> None:
    path = tmp_path / "notices.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(3):
        pdf.drawString(72, 760, "Notice to residents")
        pdf.drawString(72, 700, "The water supply will be cut between 9 and 11.")
        pdf.showPage()
    pdf.save()
    text = read_source(path).text
    assert "The water supply will be cut between 9 and 11." in text
