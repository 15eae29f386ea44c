"""The release history of a brief: recording what left the analyst's hands, and listing it.

Records live in the `.brief` file itself (`Brief.releases`), so the history travels with the
brief and cannot drift from it. A record is appended only after the export or the sending
succeeded, and in one save, so a failure leaves both the brief and its history as they were.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from briefing.model import Brief, Release


def record_release(path: Path, release: Release) -> Brief:
    """Append `release` to the history of the `.brief` at `path` and save it; returns the saved brief."""
    from briefing.store import BriefFile  # late: keeps this module importable without the store

    brief_file = BriefFile.open(Path(path))
    try:
        brief = brief_file.load()
        brief.releases.append(release)
        brief_file.save(brief)
    finally:
        close = getattr(brief_file, "close", None)
        if callable(close):
            close()
    return brief


def describe_release(release: Release) -> str:
    """One line: when, what, marking, to whom, which file and its digest."""
    when = release.at.astimezone().strftime("%Y-%m-%d %H:%M %Z").strip()
    who = ", ".join(release.recipients) if release.recipients else "no recipients yet"
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
