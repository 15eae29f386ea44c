"""A page whose story is only in its JSON-LD `articleBody`: the structured data is read as text."""

from __future__ import annotations

import json
from collections.abc import Callable

import lxml.html

from briefing.ingest.html import html_to_source
from briefing.ingest.html_structured import DeclaredBody, declared_body
from briefing.ingest.limits import DEFAULT_LIMITS

STORY = [
    "The river authority opened the new flood gates at Vellmar on Tuesday, two years after the spring "
    "floods that closed the lower town for a month.",
    "Engineers said the gates can hold back a rise of four metres, twice the height of the old embankment, "
    "and that they are raised by hand if the power fails.",
    "Shop owners on the quay said insurers had already written to say that premiums would fall next year, "
    "though some still keep sandbags by the door.",
    "The second phase, a pumping station on the northern bank, is to be put out to tender in the autumn.",
]
BODY = "\n\n".join(STORY)


def _ld(obj: object) -> str:
    # "</" escaped as publishers do, so markup in a body does not end the script
    return "<script type='application/ld+json'>" + json.dumps(obj).replace("</", "<\\/") + "</script>"


def _page(head: str, body: str) -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Flood gates open | Valley Courier</title>"
        "<meta property='og:title' content='Flood gates open at Vellmar'>"
        "<meta property='og:site_name' content='Valley Courier'>" + head + "</head><body>"
        "<nav><a href='/'>Home</a> <a href='/region'>Region</a></nav>" + body
        + "<footer>© Valley Courier</footer></body></html>"
    )


def _article(body: str, kind: str = "NewsArticle", key: str = "articleBody") -> dict[str, object]:
    return {"@context": "https://schema.org", "@type": kind, "headline": "Flood gates open at Vellmar",
            "datePublished": "2026-05-12T08:00:00Z", "author": {"@type": "Person", "name": "Ann Weber"},
            key: body}


def test_the_story_only_in_json_ld_is_read_from_it(check_paragraphs: Callable[..., None]) -> None:
    page = _page(_ld(_article(BODY)), "<div id='app'><h1>Flood gates open at Vellmar</h1><p>Loading…</p></div>")
    source = html_to_source(page, name="gates.html", limits=DEFAULT_LIMITS)
    check_paragraphs(source, STORY)
    assert source.extra["text_from"] == "the page's structured data (JSON-LD articleBody)"
    assert source.title == "Flood gates open at Vellmar" and source.publisher == "Valley Courier"
    assert source.author == "Ann Weber" and str(source.published) == "2026-05-12"


def test_markup_and_entities_in_the_article_body_are_text_not_tags(check_paragraphs: Callable[..., None]) -> None:
    marked = ("<p>" + STORY[0] + "</p><script>alert('x')</script><p>" + STORY[1].replace("and that", "&amp; that")
              + "<br>" + STORY[2] + "</p><style>p { color: red }</style><p>" + STORY[3] + "</p>")
    page = _page(_ld({"@graph": [{"@type": "WebSite", "name": "Valley Courier"},
                                 _article(marked, kind="BlogPosting")]}), "<main><p>Subscribe to read.</p></main>")
    source = html_to_source(page, name="gates.html", limits=DEFAULT_LIMITS)
    check_paragraphs(source, [STORY[0], STORY[1].replace("and that", "& that"), STORY[2], STORY[3]])
    assert "alert" not in source.text and "color" not in source.text


def test_a_news_article_text_property_counts_as_its_body(check_paragraphs: Callable[..., None]) -> None:
    page = _page(_ld(_article(BODY, kind="ReportageNewsArticle", key="text")), "<div><p>Loading…</p></div>")
    check_paragraphs(html_to_source(page, name="gates.html", limits=DEFAULT_LIMITS), STORY)


def test_a_complete_visible_story_is_not_replaced(check_paragraphs: Callable[..., None]) -> None:
    # The structured copy is a shortened, differently worded summary: the page's own text stays.
    summary = ("Vellmar's flood gates opened on Tuesday. " * 12).strip()
    visible = "<article><h1>Flood gates open at Vellmar</h1>" + "".join(f"<p>{p}</p>" for p in STORY) + "</article>"
    source = html_to_source(_page(_ld(_article(summary)), visible), name="gates.html", limits=DEFAULT_LIMITS)
    assert all(paragraph in source.text for paragraph in STORY)
    assert "Vellmar's flood gates opened on Tuesday." not in source.text
    assert "text_from" not in source.extra
    check_paragraphs(source)


def test_a_visible_story_with_the_same_words_is_kept_as_shown() -> None:
    # Same story in both: the page's paragraphs (with their headings) are what is cited.
    visible = ("<article><h1>Flood gates open at Vellmar</h1><h2>Four metres</h2>"
               + "".join(f"<p>{p}</p>" for p in STORY) + "</article>")
    source = html_to_source(_page(_ld(_article(" ".join(STORY))), visible), name="gates.html",
                            limits=DEFAULT_LIMITS)
    assert "Four metres" in source.text and "text_from" not in source.extra


def test_a_short_body_or_a_non_article_is_not_used() -> None:
    visible = "<div><p>Loading…</p></div>"
    for ld in (_article(STORY[3]), _article(BODY, kind="Recipe"), _article(BODY, kind="WebSite"),
               _article(BODY, key="description")):
        source = html_to_source(_page(_ld(ld), visible), name="gates.html", limits=DEFAULT_LIMITS)
        assert "flood gates at Vellmar" not in source.text and "text_from" not in source.extra


def test_two_different_article_bodies_are_ambiguous_and_ignored() -> None:
    # A list of stories: which one is the page's would be a guess (the same one twice is one).
    other = BODY.replace("Vellmar", "Kassel").replace("flood gates", "tram line")
    twice = lxml.html.document_fromstring(_page(_ld(_article(BODY)) + _ld([_article(BODY)]), "<p>Loading…</p>"))
    assert declared_body(twice) == DeclaredBody(STORY, "articleBody")
    both = lxml.html.document_fromstring(_page(_ld([_article(BODY), _article(other)]), "<p>Loading…</p>"))
    assert declared_body(both) is None
    source = html_to_source(_page(_ld([_article(BODY), _article(other)]), "<div><p>Loading…</p></div>"),
                            name="gates.html", limits=DEFAULT_LIMITS)
    assert "text_from" not in source.extra


def test_malformed_and_huge_json_ld_is_refused_quietly() -> None:
    visible = "<div><p>Loading…</p></div>"
    huge = _article("All work and no play makes Jack a dull boy. " * 100_000)
    broken = _ld(_article(BODY))[:-40] + "</script>"  # cut short: not JSON
    deep = "<script type='application/ld+json'>" + "[" * 100_000 + "]" * 100_000 + "</script>"
    not_a_string = _ld(_article({"@type": "Text", "value": BODY}))  # type: ignore[arg-type]
    code = "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"articleBody\": alert(1)}</script>"
    for head in (_ld(huge), broken, deep, not_a_string, code):
        source = html_to_source(_page(head, visible), name="gates.html", limits=DEFAULT_LIMITS)
        assert "text_from" not in source.extra
        assert "dull boy" not in source.text and "flood gates at Vellmar" not in source.text
        assert source.title == "Flood gates open at Vellmar"


def test_pasted_html_never_reads_structured_data() -> None:
    page = _page(_ld(_article(BODY)), "<div><p>Only this was copied.</p></div>")
    source = html_to_source(page, name="clip", limits=DEFAULT_LIMITS, article=False)
    assert "flood gates at Vellmar" not in source.text and "text_from" not in source.extra
