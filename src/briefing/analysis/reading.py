"""What the rules find in each source on its own (`read_sources`), in one process or, for a large run, two.

Most of an analysis reads one source at a time: its sentences, its names, its caveat and question
hits, the states and the Russian and Ukrainian people and bodies it names. Only the joining
(actors merged across sources, summary ranking, single-source caveats, wording) needs them all.
So the per-source part is kept here, apart, and a caller that may (the command line, the app's
analysis helper: processes with no threads of their own) can spread it over the machine's cores.
On two, reading 200 articles takes a little over half the time and the whole run some 20-30 %
less on a quiet machine; it costs more CPU in all (each worker fills its own caches of dictionary
answers, and the readings are sent back), so a machine whose cores are busy gains little. The
rules hold no state between sources, so the readings, and every suggestion made of them, are the
same however they were spread.

Workers are forked (Linux only): they start with the rules and dictionaries the parent has
loaded, and nothing is imported or compiled twice. A process with threads (the GUI) must not
fork, so the default is one process, and a process that has other threads reads alone whatever
it asked for. A worker that dies (killed, out of memory) costs time, not the result: this process
then reads every source itself.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing.analysis import slavic
from briefing.analysis.shared import CaveatHit, QuestionHit
from briefing.analysis.sourcementions import SourceMentions, find_mentions
from briefing.analysis.summary import SummaryReading, read_for_summary
from briefing.analysis.text import Sentence, sentences
from briefing.model import Evidence

if TYPE_CHECKING:
    from briefing.analysis.slavic.actors import SlavicFindings

# Below this many characters in all (some 15 articles) the workers' start and the return of their
# findings cost more than the second core gives back.
PARALLEL_MIN_CHARACTERS = 100_000
# Pieces a worker is given at a time: small enough that the two finish together, large enough that
# sending them costs little.
_PIECES_PER_WORKER = 4


@dataclass
class SourceReading:
    """One source as its own rules read it; `english_caveats` are not yet checked against its publisher
    (which the joined actors decide)."""

    split: list[Sentence]
    cyrillic: bool
    neutral: list[Sentence]  # the sentences the language-neutral (English) rules read
    mentions: SourceMentions
    summary: SummaryReading  # what the summary ranking needs of this source
    english_caveats: list[CaveatHit] = field(default_factory=list)
    slavic_caveats: list[CaveatHit] = field(default_factory=list)
    questions: list[QuestionHit] = field(default_factory=list)  # English hits, then Russian/Ukrainian
    slavic_states: list[tuple[str, str, Evidence]] = field(default_factory=list)
    slavic_people: SlavicFindings | None = None


def read_source(index: int, text: str, title: str = "") -> SourceReading:
    """Every per-source finding of `text`, the source at `index` of the run (`title`: the source's title, which
    its first line may repeat)."""
    split = sentences(text)
    # language dispatch: whether a source holds any Cyrillic letter, asked once (a scan of the whole text); the
    # Slavic rules run only where it does, and without it every sentence is language-neutral
    cyrillic = slavic.has_cyrillic(text)
    neutral = slavic.neutral_sentences(text, split) if cyrillic else split
    reading = SourceReading(split, cyrillic, neutral, find_mentions(index, text, neutral),
                            read_for_summary(text, split, title))
    if neutral:  # the English rules are imported only for a source with a sentence they read
        from briefing.analysis.caveats import find_caveats
        from briefing.analysis.questions import find_questions

        reading.english_caveats = find_caveats(text, neutral)
        reading.questions = find_questions(text, neutral)
    if cyrillic:  # language dispatch
        reading.slavic_caveats = slavic.find_caveats(text, split)
        reading.questions = reading.questions + slavic.find_questions(text, split)
        reading.slavic_states = slavic.find_states(index, text, split)
        reading.slavic_people = slavic.find_people_and_bodies(index, text, split)
    return reading


def read_sources(texts: Sequence[str], workers: int = 1, titles: Sequence[str] | None = None) -> list[SourceReading]:
    """`read_source` for each text (with its title, if `titles` are given), in order; spread over `workers` forked
    processes when that is worth it and allowed here (see the module's docstring), otherwise in this process."""
    named = [titles[index] if titles and index < len(titles) else "" for index in range(len(texts))]
    if workers > 1 and len(texts) > 2 and sum(map(len, texts)) >= PARALLEL_MIN_CHARACTERS and can_fork():
        # This process first reads the first source in Cyrillic and the first without: what the rules load on
        # first use (compiled patterns, word lists, the Russian and Ukrainian dictionaries) is then loaded once,
        # here, and the workers inherit it instead of each loading its own.
        first = sorted({next((i for i, t in enumerate(texts) if slavic.has_cyrillic(t) == cyrillic), 0)
                        for cyrillic in (False, True)})
        readings: dict[int, SourceReading] = {index: read_source(index, texts[index], named[index])
                                              for index in first}
        rest = [index for index in range(len(texts)) if index not in readings]
        chunk = max(1, len(rest) // (workers * _PIECES_PER_WORKER))
        try:
            with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
                found = pool.map(read_source, rest, [texts[i] for i in rest], [named[i] for i in rest], chunksize=chunk)
                readings.update(zip(rest, found, strict=True))
            return [readings[index] for index in range(len(texts))]
        except BrokenProcessPool:  # a worker died (killed, out of memory): this process reads them all instead
            pass
    return [read_source(index, text, named[index]) for index, text in enumerate(texts)]


def can_fork() -> bool:
    """Whether worker processes may be forked here: on Linux only (macOS's system libraries are not
    safe to fork, Windows cannot), and only from a process with no other thread (a fork copies just the
    calling thread, and a lock another thread held stays held in the child for ever)."""
    return (sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
            and threading.active_count() == 1)


def available_workers() -> int:
    """The cores this process may run on (its affinity, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return 1
