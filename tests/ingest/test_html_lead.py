"""What the extractor leaves out of a page's main text and the reader puts back: the lead, table rows."""

from __future__ import annotations

from harbour_story import STORY

from briefing.ingest.html import read_html
from briefing.ingest.html_lead import _lead_words
from briefing.ingest.limits import DEFAULT_LIMITS
from briefing.resources import resource

BODY = STORY[:4]
LEAD = "Three weeks of repairs end early as grain ships queue at the northern quay of the old port."
CARD = "Ferry operators and unions meet again on Thursday to settle the winter timetable for good."


def _page(header: str, after: str = "") -> bytes:
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Quay reopens</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/port'>Port</a></nav><main><article>"
        f"<div class='article-header'><h1>Quay reopens after repairs</h1>{header}</div>"
        f"<div class='entry-content'>{paragraphs}</div></article>{after}</main>"
        "<footer>© Harbour Daily</footer></body></html>"
    ).encode()


def _text(page: bytes) -> str:
    return read_html(page, "quay.html", DEFAULT_LIMITS).text


def test_the_lead_under_the_headline_is_kept_before_the_body() -> None:
    text = _text(_page(f"<div class='teaser-text'><p>{LEAD}</p></div>"))
    assert LEAD in text
    assert text.index(LEAD) < text.index(BODY[0][:40])


def test_a_deck_subtitle_and_a_camel_case_class_are_leads_too() -> None:
    assert LEAD in _text(_page(f"<h2 class='article__deck'>{LEAD}</h2>"))
    assert LEAD in _text(_page(f"<p class='entryExcerpt'>{LEAD}</p>"))


def test_a_long_paragraph_in_the_headlines_header_is_the_lead() -> None:
    page = _page("").replace(b"<div class='article-header'>", b"<header>").replace(
        b"</h1></div>", f"</h1><p class='byline'>By A. Writer</p><p>{LEAD}</p></header>".encode())
    text = _text(page)
    assert LEAD in text and "By A. Writer" not in text


def test_a_body_opening_with_a_subheading_still_gets_its_lead() -> None:
    page = _page(f"<div class='intro-text'><p>{LEAD}</p></div>").replace(
        b"<div class='entry-content'>", b"<div class='entry-content'><h2>In short</h2>")
    text = _text(page)
    assert text.count(LEAD) == 1 and text.count("Quay reopens after repairs") <= 1


def test_a_header_paragraph_without_a_lead_class_is_not_taken() -> None:
    assert "Photo: harbour archive" not in _text(_page("<p class='credit'>Photo: harbour archive, 2019</p>"))


def test_teaser_cards_after_the_body_are_not_taken() -> None:
    card = f"<div class='teaser'><p>{CARD}</p></div>"
    assert CARD not in _text(_page("", after=card))


def test_a_linked_teaser_in_the_header_is_not_taken() -> None:
    card = f"<div class='teaser'><a href='/ferry'>{CARD}</a></div>"
    assert CARD not in _text(_page(card))


def test_the_lead_word_list_is_sorted_unique_and_lower_case() -> None:
    rows = [line for line in resource("ingest", "lead_classes.txt").read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")]
    assert rows == sorted(set(rows)) and all(row == row.strip().lower() and row for row in rows)
    assert {"lead", "teaser", "excerpt"} <= _lead_words()


def test_a_table_after_loose_text_keeps_its_rows() -> None:
    # text standing loose before a table in a <div> becomes a paragraph holding the table, whose
    # <tr>/<td> the extractor then copies as they are
    rows = "".join(f"<tr><td>{n}</td><td>Harbour crane number {n} of the northern quay</td><td>{1950 + n}</td></tr>"
                   for n in range(1, 13))
    page = ("<html><head><title>Cranes</title></head><body><div class='content'>"
            "<div class='text-editor'>List of the port's cranes"
            f"<table>{rows}</table></div><p>{BODY[0]}</p><p>{BODY[1]}</p></div></body></html>").encode()
    text = read_html(page, "cranes.html", DEFAULT_LIMITS).text
    assert "3\tHarbour crane number 3 of the northern quay\t1953" in text


def test_soft_hyphens_are_not_text() -> None:
    page = _page("").replace(b"Grain ships", "Gr\u00adain ships".encode()).replace(b"<p>Dock", b"<p>Do&shy;ck")
    text = _text(page)
    assert "\u00ad" not in text and "Grain ships" in text and "Dock workers" in text


def test_a_plain_article_box_beside_the_story_is_part_of_the_page() -> None:
    box = ("<article class='box'><p>Opening hours of the northern quay: ships are handled from six in the "
           "morning until ten at night, seven days a week, by the port's own crews.</p></article>")
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY * 2)
    page = ("<html><head><title>Quay</title></head><body><div class='entry-content'>"
            f"<article><h1>Quay reopens after repairs</h1>{paragraphs}</article>{box}</div></body></html>").encode()
    assert "Opening hours of the northern quay" in _text(page)


def test_a_lead_marked_only_by_its_microdata_is_kept() -> None:
    # schema.org's description of the article, in the markup rather than in a class name
    text = _text(_page(f"<div itemprop='description'><p><strong>{LEAD}</strong></p></div>"))
    assert LEAD in text and text.index(LEAD) < text.index(BODY[0][:40])


def test_a_subheadline_is_a_lead() -> None:
    assert LEAD in _text(_page(f"<h2 class='article-subheadline'>{LEAD}</h2>"))


def test_a_lead_left_open_around_the_body_gives_its_own_text() -> None:
    # an unclosed <h2 class="excerpt"> holds the body that follows it in the parsed page
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Quay reopens</title></head><body><main>"
            f"<h1>Quay reopens after repairs</h1><h2 class='article__excerpt'>{LEAD}"
            f"<div class='ad-slot'>Advertisement</div><div class='entry-content'>{paragraphs}</div>"
            "</main></body></html>").encode()
    text = _text(page)
    assert LEAD in text and text.index(LEAD) < text.index(BODY[0][:40])
    assert text.count(BODY[0][:40]) == 1


def test_a_photo_credit_between_the_headline_and_the_lead_is_not_the_body() -> None:
    # the extractor keeps the credit line; the lead after it is still the story's first paragraph
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Quay reopens</title></head><body>"
            "<nav><a href='/'>Home</a></nav><main><div class='page-content'><h1>Quay reopens after repairs</h1>"
            "<div class='news-media'><img src='quay.jpg' alt=''>"
            "<p class='news-media-copyright'>Photo: Harbour Archive (copyright)</p></div>"
            f"<div class='news-teaser'>{LEAD}</div><div class='news-bodytext'>{paragraphs}</div></div>"
            "</main></body></html>").encode()
    text = _text(page)
    assert LEAD in text and text.index(LEAD) < text.index(BODY[0][:40])
