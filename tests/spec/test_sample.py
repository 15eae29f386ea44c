"""The bundled sample brief: complete, fully cited, and clean under the checks."""

from __future__ import annotations

from briefing.checks import run_checks
from briefing.resources import resource
from briefing.spec import build_brief, dump_brief, load_spec
from briefing.templating import load_template

SAMPLE = resource("samples", "sample-brief.yaml")


def test_sample_brief_is_complete_and_every_claim_is_cited() -> None:
    brief = load_spec(SAMPLE)
    template = load_template(brief.template_id)
    assert brief.template_id == "situation-brief"
    assert brief.marking == "TLP:AMBER"
    assert 3 <= len(brief.sources) <= 4
    assert len({source.publisher for source in brief.sources}) == len(brief.sources)
    assert all(source.grade.is_complete and source.published and source.url for source in brief.sources)
    assert len(brief.section("actors").items) >= 5
    assert all(item.role and item.name for item in brief.section("actors").items)
    assert len(brief.section("questions").items) == 3
    assert len(brief.section("caveats").items) == 3
    summary = brief.section("summary")
    assert summary.items
    limit = template.section("summary").max_words  # type: ignore[union-attr]
    assert limit is None or summary.word_count() <= limit
    for item in brief.items():
        assert item.citations, item.label
        for citation in item.citations:
            assert citation.matches(brief.source(citation.source_id))
    cited = {citation.source_id for item in brief.items() for citation in item.citations}
    assert cited == {source.id for source in brief.sources}


def test_sample_brief_passes_the_checks_and_round_trips() -> None:
    brief = load_spec(SAMPLE)
    assert [f for f in run_checks(brief, load_template(brief.template_id)) if f.severity == "error"] == []
    assert build_brief(dump_brief(brief)) == brief
