"""Our text against the reference readers' (python-docx, pdftotext, email): the same words.

The documents and the comparison are the ones `benchmarks/eval_readers.py` measures on more files.
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

from briefing.ingest import read_source

_SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "eval_readers.py"
_spec = importlib.util.spec_from_file_location("eval_readers", _SCRIPT)
assert _spec is not None and _spec.loader is not None
eval_readers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(eval_readers)


@pytest.mark.parametrize("kind", ["docx", "pdf", "eml"])
def test_words_agree_with_the_reference_reader(tmp_path: Path, kind: str) -> None:
    rng = random.Random(kind)
    common = ours_total = reference_total = 0
    for index in range(4):
        path = tmp_path / f"{index}.{kind}"
        if kind == "docx":
            reference = eval_readers.write_docx(path, rng)
        elif kind == "pdf":
            reference = eval_readers.write_pdf(path, rng)
        else:
            reference = eval_readers.write_eml(path, rng, index)
        ours, theirs = eval_readers.words(read_source(path).text), eval_readers.words(reference)
        common += sum((ours & theirs).values())
        ours_total += sum(ours.values())
        reference_total += sum(theirs.values())
    assert common / reference_total >= 0.99
    assert common / ours_total >= 0.98
