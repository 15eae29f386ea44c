"""PDFs written with reportlab, read back; scans, encrypted and enormous files refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from briefing.ingest import IngestError, IngestLimits, read_source
from briefing.ingest.pdf import paragraphs_from_lines

PARAGRAPHS = [
    "Talks resume in Geneva",
    "The delegations met on Thursday for the first time since June, officials from both sides said in "
    "separate statements issued after the meeting ended late in the evening.",
    "A spokesperson said the agenda was not yet agreed. Another round is expected next week, but no date "
    "has been set and the venue may change.",
    "Second page",
    "Observers described the atmosphere as constructive but cautious; several questions about sequencing "
    "remained open at the close of the session.",
    "Short closing line.",
]


def make_pdf(path: Path, *, encrypt: pdfencrypt.StandardEncryption | None = None) -> None:
    styles = getSampleStyleSheet()
    document = SimpleDocTemplate(str(path), pagesize=A4, title="Geneva talks", author="Desk Analyst",
                                 subject="Weekly", encrypt=encrypt)
    story = [Paragraph(PARAGRAPHS[0], styles["Heading1"]),
             Paragraph(PARAGRAPHS[1], styles["BodyText"]),
             Paragraph(PARAGRAPHS[2], styles["BodyText"]),
             PageBreak(),
             Paragraph(PARAGRAPHS[3], styles["Heading2"]),
             Paragraph(PARAGRAPHS[4], styles["BodyText"]),
             Paragraph(PARAGRAPHS[5], styles["BodyText"])]
    document.build(story)


def test_text_in_reading_order_and_metadata(tmp_path: Path, check_paragraphs) -> None:
    path = tmp_path / "geneva.pdf"
    make_pdf(path)
    source = read_source(path)
    check_paragraphs(source, PARAGRAPHS)
    assert source.title == "Geneva talks"
    assert source.author == "Desk Analyst"
    assert source.published is not None
    assert source.extra["pages"] == "2"
    assert source.media_type == "application/pdf"


def test_pdf_with_owner_password_only_is_read(tmp_path: Path) -> None:
    path = tmp_path / "restricted.pdf"
    make_pdf(path, encrypt=pdfencrypt.StandardEncryption("", ownerPassword="owner", canPrint=0))
    assert read_source(path).text.startswith("Talks resume in Geneva")


def test_encrypted_pdf_is_reported_as_such(tmp_path: Path) -> None:
    path = tmp_path / "secret.pdf"
    make_pdf(path, encrypt=pdfencrypt.StandardEncryption("user-secret", ownerPassword="owner"))
    with pytest.raises(IngestError, match="encrypted with a password"):
        read_source(path)


def test_scanned_pdf_is_reported_as_such(tmp_path: Path) -> None:
    image = Image.new("L", (200, 100), color=255)
    for x in range(20, 180):
        image.putpixel((x, 50), 0)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    path = tmp_path / "scan.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 50, 500, width=400, height=200)
    page.showPage()
    page.save()
    with pytest.raises(IngestError, match="no text layer"):
        read_source(path)


def test_thousands_of_pages_are_refused_before_extraction(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    pages = canvas.Canvas(str(path), pagesize=A4)
    for number in range(2000):
        pages.drawString(72, 720, f"Page {number}")
        pages.showPage()
    pages.save()
    with pytest.raises(IngestError, match="2,000 pages, more than the limit of 1,000"):
        read_source(path)


def test_page_limit_is_a_setting(tmp_path: Path) -> None:
    path = tmp_path / "geneva.pdf"
    make_pdf(path)
    assert read_source(path, IngestLimits(max_pdf_pages=2)).extra["pages"] == "2"
    with pytest.raises(IngestError, match="2 pages, more than the limit of 1"):
        read_source(path, IngestLimits(max_pdf_pages=1))


def test_time_limit_stops_extraction(tmp_path: Path) -> None:
    path = tmp_path / "geneva.pdf"
    make_pdf(path)
    with pytest.raises(IngestError, match="took longer than"):
        read_source(path, IngestLimits(max_seconds=0))


def test_garbage_named_pdf(tmp_path: Path) -> None:
    path = tmp_path / "garbage.pdf"
    path.write_bytes(bytes((i * 31 + 7) % 256 for i in range(5000)))
    with pytest.raises(IngestError, match="not a PDF file"):
        read_source(path)


def test_truncated_pdf(tmp_path: Path) -> None:
    whole = tmp_path / "whole.pdf"
    make_pdf(whole)
    path = tmp_path / "truncated.pdf"
    path.write_bytes(whole.read_bytes()[:300])
    with pytest.raises(IngestError):
        read_source(path)


def test_pdf_renamed_txt_is_read_as_pdf(tmp_path: Path) -> None:
    whole = tmp_path / "whole.pdf"
    make_pdf(whole)
    path = tmp_path / "actually-a-pdf.txt"
    path.write_bytes(whole.read_bytes())
    assert read_source(path).media_type == "application/pdf"


def test_line_joining_rules() -> None:
    lines = ["A heading", "This line is long enough to set the width of the page and it con-",
             "tinues here while still being a long line of text in the paragraph",
             "and ends short.", "", "Next paragraph."]
    assert paragraphs_from_lines(lines) == [
        "A heading",
        "This line is long enough to set the width of the page and it continues here while still being a long "
        "line of text in the paragraph and ends short.",
        "Next paragraph.",
    ]


def test_two_columns_are_read_column_by_column(tmp_path: Path, check_paragraphs) -> None:
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    left = ["Left column opening paragraph about the border crossing and the queues that formed overnight.",
            "Left column second paragraph on the customs officers and their new inspection routine."]
    right = ["Right column paragraph about the weather that delayed the trucks for several hours.",
             "Right column closing paragraph with the outlook for the coming week."]
    path = tmp_path / "columns.pdf"
    document = BaseDocTemplate(str(path), pagesize=A4, title="Columns")
    width, height = A4
    frames = [Frame(40, 60, width / 2 - 50, height - 120, id="left"),
              Frame(width / 2 + 10, 60, width / 2 - 50, height - 120, id="right")]
    document.addPageTemplates([PageTemplate(id="two", frames=frames)])
    styles = getSampleStyleSheet()
    from reportlab.platypus import FrameBreak

    document.build([*(Paragraph(p, styles["BodyText"]) for p in left), FrameBreak(),
                    *(Paragraph(p, styles["BodyText"]) for p in right)])
    check_paragraphs(read_source(path), [*left, *right])


def test_running_headers_and_page_numbers_are_left_out(tmp_path: Path, check_paragraphs) -> None:
    body = [f"Paragraph {n} of the long report, which discusses the convoy schedule and the repairs "
            f"to the bridge in some detail so that it wraps over more than one line." for n in range(1, 5)]

    def furniture(canvas_: canvas.Canvas, document: SimpleDocTemplate) -> None:
        canvas_.setFont("Helvetica", 9)
        canvas_.drawString(72, 800, "CONVOY REVIEW — INTERNAL")
        canvas_.drawString(500, 30, f"Page {document.page} of 4")

    styles = getSampleStyleSheet()
    path = tmp_path / "report.pdf"
    document = SimpleDocTemplate(str(path), pagesize=A4)
    story: list = []
    for paragraph in body:
        story += [Paragraph(paragraph, styles["BodyText"]), PageBreak()]
    document.build(story[:-1], onFirstPage=furniture, onLaterPages=furniture)
    check_paragraphs(read_source(path), body)


def test_embedded_font_text_in_any_script_and_table_rows(tmp_path: Path, check_paragraphs) -> None:
    """Text drawn with an embedded TrueType subset (as office suites write it) comes back
    exactly, Cyrillic and Greek included; each table row reads as one line."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Table

    from briefing.resources import resource

    pdfmetrics.registerFont(TTFont("IngestDejaVu", str(resource("fonts", "DejaVuSans.ttf"))))
    style = ParagraphStyle("body", fontName="IngestDejaVu", fontSize=10, leading=13, spaceAfter=8)
    heading = ParagraphStyle("heading", fontName="IngestDejaVu", fontSize=16, leading=20, spaceAfter=8)
    texts = ["Переговоры в Женеве",
             "Делегации встретились в четверг впервые с июня, сообщили официальные лица обеих сторон.",
             "Η αντιπροσωπεία έφτασε στη Γενεύη το πρωί της Πέμπτης."]
    path = tmp_path / "scripts.pdf"
    document = SimpleDocTemplate(str(path), pagesize=A4, title="Женева")
    table = Table([["Name", "Role"], ["Ирина Петрова", "посол"]], style=[("FONTNAME", (0, 0), (-1, -1),
                                                                           "IngestDejaVu")])
    document.build([Paragraph(texts[0], heading), Paragraph(texts[1], style), Paragraph(texts[2], style),
                    table])
    source = read_source(path)
    check_paragraphs(source, [*texts, "Name Role", "Ирина Петрова посол"])
    assert source.title == "Женева"
