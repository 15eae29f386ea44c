from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus" / "dev"


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", "analyze", *args], capture_output=True, text=True,
                          env=env, timeout=120, check=False)


def test_json_shape_and_evidence(cli_env: dict[str, str], tmp_path: Path) -> None:
    paths = [CORPUS / "d01-sahel-ceasefire.txt", CORPUS / "d05-nato-spending.txt"]
    run = _run([*map(str, paths), "--json"], cli_env)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert set(data) == {"sources", "actors", "caveats", "questions", "summary"}
    assert [s["path"] for s in data["sources"]] == [str(p) for p in paths]
    assert data["sources"][0]["title"].startswith("Junta and rebels agree to 30-day truce")
    texts = [p.read_text(encoding="utf-8") for p in paths]
    for actor in data["actors"]:
        assert set(actor) == {"name", "type", "role", "affiliation", "mentions", "evidence"}
        assert actor["type"] in ("person", "organization", "state")
    for caveat in data["caveats"]:
        assert set(caveat) == {"kind", "text", "cue", "evidence", "sentence"}  # sentence: added for the brief
    for question in data["questions"]:
        assert set(question) == {"text", "evidence"}
    for item in data["summary"]:
        assert set(item) == {"text", "score", "evidence"} and 0 <= item["score"] <= 1
    for section in ("actors", "caveats", "questions", "summary"):
        for item in data[section]:
            assert all(set(ev) == {"source", "start", "end", "text"} for ev in item["evidence"])
    for section in ("actors", "caveats", "questions", "summary"):
        for item in data[section]:
            for ev in item["evidence"]:
                assert texts[ev["source"]][ev["start"]:ev["end"]] == ev["text"]
    again = _run([*map(str, paths), "--json"], cli_env)
    assert again.stdout == run.stdout


def test_details_add_cues_and_keys(cli_env: dict[str, str]) -> None:
    run = _run([str(CORPUS / "d01-sahel-ceasefire.txt"), "--json", "--details"], cli_env)
    data = json.loads(run.stdout)
    prefixes = {"actors": "actor:", "caveats": "caveat:", "questions": "question:", "summary": "summary:"}
    for section, prefix in prefixes.items():
        assert data[section] and all(item["key"].startswith(prefix) for item in data[section])
    assert all(item["cue"] for item in data["actors"])


def test_table_output(cli_env: dict[str, str]) -> None:
    run = _run([str(CORPUS / "d07-camp-flooding.txt")], cli_env)
    assert run.returncode == 0, run.stderr
    for heading in ("KEY ACTORS", "SOURCING CAVEATS", "OPEN QUESTIONS", "SUMMARY"):
        assert heading in run.stdout
    assert "Astrid Lindqvist" in run.stdout


def test_missing_file_is_one_line_error(cli_env: dict[str, str], tmp_path: Path) -> None:
    run = _run([str(tmp_path / "nope.txt")], cli_env)
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1 and "nope.txt" in run.stderr and "Traceback" not in run.stderr
    assert run.stdout == ""


def test_binary_and_empty_files_do_not_crash(cli_env: dict[str, str], tmp_path: Path) -> None:
    binary = tmp_path / "noise.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("Talks resumed in Geneva on Monday, officials said.", encoding="utf-8")
    run = _run([str(binary), str(empty), str(good), "--json"], cli_env)
    assert run.returncode == 1
    assert "noise.txt" in run.stderr and "Traceback" not in run.stderr
    assert [s["path"] for s in json.loads(run.stdout)["sources"]] == [str(good)]


def test_usage_error_without_sources(cli_env: dict[str, str]) -> None:
    assert _run([], cli_env).returncode == 2
