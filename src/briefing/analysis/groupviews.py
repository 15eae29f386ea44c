"""Views a writer puts on an unnamed group: "party leaders want no repeat", "many of her aides feel it has
stalled", "donors have long been wary of him".

No one is quoted, yet the sentence tells what a group thinks or wants, and a brief that repeats it rests on
people no one named, as it would on "officials said". The verbs are those of wanting, liking and feeling
(`source_views.txt`); they count only where the group is the subject of a claim of the writer's own: not in
a relative clause that says which people are meant ("donors who want to see more candidates"), and not in
what someone else is reported to have said ("Ober said many members feel ..."), where the claim rests on
the speaker.
"""

from __future__ import annotations

import re

from briefing.analysis import wordlists as wl

# the cue of a view put on a group, before its head noun: "view of unnamed aides"; the caveat's sentence for
# the brief then says that the whole statement names no one
VIEW_CUE = "view of unnamed"
# "..., a claim disputed by local observers": the group judges the claim before it (it is no source of that claim,
# and what rests on it is the judgment); the text before the group, up to it
CLAIM_JUDGED = re.compile(r",\s+(?:a|the|an)\s+(?:claim|statement|assertion|account|charge|figure|version)\s+"
                          r"(?:(?:\w+ly|was|were|is|has\s+been|have\s+been)\s+)?(?P<verb>[a-z]+ed)\s+by\s+"
                          r"(?:(?:[^\s,;]+\s+){1,5}and\s+)?$", re.IGNORECASE)
# what the group presses for: "lawmakers have called for a special prosecutor", "leaders are pushing to ..."
ADVOCATES = ("push", "pushes", "pushed", "pushing", "press", "presses", "pressed", "pressing", "call", "calls",
              "called", "calling")
# a place or body after the noun ("members of the council") or an aside, then adverbs and auxiliaries, then
# the verb; a word of the place may not open a relative clause, which would make the verb the clause's
_LEAD = (r"(?P<lead>(?:\s+(?:and|or)\s+(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+s(?=\s))?"
         r"(?:\s+(?:of|in|from|at|across|within|on|to)\s+(?:the\s+)?(?:(?!who\b|that\b|which\b)"
         r"[\w.'’\-]+\s+){0,3}?(?!who\b|that\b|which\b)[\w.'’\-]+)?(?:\s*,[^,;]{1,90},)?)")
_VERBS = "|".join(sorted((*wl.entries("source_views"), *ADVOCATES), key=len, reverse=True))
_VIEW_AFTER = re.compile(_LEAD + r"\s*(?:(?:also|still|long|have|has|had|(?:do|does|did)(?:n['’]t)?|not|generally|"
                         r"often|now|clearly|\w+ly|(?P<be>are|is|were|was))\s+){0,3}"
                         r"(?P<verb>" + _VERBS + r")\b", re.IGNORECASE)
_FOR = re.compile(r"\s+(?:\w+ly\s+)?for\b|(?<=ing)\s+to\b", re.IGNORECASE)
# "feel the sting of the closures": what the group goes through, not what it thinks
_FELT_HARM = re.compile(r"\s+(?:the\s+)?(?:sting|pinch|pain|effects?|impact|heat|pressure|brunt|squeeze|strain|"
                        r"weight|cold)\b", re.IGNORECASE)
# a verb of saying earlier in the sentence: the group sits in someone's reported words
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|saying|told|tells|telling|noted|noting|added|adding|argued|arguing|"
                              r"explained|explaining|insisted|insisting|wrote|writes|claimed|claiming)\b",
                              re.IGNORECASE)
# a mood where the stance rule does not reach it, after a place, an aside or "have long been": "members of the
# council have been sympathetic", "allies have long been concerned", "activists are less confident"
_STANCE_WORDS = "|".join(sorted(wl.entries("source_stances"), key=len, reverse=True))
_PLACED_STANCE = re.compile(_LEAD + r"\s*(?:\w+ly\s+)?(?:(?:have|has|had)\s+(?:(?:long|always|also|now|"
                            r"increasingly)\s+)?been|are|were|is|was|remain|remained)\s+(?:(?:also|now|still|more|less|"
                            r"so|very|far|much|well|even|not|\w+ly)\s+){0,2}(?:\w+\s+(?:and|or)\s+)?"
                            r"(?P<stance>" + _STANCE_WORDS + r")\b",
                            re.IGNORECASE)


