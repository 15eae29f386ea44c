"""Web pages saved as one file (MHTML), built with the email package as browsers write them."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from briefing.ingest import IngestError, read_source


def make_mhtml(path: Path, page: str, *, location: str = "https://news.example/saved-page") -> None:
    message = EmailMessage()
    message["From"] = "<Saved by Blink>"
    message["Snapshot-Content-Location"] = location
    message["Subject"] = "Saved page"
    message.make_related()
    html = EmailMessage()
    html.set_content(page, subtype="html", charset="utf-8", cte="quoted-printable")
    html["Content-Location"] = location
    message.attach(html)
    image = EmailMessage()
    image.set_content(b"\x89PNG\r\n\x1a\n" + bytes(64), maintype="image", subtype="png")
    image["Content-Location"] = "https://news.example/logo.png"
    message.attach(image)
    path.write_bytes(bytes(message))


def test_saved_page_is_read_as_html(tmp_path: Path, check_paragraphs) -> None:
    path = tmp_path / "page.mhtml"
    make_mhtml(path, "<html><head><title>Saved story</title></head><body><nav>Menu</nav>"
                     "<article><h1>Saved story</h1><p>Körper of the story, saved whole.</p></article>"
                     "<script>track()</script></body></html>")
    source = read_source(path)
    check_paragraphs(source, ["Saved story", "Körper of the story, saved whole."])
    assert source.title == "Saved story"
    assert source.url == "https://news.example/saved-page"


def test_canonical_link_wins_over_the_snapshot_location(tmp_path: Path) -> None:
    path = tmp_path / "page.mht"
    make_mhtml(path, '<link rel="canonical" href="https://news.example/canonical"><p>Text.</p>')
    assert read_source(path).url == "https://news.example/canonical"


def test_mhtml_without_a_page(tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "<Saved by Blink>"
    message.set_content("just text")
    path = tmp_path / "nopage.mhtml"
    path.write_bytes(bytes(message))
    with pytest.raises(IngestError, match="holds no HTML page"):
        read_source(path)
