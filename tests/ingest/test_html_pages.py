"""Real pages' habits: several stories on one page, furigana, malformed end tags, nothing fetched."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from harbour_story import STORY
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.ingest import IngestError, read_source
from briefing.ingest.html import read_html
from briefing.ingest.limits import DEFAULT_LIMITS


def _page(body: str) -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Quay reopens | Harbour Daily</title>"
        "<meta property='og:title' content='Quay reopens after repairs'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/port'>Port</a></nav>" + body + "<footer>© Harbour Daily</footer>"
        "</body></html>"
    )


def test_the_pages_own_story_not_the_teasers(tmp_path: Path) -> None:
    teaser = ("<article class='teaser'><h2><a href='/b'>Ferry strike called off</a></h2><p>Unions and operators "
              "agreed late on Sunday.</p></article>")
    story = "<article><h1>Quay reopens</h1>" + "".join(f"<p>{p}</p>" for p in STORY) + "</article>"
    path = tmp_path / "story.html"
    path.write_text(_page(teaser + story + teaser.replace("Ferry", "Bridge")), encoding="utf-8")
    source = read_source(path)
    assert all(paragraph in source.text for paragraph in STORY)
    assert "Ferry strike" not in source.text and "Bridge strike" not in source.text
    assert "Home" not in source.text and "©" not in source.text


def test_the_story_outside_any_article_element_wins_over_article_teasers(tmp_path: Path) -> None:
    teasers = "".join(f"<article class='card'><h3><a href='/{n}'>Other story {n}</a></h3><p>A teaser line for "
                      f"another story, number {n}, with a few words.</p></article>" for n in range(4))
    story = "<main><div class='story-body'><h1>Quay reopens</h1>" + "".join(f"<p>{p}</p>" for p in STORY)
    path = tmp_path / "cards.html"
    path.write_text(_page(story + "</div><section class='more'>" + teasers + "</section></main>"), encoding="utf-8")
    source = read_source(path)
    assert all(paragraph in source.text for paragraph in STORY)
    assert "teaser line" not in source.text


def test_ruby_readings_are_not_run_into_the_text(tmp_path: Path) -> None:
    sentence = ("<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby><ruby>供<rt>ども</rt></ruby>への"
                "<ruby>体罰<rp>(</rp><rt>たいばつ</rt><rp>)</rp></ruby>を禁止する法律が成立した。</p>")
    path = tmp_path / "ruby.html"
    path.write_text(_page("<article>" + sentence + "".join(f"<p>{p}</p>" for p in STORY) + "</article>"),
                    encoding="utf-8")
    text = read_source(path).text
    assert "子供への体罰を禁止する法律が成立した。" in text
    assert "たいばつ" not in text and "(" not in text


def test_malformed_script_end_tag_does_not_swallow_the_body(tmp_path: Path) -> None:
    page = ("<html><head><script language='javascript'>var a = '<p>not text</p>';</script language>"
            "</head><body><p>" + STORY[0] + "</p><p>" + STORY[1] + "</p></body></html>")
    path = tmp_path / "legacy.html"
    path.write_text(page, encoding="utf-8")
    text = read_source(path).text
    assert STORY[0] in text and STORY[1] in text
    assert "not text" not in text and "var a" not in text


def test_control_characters_beside_a_soft_hyphen_do_not_stop_the_reader(check_paragraphs) -> None:
    # A C0 control character is no text (lxml refuses it when the soft hyphen is taken out beside it).
    source = read_html(("<p>\x01Baro\xadlo\x0c and \x1bBarbera</p><p>" + STORY[0] + "</p>").encode(),
                       "x.html", DEFAULT_LIMITS)
    assert "Barolo and Barbera" in source.text and STORY[0] in source.text
    check_paragraphs(source)


def test_nothing_is_fetched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the HTML reader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    page = _page("<article>" + "".join(f"<p>{p}</p>" for p in STORY) + "<img src='https://img.example/a.jpg'>"
                 "<iframe src='https://ads.example/'></iframe><link rel='stylesheet' href='https://c.example/s.css'>"
                 "</article>").replace("<head>", "<head><base href='https://news.example/'>"
                                                 "<!DOCTYPE html SYSTEM 'https://dtd.example/x.dtd'>")
    path = tmp_path / "net.html"
    path.write_text(page, encoding="utf-8")
    assert STORY[2] in read_source(path).text


def test_offsets_are_exact_paragraphs(tmp_path: Path, check_paragraphs) -> None:
    path = tmp_path / "offsets.html"
    path.write_text(_page("<article>" + "".join(f"<p>{p}</p>" for p in STORY) + "</article>"), encoding="utf-8")
    check_paragraphs(read_source(path), STORY)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["<p>", "</p>", "<article>", "</article>", "<ruby>", "<rt>", "</script language>",
                                 "<script>", "<div hidden>", "<template>", "text ", "文字", "&amp;", "<br>", "<table>",
                                 "<td>", "<li>", "<!--", "-->"]), max_size=60))
def test_any_markup_gives_a_source_or_a_reason(pieces: list[str]) -> None:
    """Property: whatever the tags, the reader returns a consistent source or a one-line reason."""
    try:
        source = read_html(("".join(pieces) + " " + STORY[0]).encode(), "x.html", DEFAULT_LIMITS)
    except IngestError as error:
        assert "\n" not in error.reason
        return
    assert all(source.text[a:b].strip() for a, b in source.paragraphs)
