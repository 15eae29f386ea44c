"""`briefing analyze` as a process: it loads only what its sources need (a text file does not pay for
the HTML, e-mail, Word and PDF readers or for charset detection, English text not for the Russian and
Ukrainian rules; each such check runs in a fresh interpreter, where sys.modules shows what was
imported), and it writes its JSON in one piece."""

from __future__ import annotations

import gc
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.ingest import READERS, IngestError, read_bytes, registry

READER_MODULES = ("lxml", "email.parser", "charset_normalizer", "pypdfium2", "briefing.ingest.html",
                  "briefing.ingest.eml", "briefing.ingest.attachments", "briefing.ingest.docx",
                  "briefing.ingest.pdf", "briefing.ingest.importer")
SLAVIC_MODULES = ("briefing.analysis.slavic.actors", "briefing.analysis.slavic.caveats",
                  "briefing.analysis.slavic.questions", "briefing.analysis.slavic.states",
                  "briefing.analysis.slavic.names")

_RUN = """
import json, sys
from briefing.cli import main
code = main(["analyze", "--json", *sys.argv[2:]])
print(json.dumps({"code": code, "loaded": [m for m in json.loads(sys.argv[1]) if m in sys.modules]}))
"""


def _analyze(paths: list[Path], watched: tuple[str, ...], env: dict[str, str]) -> tuple[dict[str, object], str]:
    run = subprocess.run([sys.executable, "-c", _RUN, json.dumps(watched), *map(str, paths)], capture_output=True,
                         text=True, env=env, timeout=120, check=True)
    *output, last = run.stdout.strip().splitlines()
    return json.loads("\n".join(output)), last


def test_a_text_file_loads_no_other_reader(tmp_path: Path, cli_env: dict[str, str]) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Defence Minister Anna Berg said the talks would resume, according to Reuters.\n", encoding="utf-8")
    result, last = _analyze([path], READER_MODULES, cli_env)
    assert json.loads(last) == {"code": 0, "loaded": []}
    assert [a["name"] for a in result["actors"]] == ["Anna Berg", "Reuters"]  # type: ignore[attr-defined]


def test_an_html_file_loads_its_reader_when_it_arrives(tmp_path: Path, cli_env: dict[str, str]) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>Talks</title></head><body><p>Defence Minister Anna Berg said the talks "
                    "would resume.</p></body></html>", encoding="utf-8")
    result, last = _analyze([path], ("lxml", "briefing.ingest.html"), cli_env)
    assert json.loads(last) == {"code": 0, "loaded": ["lxml", "briefing.ingest.html"]}
    assert result["sources"] == [{"path": str(path), "title": "Talks"}]


def test_english_text_loads_no_russian_or_ukrainian_rules(tmp_path: Path, cli_env: dict[str, str]) -> None:
    english = tmp_path / "en.txt"
    english.write_text("Defence Minister Anna Berg said the talks would resume.\n", encoding="utf-8")
    _, last = _analyze([english], SLAVIC_MODULES, cli_env)
    assert json.loads(last)["loaded"] == []
    russian = tmp_path / "ru.txt"
    russian.write_text("Министр обороны Анна Берг заявила, что переговоры продолжатся.\n", encoding="utf-8")
    result, last = _analyze([english, russian], SLAVIC_MODULES, cli_env)
    assert json.loads(last)["loaded"] == list(SLAVIC_MODULES)
    berg = next(a for a in result["actors"] if a["name"] == "Anna Berg")  # type: ignore[attr-defined]
    assert {e["source"] for e in berg["evidence"]} == {0, 1}  # one person, named in both scripts


def test_a_reader_that_cannot_be_loaded_fails_its_file_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(READERS, "html", registry._on_first_use("no_such_reader", "read_html"))
    with pytest.raises(IngestError) as raised:
        read_bytes(b"<html><body><p>Text.</p></body></html>", "page.html")
    assert str(raised.value) == "could not be read (ModuleNotFoundError: No module named " \
                                "'briefing.ingest.no_such_reader')"


class _CountingOutput(io.StringIO):
    writes = 0

    def write(self, text: str) -> int:
        self.writes += 1
        return super().write(text)


def test_the_json_is_written_in_one_piece(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Token by token, 200 articles made over 100,000 writes, each a system call on an unbuffered stdout."""
    path = tmp_path / "note.txt"
    path.write_text("Defence Minister Anna Berg said the talks would resume, according to Reuters.\n", encoding="utf-8")
    output = _CountingOutput()
    monkeypatch.setattr(sys, "stdout", output)
    assert main(["analyze", "--json", str(path)]) == 0
    assert output.writes == 1
    assert output.getvalue().endswith("}\n")
    assert json.loads(output.getvalue())["actors"][0]["name"] == "Anna Berg"


def test_the_collector_runs_seldom_during_the_analysis_and_as_before_after_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The analysis makes hundreds of thousands of short-lived objects and no cycles worth collecting: the
    collector's passes over them cost ~5 % of `briefing analyze`. Its thresholds are raised for the command
    only, and restored for whatever the process does next."""
    path = tmp_path / "note.txt"
    path.write_text("Defence Minister Anna Berg said the talks would resume, according to Reuters.\n", encoding="utf-8")
    seen: list[tuple[int, int, int]] = []
    from briefing.cli import cmd_analyze

    real = cmd_analyze.analyze

    def watching(sources: list[object], *, workers: int = 1) -> object:
        seen.append(gc.get_threshold())
        return real(sources)  # type: ignore[arg-type]

    monkeypatch.setattr(cmd_analyze, "analyze", watching)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    before = gc.get_threshold()
    assert main(["analyze", "--json", str(path)]) == 0
    assert seen and seen[0][0] >= 100_000
    assert gc.get_threshold() == before


def test_the_json_puts_each_suggestion_on_a_line_of_its_own(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Readable and quick to write: an indented dump goes through json's pure-Python encoder (about four times
    slower on 200 articles); one suggestion a line is written by the C encoder and is as easy to read or grep."""
    path = tmp_path / "note.txt"
    path.write_text("Defence Minister Anna Berg said the talks would resume, according to Reuters.\n"
                    "Officials said the ferry would run. Port director Jan Ober said the quay was safe.\n",
                    encoding="utf-8")
    output = io.StringIO()
    monkeypatch.setattr(sys, "stdout", output)
    assert main(["analyze", "--json", str(path)]) == 0
    text = output.getvalue()
    data = json.loads(text)
    actor_lines = [line for line in text.splitlines() if line.lstrip().startswith('{"name"')]
    assert len(actor_lines) == len(data["actors"]) >= 2
    assert all(json.loads(line.strip().rstrip(",")) in data["actors"] for line in actor_lines)
