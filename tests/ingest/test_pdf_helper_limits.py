"""The PDF helper's memory and CPU caps: a PDF that expands without end costs that file only."""

from __future__ import annotations

import zlib
from pathlib import Path

from reportlab.pdfgen import canvas

from briefing.ingest import IngestLimits, import_paths
from briefing.model import Brief


def write_expanding_pdf(path: Path, operations: int) -> int:
    """A small PDF whose one page draws `operations` lines (a few kB that expand enormously)."""
    stream = zlib.compress(b"0 0 m 1 1 l S\n" * operations, 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    data = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    table = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, table)
    path.write_bytes(bytes(data))
    return len(data)


def test_a_pdf_over_its_memory_budget_costs_only_that_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    size = write_expanding_pdf(folder / "1-expands.pdf", 1_500_000)
    assert size < 64 * 1024
    for name in ("0-before.pdf", "2-after.pdf"):
        pdf = canvas.Canvas(str(folder / name))
        pdf.drawString(72, 720, f"Report {name[:1]} on the harbour.")
        pdf.save()
    (folder / "3-note.txt").write_text("A note.", encoding="utf-8")
    brief = Brief()
    report = import_paths(brief, [folder], limits=IngestLimits(memory_overhead_bytes=40 * 1024 * 1024))
    assert [s.text for s in brief.sources] == ["Report 0 on the harbour.", "Report 2 on the harbour.", "A note."]
    assert [Path(p.path).name for p in report.failed] == ["1-expands.pdf"]
    assert "memory" in report.failed[0].reason
