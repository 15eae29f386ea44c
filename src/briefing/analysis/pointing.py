"""What an unconfirmed sentence is about: the sentence before it ("The claim could not be verified"), the thing it
names itself ("The extension of the ban has not been officially confirmed"), or both accounts before it ("Neither
account could be verified").

The caveat wording and the open questions read the same sentences the same way, so the patterns live here, apart
from either.
"""

from __future__ import annotations

import re

# a subject that stands for what was said before it: "The claim could not be verified", "This has not been
# confirmed", and any short subject of a passive "could not be verified" ("The increase"; "The ministry could not
# verify" is no pointer: the ministry acts, unless what it cannot verify points back: "could not verify the claim")
_POINTS_BACK = re.compile(r"(?:The|This|That|These|Those|It|Such)\s+(?:(?:claims?|figures?|numbers?|accounts?|"
                          r"reports?|estimates?|allegations?|assertions?|details|toll|information)\s+)?"
                          r"(?:could|can|cannot|can['’]t|has|have|had|was|were|is|are)\b"
                          r"|(?:The|This|That|These|Those|Its|Their)\s+(?:[a-z][\w'’\-]*\s+){1,2}?"
                          r"(?:could|can|cannot|has|have|had|was|were|is|are)\s+(?:not\s+)?(?:yet\s+)?(?:be|been)\s+"
                          r"(?:independently\s+|officially\s+)?(?:verified|confirmed)\b"
                          # "Harbour Wire could not independently verify their account": what it cannot verify points
                          # back, whoever could not ("The ministry said it was still searching the area and could not
                          # confirm the report")
                          r"|(?:[A-Z][\w.'’&\-]*\s+)(?:[\w.'’&\-]+\s+){0,3}?(?:[^;:,]{0,80}?\s(?:and|but)\s+|[^;:]{0,80}?,\s+(?:and|but)\s+(?:we|I)\s+)?(?:could|can|cannot|can['’]t|(?:was|were)\s+unable\s+to|did|has|"
                          r"have|(?:has|have|had)\s+not\s+been\s+able\s+to|(?:was|were)\s+not\s+able\s+to)\s+"
                          r"(?:not\s+)?(?:immediately\s+)?(?:independently\s+)?(?:verify|confirm|confirmed|corroborate)\s+"
                          r"(?:(?:the|this|that|these|those|its|their|his|her)\s+(?:claims?|figures?|numbers?|accounts?|"
                          r"reports?|estimates?|allegations?|assertions?|details|toll|information|proposals?|plans?|"
                          r"deal|move|decision|strikes?|attacks?|incident)|it|this|them)\b(?!\s+(?:that|of|on|about)\b)"
                          # "Neither figure could be verified independently": the figures the sentence before gave
                          r"|(?:Neither|None\s+of\s+the)\s+(?:figures?|claims?|accounts?|numbers?|estimates?|reports?)\s+"
                          r"(?:could|can|has|have|was|were)\b"
                          # "It did not provide evidence": what it gave none for is what it said before
                          # "Government officials have not presented evidence for the claim", "The ministry did not
                          # publish the data behind its estimate"
                          r"|(?:It|He|She|They|(?:The\s+)?[A-Z]?[a-z]+(?:\s+[a-z]+){0,2})\s+(?:did\s+not|didn['’]t|"
                          r"(?:has|have|had)\s+not|offered\s+no|provided\s+no|gave\s+no)\s+(?:(?:provide|offer|give|"
                          r"present|publish|release|presented|provided|offered|published|released)\s+)?(?:any\s+)?"
                          r"(?:evidence|proof|figures|numbers|(?:the\s+|its\s+|their\s+)?data\s+(?:behind|for|supporting))\b"
                          # "Meridian could not independently confirm the movements": the newsroom's own check
                          r"|(?:[A-Z][\w.'’&\-]*\s+){1,4}(?:could|can|cannot|can['’]t|(?:was|were)\s+unable\s+to)\s+"
                          r"(?:not\s+)?independently\s+(?:verify|confirm)\s+(?:the|these|those|this|that)\s+[a-z]")


# a sentence that names what is not confirmed: "The extension of the export ban has not been officially confirmed"
_NAMED_UNCONFIRMED = re.compile(r"(?P<what>(?:The|An?|Its|Their|His|Her)\s[^,;:\"“”]{3,100}?)\s+(?P<aux>has|have)\s+"
                                r"not\s+(?:yet\s+)?been\s+(?P<how>(?:independently|officially)\s+)?"
                                r"(?P<verb>confirmed|verified|corroborated)\.?")


# "There are unconfirmed reports that X", "Unconfirmed reports say X", "According to unconfirmed reports, X", "We
# have one unconfirmed report, from a Telegram channel ..., that X": what is unconfirmed is X
_UNCONFIRMED_REPORT = re.compile(
    r"(?:(?:There\s+(?:are|is|were|was|have\s+been|has\s+been)|We\s+have(?:\s+had|\s+seen)?|We['’]ve\s+(?:had|seen))\s+"
    r"(?:(?:one|an|a|two|three|several|some|multiple)\s+)?(?P<report>(?:unconfirmed|unverified)\s+reports?)"
    r"(?:,\s+(?P<whence>[^,;:]{3,100}),)?\s+(?:that\s+)?"
    r"|(?:Unconfirmed|Unverified)\s+reports?\s+(?:say|said|suggest(?:s|ed)?|claim(?:s|ed)?|indicate(?:s|d)?)\s+"
    r"(?:that\s+)?"
    r"|According\s+to\s+(?:an?\s+|one\s+)?(?:unconfirmed|unverified)\s+reports?,\s+)"
    r"(?P<claim>[^;:]{10,}?)\.?$")


def unconfirmed_report(clause: str) -> tuple[str, str] | None:
    """What unconfirmed reports say, and where they come from when the clause says it ("from a Telegram channel
    ..."); None when the clause is no such report."""
    match = _UNCONFIRMED_REPORT.match(clause.strip())
    if match is None:
        return None
    claim = match.group("claim")
    claim = claim[0].lower() + claim[1:] if claim[:1].isupper() and claim.split()[0] in ("The", "A", "An") else claim
    whence = match.group("whence") or ""
    report = match.group("report") or ""
    counted = re.search(r"\b(one|an|a)\s+" + re.escape(report), clause) if report else None
    return claim, (f"{'one report' if counted else 'reports'}, {whence}" if whence else "")


NEITHER_ACCOUNT = re.compile(r"(?:Neither|None\s+of\s+the)\s+(?:accounts?|claims?|versions?)\b")


def named_unconfirmed(clause: str) -> re.Match[str] | None:
    """The whole clause says that the thing it opens on is not confirmed; None when it says more, or when that
    thing is a word that points back ("The claim has not been verified")."""
    return None if points_back(clause) else _NAMED_UNCONFIRMED.fullmatch(clause.strip())


def points_back(clause: str) -> bool:
    """Whether `clause` ("The increase could not be verified") is about what the sentence before it said."""
    return _POINTS_BACK.match(clause) is not None
