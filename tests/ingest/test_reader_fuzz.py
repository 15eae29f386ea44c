"""Readers given junk: a Source or an IngestError, never another exception (a crash in the import)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.ingest import DEFAULT_LIMITS, IngestError
from briefing.ingest.eml import read_eml
from briefing.ingest.html import read_html
from briefing.ingest.text import read_text

HEADERS = st.sampled_from([b"From: ", b"To: ", b"Date: ", b"Subject: ", b"Content-Type: ", b"MIME-Version: ",
                           b"Content-Transfer-Encoding: ", b"\r\n", b"\n", b"=?utf-8?b?", b"?=", b"multipart/mixed; "
                           b"boundary=x", b"--x\n", b"text/html; charset=", b"<p>", b"</div>", b"\xff\xfe", b"\x00"])
JUNK = st.lists(st.one_of(HEADERS, st.binary(max_size=20)), max_size=30).map(b"".join)


def outcome(reader, data: bytes) -> None:  # type: ignore[no-untyped-def]
    try:
        source = reader(data, "junk", DEFAULT_LIMITS)
    except IngestError:
        return
    assert source.text and source.text == source.text.strip("\n")


@settings(max_examples=80, deadline=None)
@given(JUNK)
def test_eml_reader(data: bytes) -> None:
    outcome(read_eml, data)


@settings(max_examples=80, deadline=None)
@given(JUNK)
def test_html_reader(data: bytes) -> None:
    outcome(read_html, data)


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=300))
def test_text_reader(data: bytes) -> None:
    outcome(read_text, data)
