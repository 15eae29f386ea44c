"""Body text and citation links written directly are byte for byte what reportlab writes."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase import pdfdoc
from reportlab.platypus import Flowable

from briefing.compose import compose
from briefing.model import Brief, Citation, Item, Section, Source
from briefing.writers import pdf
from briefing.writers.pdf import lines, links, pages, story

from .conftest import situation_template

KINDS = (("summary", "prose"), ("actors", "actor"), ("questions", "question"), ("caveats", "caveat"),
         ("judgments", "judgment"))


def _mixed_brief() -> Brief:
    """Latin with PDF-special characters, Greek, Cyrillic, Hebrew, Arabic, CJK, emoji, links, long words."""
    rnd = random.Random(11)
    alphabet = [chr(c) for c in range(0x20, 0x500)] + list("שלום مرحبا 你好世界\u00a0\U0001f600()\\")

    def text(length: int) -> str:
        return "".join(rnd.choice(alphabet) if rnd.random() < 0.3 else rnd.choice(" abcdefgh ")
                       for _ in range(length))

    source = Source(title="Source (one)", text="A quoted passage for the brief.", id="s1",
                    url="https://example.org/" + "x" * 300)
    brief = Brief(title="Mixed text", author="Desk", marking="TLP:GREEN", sources=[source])
    for key, kind in KINDS:
        items = []
        for index in range(25):
            body = text(rnd.randint(0, 500)) + (" see https://example.com/a?b=(c) " if index % 3 == 0 else "")
            item = Item(kind, body + "W" * rnd.randint(0, 150), name=text(10) if kind == "actor" else None,
                        role="Official" if kind == "actor" else None)
            if index % 2 == 0:
                item.citations.append(Citation("s1", 0, 1, "A"))
            items.append(item)
        brief.sections.append(Section(key, items))
    return brief


@pytest.mark.parametrize("style", ["numbered", "footnotes"])
def test_direct_text_matches_reportlab(style: str) -> None:
    """Run in a fresh interpreter: which paragraphs can take the direct path depends on the fonts'
    state, and inside a full run that state carried what other tests in the same worker had
    rendered, so the test failed now and then for reasons outside what it checks."""
    tests = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(tests), os.environ.get("PYTHONPATH")) if p)}
    code = f"from writers.test_pdf_text_code import compare_renders; compare_renders({style!r})"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-4000:]


def compare_renders(style: str) -> None:
    """The PDF written with the direct text and bullet code is byte for byte reportlab's own."""
    document = compose(_mixed_brief(), situation_template(citation_style=style))
    written = {"direct": 0, "reportlab": 0}
    direct_text_code = lines._text_code

    def counting(*args: Any) -> str | None:
        code = direct_text_code(*args)
        written["reportlab" if code is None else "direct"] += 1
        return code

    direct_string_code = lines.string_code
    bullets: list[str | None] = []

    def counting_bullets(*args: Any) -> str | None:
        bullets.append(direct_string_code(*args))
        return bullets[-1]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lines, "_text_code", counting)
        patch.setattr(lines, "string_code", counting_bullets)
        direct = pdf.render(document)
        assert written["direct"] > 50 and written["reportlab"] > 50, written  # both paths were taken
        assert sum(code is not None for code in bullets) > 20  # bullets and list numbers written directly
        patch.setattr(lines, "_text_code", lambda *args: None)
        patch.setattr(lines, "string_code", lambda *args: None)
        patch.setattr(pages, "string_code", lambda *args: None)  # banners, footer, page labels
        generic = pdf.render(document)
    assert direct == generic, _first_difference(direct, generic)


def _first_difference(direct: bytes, generic: bytes) -> str:
    """Where two renders part, with the bytes around it: this test has failed, rarely, only inside a
    full run, so a failure must say enough to find the cause from the log alone."""
    shorter = min(len(direct), len(generic))
    at = next((i for i, (a, b) in enumerate(zip(direct[:shorter], generic[:shorter], strict=True)) if a != b), shorter)
    return (f"renders differ at byte {at} (lengths {len(direct)} and {len(generic)}):\n"
            f"direct:  {direct[max(0, at - 120):at + 120]!r}\ngeneric: {generic[max(0, at - 120):at + 120]!r}")


def test_citation_links_are_written_as_reportlab_writes_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every citation link, written directly, has exactly the bytes of reportlab's generic formatter."""
    document = compose(_mixed_brief(), situation_template(citation_style="numbered"))
    compared: list[bool] = []
    direct_format = links.DestinationLink.format

    def checked(self: links.DestinationLink, pdf_document: Any) -> bytes:
        direct = direct_format(self, pdf_document)
        compared.append(links._DIRECT_OK.get(pdf_document) is True)
        assert direct == bytes(pdfdoc.LinkAnnotation.format(self, pdf_document))
        return direct

    monkeypatch.setattr(links.DestinationLink, "format", checked)
    pdf.render(document)
    assert len(compared) > 20 and all(compared)  # the direct form was the one used


def test_drawing_without_copying_the_canvas_state_gives_the_same_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """LineParagraph and TableRow keep only the transformation around their drawing: same bytes."""
    document = compose(_mixed_brief(), situation_template(citation_style="numbered"))
    kept = pdf.render(document)
    monkeypatch.setattr(lines.LineParagraph, "drawOn", Flowable.drawOn)
    monkeypatch.setattr(story.TableRow, "drawOn", Flowable.drawOn)
    assert kept == pdf.render(document)
