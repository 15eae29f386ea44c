"""Admiralty (NATO) source grading: reliability A–F and credibility 1–6, written together as "B2"."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.errors import ValidationError

RELIABILITY: dict[str, str] = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}

CREDIBILITY: dict[int, str] = {
    1: "Confirmed by other sources",
    2: "Probably true",
    3: "Possibly true",
    4: "Doubtful",
    5: "Improbable",
    6: "Truth cannot be judged",
}


@dataclass(frozen=True)
class Grade:
    """A source's grade; either half may be unknown (None) until the analyst assesses it."""

    reliability: str | None = None
    credibility: int | None = None

    def __post_init__(self) -> None:
        if self.reliability is not None and self.reliability not in RELIABILITY:
            raise ValidationError(
                f"source reliability {self.reliability!r} is not an Admiralty grade; use one of A, B, C, D, E or F"
            )
        if self.credibility is not None and (
            isinstance(self.credibility, bool) or self.credibility not in CREDIBILITY
        ):
            raise ValidationError(
                f"information credibility {self.credibility!r} is not an Admiralty grade; use a number from 1 to 6"
            )

    @property
    def is_set(self) -> bool:
        return self.reliability is not None or self.credibility is not None

    @property
    def is_complete(self) -> bool:
        return self.reliability is not None and self.credibility is not None

    def code(self) -> str:
        """The grade as written in the field ("B2"); "?" stands for an unknown half, "" for no grade."""
        if not self.is_set:
            return ""
        return f"{self.reliability or '?'}{self.credibility if self.credibility is not None else '?'}"

    def describe(self) -> str:
        """Both halves in words, for tooltips and source lists."""
        parts = []
        if self.reliability is not None:
            parts.append(RELIABILITY[self.reliability].lower())
        if self.credibility is not None:
            parts.append(CREDIBILITY[self.credibility].lower())
        return "; ".join(parts)

    @classmethod
    def parse(cls, code: str | None) -> Grade:
        """Read "B2", "b", "2" or "" (no grade)."""
        text = (code or "").strip().upper()
        if not text:
            return cls()
        reliability: str | None = None
        credibility: int | None = None
        if text[0].isalpha():
            reliability, text = text[0], text[1:]
        if text:
            if not text.isdigit():
                raise ValidationError(f"grade {code!r} is not of the form 'B2' (reliability A–F, credibility 1–6)")
            credibility = int(text)
        return cls(reliability, credibility)

    def __str__(self) -> str:
        return self.code()
