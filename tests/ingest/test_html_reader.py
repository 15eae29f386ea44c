"""Saved web pages: the article, not the page around it; metadata from meta tags and JSON-LD."""

from __future__ import annotations

import socket
from datetime import date
from pathlib import Path

import pytest

from briefing.ingest import read_source

ARTICLE = [
    "Envoy delivers draft plan to Kyiv",
    "Kyiv has officially received a draft plan from the United States, officials said on Thursday.",
    "A senior official confirmed the delivery & said talks would follow.",
    "Point\tDetail",
    "1\tCeasefire along the current line",
]

PAGE = """<!DOCTYPE html>
<!-- saved from url=(0033)https://mirror.example/saved-copy -->
<html lang="en"><head>
<meta charset="utf-8">
<title>Envoy delivers draft plan | Example News</title>
<meta property="og:title" content="Envoy delivers draft plan to Kyiv">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2025-11-20T16:30:00+00:00">
<link rel="canonical" href="https://news.example/world/envoy-plan">
<link rel="stylesheet" href="https://cdn.example/site.css">
<style>body { font-family: serif } .x::after { content: "STYLE TEXT" }</style>
<script>document.write("SCRIPT TEXT"); fetch("https://tracker.example/");</script>
<script src="https://cdn.example/app.js"></script>
</head>
<body onload="alert('EVENT HANDLER')">
<header class="site-header"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></header>
<nav><ul><li><a href="/a">NAV ITEM one</a></li><li><a href="/b">NAV ITEM two</a></li></ul></nav>
<div class="cookie-banner">We use COOKIES.</div>
<main>
<article>
  <header><h1>Envoy delivers   draft
  plan to Kyiv</h1><p class="byline">By Jane Roe</p></header>
  <p>Kyiv has <b>officially</b> received a draft plan from the United States,
     officials said on Thursday.<img src="https://images.example/photo.jpg" onerror="alert('IMG')"></p>
  <!-- COMMENT TEXT -->
  <p onclick="steal()">A senior official confirmed the delivery &amp; said talks would follow.</p>
  <noscript>NOSCRIPT TEXT</noscript>
  <table><tr><th>Point</th><th>Detail</th></tr><tr><td>1</td><td>Ceasefire along the current line</td></tr></table>
  <div class="share-tools"><a href="#">SHARE on social</a></div>
  <aside>ASIDE related story</aside>
  <iframe src="https://ads.example/frame">IFRAME TEXT</iframe>
</article>
<article class="teaser"><p>Short teaser for another story.</p></article>
</main>
<footer>FOOTER copyright</footer>
<template><p>TEMPLATE TEXT</p></template>
<div hidden>HIDDEN TEXT</div><div style="display: none">INVISIBLE TEXT</div>
</body></html>
"""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the HTML reader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_article_body_and_metadata(tmp_path: Path, check_paragraphs, no_network: None) -> None:
    path = tmp_path / "envoy.html"
    path.write_text(PAGE, encoding="utf-8")
    source = read_source(path)
    check_paragraphs(source, ARTICLE)
    assert source.title == "Envoy delivers draft plan to Kyiv"
    assert source.author == "Jane Roe"
    assert source.publisher == "Example News"
    assert source.published == date(2025, 11, 20)
    assert source.url == "https://news.example/world/envoy-plan"
    assert source.media_type == "text/html"
    for leaked in ("SCRIPT", "STYLE", "EVENT", "IMG", "COMMENT", "NOSCRIPT", "SHARE", "ASIDE", "IFRAME", "NAV",
                   "COOKIES", "FOOTER", "TEMPLATE", "HIDDEN", "INVISIBLE", "teaser", "Home", "alert", "steal"):
        assert leaked not in source.text


def test_json_ld_metadata_and_main_fallback(tmp_path: Path, check_paragraphs) -> None:
    page = """<html><head><title>Fallback title</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Site"},
  {"@type": ["NewsArticle"], "headline": "Ministers meet in Vienna",
   "author": [{"@type": "Person", "name": "A. Writer"}, {"@type": "Person", "name": "B. Writer"}],
   "publisher": {"@type": "Organization", "name": "Wire Service"},
   "datePublished": "2024-03-05", "mainEntityOfPage": {"@id": "https://wire.example/vienna"}}]}
</script><script type="application/ld+json">{ not json </script></head>
<body><div class="menu"><a href="/">Top</a></div>
<div role="main"><h2>Ministers meet</h2><div class="body"><p>The ministers met in Vienna.</p></div>
<ul><li>one</li><li>two</li></ul></div>
<div id="sidebar">Most read</div></body></html>"""
    path = tmp_path / "vienna.htm"
    path.write_text(page, encoding="utf-8")
    source = read_source(path)
    check_paragraphs(source, ["Ministers meet", "The ministers met in Vienna.", "one", "two"])
    assert source.title == "Ministers meet in Vienna"
    assert source.author == "A. Writer, B. Writer"
    assert source.publisher == "Wire Service"
    assert source.published == date(2024, 3, 5)
    assert source.url == "https://wire.example/vienna"


