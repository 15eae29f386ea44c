"""A reference Word document as the style source: checked, and followed by both the DOCX and the PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
import yaml
from docx.shared import Mm, Pt
from pypdf import PdfReader
from tests.templating import house_reference as house

from briefing.cli import main
from briefing.exporting import export_brief
from briefing.resources import templates_dir
from briefing.spec import load_spec
from briefing.templating import load_template_file, template_from_text, validate_template_file


def brief_for(tmp_path: Path, template_folder: Path):  # type: ignore[no-untyped-def]
    spec = yaml.safe_load((templates_dir() / "examples" / "situation-brief.yaml").read_text(encoding="utf-8"))
    spec["template"] = "house-brief"
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return load_spec(path)


@pytest.fixture
def house_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "admin"
    house.house_template_folder(folder, extra="cover:\n  enabled: true\n")
    monkeypatch.setenv("BRIEFING_TEMPLATE_PATH", str(folder))
    return folder


def test_the_template_takes_the_references_look(house_env: Path) -> None:
    template = load_template_file(house_env / "house.yaml")
    assert template.reference is not None and template.reference.path == (house_env / "house.dotx").resolve()
    page, fonts = template.page, template.typography
    assert (page.size, page.orientation) == ("Letter", "portrait")
    assert page.margin_top_mm == pytest.approx(40, abs=0.1) and page.margin_left_mm == pytest.approx(18, abs=0.1)
    assert (fonts.body_font, fonts.heading_font) == (house.BODY_FONT, house.HEADING_FONT)
    assert fonts.body_size == house.BODY_SIZE and fonts.heading_sizes == house.HEADING_SIZES
    assert fonts.title_size == house.TITLE_SIZE
    assert (fonts.text_colour, fonts.heading_colour) == ("#" + house.TEXT_COLOUR, "#" + house.HEADING_COLOUR)
    assert fonts.heading_spacing is not None and fonts.heading_spacing[0] == house.HEADING_SPACE
    assert template.branding.header_logo is not None and template.branding.header_logo.read_bytes() == \
        (templates_dir() / "assets" / "briefing-mark.png").read_bytes()
    # The brief's snapshot carries the reference, so it exports the same when the file changes.
    stored = template_from_text(template.source_text, origin_kind="embedded")
    assert stored.reference is not None and stored.typography.heading_sizes == house.HEADING_SIZES


def test_fidelity_docx_and_pdf_agree_with_the_reference(house_env: Path, tmp_path: Path) -> None:
    brief = brief_for(tmp_path, house_env)
    out_docx = export_brief(brief, tmp_path / "brief.docx")
    out_pdf = export_brief(brief, tmp_path / "brief.pdf")

    word = docx.Document(str(out_docx))
    styles = word.styles
    assert styles["Normal"].font.name == house.BODY_FONT and styles["Normal"].font.size == Pt(house.BODY_SIZE)
    assert str(styles["Heading 1"].font.color.rgb) == house.HEADING_COLOUR
    assert styles["Heading 1"].paragraph_format.space_before == Pt(house.HEADING_SPACE[0])
    assert styles["Heading 2"].font.size == Pt(house.HEADING_SIZES[1])
    section = word.sections[0]
    assert abs(section.page_width - Mm(215.9)) < Mm(0.5) and abs(section.top_margin - Mm(40)) < Mm(0.5)
    header = section.header
    assert header.tables and header.tables[0].cell(0, 1).text == house.ADDRESS
    assert header.part.related_parts, "the letterhead's logo is kept"
    assert header.paragraphs[0].text.strip() == "TLP:AMBER"  # the banner above the letterhead
    assert "Page" in "".join(p.text for p in section.footer.paragraphs)
    # The cover page shows the same letterhead: its header reference names the same part.
    refs = section._sectPr.findall(docx.oxml.ns.qn("w:headerReference"))
    assert {r.get(docx.oxml.ns.qn("w:type")) for r in refs} >= {"default", "first"}
    assert len({r.get(docx.oxml.ns.qn("r:id")) for r in refs}) == 1
    shading = {shd.get(docx.oxml.ns.qn("w:fill")) for shd in word.element.body.iter(docx.oxml.ns.qn("w:shd"))}
    assert house.THEME_ACCENT in shading  # the same accent in the DOCX's table heading row
    body_text = "\n".join(p.text for p in word.paragraphs)
    assert "Sample text that the brief replaces." not in body_text
    assert "Dockworkers' strike halts grain exports" in body_text

    reader = PdfReader(str(out_pdf))
    first = reader.pages[0]
    assert float(first.mediabox.width) == pytest.approx(612, abs=1)  # Letter
    fonts = subprocess.run(["pdffonts", str(out_pdf)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSerif" in fonts and "DejaVuSans-Bold" in fonts
    for page in reader.pages:
        content = page.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
        colours = {tuple(round(float(v), 2) for v in m) for m in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) rg", content)}
        assert _rgb(house.HEADING_COLOUR) in colours and _rgb(house.TEXT_COLOUR) in colours
        if page is reader.pages[1]:  # the actors table: its heading row in the theme's accent colour
            assert _rgb(house.THEME_ACCENT) in colours
        # The letterhead's logo at the top left of every page, inside the reference's margins.
        logo = re.search(r"([\d.]+) 0 0 ([\d.]+) ([\d.]+) ([\d.]+) cm\s*/FormXob\S* Do", content)
        assert logo is not None
        assert float(logo.group(3)) == pytest.approx(18 * 72 / 25.4, abs=1)
        assert float(logo.group(4)) > float(page.mediabox.height) - 40 * 72 / 25.4
        lines = [float(x) for x in re.findall(r"1 0 0 1 ([\d.]+) [\d.]+ cm", content)]
        assert min(x for x in lines if x > 10) == pytest.approx(18 * 72 / 25.4, abs=1)  # the left margin


def _rgb(hex_colour: str) -> tuple[float, ...]:
    return tuple(round(int(hex_colour[i:i + 2], 16) / 255, 2) for i in (0, 2, 4))


@pytest.mark.skipif(shutil.which("libreoffice") is None and shutil.which("soffice") is None,
                    reason="LibreOffice is not installed")
def test_libreoffice_shows_the_letterhead_on_every_page(house_env: Path, tmp_path: Path) -> None:
    brief = brief_for(tmp_path, house_env)
    out_docx = export_brief(brief, tmp_path / "brief.docx")
    office = shutil.which("libreoffice") or shutil.which("soffice")
    subprocess.run([str(office), f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path / "lo-out"), str(out_docx)], check=True, capture_output=True, timeout=180)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "lo-out" / "brief.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    assert len(pages) >= 2
    assert all(house.ADDRESS in " ".join(page.split()) for page in pages)


def write_reference(tmp_path: Path, name: str, blob: bytes) -> Path:
    return house.house_template_folder(tmp_path / "t", reference_name=name, blob=blob)


BASE = house.house_document()


@pytest.mark.parametrize(("name", "blob", "message"), [
    ("house.dotm", BASE, r"docx\.reference: 'house\.dotm' is a macro-enabled Word file"),
    ("house.docx", house.rewrite(BASE, {"word/vbaProject.bin": b"\0" * 64}),
     r"contains macros \(word/vbaProject\.bin\)"),
    ("house.docx", house.rewrite(BASE, {"word/_rels/document.xml.rels": (
        b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
        b'Target="http://tracker.example/p.png" TargetMode="External"/></Relationships>')}),
     r"links to an outside file or address \(word/_rels/document\.xml\.rels: http://tracker\.example/p\.png\)"),
    ("house.docx", house.rewrite(BASE, {"word/styles.xml": (
        b'<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b'<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>')}),
     r"lacks the style 'Normal', which every brief needs"),
    ("house.docx", b"PK\x03\x04 broken", r"is not a valid Word file"),
    ("house.docx", house.rewrite(BASE, {"word/activeX/activeX1.xml": b"<ax/>"}),
     r"contains an ActiveX control \(word/activeX/activeX1\.xml\), which can run code"),
    ("house.docx", house.rewrite(BASE, {"word/bomb.xml": b"\0" * 300_000_000}), r"zip bomb"),
    ("house.pdf", b"%PDF-1.4", r"must be a Word \.docx or \.dotx file, not '\.pdf'"),
])
def test_unusable_references_are_refused_in_one_line(tmp_path: Path, name: str, blob: bytes, message: str) -> None:
    template = write_reference(tmp_path, name, blob)
    problems = validate_template_file(template)
    assert len(problems) == 1, problems
    assert re.search(message, problems[0]), problems[0]
    assert problems[0].startswith(f"{template}:6: docx.reference: ")


def test_a_reference_outside_the_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "house.docx").write_bytes(BASE)
    template = house.house_template_folder(tmp_path / "t")
    template.write_text(template.read_text(encoding="utf-8").replace("reference: house.dotx",
                                                                     "reference: ../house.docx"), encoding="utf-8")
    problems = validate_template_file(template)
    assert len(problems) == 1 and "leaves the template's folder" in problems[0]


def test_missing_styles_fall_back_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    styles = docx.Document().styles.element
    for style in list(styles):
        name = style.find(docx.oxml.ns.qn("w:name"))
        if name is not None and name.get(docx.oxml.ns.qn("w:val")) in ("heading 2", "List Number", "Quote"):
            styles.remove(style)
    from lxml import etree

    blob = house.rewrite(BASE, {"word/styles.xml": etree.tostring(styles, xml_declaration=True, encoding="UTF-8",
                                                                   standalone=True)})
    template = write_reference(tmp_path, "house.docx", blob)
    assert main(["templates", "validate", str(template)]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == f"{template}: ok"
    assert f"briefing: {template}: warning: the reference has no 'Heading 2' style" in err
    assert "'List Number'" in err and "'Quote'" in err
    monkeypatch.setenv("BRIEFING_TEMPLATE_PATH", str(template.parent))
    brief = brief_for(tmp_path, template.parent)
    word = docx.Document(str(export_brief(brief, tmp_path / "b.docx")))
    built_in = load_template_file(template).typography.heading_sizes[1]  # the template's own look
    assert word.styles["Heading 2"].font.size == Pt(built_in)
    numbered = [p for p in word.paragraphs if p.style is not None and p.style.name == "List Number"]
    assert all(p._p.pPr is not None for p in numbered)
    assert word.styles["List Number"].element.pPr.numPr.numId.val > 0


def test_validate_lists_what_the_pdf_cannot_follow(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = docx.Document()
    document.styles["Normal"].font.name = "Calibri"
    import io

    out = io.BytesIO()
    document.save(out)
    template = write_reference(tmp_path, "house.docx", out.getvalue())
    assert main(["templates", "validate", str(template)]) == 0
    err = capsys.readouterr().err
    assert f"briefing: {template}: warning: font 'Calibri' (Normal" in err
    assert "the PDF uses the template's typography font instead" in err


def test_the_banner_and_page_number_go_to_their_bookmarks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    section = document.sections[0]
    for container, names in ((section.header, ("Letterhead", "marking")), (section.footer, ("page",))):
        paragraph = container.paragraphs[0]
        paragraph.add_run(names[0] if len(names) > 1 else "Footer text ")
        for index, name in enumerate(names[-1:]):
            start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
            start.set(qn("w:id"), str(index + 10))
            start.set(qn("w:name"), name)
            end.set(qn("w:id"), str(index + 10))
            paragraph._p.append(start)
            paragraph._p.append(end)
        paragraph.add_run(" [end]")
    import io

    out = io.BytesIO()
    document.save(out)
    template = write_reference(tmp_path, "house.docx", out.getvalue())
    monkeypatch.setenv("BRIEFING_TEMPLATE_PATH", str(template.parent))
    word = docx.Document(str(export_brief(brief_for(tmp_path, template.parent), tmp_path / "b.docx")))
    header, footer = word.sections[0].header, word.sections[0].footer
    assert [p.text for p in header.paragraphs] == ["Letterhead TLP:AMBER  [end]"]  # no line of its own
    assert footer.paragraphs[0].text.startswith("Footer text \tPage ")
    assert footer.paragraphs[0].text.endswith(" [end]")


def test_pack_and_install_carry_the_reference(tmp_path: Path) -> None:
    from briefing.templating import load_template
    from briefing.templating.package import install, pack

    template = house.house_template_folder(tmp_path / "t")
    manifest = pack(template.parent, tmp_path / "house.brieftemplate")
    assert set(manifest.files) == {"house.yaml", "house.dotx"}
    report = install(tmp_path / "house.brieftemplate")
    loaded = load_template("house-brief")
    assert loaded.reference is not None and loaded.reference.path.is_relative_to(report.target)


def test_a_font_the_template_ships_is_the_pdfs_font(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "house.ttf").write_bytes(house.renamed_font())
    (folder / "house.yaml").write_text("id: house-brief\nname: House brief\nextends: situation-brief\n"
                                       "typography:\n  body_font: house.ttf\n", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_TEMPLATE_PATH", str(folder))
    pdf = export_brief(brief_for(tmp_path, folder), tmp_path / "b.pdf")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "HouseSerifN" in fonts


def test_a_font_the_reference_embeds_is_the_pdfs_font(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    document = docx.Document()
    document.styles["Normal"].font.name = "HouseSerifNB"
    import io

    out = io.BytesIO()
    document.save(out)
    blob = house.embed_font(out.getvalue(), "HouseSerifNB", house.renamed_font())
    template = write_reference(tmp_path, "house.docx", blob)
    assert main(["templates", "validate", str(template)]) == 0
    assert "HouseSerifNB" not in capsys.readouterr().err  # the PDF can follow it: no warning
    assert load_template_file(template).typography.body_font == "HouseSerifNB"
    monkeypatch.setenv("BRIEFING_TEMPLATE_PATH", str(template.parent))
    pdf = export_brief(brief_for(tmp_path, template.parent), tmp_path / "b.pdf")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "HouseSerifN" in fonts
    word = docx.Document(str(export_brief(brief_for(tmp_path, template.parent), tmp_path / "b.docx")))
    assert any(name.endswith(".odttf") for name in (str(p.partname) for p in word.part.package.iter_parts()))


def test_show_names_the_reference(house_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "show", "house-brief"]) == 0
    assert "docx:       starts from house.dotx (its styles, page, header and footer)" in capsys.readouterr().out


def test_a_references_own_first_page_header_gets_the_banner_too(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "First-page letterhead"
    section.header.paragraphs[0].text = "Continuation header"
    import io

    out = io.BytesIO()
    document.save(out)
    template = write_reference(tmp_path, "house.docx", out.getvalue())
    monkeypatch.setenv("BRIEFING_TEMPLATE_PATH", str(template.parent))
    word = docx.Document(str(export_brief(brief_for(tmp_path, template.parent), tmp_path / "b.docx")))
    section = word.sections[0]
    assert [p.text.strip() for p in section.first_page_header.paragraphs] == ["TLP:AMBER", "First-page letterhead"]
    assert [p.text.strip() for p in section.header.paragraphs] == ["TLP:AMBER", "Continuation header"]
    assert "TLP:AMBER" in "".join(p.text for p in section.first_page_footer.paragraphs)
    assert "Page" in "".join(p.text for p in section.first_page_footer.paragraphs)  # no cover: page one counts


def test_a_theme_colour_without_a_resolved_value_is_looked_up_in_the_theme(tmp_path: Path) -> None:
    from lxml import etree

    styles = docx.Document().styles
    heading = styles["Heading 1"].element.get_or_add_rPr()
    for colour in heading.findall(docx.oxml.ns.qn("w:color")):
        heading.remove(colour)
    colour = docx.oxml.OxmlElement("w:color")
    colour.set(docx.oxml.ns.qn("w:themeColor"), "accent2")
    heading.append(colour)
    blob = house.rewrite(BASE, {"word/styles.xml": etree.tostring(styles.element)})
    template = write_reference(tmp_path, "house.docx", blob)
    assert load_template_file(template).typography.heading_colour == "#C0504D"  # the theme's accent2


def test_a_docx_from_a_reference_is_reproducible(house_env: Path, tmp_path: Path) -> None:
    brief = brief_for(tmp_path, house_env)
    first = export_brief(brief, tmp_path / "a.docx").read_bytes()
    assert export_brief(brief, tmp_path / "b.docx").read_bytes() == first
