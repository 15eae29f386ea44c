"""`briefing search`: hits with source, offsets and snippet; no hits is not an error."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import store
from briefing.ingest import import_paths
from briefing.model import Brief


def run(cli_env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *map(str, args)], capture_output=True, text=True,
                          env=cli_env, timeout=120, check=False)


@pytest.fixture
def brief_path(tmp_path: Path) -> Path:
    folder = tmp_path / "material"
    folder.mkdir()
    (folder / "geneva.txt").write_text(
        "Talks in Geneva\n\nThe delegations met in Geneva on Thursday. A ceasefire was discussed.", encoding="utf-8")
    (folder / "vienna.html").write_text(
        "<title>Vienna meeting</title><p>Ministers met in Vienna; no ceasefire was agreed.</p>", encoding="utf-8")
    (folder / "moscow.txt").write_bytes("Переговоры в Москве\n\nДелегации обсудили перемирие.".encode("cp1251"))
    brief = Brief(title="Search test")
    assert import_paths(brief, [folder]).ok
    path = tmp_path / "search.brief"
    store.BriefFile.create(path, brief).close()
    return path


def sources(path: Path) -> dict[str, str]:
    with store.BriefFile.open(path) as brief_file:
        return {source.id: source.text for source in brief_file.load().sources}


def test_hits_name_source_offsets_and_snippet(cli_env: dict[str, str], brief_path: Path) -> None:
    result = run(cli_env, "search", brief_path, "ceasefire")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[-1] == "2 matches in 2 sources"
    titles = {line.rsplit(" [", 1)[0] for line in lines[:-1] if not line.startswith("    ")}
    assert titles == {"Talks in Geneva", "Vienna meeting"}
    assert all("ceasefire" in line.lower() for line in lines[:-1] if line.startswith("    "))


def test_json_offsets_point_at_the_words(cli_env: dict[str, str], brief_path: Path) -> None:
    result = run(cli_env, "search", brief_path, "Geneva", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    texts = sources(brief_path)
    assert hits and {hit["title"] for hit in hits} == {"Talks in Geneva"}
    for hit in hits:
        assert "geneva" in texts[hit["source_id"]][hit["start"]:hit["end"]].lower()


def test_cyrillic_query(cli_env: dict[str, str], brief_path: Path) -> None:
    result = run(cli_env, "search", brief_path, "перемирие")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Переговоры в Москве [")


def test_no_hits_is_said_and_exits_zero(cli_env: dict[str, str], brief_path: Path) -> None:
    result = run(cli_env, "search", brief_path, "zeppelin")
    assert result.returncode == 0
    assert result.stdout.strip() == f"no matches for 'zeppelin' in {brief_path}"


def test_missing_brief_is_one_line(cli_env: dict[str, str], tmp_path: Path) -> None:
    result = run(cli_env, "search", tmp_path / "none.brief", "x")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_counts_every_occurrence_not_only_sources(cli_env: dict[str, str], tmp_path: Path) -> None:
    """Regression: "Witkoff" said eight times in one source was reported as "1 match"."""
    folder = tmp_path / "envoy"
    folder.mkdir()
    (folder / "envoy.txt").write_text(
        "Envoy visits\n\nWitkoff met the minister. Witkoff said little. Later Witkoff left.", encoding="utf-8")
    (folder / "other.txt").write_text("Another note\n\nNothing about the envoy here, but Witkoff.", encoding="utf-8")
    brief = Brief(title="Counting")
    assert import_paths(brief, [folder]).ok
    path = tmp_path / "count.brief"
    store.BriefFile.create(path, brief).close()

    result = run(cli_env, "search", path, "Witkoff")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[-1] == "4 matches in 2 sources"
    assert any(line.startswith("Envoy visits [") and line.endswith("(3 matches)") for line in lines)

    hits = json.loads(run(cli_env, "search", path, "Witkoff", "--json").stdout)
    texts = sources(path)
    by_title = {hit["title"]: hit for hit in hits}
    assert len(by_title["Envoy visits"]["matches"]) == 3
    for hit in hits:
        assert all(texts[hit["source_id"]][start:end] == "Witkoff" for start, end in hit["matches"])
