"""The e-mail shows a brief's title as typed, and nothing else.

Regression for the audit: a right-to-left override and zero-width characters were kept in the
Subject and the attachment's file name (`Invoice <U+202E>fdp.exe<U+202C> … .pdf` displays as `…exe.pdf`), and a
title containing a literal `=?utf-8?q?…?=` was written raw, so mail clients decoded it as an
encoded word and showed different text. Each message is read back with Python's `email` package.
"""

from __future__ import annotations

import email
import unicodedata
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from briefing.compose.email import attachment_stem, compose_email
from briefing.exporting import write_eml
from briefing.templating import load_template
from briefing.writers.eml import build_message, message_bytes

from .test_eml import make_brief

RLO_TITLE = "Invoice \u202efdp.exe\u202c \u200bpayment\u2066 notice"
ENCODED_WORD = "=?utf-8?q?URGENT=3A_wire_funds_today?="


def read_back(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def no_format_characters(text: str) -> bool:
    return not any(unicodedata.category(ch) == "Cf" for ch in text)


def test_format_characters_never_reach_the_subject_or_the_file_name(tmp_path: Path) -> None:
    result = write_eml(make_brief(title=RLO_TITLE), tmp_path / "out.eml", template=load_template("situation-brief"))
    message = read_back((tmp_path / "out.eml").read_bytes())
    subject = str(message["Subject"])
    assert no_format_characters(subject) and "Invoice fdp.exe payment notice" in subject
    names = [part.get_filename() or "" for part in message.iter_attachments()]
    assert names and all(no_format_characters(name) for name in names)
    assert names[0].startswith("Invoice fdp.exe payment notice")
    assert no_format_characters(result.subject)


def test_the_stem_drops_format_characters() -> None:
    assert attachment_stem(make_brief(title="a\u202eb\u200dc", date=None)) == "abc"


@pytest.mark.parametrize("title", [
    f"Pay {ENCODED_WORD} now",
    ENCODED_WORD,
    f"Привет {ENCODED_WORD}",
    "=?iso-8859-1?b?SGVsbG8=?=",
    "Plain ASCII title",
])
def test_a_title_that_looks_like_an_encoded_word_is_shown_as_typed(title: str) -> None:
    template = load_template("situation-brief")
    content = compose_email(make_brief(title=title), template, attachment_names=["x.pdf"])
    assert title in content.subject
    message = read_back(message_bytes(build_message(content, [], sender="Desk <desk@example.org>",
                                                    to=["anna@example.org"])))
    assert str(message["Subject"]) == content.subject
    raw = message_bytes(build_message(content, [])).decode("ascii")
    assert ENCODED_WORD not in raw or title == "Plain ASCII title"
