"""The PDF writer, read back with pypdf and poppler: text, banners, page labels, outline, links, fonts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from briefing.compose import compose
from briefing.compose import document as d
from briefing.model import Item, Section
from briefing.templating.model import Branding, MarkingScheme
from briefing.writers import pdf

from .conftest import needs_poppler, pdf_fonts, sample_brief, sample_document, situation_template


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "brief.pdf"
    pdf.write(sample_document(), path)
    return path


def _texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_every_page_has_the_marking_and_all_but_the_cover_a_page_label(written: Path) -> None:
    texts = _texts(written)
    assert len(texts) >= 2
    for text in texts:
        assert text.count("TLP:AMBER") >= 2  # header and footer
    assert "Page" not in texts[0].replace("Prepared by", "")
    for number, text in enumerate(texts[1:], start=2):
        assert f"Page {number} of {len(texts)}" in text


def test_the_text_of_the_brief_is_all_there(written: Path) -> None:
    body = _flat(" ".join(_texts(written)[1:]))
    for expected in (
        "Contents", "Bottom line",
        "Veloria has closed its northern harbour to commercial traffic, probably for weeks. [1]",
        "military activity <not confirmed> & remains \"unexplained\". [1][2]",
        "Veloria Port Authority", "Harbour operator", "1. Why was the harbour closed?",
        "2. How long will the closure last? [1]", "The duration rests on one anonymous official. [1]",
        "Grade B2 (usually reliable; probably true)", "Desk research",
    ):
        assert expected in body
    cover = _flat(_texts(written)[0])
    for expected in ("Northern harbour closure in Veloria", "What the closure means for regional shipping",
                     "050930Z MAR 31", "Desk analyst", "RA-2031-042", "Shipping desk; Regional directorate"):
        assert expected in cover


def test_long_url_wraps_without_losing_characters(written: Path) -> None:
    body = re.sub(r"\s+", "", " ".join(_texts(written)))
    assert "officials-say?utm_source=feed&ref=front" in body


def test_outline_lists_every_heading_and_points_at_its_page(written: Path) -> None:
    reader = PdfReader(written)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles == ["Bottom line", "Key actors", "Open questions", "Sourcing caveats", "Key judgments", "Sources"]
    for item in reader.outline:
        page = reader.get_destination_page_number(item)
        assert item.title in reader.pages[page].extract_text()


def test_contents_shows_page_numbers_and_links_to_headings(written: Path) -> None:
    reader = PdfReader(written)
    contents = reader.pages[1].extract_text()
    lines = [line.strip() for line in contents.splitlines()]
    page_of_heading = next(reader.get_destination_page_number(o) for o in reader.outline if o.title == "Key actors")
    at = lines.index("Key actors")  # the page number is drawn apart from the entry's text, right-aligned
    assert lines[at + 1] == str(page_of_heading + 1)
    links = _internal_links(reader)
    toc_targets = [target for page, _, target in links if page == 1]
    headings = {o.title: reader.get_destination_page_number(o) for o in reader.outline}
    assert sorted(set(toc_targets)) == sorted(set(headings.values()))


def test_citation_markers_link_to_the_source_list(written: Path) -> None:
    reader = PdfReader(written)
    sources_page = next(reader.get_destination_page_number(o) for o in reader.outline if o.title == "Sources")
    links = _internal_links(reader)
    assert len(links) == 6 + 7  # six contents entries, seven [n] markers in the text and the actors table
    destinations = {(target, height) for _, height, target in links}
    assert len(destinations) == 6 + 2  # six headings, and the entries [1] and [2] of the source list
    markers = [(target, height) for _, height, target in links[6:]]
    assert all(target == sources_page for target, _ in markers)


def _internal_links(reader: PdfReader) -> list[tuple[int, float, int]]:
    """(page index, destination y, destination page index) of every internal link, in page order."""
    index = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)}
    links = []
    for number, page in enumerate(reader.pages):
        for annot in page.get("/Annots", []) or []:
            annot = annot.get_object() if isinstance(annot, IndirectObject) else annot
            dest = annot.get("/Dest")
            if annot.get("/Subtype") == "/Link" and dest is not None:
                links.append((number, float(dest[3]), index[dest[0].idnum]))
    return links


def test_urls_are_hyperlinks(written: Path) -> None:
    uris = []
    for page in PdfReader(written).pages:
        for annot in page.get("/Annots", []) or []:
            action = annot.get_object().get("/A")
            if action is not None and action.get("/S") == "/URI":
                uris.append(str(action["/URI"]))
    assert any(uri.endswith("officials-say?utm_source=feed&ref=front") for uri in uris)


def test_metadata_names_the_brief_and_nothing_of_the_machine(written: Path) -> None:
    reader = PdfReader(written)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Northern harbour closure in Veloria"
    assert meta.author == "Desk analyst"
    assert meta.subject == "What the closure means for regional shipping"
    assert "TLP:AMBER" in str(meta.get("/Keywords"))
    assert str(meta.get("/CreationDate")).startswith("D:20310305093000")
    raw = written.read_bytes()
    for leak in (str(Path.home()).encode(), b"/tmp/", Path.cwd().as_posix().encode()):
        assert leak not in raw


@needs_poppler
def test_every_font_is_embedded(written: Path) -> None:
    fonts = pdf_fonts(written)
    assert fonts
    assert all(embedded for _, embedded in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts)


@needs_poppler
def test_scripts_fall_back_to_fonts_that_have_them(tmp_path: Path) -> None:
    brief = sample_brief()
    brief.section("summary").items[0].text = "Кириллица Ελληνικά עברית عربي 中文 and 😀 end"
    path = tmp_path / "scripts.pdf"
    template = situation_template()
    template.typography.body_font = "DejaVu Serif"  # has no Hebrew, Arabic or CJK glyphs
    pdf.write(compose(brief, template), path)
    names = {name.split("+")[-1] for name, _ in pdf_fonts(path)}
    assert {"DejaVuSerif", "NotoSansHebrew-Regular", "NotoSansArabic-Regular", "DroidSansFallback"} <= names
    text = _flat(PdfReader(path).pages[1].extract_text())
    for word in ("Кириллица", "Ελληνικά", "中文", "and \ufffd end"):  # the emoji becomes the replacement glyph
        assert word in text
    assert all(embedded for _, embedded in pdf_fonts(path))


def test_same_document_gives_identical_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    pdf.write(sample_document(), first)
    pdf.write(sample_document(), second)
    assert first.read_bytes() == second.read_bytes()


def test_actor_table_repeats_its_header_on_every_page(tmp_path: Path) -> None:
    brief = sample_brief()
    brief.section("actors").items = [
        Item("actor", f"Note on actor {n}.", name=f"Actor number {n}", role="Role", affiliation="Somewhere")
        for n in range(150)]
    path = tmp_path / "actors.pdf"
    pdf.write(compose(brief, situation_template()), path)
    pages = [_flat(p.extract_text()) for p in PdfReader(path).pages]
    with_actors = [p for p in pages if "Actor number" in p]
    assert len(with_actors) >= 3
    for text in with_actors:
        assert "Name Role Affiliation Note" in text
    assert sum(len(re.findall(r"Actor number \d+ ", p)) for p in pages) == 150


def test_footnotes_sit_at_the_foot_of_the_page_that_cites_them(tmp_path: Path) -> None:
    brief = sample_brief()
    filler = " ".join(["Filler text to push later citations onto other pages."] * 40)
    brief.section("questions").items = [
        Item("question", f"Question {n}? {filler}", [c]) for n, c in
        enumerate(brief.section("summary").items[0].citations * 6)]
    document = compose(brief, situation_template(citation_style="footnotes"))
    path = tmp_path / "notes.pdf"
    pdf.write(document, path)
    reader = PdfReader(path)
    notes = [r for b in document.blocks if isinstance(b, d.ListBlock) and b.ordered for i in b.items for r in i.runs
             if isinstance(r, d.Footnote)]
    assert len(notes) == 6
    pages_with_notes = 0
    for page in reader.pages[1:]:
        text = page.extract_text()
        cited = [n for n in notes if f"Question {n.number - 4}?" in text]
        if cited:
            pages_with_notes += 1
            assert text.count("Veloria Daily Courier, \u201cNorthern harbour") >= len(cited)
    assert pages_with_notes >= 2


def test_logo_and_footer_text_are_drawn(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (31, 56, 100)).save(logo)
    template = situation_template(branding=Branding(organization="Unit", logo=logo, footer_text="Footer words"))
    path = tmp_path / "logo.pdf"
    pdf.write(compose(sample_brief(), template), path)
    reader = PdfReader(path)
    assert any(obj.get("/Subtype") == "/Image" for obj in reader.pages[0]["/Resources"]["/XObject"].values()
               if hasattr(obj, "get") and obj.get_object().get("/Subtype") == "/Image") or \
        any(o.get_object().get("/Subtype") == "/Image" for o in reader.pages[0]["/Resources"]["/XObject"].values())
    assert all("Footer words" in page.extract_text() for page in reader.pages)


def test_no_marking_scheme_means_no_banner(tmp_path: Path) -> None:
    path = tmp_path / "plain.pdf"
    pdf.write(compose(sample_brief(), situation_template(marking=MarkingScheme(kind="none", levels=[]))), path)
    assert not any("TLP" in t for t in _texts(path)[1:])


def test_unknown_section_and_empty_brief_still_write(tmp_path: Path) -> None:
    brief = sample_brief()
    brief.sections = [Section("summary", [])]
    brief.sources = []
    path = tmp_path / "empty.pdf"
    pdf.write(compose(brief, situation_template()), path)
    assert "Nothing to report." in " ".join(_texts(path))


def test_without_a_cover_page_the_title_block_opens_page_one(tmp_path: Path) -> None:
    template = situation_template()
    template.cover.enabled = False
    template.toc = False
    path = tmp_path / "short.pdf"
    pdf.write(compose(sample_brief(), template), path)
    texts = _texts(path)
    first = _flat(texts[0])
    assert "Northern harbour closure in Veloria" in first and "RA-2031-042" in first
    assert "Bottom line" in first and "Contents" not in first
    assert f"Page 1 of {len(texts)}" in first
