"""Fictional briefs for the compose and writer tests (written for this project)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from briefing.model import Brief, Citation, Grade, Item, Section, Source

HARBOUR_TEXT = (
    "Port authority officials in Veloria confirmed on Tuesday that the northern harbour was closed to "
    "commercial traffic. A senior ministry official, speaking on condition of anonymity, said the closure "
    "could last several weeks.\n\nThe Coastal Freight Union said its members had not been consulted."
)
RADIO_TEXT = (
    "Radio Meridian reported that two naval vessels were seen leaving the harbour before dawn. "
    "The report could not be independently verified."
)


def quote_citation(source: Source, quote: str) -> Citation:
    start = source.text.index(quote)
    return Citation(source.id, start, start + len(quote), quote)


def sample_brief() -> Brief:
    harbour = Source(
        title="Northern harbour closed to commercial traffic", text=HARBOUR_TEXT, id="harbour",
        publisher="Veloria Daily Courier", published=date(2031, 3, 4),
        url="https://news.example.org/veloria/2031/03/04/northern-harbour-closed-to-commercial-traffic-"
            "for-several-weeks-officials-say?utm_source=feed&ref=front",
        accessed=date(2031, 3, 5), grade=Grade("B", 2),
    )
    radio = Source(title="Naval vessels leave harbour", text=RADIO_TEXT, id="radio", publisher="Radio Meridian",
                   published=date(2031, 3, 4), grade=Grade("C", 3))
    uncited = Source(title="Background: the Veloria port authority", text="The port authority runs two harbours.",
                     id="background", publisher=None, author="Desk research")
    brief = Brief(
        title="Northern harbour closure in Veloria",
        subtitle="What the closure means for regional shipping",
        author="Desk analyst",
        organization="Regional Assessments Unit",
        date=datetime(2031, 3, 5, 9, 30, tzinfo=UTC),
        reference="RA-2031-042",
        marking="TLP:AMBER",
        distribution=["Shipping desk", "Regional directorate"],
        sources=[harbour, radio, uncited],
    )
    brief.sections = [
        Section("summary", [
            Item("prose", "Veloria has closed its northern harbour to commercial traffic, probably for weeks.",
                 [quote_citation(harbour, "the northern harbour was closed to commercial traffic")]),
            Item("prose", "Naval movements suggest the closure is linked to military activity <not confirmed> & "
                          "remains \"unexplained\".",
                 [quote_citation(radio, "two naval vessels were seen leaving the harbour"),
                  quote_citation(harbour, "could last several weeks")]),
        ]),
        Section("actors", [
            Item("actor", "Announced the closure.", [quote_citation(harbour, "Port authority officials")],
                 name="Veloria Port Authority", role="Harbour operator", affiliation="Government of Veloria"),
            Item("actor", "Says it was not consulted.", [quote_citation(harbour, "Coastal Freight Union")],
                 name="Coastal Freight Union", role="Trade union", affiliation="Independent"),
        ]),
        Section("questions", [
            Item("question", "Why was the harbour closed?"),
            Item("question", "How long will the closure last?",
                 [quote_citation(harbour, "could last several weeks")]),
        ]),
        Section("caveats", [
            Item("caveat", "The duration rests on one anonymous official.",
                 [quote_citation(harbour, "A senior ministry official")], caveat_kind="anonymous-source"),
        ]),
    ]
    return brief
