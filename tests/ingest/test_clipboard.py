"""Pasted text and HTML become sources the same way files do."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.ingest import IngestError, read_clipboard


def test_html_flavour_is_preferred(check_paragraphs) -> None:
    html = ('<meta charset="utf-8"><h2>Border reopens</h2><p>The crossing reopened on <b>Friday</b>.</p>'
            '<script>track()</script><p>Queues formed early.</p>')
    source = read_clipboard("Border reopens The crossing reopened on Friday. Queues formed early.", html)
    check_paragraphs(source, ["Border reopens", "The crossing reopened on Friday.", "Queues formed early."])
    assert source.title == "Border reopens"
    assert source.origin == "clipboard"
    assert source.accessed == date.today()


def test_plain_text(check_paragraphs) -> None:
    source = read_clipboard("First line of the paste\r\n\r\nSecond paragraph.\r\n", None)
    check_paragraphs(source, ["First line of the paste", "Second paragraph."])
    assert source.title == "First line of the paste"
    assert source.media_type == "text/plain"


def test_html_without_text_falls_back_to_plain() -> None:
    source = read_clipboard("Only the text flavour has words.", "<img src='x.png'><script>x()</script>")
    assert source.text == "Only the text flavour has words."


def test_long_first_line_is_shortened_for_the_title() -> None:
    source = read_clipboard("word " * 100, None)
    assert len(source.title) <= 80 and source.title.endswith("…")


@pytest.mark.parametrize(("text", "html"), [(None, None), ("", ""), ("  \n", None), (None, "<p> </p>")])
def test_nothing_to_import(text: str | None, html: str | None) -> None:
    with pytest.raises(IngestError, match="no text"):
        read_clipboard(text, html)


def test_oversized_paste_is_refused() -> None:
    from briefing.ingest import IngestLimits

    with pytest.raises(IngestError, match="larger than the import size limit"):
        read_clipboard("x" * 2000, None, IngestLimits(max_file_bytes=1000))
