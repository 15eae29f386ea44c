"""The `.eml` draft: parsed back with the `email` package and checked against a fresh export."""

from __future__ import annotations

import email
import hashlib
import html
import os
import re
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import exporting
from briefing.compose.email import attachment_stem, compose_email
from briefing.errors import BriefingError
from briefing.exporting import write_eml
from briefing.model import Brief, Item, Marking, Section
from briefing.templating import SectionSpec, Template, load_template
from briefing.templating.model import MarkingScheme
from briefing.writers.eml import MEDIA_TYPES, Attachment, build_message, message_bytes

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def make_brief(**overrides: Any) -> Brief:
    values: dict[str, Any] = {
        "title": "Draft peace plan delivered to Kyiv",
        "date": datetime(2025, 11, 21, 9, 30, tzinfo=UTC),
        "reference": "SB-2025-117",
        "author": "Desk analyst",
        "marking": "TLP:AMBER",
        "sections": [
            Section("summary", [Item(text="Kyiv has received a U.S. draft plan to end the war."),
                                Item(text="Its terms favour Moscow's demands.")]),
            Section("questions", [Item(kind="question", text="Is this the same 28-point plan?")]),
        ],
    }
    values.update(overrides)
    return Brief(**values)






@pytest.fixture
def template() -> Template:
    return load_template("situation-brief")


def parse(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def bodies(message: EmailMessage) -> tuple[str, str]:
    plain = message.get_body(("plain",))
    rich = message.get_body(("html",))
    assert plain is not None and rich is not None
    return plain.get_content().replace("\r\n", "\n"), rich.get_content().replace("\r\n", "\n")


def html_text(markup: str) -> str:
    """The visible text of the HTML body, in order (tags dropped)."""
    body = re.split(r"<body[^>]*>", markup, maxsplit=1)[1]
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)).strip())


def test_eml_headers_bodies_and_attachment_match_a_fresh_export(tmp_path: Path, template: Template) -> None:
    brief = make_brief()
    result = write_eml(brief, tmp_path / "brief.eml", template=template)
    message = parse(tmp_path / "brief.eml")

    assert message["Subject"] == "TLP:AMBER — Draft peace plan delivered to Kyiv (21 Nov 2025)"
    assert result.subject == message["Subject"]
    assert message["X-Unsent"] == "1"
    assert message["MIME-Version"] == "1.0"
    assert message["Date"] and message["Message-ID"]
    assert message["To"] is None  # a draft is addressed in the mail client
    assert message.get_content_type() == "multipart/mixed"
    assert not message.defects

    plain, rich = bodies(message)
    lines = [line for line in plain.splitlines() if line.strip()]
    assert lines[0] == "TLP:AMBER"
    for text in (plain, html_text(rich)):
        assert text.startswith("TLP:AMBER")
        order = [text.index(s) for s in ("TLP:AMBER", "Bottom line", "Kyiv has received a U.S. draft plan",
                                         "Its terms favour", "The full brief is attached: ")]
        assert order == sorted(order)
        assert "Draft peace plan delivered to Kyiv 2025-11-21.pdf" in text
        assert "28-point plan" not in text  # the body is the bottom line, not the whole brief

    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "Draft peace plan delivered to Kyiv 2025-11-21.pdf"
    fresh = exporting.export_brief(brief, tmp_path / "fresh.pdf", template=template, fmt="pdf")
    assert attachment.get_content() == Path(fresh).read_bytes()
    assert result.main_attachment.sha256 == hashlib.sha256(Path(fresh).read_bytes()).hexdigest()


def test_docx_is_attached_with_its_media_type(tmp_path: Path, template: Template) -> None:
    brief = make_brief()
    write_eml(brief, tmp_path / "brief.eml", template=template, attach_docx=True)
    attachments = list(parse(tmp_path / "brief.eml").iter_attachments())
    assert [a.get_content_type() for a in attachments] == ["application/pdf", DOCX_TYPE]
    assert attachments[1].get_filename() == "Draft peace plan delivered to Kyiv 2025-11-21.docx"
    fresh = exporting.export_brief(brief, tmp_path / "fresh.docx", template=template, fmt="docx")
    assert attachments[1].get_content() == Path(fresh).read_bytes()
    plain, _ = bodies(parse(tmp_path / "brief.eml"))
    assert "2025-11-21.pdf, Draft peace plan delivered to Kyiv 2025-11-21.docx" in plain


@pytest.mark.parametrize("title", ["Проект мирного плана доставлен в Киев", "خطة السلام المقترحة",
                                   "和平计划草案已送达基辅", "Ελληνικά: σχέδιο/ειρήνης?"])
def test_subject_and_file_names_in_any_script(tmp_path: Path, template: Template, title: str) -> None:
    write_eml(make_brief(title=title), tmp_path / "brief.eml", template=template)
    message = parse(tmp_path / "brief.eml")
    assert message["Subject"] == f"TLP:AMBER — {title} (21 Nov 2025)"
    [attachment] = list(message.iter_attachments())
    name = attachment.get_filename()
    assert name is not None and name.endswith(" 2025-11-21.pdf")
    assert not set(name) & set('/\\:*?"<>|')
    assert name.startswith(title.split("/", maxsplit=1)[0].split(":", maxsplit=1)[0])
    raw = (tmp_path / "brief.eml").read_bytes()
    assert raw.isascii()  # every header and part is encoded for 7-bit transport


