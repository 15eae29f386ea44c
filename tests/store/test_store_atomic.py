"""Killing a writer at any instant leaves the old or the new brief, intact, and the file unlocked."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_samples import large_brief

from briefing.store import BriefFile, load_brief, save_brief

HELPER = Path(__file__).with_name("kill_writer.py")
KILLS = 20


@pytest.mark.slow
def test_killed_writer_leaves_the_old_or_the_new_brief(tmp_path: Path, cli_env: dict[str, str]) -> None:
    path = tmp_path / "killed.brief"
    states = [large_brief(0), large_brief(1)]
    save_brief(path, states[0])
    rng = random.Random(20251127)
    interrupted = 0  # kills that caught a transaction in flight (a hot journal was left behind)
    seen: set[int] = set()
    for round_number in range(KILLS):
        # Even rounds stop the writer inside a save (at a seeded statement) and kill it there: a
        # kill that certainly catches a transaction. Odd rounds kill it at a random instant.
        mid_write = round_number % 2 == 0
        extra = [str(rng.randint(2, 400))] if mid_write else []
        writer = subprocess.Popen([sys.executable, str(HELPER), str(path), *extra], env=cli_env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert writer.stdout is not None
        ready = writer.stdout.readline()
        assert ready.strip() == b"ready", writer.stderr.read() if writer.stderr else ready
        if mid_write:
            line = writer.stdout.readline()
            while line.strip() != b"in-flight":
                assert line, writer.stderr.read() if writer.stderr else line
                line = writer.stdout.readline()
        else:
            time.sleep(rng.uniform(0.0, 0.25))
        writer.kill()
        _, errors = writer.communicate()
        assert writer.returncode == -9, errors.decode()

        journal = path.with_name(path.name + "-journal")
        if journal.exists() and journal.stat().st_size > 0:
            interrupted += 1
        else:
            assert not mid_write, "a writer killed inside a save left no journal"
        if round_number % 2:
            # A reader comes first: it must recover the same way (SQLite rolls the journal back).
            assert load_brief(path) in states
        # The lock died with the writer: opening for writing works at once.
        with BriefFile.open(path) as opened:
            connection = opened._live()
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            connection.execute("INSERT INTO source_index (source_index) VALUES ('integrity-check')")
            loaded = opened.load()
            assert loaded in states, "the file holds neither the old nor the new brief"
            variant = states.index(loaded)
            seen.add(variant)
            # The search index agrees with the sources it holds.
            hits = opened.search(f"variant{variant}", limit=100)
            assert sorted(hit.source_id for hit in hits) == sorted(source.id for source in loaded.sources)
            assert opened.search(f"variant{1 - variant}") == []
    assert interrupted >= KILLS // 2, f"only {interrupted} of {KILLS} kills hit a save in progress"
    assert seen == {0, 1}
