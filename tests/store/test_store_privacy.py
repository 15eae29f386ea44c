"""A .brief is mailed: it keeps the name of the file a source came from, never the folders around it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.cli.helpers import briefing_cli

from briefing.model import Brief, Source
from briefing.store import BriefFile, load_brief, save_brief
from briefing.store.codec import private_origin


def stored_origins(path: Path) -> list[str | None]:
    connection = sqlite3.connect(path)
    try:
        return [origin for (origin,) in connection.execute("SELECT origin FROM sources ORDER BY position")]
    finally:
        connection.close()


@pytest.mark.parametrize(("origin", "kept"), [
    ("/home/anna/Operations/Harbour/kyiv.html", "kyiv.html"),
    ("C:\\Users\\anna\\Desktop\\report.pdf", "report.pdf"),
    ("\\\\fileserver\\desk\\notes.txt", "notes.txt"),
    ("../../anna/notes.txt", "notes.txt"),
    ("/home/anna/inbox/mail.eml/assessment.docx", "mail.eml/assessment.docx"),  # an attachment keeps its mail
    ("file:///home/anna/page.html", "page.html"),
    ("kyiv.html", "kyiv.html"),
    ("clipboard", "clipboard"),
    ("https://example.org/news/story.html", "https://example.org/news/story.html"),
    (None, None),
    ("\\\\", ""),  # regression: separators alone were kept as they were, folders and all
    ("/", ""),
])
def test_private_origin(origin: str | None, kept: str | None) -> None:
    assert private_origin(origin) == kept


@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=60))
def test_private_origin_is_stable_and_has_no_folders(origin: str) -> None:
    kept = private_origin(origin)
    assert kept is not None and private_origin(kept) == kept
    if "://" not in kept:
        assert kept.replace("\\", "/").count("/") <= 1


def test_saved_sources_keep_only_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "mailed.brief"
    source = Source(title="Harbour", text="Talks resumed.", origin="/home/anna/Operations/Harbour/kyiv.html")
    save_brief(path, Brief(sources=[source]))
    assert stored_origins(path) == ["kyiv.html"]
    assert b"/home/anna" not in path.read_bytes()
    with BriefFile.open(path) as opened:
        brief = opened.load()
        brief.sources.append(Source(title="Second", text="More words.", origin="/home/anna/Desktop/second.txt"))
        opened.save(brief)
    assert stored_origins(path) == ["kyiv.html", "second.txt"]
    assert b"/home/anna" not in path.read_bytes()


def test_an_older_file_is_scrubbed_at_its_next_save(tmp_path: Path) -> None:
    path = tmp_path / "old.brief"
    save_brief(path, Brief(sources=[Source(title="Harbour", text="Talks resumed.", origin="kyiv.html")]))
    connection = sqlite3.connect(path)
    connection.execute("UPDATE sources SET origin = '/home/anna/Operations/Harbour/kyiv.html'")
    connection.commit()
    connection.close()
    with BriefFile.open(path) as opened:
        brief = opened.load()
        brief.title = "Edited"
        opened.save(brief)
    assert stored_origins(path) == ["kyiv.html"]
    assert b"/home/anna" not in path.read_bytes()  # deleted content is zeroed, not left in free space
    assert load_brief(path).sources[0].origin == "kyiv.html"


def test_import_from_the_command_line_stores_the_name(tmp_path: Path, cli_env: dict[str, str]) -> None:
    folder = tmp_path / "anna" / "Operations"
    folder.mkdir(parents=True)
    note = folder / "note.txt"
    note.write_text("A short note about the talks in Geneva.\n")
    path = tmp_path / "mailed.brief"
    assert briefing_cli(cli_env, "new", path, "--template", "situation-brief").returncode == 0
    done = briefing_cli(cli_env, "import", path, note)
    assert done.returncode == 0, done.stderr
    assert stored_origins(path) == ["note.txt"]
    assert str(folder).encode() not in path.read_bytes()
