"""The cached text encoding of the PDF fonts gives exactly reportlab's own (subset, bytes) pairs."""

from __future__ import annotations

import random

from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import TTFont

from briefing.resources import resource
from briefing.writers.fonts import SubsetCachingTTFont


def _texts() -> list[str]:
    rnd = random.Random(7)
    alphabet = [chr(c) for c in range(0x20, 0x250)] + ["\u00a0", "\u0416", "\u05d0", "\U0001f600", "\ufffd"]
    texts = ["", "plain text", "plain text", "no\u00a0break", "\U0001f600 not in the font"]
    for _ in range(400):  # more than 256 distinct characters: later ones land in subsets 1, 2...
        texts.append("".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))))
    return texts + texts[:50]  # and repeats, which take the fast path


def test_split_string_matches_reportlab() -> None:
    path = str(resource("fonts", "DejaVuSans.ttf"))
    cached, plain = SubsetCachingTTFont("CacheCheck", path), TTFont("PlainCheck", path)
    doc_a, doc_b = PDFDocument(), PDFDocument()
    for text in _texts():
        assert cached.splitString(text, doc_a) == plain.splitString(text, doc_b), text
    assert cached.state[doc_a].subsets == plain.state[doc_b].subsets
    assert len(plain.state[doc_b].subsets) > 1  # the check reached beyond subset 0
