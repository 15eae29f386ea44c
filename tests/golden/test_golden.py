"""Golden files: the DOCX body and the PDF text of each sample and shipped example, compared line by line.

Regenerate with BRIEFING_REGENERATE_GOLDEN=1 (see README.md in this folder).
"""

from __future__ import annotations

import difflib
import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader

from briefing.compose import Document, compose
from briefing.resources import templates_dir
from briefing.writers import docx as docx_writer
from briefing.writers import pdf as pdf_writer
from compose.conftest import situation_template
from compose.samples import sample_brief

HERE = Path(__file__).resolve().parent
REGENERATE = os.environ.get("BRIEFING_REGENERATE_GOLDEN") == "1"


def _sample(style: str) -> Callable[[], Document]:
    return lambda: compose(sample_brief(), situation_template(citation_style=style))


def _example(path: Path) -> Callable[[], Document]:
    def build() -> Document:
        from briefing.exporting import template_of
        from briefing.spec import load_spec  # type: ignore[attr-defined,unused-ignore]

        brief = load_spec(path)
        return compose(brief, template_of(brief))

    return build


def _spec_available() -> bool:
    try:
        from briefing.spec import load_spec  # type: ignore[attr-defined,unused-ignore]  # noqa: F401
    except ImportError:
        return False
    return True


CASES: dict[str, Callable[[], Document]] = {
    "sample-numbered": _sample("numbered"),
    "sample-footnotes": _sample("footnotes"),
}
EXAMPLES = sorted((templates_dir() / "examples").glob("*.yaml"))
if _spec_available():
    CASES.update({f"example-{path.stem}": _example(path) for path in EXAMPLES})


def docx_body(document: Document) -> str:
    with zipfile.ZipFile(io.BytesIO(docx_writer.render(document))) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    return etree.tostring(root, pretty_print=True, encoding="unicode")


def pdf_text(document: Document) -> str:
    reader = PdfReader(io.BytesIO(pdf_writer.render(document)))
    return "".join(f"--- page {n} ---\n{page.extract_text()}\n" for n, page in enumerate(reader.pages, start=1))


def _compare(name: str, actual: str) -> None:
    path = HERE / name
    if REGENERATE or not path.exists():
        existed = path.exists()
        path.write_text(actual, encoding="utf-8")
        if not REGENERATE and not existed:
            pytest.fail(f"{name} was missing and has been written; review it and run again")
        return
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(keepends=True), actual.splitlines(keepends=True),
                                            f"golden/{name}", "this run", n=2))
        pytest.fail(f"{name} differs from the golden file (BRIEFING_REGENERATE_GOLDEN=1 to accept):\n{diff[:6000]}")


@pytest.mark.parametrize("case", sorted(CASES))
def test_docx_body_matches_golden(case: str) -> None:
    _compare(f"{case}.document.xml", docx_body(CASES[case]()))


@pytest.mark.parametrize("case", sorted(CASES))
def test_pdf_text_matches_golden(case: str) -> None:
    _compare(f"{case}.pdf.txt", pdf_text(CASES[case]()))


@pytest.mark.skipif(not EXAMPLES or not _spec_available(), reason="no template examples or no brief spec yet")
def test_every_shipped_example_has_a_golden_case() -> None:
    assert {f"example-{path.stem}" for path in EXAMPLES} <= set(CASES)
