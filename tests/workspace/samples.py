"""Briefs for the workspace tests: the project's sample brief, and a small one built here."""

from __future__ import annotations

from pathlib import Path

from briefing.model import Brief, Citation, Item, Section, Source
from briefing.spec import load_spec
from briefing.store import save_brief

REPO = Path(__file__).resolve().parents[2]
SAMPLE_SPEC = REPO / "resources" / "samples" / "sample-brief.yaml"

TEXT = ("Kyiv has officially received a draft plan from Washington.\n\n"
        "A senior official said the plan has 28 points and was drafted with a Kremlin adviser.")


def small_brief(marking: str = "TLP:AMBER") -> Brief:
    source = Source("Draft plan delivered", TEXT, publisher="Fictional Wire")
    quote = "officially received a draft plan"
    start = TEXT.index(quote)
    return Brief(
        title="Draft plan", marking=marking, sources=[source],
        sections=[Section("summary", [Item(text="Kyiv has the plan.",
                                           citations=[Citation(source.id, start, start + len(quote), quote)])]),
                  Section("questions", [Item(kind="question", text="Is it the 28-point plan?")])],
    )


def sample_file(folder: Path) -> Path:
    path = folder / "sample.brief"
    save_brief(path, load_spec(SAMPLE_SPEC))
    return path


def small_file(folder: Path, name: str = "small.brief", marking: str = "TLP:AMBER") -> Path:
    path = folder / name
    save_brief(path, small_brief(marking))
    return path
