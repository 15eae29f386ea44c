"""A story cut into sibling content modules: the reader keeps all its parts, not the one the extractor took."""

from __future__ import annotations

from collections.abc import Callable

import lxml.html

from briefing.ingest.html import read_html
from briefing.ingest.html_lead import body_start
from briefing.ingest.html_modules import with_sibling_modules
from briefing.ingest.limits import DEFAULT_LIMITS

PARTS = [
    ["The keeper of the Varnholm light wrote in her log every evening for forty-one years, and every entry "
     "begins with the wind, its direction and its strength, before it turns to the boats and the birds.",
     "Her daughter found the books in a sea chest after the funeral, wrapped in oilcloth and tied with net "
     "twine, and read the first of them on the ferry back to the mainland."],
    ["The museum in the harbour town now shows the logs in a long glass case, one volume for each winter the "
     "keeper spent on the rock, open at a page the curator chose for its weather.",
     "Visitors read of storms that closed the strait for weeks, of supply boats that did not come, and of a "
     "grey seal that slept on the landing stage every March for eleven years.",
     "The curator says the entries grow shorter in the last decade, as if the keeper had said all she had to "
     "say about the sea and wanted only to note that it was still there.",
     "Scholars from the university have begun to copy out the logs so that the weather they record can be "
     "set beside the readings of the station on the mainland, hour by hour."],
    ["In the spring the town will hold a reading of the last volume on the quay below the lighthouse, with "
     "the lamp lit for the evening for the first time since it was automated.",
     "The keeper's daughter will read the final entry herself, which, like the first, begins with the wind."],
]
NEWSLETTER = ("Sign up for the museum's letter and hear first about new exhibitions, talks on the quay and "
              "the winter programme for schools and families in the harbour town.")


def _module(paragraphs: list[str], kind: str = "text") -> str:
    return (f"<div class='story-module story-module--{kind}'><div class='text'><div class='text-text'>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></div></div>")


def _page(*modules: str) -> bytes:
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>The keeper's logs</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/museum'>Museum</a></nav><div class='single-wrapper'>"
            "<h1>The keeper's logs</h1>" + "".join(modules)
            + "</div><footer>© Harbour Museum</footer></body></html>").encode()


def _split_story(*after: str) -> bytes:
    return _page(_module(PARTS[0]),
                 "<div class='story-module story-module--image'><figure><img src='chest.jpg' alt=''>"
                 "<figcaption>The sea chest.</figcaption></figure></div>",
                 _module(PARTS[1]),
                 "<div class='story-module story-module--video'><button>Play</button></div>",
                 _module(PARTS[2]), *after)


def test_every_part_of_a_story_cut_into_modules_is_kept_in_page_order(
        check_paragraphs: Callable[..., None]) -> None:
    source = read_html(_split_story(), "logs.html", DEFAULT_LIMITS)
    check_paragraphs(source)
    wanted = [p for part in PARTS for p in part]
    assert all(p in source.text for p in wanted)
    assert [source.text.index(p) for p in wanted] == sorted(source.text.index(p) for p in wanted)
    assert "The sea chest." not in source.text and "Play" not in source.text


def test_a_module_of_links_after_the_story_ends_it() -> None:
    links = ("<div class='story-module story-module--text'><div class='text'><div class='text-text'><p>"
             + " ".join(f"<a href='/story/{n}'>Another story from the harbour, number {n}</a>" for n in range(4))
             + f"</p></div></div></div>{_module([NEWSLETTER])}")
    text = read_html(_split_story(links), "logs.html", DEFAULT_LIMITS).text
    assert PARTS[2][0] in text
    assert "Another story from the harbour" not in text and NEWSLETTER not in text


def test_sibling_articles_are_other_stories_not_parts() -> None:
    # a blog's front page: the extractor's choice of one <article> stands
    articles = "".join("<article class='post'><div class='entry'>" + "".join(f"<p>{p}</p>" for p in part)
                       + "</div></article>" for part in PARTS)
    tree = lxml.html.document_fromstring(_page(articles))
    assert with_sibling_modules(PARTS[1], body_start(tree, PARTS[1])) == PARTS[1]
    tree = lxml.html.document_fromstring(_split_story())
    assert with_sibling_modules(PARTS[1], body_start(tree, PARTS[1])) == [p for part in PARTS for p in part]