# the group's mood told from the other side: "growing unease among party leaders", "the remark alarmed her
# supporters", "led some allies to question", "struck delegates as evasive"; a causing verb needs its subject
# before it ("Worried residents gathered" is a mood no claim rests on)
_MOOD_AMONG = re.compile(r"\b(?:" + "|".join(sorted(wl.entries("view_nouns"), key=len, reverse=True)) + r")"
                         r"(?:\s+(?:is|was|are|were|has\s+been|have\s+been)(?:\s+\w+){0,2}?)?\s+among\s+$",
                         re.IGNORECASE)
_CAUSES = wl.word_set("view_causes")
_CAUSE_BEFORE = re.compile(r"(?P<subject>[\w'’]+)\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?"
                           r"(?P<verb>[a-z]+)\s+$")
_LED = frozenset(("led", "leads", "lead", "leading", "prompted", "prompts", "prompting", "caused", "causes"))
_NO_SUBJECT = frozenset(("the", "a", "an", "and", "or", "of", "many", "some", "most", "all", "few", "several",
                         "were", "was", "are", "is", "be", "been"))
_TO_VERB = re.compile(r"\s+to\s+(?P<verb>[a-z]+)\b")
# "encouraged residents to leave", "persuade other people of color to vote": a request, not a view
_ROUTED = re.compile(r"(?:\s+(?:of|in|from|at|on)\s+[\w'’\-]+(?:\s+[\w'’\-]+){0,2}?)?"
                     r"\s+(?:to|into|toward|towards|onto)\s")
_VIEW_VERBS = frozenset(entry.split()[0] for entry in (*wl.entries("source_verbs"), *wl.entries("source_views")))


def view_felt(body: str, np_start: int, rest: str) -> bool:
    """True where the group is told to feel or think something from the other side: a mood "among" it, or a
    verb that did something to its mind ("the levy has alarmed many of her supporters", "led allies to doubt").
    `rest` is the sentence after the group's noun."""
    window = body[max(0, np_start - 70):np_start]
    if "among" in window and _MOOD_AMONG.search(window):
        return True
    last = window[window.rstrip().rfind(" ") + 1:].strip().lower()
    if last not in _CAUSES and last not in _LED:
        return False  # the verb stands right before the group: one set lookup spares the search
    cause = _CAUSE_BEFORE.search(window)
    if cause is None or cause.group("subject").lower() in _NO_SUBJECT:
        return False
    verb = cause.group("verb")
    if verb in _LED:
        led_to = _TO_VERB.match(rest)
        return led_to is not None and led_to.group("verb") in _VIEW_VERBS
    if verb not in _CAUSES or _REPORTED_BEFORE.search(body, 0, np_start):
        return False
    if verb.startswith(("stri", "stru")):
        return rest.startswith(" as ")  # "struck many delegates as evasive"
    return not _ROUTED.match(rest)


def view_after(body: str, np_start: int, rest: str) -> re.Match[str] | None:
    """The words from the group to its verb of wanting, liking or feeling, when the group is the subject of
    the writer's own claim; None otherwise. `rest` is the sentence after the group's noun."""
    view: re.Match[str] | None = _VIEW_AFTER.match(rest)
    verb = view.group("verb").lower() if view else ""
    if view and view.group("be") and not verb.endswith("ing"):
        view = None  # "are called for repairs": a passive, no view; "are pushing for" is one
    elif view and ((verb.startswith("fe") and _FELT_HARM.match(rest, view.end()))
                   or (verb in ADVOCATES and not _FOR.match(rest, view.end()))):
        view = None  # "feel the sting of ...", "called on the board": no view
    if view is None:
        view = _PLACED_STANCE.match(rest)
        if view is None:
            return None
    if _REPORTED_BEFORE.search(body, 0, np_start):
        return None
    return view
