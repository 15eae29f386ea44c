"""Reading the sources in forked worker processes (`briefing.analysis.reading`): the suggestions are the
ones a single process makes, a worker that dies costs time and not the result, and a process with threads
or a small run never forks. The forking checks run in a fresh interpreter: the test runner has threads of
its own, and a process with threads reads alone."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from briefing.analysis import analyze_texts, reading

CORPUS = Path(__file__).parent / "corpus"

_SCRIPT = """
import json, os, sys
from pathlib import Path
from briefing.analysis import analyze_texts, reading

texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).rglob("*.txt"))]
reading.PARALLEL_MIN_CHARACTERS = 0  # the test corpus is smaller than a run worth forking for
parent = os.getpid()
original = reading.read_source
pids = set()

def recorded(index, text, title=""):
    if sys.argv[2] == "die" and index == 5 and os.getpid() != parent:
        os._exit(3)  # a worker killed in the middle of its piece
    found = original(index, text, title)
    found.read_by = os.getpid()
    return found

reading.read_source = recorded
readers = {getattr(r, "read_by", None) for r in reading.read_sources(texts, workers=2)}
alone = analyze_texts(texts).to_json([], details=True)
spread = analyze_texts(texts, workers=2).to_json([], details=True)
print(json.dumps({"same": alone == spread, "sources": len(texts), "workers": len(readers - {parent}),
                  "caveats": len(alone["caveats"]), "actors": len(alone["actors"])}))
"""


def _run(mode: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", _SCRIPT, str(CORPUS), mode], capture_output=True, text=True,
                          timeout=300, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_two_workers_make_the_suggestions_one_process_makes() -> None:
    found = _run("read")
    assert found["workers"] == 2  # both workers read sources: the run was really spread
    assert found["sources"] == len(list(CORPUS.rglob("*.txt")))
    assert found["caveats"] and found["actors"]  # English and Russian/Ukrainian sources, each with findings
    assert found["same"] is True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_a_worker_that_dies_costs_time_not_the_result() -> None:
    found = _run("die")
    assert found["workers"] == 0  # this process read every source again
    assert found["same"] is True


def test_a_process_with_threads_reads_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert reading.can_fork() is False
    finally:
        release.set()
        other.join()


def test_a_small_run_is_read_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started for a small run")

    monkeypatch.setattr(reading, "ProcessPoolExecutor", no_pool)
    monkeypatch.setattr(reading, "can_fork", lambda: True)
    texts = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "dev").glob("*.txt"))][:3]
    assert sum(map(len, texts)) < reading.PARALLEL_MIN_CHARACTERS
    assert analyze_texts(texts, workers=2) == analyze_texts(texts)


def test_the_command_line_reads_on_every_core_it_may_use(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from briefing.cli import cmd_analyze, main

    asked: list[int] = []
    real = cmd_analyze.analyze

    def analyze(sources: list[object], *, workers: int = 1) -> object:
        asked.append(workers)
        return real(sources)  # type: ignore[arg-type]

    monkeypatch.setattr(cmd_analyze, "analyze", analyze)
    source = tmp_path / "story.txt"
    source.write_text("Officials said the talks would resume on Monday.\n", encoding="utf-8")
    assert main(["analyze", "--json", str(source)]) == 0
    assert asked == [reading.available_workers()]
    assert json.loads(capsys.readouterr().out)["caveats"]

