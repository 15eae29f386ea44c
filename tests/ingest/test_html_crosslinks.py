"""Links to other stories set inside a story ("Read more: ...") are not the story's text."""

from __future__ import annotations

import re

from harbour_story import STORY

from briefing.ingest.html import read_html
from briefing.ingest.limits import DEFAULT_LIMITS
from briefing.resources import resource

BODY = STORY[:4]


def _text(*inserts: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>{insert}" for p, insert in zip(BODY, [*inserts, "", "", "", ""][:4], strict=True))
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Quay reopens</title></head><body>"
            "<nav><a href='/'>Home</a></nav><main><article><h1>Quay reopens after repairs</h1>"
            f"<div class='entry-content'>{paragraphs}</div></article></main></body></html>")
    return read_html(page.encode(), "quay.html", DEFAULT_LIMITS).text


def test_a_read_more_link_inside_the_story_is_left_out() -> None:
    text = _text("<p>Read more: <a href='/ferry'>Ferry timetable changes for the winter season</a></p>",
                 "<p><strong>Lea también: <a href='/grua'>La grúa del muelle sur vuelve a fallar</a></strong></p>",
                 "<h3>MIRA: <a href='/video'>Así se ve el muelle norte tras las obras</a></h3>",
                 "<p><strong>À lire aussi »</strong> <a href='/port'>Le port en chiffres</a></p>")
    assert all(p in text for p in BODY)
    for link in ("Ferry timetable changes", "La grúa del muelle", "Así se ve el muelle", "Le port en chiffres"):
        assert link not in text


def test_a_label_standing_alone_is_left_out() -> None:
    text = _text("<p><strong>Zum Weiterlesen:</strong></p>", "<h3>Schon gelesen?</h3>")
    assert "Zum Weiterlesen" not in text and "Schon gelesen" not in text
    assert all(p in text for p in BODY)


def test_story_text_that_starts_like_a_label_stays() -> None:
    sentences = ["Read more carefully, the port's accounts show that the repairs cost less than planned.",
                 "See also the table of berths: ships over 200 metres still use the southern quay only.",
                 "Related: the <a href='/cranes'>crane</a> contract was signed in March with a local firm "
                 "that has serviced the port's machinery for decades."]
    award = "<p><a href='/award'>Mira-Award for the film about the northern quay</a>, the club says.</p>"
    text = _text(*(f"<p>{s}</p>" for s in sentences), award)
    assert all(re.sub(r"<[^>]+>", "", s) in text for s in sentences)
    assert "Mira-Award for the film" in text


def test_the_label_list_is_sorted_unique_and_lower_case() -> None:
    from briefing.ingest.html_article import _read_more_labels

    rows = [line for line in resource("ingest", "read_more_labels.txt").read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")]
    assert rows == sorted(set(rows)) and all(row == row.strip().lower() and row for row in rows)
    assert {"read more", "lea también", "lesen sie auch"} <= _read_more_labels()
