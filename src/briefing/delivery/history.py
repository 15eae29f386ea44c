"""The release history of a brief: recording what left the analyst's hands, and listing it.

Records live in the `.brief` file itself (`Brief.releases`), so the history travels with the
brief and cannot drift from it. A record is appended only after the export or the sending
succeeded, and in one save, so a failure leaves both the brief and its history as they were.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from briefing.model import Brief, Release
from briefing.templating.model import Template
from briefing.writers.eml import EmlResult


def brief_template(brief: Brief) -> Template:
    """The template the brief exports with: its stored snapshot if it has one, else the installed one."""
    from briefing.templating import template_for_brief

    return template_for_brief(brief)


@contextmanager
def releasing(path: Path) -> Iterator[tuple[Brief, Callable[[Release], None]]]:
    """Open a `.brief` for a release: yields the brief and a function that records a release in it.

    The file stays open (and locked against other writers) from before the sending until the
    record is saved, so the history cannot be lost to a concurrent save.
    """
    from briefing.store import BriefFile  # late: the store is not needed to compose or send

    brief_file = BriefFile.open(Path(path))
    try:
        brief = brief_file.load()

        def record(release: Release) -> None:
            brief.releases.append(release)
            try:
                brief_file.save(brief)
            except BaseException:
                brief.releases.remove(release)
                raise

        yield brief, record
    finally:
        brief_file.close()


@contextmanager
def releasing_if_writable(path: Path, what: str) -> Iterator[tuple[Brief, Callable[[Release], None], str | None]]:
    """As `releasing`, for an export or a draft, which a write-protected `.brief` still allows.

    A received brief is often kept as it came, read-only; writing a PDF or a draft from it must
    not fail for that. There `record` does nothing and the third value is the sentence saying the
    `what` ("export", "draft") is not recorded; elsewhere it is None.
    """
    if os.access(path, os.W_OK):
        with releasing(path) as (brief, record):
            yield brief, record, None
        return
    yield (load_brief(path), lambda release: None,
           f"{path} is read-only, so this {what} is not recorded in its release history")


def record_release(path: Path, release: Release) -> Brief:
    """Append `release` to the history of the `.brief` at `path` and save it; returns the saved brief."""
    with releasing(path) as (brief, record):
        record(release)
    return brief


def export_eml_draft(brief_path: Path, out_path: Path, *, attach_docx: bool = False,
                     template: Template | None = None) -> EmlResult:
    """`briefing export FILE.brief -o OUT.eml`: write the draft and record it in the brief's history.

    `template` overrides the brief's own (as `briefing export --template` does).
    """
    from briefing.delivery.service import release_for_draft
    from briefing.delivery.settings import load_mail_settings
    from briefing.exporting import write_eml

    settings = load_mail_settings()

    def draft(brief: Brief, chosen: Template) -> EmlResult:
        return write_eml(brief, Path(out_path), template=chosen, attach_docx=attach_docx, sender=settings.sender,
                         max_attachment_bytes=settings.max_attachment_bytes)

    with releasing_if_writable(brief_path, "draft") as (brief, record, unrecorded):
        template = template or brief_template(brief)
        result = draft(brief, template)
        record(release_for_draft(result, brief, template))
    if unrecorded:
        result.warnings.append(unrecorded)
    return result


def release_for_export(written: Path, brief: Brief, template: Template, *, now: datetime | None = None) -> Release:
    """The record of a PDF or DOCX written from `brief`: the file's name and digest, and its marking."""
    from briefing.compose.email import effective_marking

    digest = hashlib.sha256()
    with Path(written).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    marking = effective_marking(brief, template)
    return Release(at=now or datetime.now(UTC), action="exported", recipients=[],
                   marking=marking.label if marking else None, filename=Path(written).name,
                   sha256=digest.hexdigest(), detail=f"{Path(written).suffix.lstrip('.').upper()} export")


def load_brief(path: Path) -> Brief:
    """Read a `.brief` for listing its history; read-only, so it works while the app has it open."""
    from briefing.store import BriefFile

    with BriefFile.open(Path(path), readonly=True) as brief_file:
        return brief_file.load()


def describe_release(release: Release) -> str:
    """One line: when, what, marking, to whom, which file and its digest."""
    when = release.at.astimezone().strftime("%Y-%m-%d %H:%M %Z").strip()
    who = ", ".join(release.recipients) if release.recipients else \
        ("a file, not addressed" if release.action == "exported" else "no recipients yet")
    marking = release.marking or "unmarked"
    line = f"{when}  {release.action:<8} {marking:<16} {who}  {release.filename}  sha256:{release.sha256}"
    return f"{line}  ({release.detail})" if release.detail else line


def history_lines(releases: Sequence[Release]) -> list[str]:
    """The history oldest first, one line per release."""
    return [describe_release(r) for r in sorted(releases, key=lambda r: r.at)]


def release_to_dict(release: Release) -> dict[str, object]:
    return {
        "at": release.at.isoformat(),
        "action": release.action,
        "marking": release.marking,
        "recipients": list(release.recipients),
        "filename": release.filename,
        "sha256": release.sha256,
        "detail": release.detail,
    }