def test_red_brief_and_markup_in_the_title(tmp_path: Path, template: Template) -> None:
    brief = make_brief(marking="TLP:RED", title="<b>Plan</b> & counter-plan")
    write_eml(brief, tmp_path / "brief.eml", template=template)
    message = parse(tmp_path / "brief.eml")
    assert message["Subject"] == "TLP:RED — <b>Plan</b> & counter-plan (21 Nov 2025)"
    plain, rich = bodies(message)
    assert plain.startswith("TLP:RED\nFor the eyes and ears of individual recipients only")
    assert "&lt;b&gt;Plan&lt;/b&gt; &amp; counter-plan" in rich
    assert "<b>Plan</b>" not in rich.split("<body", 1)[1]
    assert message["X-Briefing-Marking"] == "TLP:RED"


def _judgments_template() -> Template:
    return Template(
        id="estimate", name="Estimate",
        marking=MarkingScheme(kind="classification", levels=[Marking("Unclassified", 0), Marking("Secret", 2)],
                              default="Unclassified"),
        sections=[SectionSpec("bluf", "Bottom line", "prose"), SectionSpec("kj", "Key judgments", "judgments"),
                  SectionSpec("actors", "Key actors", "actors")],
    )


def test_key_judgments_follow_the_bottom_line_and_classification_is_in_capitals() -> None:
    template = _judgments_template()
    brief = make_brief(marking="Secret", template_id="estimate", sections=[
        Section("bluf", [Item(text="Talks will resume.")]),
        Section("kj", [Item(kind="judgment", text="Moscow will accept a ceasefire.", likelihood="unlikely",
                            confidence="moderate")]),
        Section("actors", [Item(kind="actor", name="Steve Witkoff")]),
    ])
    content = compose_email(brief, template, attachment_names=["x.pdf"])
    assert content.subject == "SECRET — Draft peace plan delivered to Kyiv (21 Nov 2025)"
    message = build_message(content, [Attachment("x.pdf", b"%PDF", MEDIA_TYPES[".pdf"])])
    plain, _ = bodies(email.message_from_bytes(message_bytes(message), policy=policy.default))  # type: ignore[arg-type]
    assert plain.startswith("SECRET\n")
    assert plain.index("Talks will resume.") < plain.index("Key judgments") < plain.index(
        "• Moscow will accept a ceasefire. (unlikely; moderate confidence)")
    assert "Witkoff" not in plain
    assert plain.rstrip().endswith("SECRET")  # marked at the end too, like the foot of a page


def test_unmarked_template_and_undated_brief_give_a_plain_subject() -> None:
    template = Template(id="plain", name="Plain", marking=MarkingScheme(kind="none", levels=[], default=None),
                        sections=[SectionSpec("summary", "Summary", "prose")])
    brief = make_brief(marking=None, date=None)
    content = compose_email(brief, template, attachment_names=[])
    assert content.subject == "Draft peace plan delivered to Kyiv"
    assert content.marking is None
    assert attachment_stem(brief) == "Draft peace plan delivered to Kyiv"


def test_a_label_the_scheme_does_not_know_is_still_shown(template: Template) -> None:
    content = compose_email(make_brief(marking="TLP:PURPLE"), template, attachment_names=[])
    assert content.subject.startswith("TLP:PURPLE — ")


def test_subject_pattern_from_the_template_is_used(template: Template) -> None:
    template.labels["subject"] = "[{marking}] {title}"
    content = compose_email(make_brief(), template, attachment_names=[])
    assert content.subject == "[TLP:AMBER] Draft peace plan delivered to Kyiv"
    template.labels["subject"] = "{title}"  # a pattern that forgets the marking cannot drop it
    assert compose_email(make_brief(), template, attachment_names=[]).subject.startswith("TLP:AMBER ")


def test_size_guard_warns_over_the_limit(tmp_path: Path, template: Template) -> None:
    result = write_eml(make_brief(), tmp_path / "brief.eml", template=template, max_attachment_bytes=100)
    assert len(result.warnings) == 1 and "over the" in result.warnings[0]
    assert write_eml(make_brief(), tmp_path / "b2.eml", template=template).warnings == []


def test_a_failed_export_leaves_an_existing_eml_untouched(tmp_path: Path, template: Template,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "brief.eml"
    target.write_bytes(b"previous draft")

    def broken(*args: object, **kwargs: object) -> Path:
        raise BriefingError("the PDF writer failed")

    monkeypatch.setattr(exporting, "export_brief", broken)
    with pytest.raises(BriefingError):
        write_eml(make_brief(), target, template=template)
    assert target.read_bytes() == b"previous draft"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.eml"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(min_size=1, max_size=80))
def test_any_title_round_trips_through_subject_and_file_name(title: str, template: Template) -> None:
    brief = make_brief(title=title)
    content = compose_email(brief, template, attachment_names=[f"{attachment_stem(brief)}.pdf"])
    message = build_message(content, [Attachment(f"{attachment_stem(brief)}.pdf", b"%PDF", MEDIA_TYPES[".pdf"])])
    parsed = email.message_from_bytes(message_bytes(message), policy=policy.default)
    assert parsed["Subject"].startswith("TLP:AMBER")
    [attachment] = list(parsed.iter_attachments())  # type: ignore[attr-defined]
    name = attachment.get_filename()
    assert name == f"{attachment_stem(brief)}.pdf"
    assert not re.search(r'[\\/:*?"<>|\x00-\x1f]', name)
    assert attachment.get_content() == b"%PDF"


def test_the_draft_gets_ordinary_file_permissions(tmp_path: Path, template: Template) -> None:
    previous = os.umask(0o022)
    try:
        write_eml(make_brief(), tmp_path / "brief.eml", template=template)
    finally:
        os.umask(previous)
    assert (tmp_path / "brief.eml").stat().st_mode & 0o777 == 0o644
