"""The analysis gives the same answer in every process: nothing may hang on the order of a set.

Python salts string hashes per process, so a tie broken by set order shows up only when the same
text is analysed in two processes; these tests start several with different salts.
"""

from __future__ import annotations

import os
import subprocess
import sys

SEEDS = range(4)


def _in_processes(code: str) -> set[str]:
    outputs = set()
    for seed in SEEDS:
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        outputs.add(done.stdout)
    return outputs


def test_the_gender_of_an_ambiguous_given_name_is_the_likelier_one() -> None:
    # "Григорию" is the dative of the man's name Григорий (likely) or the accusative of Григория
    code = ("from briefing.analysis.slavic.morph import name_gender\n"
            "print(name_gender('Григорию', 'ru'))")
    assert _in_processes(code) == {"masc\n"}


def test_the_whole_analysis_is_the_same_in_every_process() -> None:
    code = '''
import dataclasses, json
from briefing.analysis import analyze_texts
texts = [
    "Компания «Северный ветер», принадлежащая Аркадию Пельтову и Григорию Фандеру, купила ещё 5% акций завода. "
    "Сумму сделки источники газеты не раскрывают. Как сообщает агентство, министр Ольга Северцева не подтвердила это.",
    "Міністр Тарас Ковальчук заявив, що переговори тривають. За словами джерела в уряді, угоду ще не підписано.",
    "Senior officials said the port deal was close, according to a person familiar with the talks. "
    "Harbour minister Ilse Marrow, who leads the talks, declined to comment.",
]
print(json.dumps(dataclasses.asdict(analyze_texts(texts)), ensure_ascii=False, sort_keys=True))
'''
    outputs = _in_processes(code)
    assert len(outputs) == 1
    assert "Ковальчук" in next(iter(outputs))  # the analysis ran and found people
