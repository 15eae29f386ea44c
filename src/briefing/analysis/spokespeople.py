"""A spokesperson a lead leaves unnamed and the story names a few sentences on: "The Pentagon has not decided
..., a spokesman said on Friday. ... Pentagon press secretary Kingsley Wilson told reporters". The source has a name,
so no anonymous-source caveat is proposed for it.
"""

from __future__ import annotations

import re

# "a spokesman", "a Pentagon spokesman": the post, perhaps with its body's name, and nothing else
_BARE_SPOKESPERSON = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?P<body>(?:[A-Z][\w.&'’\-]*\s+){0,3})"
                                r"(?:spokes(?:man|woman|person)|press\s+secretary)$")
# the post with a name: "Pentagon press secretary Kingsley Wilson", "Kingsley Wilson, the Pentagon's press secretary"
_SPOKESPERSON_NAMED = re.compile(r"(?P<body>(?:[A-Z][\w.&'’\-]*\s+){0,3})"
                                 r"(?:spokes(?:man|woman|person)|press\s+secretary)\s+[A-Z][a-z][\w'’\-]*\s+[A-Z][\w'’\-]+"
                                 r"|[A-Z][a-z][\w'’\-]*\s+[A-Z][\w'’\-]+,\s+(?:an?|the)\s+"
                                 r"(?P<owner>(?:[\w.&'’\-]+\s+){0,3})(?:spokes(?:man|woman|person)|press\s+secretary)\b")
_SPOKESPERSON_FOR = re.compile(r"\s+(?:for|of|at)\s+(?:the\s+)?((?:[A-Z][\w.&'’\-]*\s*){1,4})")  # "for Sen. Rubio"
_GENERIC_BODY_WORDS = frozenset(("department", "ministry", "office", "sen.", "rep.", "gov.", "and", "the"))
_REACH = 600  # how far on the name may come: a few sentences


def spokesperson_named_later(text: str, start: int, end: int) -> bool:
    """The phrase at [start, end) is a bare spokesperson ("a spokesman", "a spokesman for Sen. Marco Rubio") and the
    next few sentences name one of the same body ("Rubio spokesman Alex Conant"); any body when the phrase names
    none."""
    bare = _BARE_SPOKESPERSON.fullmatch(text[start:end].strip())
    if bare is None:
        return False
    whose = _SPOKESPERSON_FOR.match(text, end)
    body = {word.rstrip("'’s").lower() for word in (bare.group("body") + (whose.group(1) if whose else "")).split()
            if len(word) > 2 and word.lower() not in _GENERIC_BODY_WORDS}
    for named in _SPOKESPERSON_NAMED.finditer(text, end, end + _REACH):
        where = (named.group("body") or named.group("owner") or "").lower()
        if not body or any(word in where for word in body):
            return True
    return False
