"""The three shipped templates validate, and each sample brief fits its template."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefing.model import CONFIDENCE_TERMS, LIKELIHOOD_TERMS
from briefing.resources import templates_dir
from briefing.templating import list_templates, load_template, validate_template_file

SHIPPED = ("intelligence-summary", "policy-memo", "situation-brief")
EXAMPLES = templates_dir() / "examples"


def test_exactly_the_three_templates_ship() -> None:
    assert [t.id for t in list_templates()] == list(SHIPPED)
    assert all(t.origin_kind == "shipped" for t in list_templates())


@pytest.mark.parametrize("template_id", SHIPPED)
def test_shipped_template_is_clean(template_id: str) -> None:
    path = templates_dir() / f"{template_id}.yaml"
    assert validate_template_file(path) == []
    template = load_template(template_id)
    assert template.origin == path
    assert template.branding.logo is not None and template.branding.logo.is_file()
    assert template.sections[-1].kind == "sources"
    for spec in template.sections:
        assert spec.guidance or spec.kind == "sources", f"{spec.key} has no guidance for the analyst"


def test_the_issues_section_keys_and_markings() -> None:
    situation = load_template("situation-brief")
    assert [s.key for s in situation.sections] == ["summary", "actors", "questions", "caveats", "sources"]
    assert situation.marking.kind == "tlp"
    assert situation.marking.labels() == ["TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"]
    assert situation.marking.find("tlp:amber").colour == "#FFC000"

    summary = load_template("intelligence-summary")
    assert [s.kind for s in summary.sections] == ["judgments", "prose", "actors", "questions", "caveats", "sources"]
    assert summary.marking.kind == "classification" and summary.marking.portion_marks
    assert summary.marking.labels() == ["UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET"]
    assert [m.rank for m in summary.marking.levels] == [0, 1, 2, 3]
    assert summary.marking.portion("confidential") == "(C)"
    assert summary.cover.enabled and summary.toc

    memo = load_template("policy-memo")
    assert [s.key for s in memo.sections] == ["purpose", "background", "options", "recommendation", "sources"]
    assert memo.marking.kind == "none" and memo.marking.levels == [] and memo.marking.default is None
    assert memo.citation_style == "footnotes"
    assert memo.label("prepared_by") == "From"


def _examples() -> list[Path]:
    return sorted(EXAMPLES.glob("*.yaml"))


def test_each_template_has_an_example() -> None:
    assert [p.stem for p in _examples()] == list(SHIPPED)


@pytest.mark.parametrize("path", _examples(), ids=lambda p: p.stem)
def test_example_fits_its_template(path: Path) -> None:
    """Independent of the spec loader: keys, limits, markings and exact quotes."""
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    template = load_template(spec["template"])
    assert spec["brief"] == 1
    texts = {source["id"]: source["text"] for source in spec["sources"]}
    if template.marking.kind == "none":
        assert spec["marking"] is None
    else:
        assert template.marking.find(spec["marking"]) is not None
    for key, items in spec["sections"].items():
        section = template.section(key)
        assert section is not None and section.kind != "sources", key
        if section.max_items is not None:
            assert len(items) <= section.max_items, key
        if section.min_items is not None:
            assert len(items) >= section.min_items, key
        if section.max_words is not None:
            words = sum(len(item.get("text", "").split()) for item in items)
            assert words <= section.max_words, (key, words)
        for item in items:
            assert item.get("text") or item.get("name")
            if section.cites_required:
                assert item.get("cites"), (key, item)
            for cite in item.get("cites", []):
                assert cite["quote"] in texts[cite["source"]], cite
                assert texts[cite["source"]].count(cite["quote"]) == 1, cite
            if section.kind == "judgments":
                assert item["likelihood"] in LIKELIHOOD_TERMS and item["confidence"] in CONFIDENCE_TERMS
            if template.marking.portion_marks:
                assert template.marking.find(item.get("portion")) is not None, (key, item)
    for section in template.sections:
        if section.required:
            assert spec["sections"].get(section.key), f"required section {section.key} is empty"
    if template.marking.portion_marks:
        portions = [template.marking.find(i["portion"]) for items in spec["sections"].values() for i in items]
        assert max(m.rank for m in portions if m) == template.marking.find(spec["marking"]).rank


@pytest.mark.parametrize("path", _examples(), ids=lambda p: p.stem)
def test_example_builds(path: Path) -> None:
    from briefing.spec import load_spec

    brief = load_spec(path)
    template = load_template(brief.template_id)
    assert brief.template_id == path.stem
    keys = {section.key for section in brief.sections if section.items}
    assert keys <= {s.key for s in template.sections}
    for item in brief.items():
        for citation in item.citations:
            assert citation.matches(brief.source(citation.source_id))
