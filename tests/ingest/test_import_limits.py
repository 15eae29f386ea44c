"""What a folder import may reach, and what a file's metadata may weigh."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import import_paths
from briefing.ingest.base import Metadata, build_source
from briefing.ingest.limits import DEFAULT_LIMITS
from briefing.model import Brief


def _folder_with_links(tmp_path: Path) -> tuple[Path, Path]:
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("Private notes that are not part of the inbox.", encoding="utf-8")
    (outside / "sub").mkdir()
    (outside / "sub" / "more.txt").write_text("More private notes.", encoding="utf-8")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "report.txt").write_text("The report itself.", encoding="utf-8")
    (inbox / "notes.txt").symlink_to(secret)
    (inbox / "elsewhere").symlink_to(outside / "sub", target_is_directory=True)
    (inbox / "inside.txt").symlink_to(inbox / "report.txt")  # a link within the folder is fine
    return inbox, secret


def test_folder_import_never_reads_through_a_link_leaving_the_folder(tmp_path: Path) -> None:
    inbox, _ = _folder_with_links(tmp_path)
    brief = Brief()
    report = import_paths(brief, [inbox], isolate_pdfs=False)
    texts = [source.text for source in brief.sources]
    assert texts == ["The report itself."]
    lines = [problem.line() for problem in report.skipped]
    assert any("notes.txt" in line and "outside the folder" in line for line in lines), lines
    assert any("elsewhere" in line and "outside the folder" in line for line in lines), lines
    assert not report.failed


def test_a_link_named_on_its_own_is_read(tmp_path: Path) -> None:
    inbox, _ = _folder_with_links(tmp_path)
    brief = Brief()
    import_paths(brief, [inbox / "notes.txt"], isolate_pdfs=False)
    assert [source.text for source in brief.sources] == ["Private notes that are not part of the inbox."]


def test_metadata_is_clipped_and_the_text_keeps_the_whole() -> None:
    huge = "word " * 40_000
    meta = Metadata(title=huge, author="A" * 2_000_000, publisher="P" * 5000, url="https://x.example/" + "a" * 9000,
                    extra={"subject": "s" * 200_000})
    source = build_source(blocks=[huge], meta=meta, fallback_title="f", media_type="text/plain", origin=None,
                          limits=DEFAULT_LIMITS)
    assert len(source.title) <= 500
    assert source.author is not None and len(source.author) <= 500
    assert source.publisher is not None and len(source.publisher) <= 500
    assert all(len(value) <= 500 for value in source.extra.values())
    assert source.title.endswith("…") and source.author.endswith("…")
    assert source.text == huge.strip()
