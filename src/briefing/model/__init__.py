"""The brief model: plain dataclasses, free of Qt and of I/O."""

from briefing.model.brief import (
    CONFIDENCE_TERMS,
    ITEM_KINDS,
    LIKELIHOOD_TERMS,
    Brief,
    Citation,
    Item,
    ItemKind,
    Release,
    Section,
)
from briefing.model.evidence import Evidence
from briefing.model.grading import CREDIBILITY, RELIABILITY, Grade
from briefing.model.marking import TLP_LABELS, Marking, highest
from briefing.model.source import Source, content_hash, new_id, paragraph_spans

__all__ = [
    "CONFIDENCE_TERMS",
    "CREDIBILITY",
    "ITEM_KINDS",
    "LIKELIHOOD_TERMS",
    "RELIABILITY",
    "TLP_LABELS",
    "Brief",
    "Citation",
    "Evidence",
    "Grade",
    "Item",
    "ItemKind",
    "Marking",
    "Release",
    "Section",
    "Source",
    "content_hash",
    "highest",
    "new_id",
    "paragraph_spans",
]
