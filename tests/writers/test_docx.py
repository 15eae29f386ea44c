"""The DOCX writer, read back with python-docx: styles, header/footer fields, TOC, tables, links, notes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt

from briefing.compose import compose
from briefing.model import Item
from briefing.templating.model import MarkingScheme
from briefing.writers import docx as docx_writer

from .conftest import sample_brief, sample_document, situation_template

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "brief.docx"
    docx_writer.write(sample_document(), path)
    return path


def _instructions(element: object) -> list[str]:
    return [node.text.strip() for node in element.iter(qn("w:instrText"))]  # type: ignore[attr-defined]


def _bookmarks(document: docx.document.Document) -> set[str]:
    return {node.get(qn("w:name")) for node in document.element.body.iter(qn("w:bookmarkStart"))}


def test_headings_use_words_built_in_styles(written: Path) -> None:
    document = docx.Document(str(written))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [("Heading 1", "Bottom line"), ("Heading 1", "Key actors"), ("Heading 1", "Open questions"),
                        ("Heading 1", "Sourcing caveats"), ("Heading 1", "Key judgments"), ("Heading 1", "Sources")]
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Subtitle", "List Number", "List Bullet", "TOC Heading", "TOC 1"} <= styles
    title = next(p for p in document.paragraphs if p.style.name == "Title")
    assert title.text == "Northern harbour closure in Veloria"


def test_every_page_carries_the_marking_and_body_pages_their_number(written: Path) -> None:
    document = docx.Document(str(written))
    section = document.sections[0]
    assert section.different_first_page_header_footer
    for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
        banner = part.paragraphs[0]
        assert banner.text.strip() == "TLP:AMBER"
        run = next(r for r in banner.runs if r.text.strip())
        assert run.font.size is not None and run.font.size >= Pt(12)
        assert str(run.font.color.rgb) == "FFC000"
        assert run._r.rPr.find(qn("w:shd")).get(qn("w:fill")) == "000000"
    assert _instructions(section.footer._element) == ["PAGE", "NUMPAGES"]
    footer_text = "".join(p.text for p in section.footer.paragraphs)
    assert "Page 1 of 1" in footer_text  # cached field results, before Word updates them
    assert _instructions(section.first_page_footer._element) == []


def test_contents_is_a_toc_field_whose_cached_entries_link_to_every_heading(written: Path) -> None:
    document = docx.Document(str(written))
    body = document.element.body
    assert any(i.startswith('TOC \\o "1-3"') for i in _instructions(body))
    entries = [p for p in document.paragraphs if p.style.name == "TOC 1"]
    assert [p.text for p in entries] == ["Bottom line", "Key actors", "Open questions", "Sourcing caveats",
                                         "Key judgments", "Sources"]
    anchors = [p._p.find(qn("w:hyperlink")).get(qn("w:anchor")) for p in entries]
    assert set(anchors) <= _bookmarks(document)
    kinds = [c.get(qn("w:fldCharType")) for p in entries for c in p._p.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"]


def test_citation_markers_are_internal_links_to_bookmarked_sources(written: Path) -> None:
    document = docx.Document(str(written))
    links = [(h.get(qn("w:anchor")), "".join(t.text for t in h.iter(qn("w:t"))))
             for h in document.element.body.iter(qn("w:hyperlink")) if h.get(qn("w:anchor"), "").startswith("source")]
    assert [label for _, label in links] == ["[1]", "[1]", "[2]", "[1]", "[1]", "[1]", "[1]"]
    assert {anchor for anchor, _ in links} == {"source_1", "source_2"}
    assert {"source_1", "source_2", "source_3"} <= _bookmarks(document)
    source_entry = next(p for p in document.paragraphs if p.text.startswith("[1]\t"))
    assert source_entry._p.find(qn("w:bookmarkStart")).get(qn("w:name")) == "source_1"


def test_urls_are_external_hyperlinks(written: Path) -> None:
    document = docx.Document(str(written))
    external = [r.target_ref for r in document.part.rels.values() if r.is_external]
    assert any(url.endswith("officials-say?utm_source=feed&ref=front") for url in external)
    texts = ["".join(t.text for t in h.iter(qn("w:t"))) for h in document.element.body.iter(qn("w:hyperlink"))
             if h.get(qn("r:id"))]
    assert any(text.startswith("https://news.example.org/") for text in texts)


def test_actors_table_has_a_repeating_header_row(written: Path) -> None:
    document = docx.Document(str(written))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Name")
    assert table.style.name == "Table Grid"
    assert [c.text for c in table.rows[0].cells] == ["Name", "Role", "Affiliation", "Note", "Sources"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [[c.text for c in row.cells] for row in table.rows[1:]] == [
        ["Veloria Port Authority", "Harbour operator", "Government of Veloria", "Announced the closure.", "[1]"],
        ["Coastal Freight Union", "Trade union", "Independent", "Says it was not consulted.", "[1]"],
    ]


def test_questions_are_numbered_lists_and_text_is_literal(written: Path) -> None:
    document = docx.Document(str(written))
    questions = [p.text for p in document.paragraphs if p.style.name == "List Number"]
    assert questions == ["Why was the harbour closed?", "How long will the closure last? [1]"]
    num_ids = {p._p.pPr.numPr.numId.val for p in document.paragraphs if p.style.name == "List Number"}
    assert len(num_ids) == 1
    texts = [p.text for p in document.paragraphs]
    assert ("Naval movements suggest the closure is linked to military activity <not confirmed> & "
            "remains \"unexplained\". [1][2]") in texts


def test_core_properties_come_from_the_brief(written: Path) -> None:
    props = docx.Document(str(written)).core_properties
    assert props.title == "Northern harbour closure in Veloria"
    assert props.author == "Desk analyst"
    assert props.last_modified_by == "Desk analyst"
    assert props.subject == "What the closure means for regional shipping"
    assert props.keywords.startswith("TLP:AMBER, Test situation brief")
    assert props.created.isoformat() == "2031-03-05T09:30:00+00:00"
    assert props.revision == 1


def test_nothing_of_the_writing_machine_is_recorded(written: Path) -> None:
    with zipfile.ZipFile(written) as archive:
        names = archive.namelist()
        blob = b"".join(archive.read(name) for name in names)
        dates = {info.date_time for info in archive.infolist()}
    assert "docProps/thumbnail.jpeg" not in names
    assert dates == {(1980, 1, 1, 0, 0, 0)}
    for leak in (str(Path.home()).encode(), b"python-docx", b"Macintosh", Path.cwd().as_posix().encode()):
        assert leak not in blob


def test_same_document_gives_identical_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    docx_writer.write(sample_document(), first)
    docx_writer.write(sample_document(), second)
    assert first.read_bytes() == second.read_bytes()


def test_page_setup_follows_the_template(written: Path) -> None:
    section = docx.Document(str(written)).sections[0]
    assert abs(section.page_width.mm - 210) < 0.5 and abs(section.page_height.mm - 297) < 0.5
    assert abs(section.left_margin.mm - 22) < 0.5 and abs(section.top_margin.mm - 25) < 0.5


def test_footnote_style_writes_real_word_footnotes(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    docx_writer.write(compose(sample_brief(), situation_template(citation_style="footnotes")), path)
    document = docx.Document(str(path))
    references = [int(r.get(qn("w:id"))) for r in document.element.body.iter(qn("w:footnoteReference"))]
    assert references == list(range(1, 8))
    with zipfile.ZipFile(path) as archive:
        notes_xml = archive.read("word/footnotes.xml").decode()
        notes_rels = archive.read("word/_rels/footnotes.xml.rels").decode()
        rels = archive.read("word/_rels/document.xml.rels").decode()
        types = archive.read("[Content_Types].xml").decode()
    assert "relationships/footnotes" in rels
    assert "wordprocessingml.footnotes+xml" in types
    assert notes_xml.count("<w:footnote ") == 7 + 2  # seven notes and the two separators
    assert "Veloria Daily Courier" in notes_xml and "the northern harbour was closed" in notes_xml
    assert "officials-say?utm_source=feed&amp;ref=front" in notes_rels  # the URL in a note is a live link
    assert not any(h.get(qn("w:anchor"), "").startswith("source")
                   for h in document.element.body.iter(qn("w:hyperlink")))


def test_classification_banner_and_no_banner(tmp_path: Path) -> None:
    path = tmp_path / "plain.docx"
    docx_writer.write(compose(sample_brief(), situation_template(marking=MarkingScheme(kind="none", levels=[]))),
                      path)
    section = docx.Document(str(path)).sections[0]
    assert "TLP" not in "".join(p.text for p in section.header.paragraphs)
    assert _instructions(section.footer._element) == ["PAGE", "NUMPAGES"]


def test_long_tables_write_every_row(tmp_path: Path) -> None:
    brief = sample_brief()
    brief.section("actors").items = [Item("actor", f"Note {n}.", name=f"Actor {n}") for n in range(300)]
    path = tmp_path / "long.docx"
    docx_writer.write(compose(brief, situation_template()), path)
    table = next(t for t in docx.Document(str(path)).tables if t.rows[0].cells[0].text == "Name")
    assert len(table.rows) == 301
    assert table.rows[300].cells[0].text == "Actor 299"


def test_without_a_cover_page_every_page_is_numbered(tmp_path: Path) -> None:
    template = situation_template()
    template.cover.enabled = False
    path = tmp_path / "short.docx"
    docx_writer.write(compose(sample_brief(), template), path)
    document = docx.Document(str(path))
    assert not document.sections[0].different_first_page_header_footer
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == ["Northern harbour closure in Veloria"]
    assert not any(r.get(qn("w:type")) == "page" for r in document.element.body.iter(qn("w:br")))
