"""Signs that a source noun is named after all: a name set off after it ("A spokesman, Jan Ober,"), a name it
stands in apposition to ("Ana Berg (D-NH), a supporter of ..."), or the sentence's own teller named at its end
("..., said Mr. Clarke, the board's lawyer.").

Kept apart from the rule that walks noun phrases (`unnamed.py`), which asks these before it calls a source
unnamed.
"""

from __future__ import annotations

import re

from briefing.analysis import wordlists as wl


def named_after(text: str, end: int) -> bool:
    """True when the phrase is followed by a name: "A government spokesman, Matthias Krüger," is named, and so
    is "a member of the board, Anna Lind," (the name closed by a comma: an apposition, not a list), and "another
    delegate on the Cruz slate, Jim Poolman,"."""
    return bool(_NAME_AFTER.match(text[end:end + 60]) or _NAME_AFTER_OF.match(text, end, end + 100))


_NAME_AFTER = re.compile(r",?\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Rev|Prof)\.\s+)?"
                         r"[A-Z][\w'’\-]+(?:\s+[A-Z]\.)*(?:\s+[A-Z][\w'’\-]+)+")  # "Laurence H. Tribe"


_NAME_AFTER_OF = re.compile(r"\s+(?:of|for|at|with|on|in|from)\s+[^,;:.]{1,40}?,\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?"
                            r"[A-Z][\w'’\-]+(?:\s+[A-Z]\.)*(?:\s+[A-Z][\w'’\-]+)+,")


# the sentence's own teller, named (or "he", named before) at its end: ", said Mr. Clarke, the board's lawyer.",
# ", Ana Berg said."
_TELLER_NAME = r"(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}"
_TELLER_VERB = r"(?:said|says|added|explained|recalled)"
_TELLER_ROLE = r"(?:,\s+(?:the|a|an)\s[^,;]{3,80})?"  # ", the lawyer for the state's agency"
NAMED_TELLER_AT_END = re.compile(rf",\s+(?:{_TELLER_VERB}\s+{_TELLER_NAME}{_TELLER_ROLE}"
                                 rf"|{_TELLER_NAME}\s+{_TELLER_VERB}|(?:he|she)\s+{_TELLER_VERB})"
                                 r"(?:\s+(?:on\s+)?[A-Z]\w+day)?[.!]?[\s”\"’']*$")
# "Ana Berg (D-NH), a supporter of ...": a name, perhaps with a party label, and the source noun in apposition
APPOSITION_OF_NAME = re.compile(r"[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+)+(?:\s+\([^()]{1,15}\)|,\s+\d{1,3})?,\s+"
                                r"(?:an?\s+[^,;()]{0,60}|)$")
# a party label marks a politician's name whatever follows: "Ana Berg (D-NH), a supporter of the plan told ..."
PARTY_LABELLED = re.compile(r"[A-Z][\w.'’\-]+\s+\([A-Z]{1,3}(?:-[A-Z][\w.]{0,10})?\),\s+$")
# "Simmons, an early supporter of the mayor, said": one capitalised word, with the apposition closed by a comma
APPOSITION_OF_SURNAME = re.compile(r"(?:^|[.;:]\s+)(?P<name>[A-Z][\w'’\-]+),\s+(?:an?\s+[^,;()]{0,60})?$")


# One office of a named state or body has one holder, whom the office names even without the name: "Poland's
# digital affairs minister", "the company's chief executive", "the French foreign minister". An office with many
# holders ("a minister", "deputy ministers", "the ministry's spokesman") still hides who spoke.
_PORTFOLIOS = "|".join(sorted(wl.word_set("portfolio_words") | {"foreign", "prime"}))
UNIQUE_OFFICE = re.compile(r"(?:[Tt]he\s+(?:[\w\-]+['’]s\s+)?|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}['’]s\s+)"
                           r"(?:[A-Z][\w.\-]*\s+)?"  # "French", "U.S."
                           rf"(?:(?:[a-z]+\s+)?(?:{_PORTFOLIOS})\s+minister|chief\s+executive)")