def test_page_without_article_drops_link_lists(tmp_path: Path, check_paragraphs) -> None:
    page = """<html><head><title>Plain page</title></head><body>
<div><a href="/1">Home</a> | <a href="/2">About</a> | <a href="/3">Contact</a></div>
<p>Body text with a <a href="/x">link</a> inside a sentence that is long enough.</p>
<pre>  indented
    code</pre>
</body></html>"""
    path = tmp_path / "plain.html"
    path.write_text(page, encoding="utf-8")
    source = read_source(path)
    check_paragraphs(source, ["Body text with a link inside a sentence that is long enough.", "  indented\n    code"])
    assert source.title == "Plain page"
    assert source.url is None


def test_saved_from_comment_gives_the_url(tmp_path: Path) -> None:
    path = tmp_path / "saved.html"
    path.write_text("<!-- saved from url=(0027)https://site.example/page -->\n<html><body><p>Text.</p></body></html>",
                    encoding="utf-8")
    assert read_source(path).url == "https://site.example/page"


def test_declared_legacy_charset(tmp_path: Path, check_paragraphs) -> None:
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            "<title>Новости</title></head><body><p>Переговоры продолжатся.</p></body></html>")
    path = tmp_path / "news.html"
    path.write_bytes(page.encode("cp1251"))
    source = read_source(path)
    check_paragraphs(source, ["Переговоры продолжатся."])
    assert source.title == "Новости"


def test_undeclared_legacy_charset_is_detected(tmp_path: Path) -> None:
    page = "<html><body><p>Zürich: Gespräche über die Grenzöffnung.</p></body></html>"
    path = tmp_path / "zurich.html"
    path.write_bytes(page.encode("cp1252"))
    assert read_source(path).text == "Zürich: Gespräche über die Grenzöffnung."


def test_hostile_markup_does_not_break_the_reader(tmp_path: Path) -> None:
    nested = "<div>" * 5000 + "<p>Deep text.</p>" + "</div>" * 5000
    page = ("<html><body><p>Unclosed <b>bold <i>italic<p>Next</td></tr><script>never closed"
            + "<p onmouseover=alert(1)>x</p>")
    path = tmp_path / "broken.html"
    path.write_text(nested + page, encoding="utf-8")
    source = read_source(path)
    assert source.text.startswith("Deep text.\n\nUnclosed bold italic\n\nNext")
    assert "never closed" not in source.text and "alert" not in source.text


def test_page_with_only_scripts_has_no_text(tmp_path: Path) -> None:
    from briefing.ingest import IngestError

    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var a = 'x';</script></head><body><nav>Menu</nav></body></html>",
                    encoding="utf-8")
    with pytest.raises(IngestError, match="contains no text"):
        read_source(path)


def test_time_limit_applies_to_html(tmp_path: Path) -> None:
    from briefing.ingest import IngestError, IngestLimits

    path = tmp_path / "page.html"
    path.write_text("<p>Text.</p>", encoding="utf-8")
    with pytest.raises(IngestError, match="took longer than 0 s"):
        read_source(path, IngestLimits(max_seconds=0))


def test_omitted_head_end_tag_and_svg_titles(tmp_path: Path, check_paragraphs) -> None:
    path = tmp_path / "short.html"
    path.write_text("<html><head><title>Real title</title><meta name=author content='A. B.'>"
                    "<body><svg><title>icon</title></svg><p>Body paragraph.</p></body></html>", encoding="utf-8")
    source = read_source(path)
    check_paragraphs(source, ["Body paragraph."])
    assert source.title == "Real title"
    assert source.author == "A. B."


def test_layout_classes_do_not_hide_the_article(tmp_path: Path, check_paragraphs) -> None:
    """A wrapper whose class merely mentions a sidebar must not swallow the whole page."""
    page = ('<html><body><div class="layout with-sidebar"><h1>Port reopens</h1>'
            "<p>The port reopened on Monday after repairs to the quay.</p>"
            '<div class="social-share">Share this</div><p>Shipping resumed at noon.</p></div></body></html>')
    path = tmp_path / "layout.html"
    path.write_text(page, encoding="utf-8")
    # The headline is the page's title; the share prompt is boilerplate.
    check_paragraphs(read_source(path), ["The port reopened on Monday after repairs to the quay.",
                                         "Shipping resumed at noon."])


def test_the_extracted_tree_is_not_also_rendered_as_text(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The paragraphs come from the extractor's tree; rendering that tree as plain text as well
    (its "python" output) cost about a twentieth of every page's reading for nothing."""
    import trafilatura.core

    def rendered(*args: object, **kwargs: object) -> str:
        raise AssertionError("the extracted tree was rendered as text")

    monkeypatch.setattr(trafilatura.core, "xmltotxt", rendered)
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    assert read_source(path).text.split("\n\n") == ARTICLE
