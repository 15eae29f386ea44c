"""Sample briefs for the store tests, written for these tests only (imported by tests and helpers)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from briefing.model import Brief, Citation, Grade, Item, Release, Source

TEXT_KYIV = (
    "Kyiv has officially received a draft plan from the United States, the office of the president said.\n\n"
    "A senior official confirmed that Trump envoy Steve Witkoff drafted the plan with a Kremlin adviser.\n\n"
    "It is not clear whether this plan is the one described last week."
)
TEXT_RU = "Министр иностранных дел заявил, что переговоры продолжатся в Женеве.\n\nДелегация прибудет в пятницу."
TEXT_ZH = "外交部发言人表示，和平计划已送达基辅。\n\n谈判将在下周继续举行。"


def rich_brief() -> Brief:
    """A brief with every field of every object set to something other than its default."""
    kyiv = Source(
        title="Zelenskyy receives draft plan", text=TEXT_KYIV, id="kyiv", publisher="Fictional Wire",
        author="A. Reporter", published=date(2025, 11, 20), url="https://example.org/kyiv",
        accessed=date(2025, 11, 21), grade=Grade("B", 2), marking="TLP:GREEN", notes="Checked twice.",
        media_type="text/html", origin="kyiv.html", extra={"language": "en", "pages": "1"},
    )
    moscow = Source(title="Заявление министра", text=TEXT_RU, id="ru", grade=Grade("C", None))
    beijing = Source(title="外交部声明", text=TEXT_ZH, id="zh", grade=Grade(None, 3), published=date(2025, 11, 19))
    start = TEXT_KYIV.index("officially received a draft plan")
    summary = Item(
        kind="prose", text="Kyiv has received a U.S. draft plan to end the war.", id="i-summary",
        citations=[Citation("kyiv", start, start + 32, "officially received a draft plan")], portion="U",
    )
    actor = Item(kind="actor", text="Drafted the plan.", id="i-actor", name="Steve Witkoff", role="U.S. envoy",
                 affiliation="United States", actor_type="person",
                 citations=[Citation("kyiv", 127, 146, TEXT_KYIV[127:146]), Citation("ru", 0, 7, "Министр")])
    judgment = Item(kind="judgment", text="Talks will likely resume.", id="i-judgment", likelihood="likely",
                    confidence="moderate")
    caveat = Item(kind="caveat", text="Anonymous official.", id="i-caveat", caveat_kind="anonymous-source")
    brief = Brief(
        title="Draft peace plan delivered to Kyiv", template_id="situation-brief", subtitle="Morning update",
        author="Desk analyst", organization="Fictional Analysis Unit",
        date=datetime(2025, 11, 20, 16, 30, tzinfo=UTC), reference="SB-2025-117", marking="TLP:AMBER",
        distribution=["Europe directorate", "Duty officer"], sources=[kyiv, moscow, beijing],
        dismissed={"caveat:kyiv:12:40", "actor:Kremlin"}, template_snapshot="id: situation-brief\nname: Situation\n",
        releases=[Release(at=datetime(2025, 11, 20, 17, 0, tzinfo=timezone(timedelta(hours=1))), action="sent",
                          recipients=["duty@example.org"], marking="TLP:AMBER", filename="brief.pdf",
                          sha256="ab" * 32, detail="first edition")],
    )
    brief.section("summary").items.append(summary)
    brief.section("actors").items.append(actor)
    brief.section("judgments").items.append(judgment)
    brief.section("caveats").items.append(caveat)
    brief.section("questions")  # an empty section keeps its place
    return brief


def large_brief(variant: int, sources: int = 12, kilobytes: int = 20) -> Brief:
    """One of two (or more) big, different briefs for the kill test; the same for the same variant."""
    import random

    rng = random.Random(variant)
    words = ("ministry envoy draft plan council talks border ceasefire delegation official statement report "
             "agency minister parliament vote sanctions convoy port grain shipment harbour province governor "
             f"pipeline summit observer mission election treaty variant{variant}").split()
    sentences = [" ".join(rng.choice(words) for _ in range(12)).capitalize() + "." for _ in range(200)]
    brief = Brief(title=f"Large brief {variant}", author=f"Analyst {variant}", marking="TLP:AMBER",
                  distribution=[f"Desk {variant}"], dismissed={f"key-{variant}-{n}" for n in range(20)})
    for number in range(sources):
        text = "\n\n".join(" ".join(rng.choice(sentences) for _ in range(8)) for _ in range(kilobytes))
        brief.sources.append(Source(f"Report {variant}-{number}", text, id=f"v{variant}-s{number}",
                                    notes=f"variant {variant}"))
    for number in range(200):
        source = brief.sources[number % sources]
        brief.section(("summary", "actors", "caveats")[number % 3]).items.append(
            Item(text=f"Claim {variant}-{number}", id=f"v{variant}-i{number}",
                 citations=[Citation(source.id, 0, 20, source.text[:20])]))
    return brief
