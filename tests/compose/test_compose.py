"""compose(): numbering, source list, markings, cover, contents — decided once for every writer."""

from __future__ import annotations

from datetime import date

from briefing.compose import compose
from briefing.compose import document as d
from briefing.compose.text import clean, date_time_group, linkify
from briefing.model import Item, Marking, Section, Source
from briefing.templating.model import MarkingScheme, SectionSpec, Template

from .conftest import situation_template
from .samples import quote_citation, sample_brief


def _blocks_after(document: d.Document, title: str) -> list[d.Block]:
    blocks = document.blocks
    start = next(i for i, b in enumerate(blocks) if isinstance(b, d.Heading) and b.text == title)
    end = next((i for i in range(start + 1, len(blocks)) if isinstance(blocks[i], d.Heading)), len(blocks))
    return blocks[start + 1:end]


def _refs(runs: list[d.Inline]) -> list[str]:
    return [r.label for r in runs if isinstance(r, d.CitationRef)]


def test_sections_follow_the_template_order_and_titles(template: Template) -> None:
    brief = sample_brief()
    brief.sections.reverse()
    document = compose(brief, template)
    assert [h.text for h in document.headings()] == [
        "Bottom line", "Key actors", "Open questions", "Sourcing caveats", "Key judgments", "Sources"]
    toc = document.blocks[0]
    assert isinstance(toc, d.TableOfContents)
    assert [e.text for e in toc.entries] == [h.text for h in document.headings()]
    assert [e.anchor for e in toc.entries] == [h.anchor for h in document.headings()]


def test_sources_are_numbered_by_first_citation_and_listed_in_ics206_style(template: Template) -> None:
    document = compose(sample_brief(), template)
    summary = _blocks_after(document, "Bottom line")
    assert [_refs(p.runs) for p in summary if isinstance(p, d.Paragraph)] == [["[1]"], ["[1]", "[2]"]]
    sources = [b for b in _blocks_after(document, "Sources") if isinstance(b, d.Paragraph)]
    assert [s.label for s in sources] == ["[1]", "[2]", "[3]"]
    assert [s.anchor for s in sources] == ["source-1", "source-2", "source-3"]
    first = sources[0].plain_text()
    assert first.startswith(
        "Veloria Daily Courier, \u201cNorthern harbour closed to commercial traffic\u201d, 4 Mar 2031")
    assert "accessed 5 Mar 2031" in first
    assert "Grade B2 (usually reliable; probably true)" in first
    assert any(isinstance(r, d.Link) and r.url.startswith("https://news.example.org/") for r in sources[0].runs)
    assert "Grade" not in sources[2].plain_text()  # the uncited, ungraded background source still listed
    targets = {r.target for b in document.blocks if isinstance(b, d.Paragraph) for r in b.runs
               if isinstance(r, d.CitationRef)}
    assert targets <= {s.anchor for s in sources}


def test_questions_are_numbered_and_actors_form_a_table(template: Template) -> None:
    document = compose(sample_brief(), template)
    (questions,) = _blocks_after(document, "Open questions")
    assert isinstance(questions, d.ListBlock) and questions.ordered
    assert [questions.number_of(i) for i in range(len(questions.items))] == [1, 2]
    (caveats,) = _blocks_after(document, "Sourcing caveats")
    assert isinstance(caveats, d.ListBlock) and not caveats.ordered
    (table,) = _blocks_after(document, "Key actors")
    assert isinstance(table, d.Table)
    assert table.header == ["Name", "Role", "Affiliation", "Note", "Sources"]
    assert abs(sum(table.widths) - 1) < 1e-9
    assert [[run.text for run in row[0] if isinstance(run, d.Text)] for row in table.rows] == [
        ["Veloria Port Authority"], ["Coastal Freight Union"]]
    assert _refs(table.rows[0][4]) == ["[1]"]


def test_judgments_carry_likelihood_and_confidence(template: Template) -> None:
    brief = sample_brief()
    brief.sections.append(Section("judgments", [
        Item("judgment", "The harbour will reopen within a month.", likelihood="likely", confidence="moderate")]))
    (judgments,) = _blocks_after(compose(brief, template), "Key judgments")
    assert isinstance(judgments, d.ListBlock)
    details = judgments.items[0].details[0].plain_text()
    assert details == "Likelihood: likely (55\u201380 %) \u00b7 Confidence: moderate"


def test_empty_required_section_is_flagged_but_composed(template: Template) -> None:
    brief = sample_brief()
    brief.section("summary").items.clear()
    document = compose(brief, template)
    assert document.warnings == ["required section 'Bottom line' is empty"]
    (empty,) = _blocks_after(document, "Bottom line")
    assert isinstance(empty, d.Paragraph) and empty.role == "empty"
    assert empty.plain_text() == "Nothing to report."


def test_overall_marking_is_the_highest_of_brief_and_portions() -> None:
    brief = sample_brief()
    brief.marking = "TLP:GREEN"
    brief.section("summary").items[0].portion = "TLP:RED"
    plain = compose(brief, situation_template())
    assert plain.banner is not None and plain.banner.label == "TLP:GREEN"  # portions ignored unless asked for
    template = situation_template(marking=MarkingScheme(portion_marks=True))
    document = compose(brief, template)
    assert document.banner is not None
    assert (document.banner.label, document.banner.colour, document.banner.background) == (
        "TLP:RED", "#FF2B2B", "#000000")
    first = _blocks_after(document, "Bottom line")[0]
    assert isinstance(first, d.Paragraph) and first.plain_text().startswith("(TLP:RED) ")
    second = _blocks_after(document, "Bottom line")[1]
    assert isinstance(second, d.Paragraph) and second.plain_text().startswith("(TLP:GREEN) ")


