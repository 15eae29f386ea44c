"""`briefing new`: a brief from a template, with the template snapshot and the sources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from briefing import store
from briefing.model import Brief
from briefing.templating.loader import load_template


def run(cli_env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *map(str, args)], capture_output=True, text=True,
                          env=cli_env, timeout=120, check=False)


def test_new_with_sources_after_the_options(cli_env: dict[str, str], tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("A note for the new brief.", encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text("<title>Page</title><p>A page.</p>", encoding="utf-8")
    out = tmp_path / "new.brief"
    result = run(cli_env, "new", out, "--template", "situation-brief", "--title", "Border crossings", note, page)
    assert result.returncode == 0, result.stderr
    with store.BriefFile.open(out) as brief_file:
        brief = brief_file.load()
    template = load_template("situation-brief")
    assert brief.title == "Border crossings"
    assert brief.template_id == "situation-brief"
    assert brief.template_snapshot == template.source_text
    assert [s.text for s in brief.sources] == ["A note for the new brief.", "A page."]


def test_new_without_sources_takes_the_template_name(cli_env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "empty.brief"
    result = run(cli_env, "new", out, "--template", "situation-brief")
    assert result.returncode == 0, result.stderr
    with store.BriefFile.open(out) as brief_file:
        brief = brief_file.load()
    assert brief.title == load_template("situation-brief").name
    assert brief.sources == []


def test_failed_source_still_creates_the_brief_and_exits_1(cli_env: dict[str, str], tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Good.", encoding="utf-8")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"no pdf here")
    out = tmp_path / "partial.brief"
    result = run(cli_env, "new", out, "-t", "situation-brief", good, bad)
    assert result.returncode == 1
    assert result.stderr.strip() == f"briefing: {bad}: is not a PDF file (its content does not start like one); " \
                                    "it may be damaged or renamed"
    with store.BriefFile.open(out) as brief_file:
        assert [s.text for s in brief_file.load().sources] == ["Good."]


def test_existing_file_needs_force(cli_env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "taken.brief"
    store.BriefFile.create(out, Brief(title="Earlier brief")).close()
    result = run(cli_env, "new", out, "--template", "situation-brief")
    assert result.returncode == 1
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert run(cli_env, "new", out, "--template", "situation-brief", "--force").returncode == 0


def test_unknown_template_is_one_line(cli_env: dict[str, str], tmp_path: Path) -> None:
    result = run(cli_env, "new", tmp_path / "x.brief", "--template", "no-such-template")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "no-such-template" in result.stderr
    assert not (tmp_path / "x.brief").exists()


def test_template_is_required(cli_env: dict[str, str], tmp_path: Path) -> None:
    result = run(cli_env, "new", tmp_path / "x.brief")
    assert result.returncode == 2
