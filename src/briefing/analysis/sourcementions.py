"""The names of one source (`find_mentions`): what the whole text shows, and the mentions its sentences make.

The sentence rules (`mentions.py` and the cue modules it imports: titles, roles, organisations,
outlets) read only the sentences the language dispatch gives them, the language-neutral ones. A
Russian or Ukrainian source gives them none, so they are imported only for a source that does:
compiling their patterns cost each Russian or Ukrainian `briefing analyze` some 25 ms for nothing.
What the whole text shows (its own outlet, the Latin words it writes in lower case, the ships it
names) is read for every source, as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.analysis.nonactors import state_names, vessel_names
from briefing.analysis.outlets import own_outlet
from briefing.analysis.text import Sentence
from briefing.analysis.wordforms import Mention

# `\b[a-z][a-z'’\-]+\b`, the boundary checked behind the letter: the engine then skips to each lower-case Latin
# letter instead of testing a boundary at every position (the whole text is searched, Russian and Ukrainian too)
_LOWER_WORD = re.compile(r"[a-z](?<!\w[a-z])[a-z'’\-]+\b")


@dataclass
class SourceMentions:
    mentions: list[Mention]
    outlets: set[str]
    own_outlet: str | None
    byline_names: set[str]
    common_lower: set[str]  # words that occur in lower case in the source (so are common words there)
    not_actors: set[str] = field(default_factory=set)  # ships and states the source shows to be such


def find_mentions(source: int, text: str, sentences: list[Sentence]) -> SourceMentions:
    """All name mentions of one source (in `sentences`, those the name rules read), with their local cues."""
    own, own_span = own_outlet(text)
    outlets: set[str] = set()
    if own:
        outlets.add(own)
    common_lower = set(_LOWER_WORD.findall(text))
    bylines: set[str] = set()
    mentions: list[Mention] = []
    if sentences:  # with none, the rules would find nothing (a press review's papers sit in a sentence too)
        from briefing.analysis.mentions import read_sentences

        read_sentences(source, text, sentences, own_span=own_span, common_lower=common_lower, mentions=mentions,
                       outlets=outlets, bylines=bylines)
    not_actors = vessel_names(text) | state_names(text, mentions)
    return SourceMentions(mentions, outlets, own, bylines, common_lower, not_actors)