def test_classification_banner_is_in_capitals_and_none_scheme_has_no_banner() -> None:
    levels = [Marking("Unclassified", 0, "#007A33"), Marking("Confidential", 1, "#0033A0"),
              Marking("Secret", 2, "#C8102E")]
    scheme = MarkingScheme(kind="classification", levels=levels, default="Unclassified")
    brief = sample_brief()
    brief.marking = "secret"
    document = compose(brief, situation_template(marking=scheme))
    assert document.banner is not None and document.banner.label == "SECRET"
    assert compose(brief, situation_template(marking=MarkingScheme(kind="none", levels=[]))).banner is None


def test_unknown_marking_is_printed_as_written_and_warned(template: Template) -> None:
    brief = sample_brief()
    brief.marking = "company internal"
    document = compose(brief, template)
    assert document.banner is not None and document.banner.label == "COMPANY INTERNAL"
    assert any("not a label" in w for w in document.warnings)


def test_cover_fields_follow_the_template(template: Template) -> None:
    document = compose(sample_brief(), template)
    cover = document.cover
    assert cover is not None
    assert cover.title == "Northern harbour closure in Veloria"
    assert cover.subtitle == "What the closure means for regional shipping"
    assert [(f.label, f.value) for f in cover.fields][:5] == [
        ("Date", "050930Z MAR 31"),
        ("Prepared by", "Desk analyst"),
        ("Organization", "Regional Assessments Unit"),
        ("Reference", "RA-2031-042"),
        ("Distribution", "Shipping desk; Regional directorate"),
    ]
    assert cover.fields[5].value.startswith("TLP:AMBER \u2014 Limited disclosure")
    template.cover.fields = ["title", "reference"]
    cover = compose(sample_brief(), template).cover
    assert cover is not None and cover.subtitle is None
    assert [f.label for f in cover.fields] == ["Reference"]


def test_metadata_comes_from_the_brief_only(template: Template) -> None:
    meta = compose(sample_brief(), template).metadata
    assert meta.title == "Northern harbour closure in Veloria"
    assert meta.author == "Desk analyst"
    assert meta.subject == "What the closure means for regional shipping"
    assert meta.keywords[:2] == ("TLP:AMBER", "Test situation brief")
    assert "Veloria Port Authority" in meta.keywords
    assert meta.created.isoformat() == "2031-03-05T09:30:00+00:00"


def test_footnote_style_numbers_each_citation_in_reading_order() -> None:
    document = compose(sample_brief(), situation_template(citation_style="footnotes"))
    notes = [r for b in document.blocks for r in _all_runs(b) if isinstance(r, d.Footnote)]
    assert [n.number for n in notes] == list(range(1, len(notes) + 1))
    assert len(notes) == 7
    first_note = "".join(d.plain_text_of(r) for r in notes[0].runs)
    assert first_note.startswith("Veloria Daily Courier")
    assert first_note.endswith("\u201cthe northern harbour was closed to commercial traffic\u201d")
    assert not any(isinstance(r, d.CitationRef) for b in document.blocks for r in _all_runs(b))


def _all_runs(block: d.Block) -> list[d.Inline]:
    if isinstance(block, (d.Paragraph, d.Quote)):
        return list(block.runs)
    if isinstance(block, d.ListBlock):
        return [r for item in block.items for r in item.runs]
    if isinstance(block, d.Table):
        return [r for row in block.rows for cell in row for r in cell]
    return []


def test_sections_the_template_lacks_are_kept_and_a_source_list_is_added() -> None:
    template = Template(id="bare", name="Bare", sections=[SectionSpec("summary", "Summary", "prose")])
    brief = sample_brief()
    brief.sections.append(Section("annex_notes", [Item("prose", "Kept, although the template has no such section.")]))
    titles = [h.text for h in compose(brief, template).headings()]
    assert titles == ["Summary", "Actors", "Questions", "Caveats", "Annex notes", "Sources"]


def test_text_is_cleaned_of_controls_and_urls_become_links(template: Template) -> None:
    assert clean("a\x00b\x1bc\r\nd\te\u2028f\ud800") == "abc\nd e\nf"
    runs = linkify("See https://example.org/a_(b)?x=1&y=2. Then stop.")
    assert runs == [d.Text("See "), d.Link("https://example.org/a_(b)?x=1&y=2", "https://example.org/a_(b)?x=1&y=2"),
                    d.Text(". Then stop.")]
    brief = sample_brief()
    brief.section("summary").items[0].text = "<b>not bold</b> & \x07bell"
    paragraph = _blocks_after(compose(brief, template), "Bottom line")[0]
    assert isinstance(paragraph, d.Paragraph)
    assert paragraph.plain_text().startswith("<b>not bold</b> & bell")


def test_date_time_group() -> None:
    from datetime import datetime

    assert date_time_group(datetime(2025, 11, 20, 16, 30)) == "201630Z NOV 25"


def test_source_with_author_and_publisher_names_both() -> None:
    source = Source("A title", "text", publisher="Publisher", author="Reporter", published=date(2030, 1, 2))
    brief = sample_brief()
    brief.sources = [source]
    brief.sections = [Section("summary", [Item("prose", "Claim.", [quote_citation(source, "text")])])]
    sources = _blocks_after(compose(brief, situation_template()), "Sources")
    assert isinstance(sources[0], d.Paragraph)
    assert sources[0].plain_text() == "Publisher, Reporter, \u201cA title\u201d, 2 Jan 2030."
