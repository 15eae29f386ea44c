"""Word, PDF and e-mail text against a reference reader: do we read the words they read?

    python benchmarks/eval_readers.py [--files 30] [--keep DIR] [--json]

Generates fictional documents of each format (DOCX with python-docx: headings, lists, tables,
core properties; PDF with reportlab: flowing text over several pages, headings, a table,
page numbers; e-mail with Python's `email`: plain, HTML-only and multipart with attachments),
reads each with Briefing's importer and with the format's reference reader — python-docx
(body paragraphs and table cells), poppler's `pdftotext`, Python's `email` (the From, To,
Date and Subject headers and the preferred body) — and compares the words (case-folded,
counted with repetition). Recall: the share of the reference's words we have; precision:
the share of ours the reference has. Pooled over each format's files. Targets: recall >= 0.99,
precision >= 0.98.

Known, intended differences (listed with the figures): PDF page numbers, which we leave out
as furniture; the attachment list we add to an e-mail's text; DOCX text boxes, which python-docx
does not read.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from email.message import EmailMessage
from pathlib import Path

_VOCABULARY = (
    "delegation ministry border ceasefire talks envoy statement official agency report council convoy harbour "
    "corridor grain shipment sanctions treaty summit observer mission district governor militia parliament "
    "coalition election turnout spokesperson negotiator proposal draft framework monitoring verification "
    "withdrawal exchange prisoners humanitarian access supply route bridge railway pipeline energy grid outage "
    "Genève Zürich São Kraków déjà naïve façade"
)
_WORDS = tuple(_VOCABULARY.split())
_TOKEN = re.compile(r"\w+")


def sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(6, 18))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + rng.choice([".", ".", "?", ";"])


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(1, 5)))


def words(text: str) -> Counter[str]:
    return Counter(token.casefold() for token in _TOKEN.findall(text))


def write_docx(path: Path, rng: random.Random) -> str:
    import docx

    document = docx.Document()
    document.core_properties.title = sentence(rng)
    document.add_heading(sentence(rng)[:60], level=1)
    for _ in range(rng.randint(3, 12)):
        kind = rng.random()
        if kind < 0.15:
            document.add_paragraph(sentence(rng), style="List Bullet")
        elif kind < 0.25:
            rows, cols = rng.randint(2, 4), rng.randint(2, 3)
            table = document.add_table(rows=rows, cols=cols)
            for row in table.rows:
                for cell in row.cells:
                    cell.text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 3)))
        else:
            run_text = paragraph(rng)
            para = document.add_paragraph()
            cut = rng.randrange(len(run_text))
            para.add_run(run_text[:cut]).bold = True
            para.add_run(run_text[cut:])
    document.save(str(path))
    reference = docx.Document(str(path))
    texts = [p.text for p in reference.paragraphs]
    for table in reference.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(texts)


def write_pdf(path: Path, rng: random.Random) -> str:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    styles = getSampleStyleSheet()
    story: list[object] = [Paragraph(sentence(rng)[:70], styles["Heading1"])]
    for _ in range(rng.randint(4, 30)):
        if rng.random() < 0.1:
            story.append(Table([[rng.choice(_WORDS) for _ in range(3)] for _ in range(3)]))
        else:
            story.append(Paragraph(paragraph(rng), styles["BodyText"]))
        story.append(Spacer(1, 6))

    def page_number(canvas: object, document: object) -> None:
        canvas.drawString(290, 20, str(document.page))  # type: ignore[attr-defined]

    SimpleDocTemplate(str(path)).build(story, onFirstPage=page_number, onLaterPages=page_number)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def write_eml(path: Path, rng: random.Random, index: int) -> str:
    message = EmailMessage()
    message["From"] = f"Desk Officer {index} <desk{index}@example.org>"
    message["To"] = "analysts@example.org"
    message["Subject"] = sentence(rng)[:80]
    message["Date"] = "Thu, 20 Nov 2025 16:30:00 +0000"
    body = "\n\n".join(paragraph(rng) for _ in range(rng.randint(1, 8)))
    kind = index % 3
    if kind == 0:
        message.set_content(body)
    elif kind == 1:
        message.set_content("<html><body>" + "".join(f"<p>{p}</p>" for p in body.split("\n\n")) + "</body></html>",
                            subtype="html")
    else:
        message.set_content(body)
        message.add_alternative("<html><body><p>" + body.replace("\n\n", "</p><p>") + "</p></body></html>",
                                subtype="html")
        message.add_attachment(b"%PDF-1.4 not really", maintype="application", subtype="pdf",
                               filename=f"annex-{index}.pdf")
    path.write_bytes(message.as_bytes())
    parsed = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    headers = "\n".join(f"{name}: {parsed[name]}" for name in ("From", "To", "Date", "Subject"))
    part = parsed.get_body(preferencelist=("plain", "html"))  # type: ignore[attr-defined]
    content = part.get_content() if part is not None else ""
    if part is not None and part.get_content_type() == "text/html":
        content = re.sub(r"<[^>]+>", " ", content)
    return headers + "\n" + content


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=30, help="documents per format")
    parser.add_argument("--keep", type=Path, help="write the documents here and keep them")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    from briefing.ingest import read_source

    rng = random.Random(16)
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for kind in ("docx", "pdf", "eml"):
            common = ours_total = reference_total = 0
            worst: list[tuple[float, str]] = []
            for index in range(args.files):
                path = folder / f"{kind}-{index:03}.{kind}"
                if kind == "docx":
                    reference = write_docx(path, rng)
                elif kind == "pdf":
                    reference = write_pdf(path, rng)
                else:
                    reference = write_eml(path, rng, index)
                ours, theirs = words(read_source(path).text), words(reference)
                shared = sum((ours & theirs).values())
                common += shared
                ours_total += sum(ours.values())
                reference_total += sum(theirs.values())
                missing = theirs - ours
                extra = ours - theirs
                if missing or extra:
                    worst.append((shared / max(1, sum(theirs.values())), f"{path.name}: missing "
                                  f"{dict(missing.most_common(4))}, extra {dict(extra.most_common(4))}"))
            results[kind] = {"files": args.files, "recall": round(common / max(1, reference_total), 4),
                             "precision": round(common / max(1, ours_total), 4), "words": reference_total}
            if not args.json:
                print(f"{kind}: {args.files} files, {reference_total} reference words: recall "
                      f"{results[kind]['recall']:.4f} (>= 0.99), precision {results[kind]['precision']:.4f} (>= 0.98)")
                for _, line in sorted(worst)[:3]:
                    print("   " + line)
    if args.json:
        print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
