"""Score the analysis against hand annotations (`NAME.txt` + `NAME.gold.json`).

The measures follow the annotation format of the project's corpora:
  persons   recall and precision of the people suggested as actors; `dup` counts extra actors
            that are the same person as one already found
  roles     share of found people whose suggested role shares a word with the annotated role
  caveats   recall of anonymous-source and second-hand phrases (a caveat's evidence overlaps them)
  hedged    recall of sentences saying something is unclear or unconfirmed (a caveat's or a
            question's evidence overlaps them)
  questions recall of the open questions annotated word for word (the Russian and Ukrainian texts)
The Russian and Ukrainian texts (`corpus/slavic`) are annotated in a format of their own ("people",
"roles", "caveats" by kind, "questions"); they are read into this one, so that one command scores them.
Run as a script to print the table: python tests/analysis/scoring.py DIR [DIR...]
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TITLES = {
    "mr", "mrs", "ms", "dr", "president", "prime", "minister", "secretary", "gen", "general", "sen", "senator",
    "rep", "gov", "governor", "sir", "lord", "king", "queen", "prince", "chancellor", "envoy", "chief", "adviser",
    "advisor", "official", "the", "of", "state", "foreign", "deputy",
}
STOP = {"the", "of", "a", "an", "to", "and", "for", "u.s.", "us", "senior"}


def _tokens(name: str) -> list[str]:
    return [t for t in re.findall(r"[\w'’.-]+", name.lower().replace("’", "'")) if t]


def _core(name: str) -> list[str]:
    return [t for t in _tokens(name) if t.strip(".") not in TITLES]


def same_person(found: str, gold: dict[str, Any]) -> bool:
    core = _core(found)
    if not core:
        return False
    forms = [gold["name"], *gold.get("surface_forms", [])]
    if any(_core(s) == core for s in forms):
        return True
    gold_core = _core(gold["name"])
    last = gold_core[-1] if gold_core else None
    return bool(last) and last in core and set(core) <= set(gold_core) | set(_tokens(" ".join(forms)))


def _spans(text: str, phrase: str) -> list[tuple[int, int]]:
    out, index = [], text.find(phrase)
    while index >= 0:
        out.append((index, index + len(phrase)))
        index = text.find(phrase, index + 1)
    return out


def _overlaps(span: tuple[int, int], evidence: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in evidence)


def _evidence_of(items: list[dict[str, Any]]) -> list[tuple[int, int]]:
    return [(int(ev["start"]), int(ev["end"])) for item in items for ev in item.get("evidence", [])]


@dataclass
class Score:
    counts: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for key, value in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + value
        self.misses.extend(other.misses)

    def ratio(self, a: str, b: str) -> float:
        return self.counts.get(a, 0) / self.counts[b] if self.counts.get(b) else 1.0

    @property
    def recall(self) -> float:
        return self.ratio("people_hit", "people")

    @property
    def precision(self) -> float:
        return self.ratio("correct", "found_people")

    @property
    def roles(self) -> float:
        return self.ratio("roles", "people_hit")

    @property
    def caveats(self) -> float:
        return self.ratio("phrases_hit", "phrases")

    @property
    def hedged(self) -> float:
        return self.ratio("hedged_hit", "hedged")

    @property
    def questions(self) -> float:
        return self.ratio("questions_hit", "questions")

    @property
    def dup(self) -> int:
        return self.counts.get("dup", 0)


def from_slavic(gold: dict[str, Any]) -> dict[str, Any]:
    """The Russian and Ukrainian annotation (people with their forms, roles, caveat phrases by kind,
    questions word for word) in the format `score` reads."""
    if "people" not in gold:
        return gold
    roles = gold.get("roles", {})
    caveats = gold.get("caveats", {})
    return {
        "actors": [{"name": name, "type": "person", "surface_forms": forms, "role": roles.get(name, [None])[0]}
                   for name, forms in gold["people"].items()],
        "anonymous_sources": caveats.get("anonymous-source", []),
        "second_hand": caveats.get("second-hand", []),
        "hedged_or_unknown": caveats.get("hedged", []) + caveats.get("unconfirmed", []),
        "questions": gold.get("questions", []),
    }


def score(text: str, gold: dict[str, Any], result: dict[str, Any], name: str = "") -> Score:
    gold = from_slavic(gold)
    people = [a for a in gold["actors"] if a.get("type") == "person"]
    found = [a for a in result.get("actors", []) if a.get("type", "person") == "person"]
    matched: dict[str, dict[str, Any]] = {}
    out = Score()
    correct = dup = role_ok = 0
    for actor in found:
        hit = next((g for g in people if same_person(actor.get("name", ""), g)), None)
        if hit is None:
            out.misses.append(f"{name}: extra person {actor.get('name')!r}")
            continue
        correct += 1
        if hit["name"] in matched:
            dup += 1
            out.misses.append(f"{name}: duplicate {actor.get('name')!r}")
            continue
        matched[hit["name"]] = actor
        gold_role = set(_tokens(hit.get("role") or "")) - STOP
        role = set(_tokens(actor.get("role") or "")) - STOP
        if gold_role and gold_role & role:
            role_ok += 1
        else:
            out.misses.append(f"{name}: role of {hit['name']!r}: {actor.get('role')!r}")
    out.misses.extend(f"{name}: missed person {g['name']!r}" for g in people if g["name"] not in matched)
    caveat_ev = _evidence_of(result.get("caveats", []))
    question_ev = _evidence_of(result.get("questions", []))
    phrases = gold.get("anonymous_sources", []) + gold.get("second_hand", [])
    phrase_hits = 0
    for phrase in phrases:
        if any(_overlaps(s, caveat_ev) for s in _spans(text, phrase)):
            phrase_hits += 1
        else:
            out.misses.append(f"{name}: missed caveat {phrase!r}")
    hedged = gold.get("hedged_or_unknown", [])
    hedged_hits = 0
    for phrase in hedged:
        if any(_overlaps(s, caveat_ev + question_ev) for s in _spans(text, phrase)):
            hedged_hits += 1
        else:
            out.misses.append(f"{name}: missed hedge {phrase!r}")
    asked = {q.get("text") for q in result.get("questions", [])}
    questions = gold.get("questions", [])
    for question in questions:
        if question not in asked:
            out.misses.append(f"{name}: missed question {question!r}")
    out.counts = {
        "questions": len(questions), "questions_hit": sum(q in asked for q in questions),
        "people": len(people), "found_people": len(found), "people_hit": len(matched), "correct": correct,
        "dup": dup, "roles": role_ok, "phrases": len(phrases), "phrases_hit": phrase_hits,
        "hedged": len(hedged), "hedged_hit": hedged_hits,
    }
    return out


def analyze_json(text: str) -> dict[str, Any]:
    from briefing.analysis import analyze_texts

    return analyze_texts([text]).to_json([{"path": "", "title": ""}])


def score_folder(folder: Path, report: list[str] | None = None) -> Score:
    total = Score()
    for gold_path in sorted(folder.glob("*.gold.json")):
        text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = text_path.read_text(encoding="utf-8")
        one = score(text, gold, analyze_json(text), text_path.stem)
        total.add(one)
        if report is not None:
            report.append(_row(text_path.stem, one))
    if report is not None:
        report.append(_row("total", total))
    return total


def _row(name: str, s: Score) -> str:
    return (f"{name[:28]:28} personsR {s.recall:4.2f}  P {s.precision:4.2f}  dup {s.dup:2d}  roles {s.roles:4.2f}"
            f"  caveatsR {s.caveats:4.2f}  hedgedR {s.hedged:4.2f}  questionsR {s.questions:4.2f}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
    verbose = "-v" in sys.argv
    for argument in [a for a in sys.argv[1:] if a != "-v"]:
        lines: list[str] = []
        result = score_folder(Path(argument), lines)
        print("\n".join(lines))
        if verbose:
            print("\n".join(result.misses))
