"""Markings: TLP 2.0 labels and classification levels, ordered so the highest one wins."""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass

from briefing.characters import strip_format_characters


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


def marking_key(label: str) -> str:
    """The one form in which markings are compared everywhere (scheme, policy, settings, GUI).

    NFKC folds compatibility forms ("ＴＬＰ：ＲＥＤ" is "TLP:RED"), format characters are dropped,
    white space is collapsed and case is ignored. Letters of another script that merely look alike
    stay different: `marking_problem` names those.
    """
    text = strip_format_characters(unicodedata.normalize("NFKC", label))
    return " ".join(text.split()).upper()


# Scripts whose letters pass for one another ("Е" Cyrillic, "Ε" Greek, "E" Latin): a label mixing two of
# them exists only to look like another label. (Japanese mixing kana and kanji is ordinary writing.)
_CONFUSABLE_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "COPTIC"})


def _script(ch: str) -> str | None:
    """The script of a letter by its Unicode name ("LATIN", "CYRILLIC", ...) if it is one of the
    look-alike scripts; None for anything else."""
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "").split(" ", 1)[0]
    return name if name in _CONFUSABLE_SCRIPTS else None


def marking_problem(label: str) -> str | None:
    """One sentence if `label` mixes the letters of several look-alike scripts (a Cyrillic "Е" in
    "TLP:RЕD"), which no real label does; else None. The sentence names the odd letters out."""
    key = marking_key(label)
    scripts = Counter(s for s in map(_script, key) if s)
    if len(scripts) < 2:
        return None
    main = scripts.most_common(1)[0][0]
    odd = ", ".join(f"{ch!r} (U+{ord(ch):04X})" for ch in dict.fromkeys(key) if _script(ch) not in (None, main))
    names = " and ".join(s.title() for s in sorted(scripts))
    return (f"the marking {strip_format_characters(label)!r} mixes {names} letters that look alike ({odd}); "
            "choose the marking from the template's list or retype it")
