"""Arbitrary text at both writers: they never crash and never lose the analyst's words.

Hypothesis throws any Unicode (controls, unpaired surrogates, markup, quotes, emoji) at the
writers to prove they never crash; the no-loss property is checked on the scripts the bundled
fonts cover (Latin, Greek, Cyrillic, punctuation, markup characters), where text extraction
from a PDF is exact.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from briefing.compose import compose
from briefing.compose.text import clean
from briefing.model import Brief, Citation, Item, Section, Source
from briefing.writers import docx as docx_writer
from briefing.writers import pdf as pdf_writer

from .conftest import situation_template

MARKUP = ["<b>", "</b>", "<para>", "&amp;", "&", "<", ">", '"', "'", "<a href='x'>", "]]>", "<br/>", "&#0;",
          "<font name=Nope>", "\\", "{page}", "%s"]
SAFE_ALPHABET = st.characters(
    codec="utf-8",
    include_characters="".join(MARKUP) + "–—“”‘’€",
    categories=["Lu", "Ll", "Nd", "Po", "Ps", "Pe", "Sm", "Zs"],
    max_codepoint=0x4FF,  # Latin, Greek, Cyrillic
)
ANY_TEXT = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(MARKUP)), max_size=8).map("".join)
SAFE_TEXT = st.lists(st.one_of(st.text(SAFE_ALPHABET, max_size=40), st.sampled_from(MARKUP)), max_size=8).map("".join)
LONG_WORD = st.integers(1, 5000).map(lambda n: "W" * n)
# No shrinking: a 5,000-character word makes each step slow, and the unshrunk example is readable enough.
SETTINGS = settings(max_examples=8, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
PAGE_FURNITURE = re.compile(r"TLP:GREEN|Page \d+ of \d+")


def _brief(texts: list[str], title: str) -> Brief:
    source = Source(title=title or "Untitled source", text="A quoted passage for the brief.", id="s1",
                    url="https://example.org/" + "x" * 300)
    kinds = ["prose", "actor", "question", "caveat", "judgment"]
    keys = ["summary", "actors", "questions", "caveats", "judgments"]
    brief = Brief(title=title, author=title, marking="TLP:GREEN", sources=[source])
    for key, kind in zip(keys, kinds, strict=True):
        items = []
        for index, text in enumerate(texts):
            item = Item(kind, text, name=text if kind == "actor" else None, role=text if kind == "actor" else None)
            if index % 2 == 0:
                item.citations.append(Citation("s1", 0, 1, "A"))
            items.append(item)
        brief.sections.append(Section(key, items))
    return brief


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "".join(parts)


@SETTINGS
@given(texts=st.lists(st.one_of(ANY_TEXT, LONG_WORD), max_size=4), title=ANY_TEXT,
       footnotes=st.booleans())
def test_any_text_never_crashes_either_writer(tmp_path_factory: object, texts: list[str], title: str,
                                              footnotes: bool) -> None:
    folder = tmp_path_factory.mktemp("any")  # type: ignore[attr-defined]
    template = situation_template(citation_style="footnotes" if footnotes else "numbered")
    document = compose(_brief(texts, title), template)
    pdf_writer.write(document, folder / "x.pdf")
    docx_writer.write(document, folder / "x.docx")
    assert PdfReader(folder / "x.pdf").pages
    with zipfile.ZipFile(folder / "x.docx") as archive:
        assert archive.testzip() is None
    docx.Document(str(folder / "x.docx"))


@SETTINGS
@given(texts=st.lists(st.one_of(SAFE_TEXT, LONG_WORD), min_size=1, max_size=4))
def test_covered_text_is_never_lost(tmp_path_factory: object, texts: list[str]) -> None:
    folder = tmp_path_factory.mktemp("safe")  # type: ignore[attr-defined]
    document = compose(_brief(texts, "Robustness"), situation_template())
    pdf_writer.write(document, folder / "x.pdf")
    docx_writer.write(document, folder / "x.docx")
    pdf_text = _squash(PAGE_FURNITURE.sub("", _pdftotext(folder / "x.pdf", layout=False)))
    docx_text = _squash(_docx_text(folder / "x.docx"))
    for text in texts:
        expected = _squash(clean(text))
        assert expected in pdf_text
        assert expected in docx_text


def test_two_thousand_items_and_empty_sections(tmp_path: Path) -> None:
    brief = _brief([], "Big")
    brief.section("questions").items = [Item("question", f"Question number {n} of many?") for n in range(2000)]
    brief.section("actors").items = [Item("actor", f"Note {n}", name=f"Actor {n}") for n in range(2000)]
    template = situation_template()
    actors = template.section("actors")
    assert actors is not None
    actors.columns = ["name", "note"]  # two cells a row keep this test quick; the table code is the same
    document = compose(brief, template)
    pdf_writer.write(document, tmp_path / "big.pdf")
    docx_writer.write(document, tmp_path / "big.docx")
    pdf_text = _pdftotext(tmp_path / "big.pdf", layout=True)
    assert "2000. Question number 1999 of many?" in pdf_text
    assert {int(n) for n in re.findall(r"\bActor (\d+)\b", pdf_text)} == set(range(2000))
    assert "Nothing to report." in pdf_text  # the empty caveats section
    word = docx.Document(str(tmp_path / "big.docx"))
    questions = [p.text for p in word.paragraphs if p.style.name == "List Number"]
    assert len(questions) == 2000 and questions[-1] == "Question number 1999 of many?"
    table = next(t for t in word.tables if t.rows[0].cells[0].text == "Name")
    assert len(table.rows) == 2001


def _pdftotext(path: Path, *, layout: bool) -> str:
    """The PDF's text by poppler (fast), else pypdf."""
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", *(["-layout"] if layout else []), str(path), "-"], check=True,
                              capture_output=True, text=True).stdout
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)
