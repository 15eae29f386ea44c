"""Markings: TLP 2.0 labels and classification levels, ordered so the highest one wins."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Marking:
    """One label of a marking scheme.

    `rank` orders labels within their scheme (higher is more restrictive) so that the overall
    marking of a document is the highest of its parts. Colours are hex strings ("#FFC000").
    """

    label: str
    rank: int
    colour: str = "#000000"
    background: str | None = None
    description: str = ""


# TLP 2.0 (FIRST): label colours as the standard gives them, shown on a black background.
TLP_LABELS: tuple[Marking, ...] = (
    Marking("TLP:CLEAR", 0, "#FFFFFF", "#000000", "Disclosure is not limited."),
    Marking("TLP:GREEN", 1, "#33FF00", "#000000",
            "Limited disclosure, recipients can spread this within their community."),
    Marking("TLP:AMBER", 2, "#FFC000", "#000000",
            "Limited disclosure, recipients can only spread this on a need-to-know basis within their "
            "organization and its clients."),
    Marking("TLP:AMBER+STRICT", 3, "#FFC000", "#000000",
            "Limited disclosure, recipients can only spread this on a need-to-know basis within their organization."),
    Marking("TLP:RED", 4, "#FF2B2B", "#000000",
            "For the eyes and ears of individual recipients only, no further disclosure."),
)


def highest(markings: list[Marking]) -> Marking | None:
    """The most restrictive of several markings of one scheme (None for none)."""
    return max(markings, key=lambda m: m.rank, default=None)
