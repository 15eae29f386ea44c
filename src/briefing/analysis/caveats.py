"""Sourcing caveats: anonymous sources, second-hand reports, unconfirmed, hedged and disputed claims,
statements by a party about itself.

Each rule is a cue an editor would circle on a printout. A hit carries the cue and the exact span
it rests on: the source phrase for anonymous and second-hand sourcing, the clause for hedges.
Unnamed sources have a module of their own (briefing.analysis.unnamed).
"""

from __future__ import annotations

import re

from briefing.analysis import lexicon as lx
from briefing.analysis import wordlists as wl
from briefing.analysis.anonymity import ANON_HINTS, CUE_HINTS
from briefing.analysis.hintindex import HintIndex
from briefing.analysis.shared import CaveatHit, clause_bounds, merge_overlaps
from briefing.analysis.spokespeople import spokesperson_named_later
from briefing.analysis.text import Sentence, prefilter_text
from briefing.analysis.unnamed import unnamed_sources

# "the quay amid reports": after a preposition "reports" is a noun, not an outlet's verb
_PREPOSITION = r"(?:amid|of|after|despite|following|with|by|in|on|to|from|about|over|under|among)"
# "according to state law", "according to party rules", "according to the census definition": a rule in force
# or a measure is no one's report; so is a person's own index ("his body mass index"), where "one global index"
# is someone's published figures
_NO_RULE_AHEAD = (r"(?!(?:(?:the\s+|an?\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w'’\-]+\s+){0,2}(?:"
                  + "|".join(sorted(wl.entries("norm_nouns")))
                  + r")|(?:his|her)\s+(?:[\w'’\-]+\s+){0,2}index)"
                  r"(?=\s*[,.;:)]|\s+(?:of|in|on|at|that|which|and|for)\b|$))")  # not "law enforcement officials"
SECOND_HAND = [
    (re.compile(r"\baccording\s+to\s+" + _NO_RULE_AHEAD
                + r"(?:(?:a|an|the)\s+)?(?:reports?|accounts?|documents?|media|statements?|figures|data|estimates|"
                r"minutes|a\s+report)?(?:\b(?:Mrs?|Ms|Dr|St|Gov|Sen|Rep|Gen|Jr|Sr)\.|[^.;,()]"
                # a dot inside a name ("Bihus.Info") or after an initial ("John F. Kennedy", "the U.S. Treasury")
                r"|\.(?=\w)|(?<=\b[A-Z])\.(?!\s*[”\"’']?\s*$)){0,90}", re.IGNORECASE),
     "according to"),
    # "was first reported by", "as reported by", "the story, first reported by ..."
    (re.compile(r"\b(?:(?:was|were|had\s+been|has\s+been|is|are|as)\s+(?:first\s+|also\s+|earlier\s+|previously\s+)?"
                r"|(?<=,\s)(?:first|previously|originally)\s+)"
                r"reported\s+(?:earlier\s+|first\s+)?by\s+(?:the\s+)?[\w.'’&\- ]{2,60}?(?=[,.;]|\s+(?:on|last|in|this|"
                r"earlier|and)\b)", re.IGNORECASE), "reported by"),
    (re.compile(r"\b[A-Z][\w.'’&\-]*(?:\s+[A-Z][\w.'’&\-]*){0,4},\s+(?:an?|the)\s+[^,.;]{3,60},\s+"
                r"(?:first\s+|also\s+|earlier\s+|previously\s+)?(?:reported|reports)\b(?!\s+(?:directly\s+)?to\b)", 0),
     "reported"),
    (re.compile(r"(?:\b[A-Z][\w.'’&\-]*(?:\s+[A-Z][\w.'’&\-]*){0,4}|\b(?:local|state|state-run|foreign|news)\s+"
                r"(?:media|television|news\s+agency|agencies|outlets?)|\bthe\s+\w+"
                r"(?:\s+(?!" + _PREPOSITION + r"\b)\w+)?)"
                r"\s+(?:first\s+|also\s+|earlier\s+|previously\s+|had\s+)?(?:reported|reports)\b"
                r"(?!\s+by\b|\s+(?:directly\s+)?to\b)"  # "Lind reports to the board": to whom she answers
                r"(?:\s+on\s+\w+)?(?:,\s+citing[^.;]{0,80}|\s+that)?", 0), "reported"),
    # "in an interview with" and "during an interview with": where the words were said ("sat for an interview
    # with ..." is an event)
    (re.compile(r"\b(?:told|(?:[Ii]n|[Dd]uring)\s+an\s+interview\s+with|interviewed\s+by|speaking\s+to|spoke\s+to|"
                r"said\s+in\s+an\s+interview\s+with)\s+(?:the\s+)?(?:(?:state|state-run|state-owned|local|private|"
                r"public|national|independent|regional|German|French|Russian|Chinese|Italian|Spanish|Japanese|British)"
                r"[\s-]+)*(?:(?:newspaper|magazine|broadcaster|news\s+agency|daily|channel|outlet|website|radio|"
                r"radio\s+station|television|TV|broadcaster)\s+)?"
                # "Russia's propagandistic network RT": whose outlet, what it is, then its name
                r"(?:[A-Z][\w.&\-]*['’]s\s+(?:[a-z][\w\-]*\s+){0,2}(?:network|channel|broadcaster|newspaper|agency|"
                r"outlet|station|daily|television|radio|TV)\s+)?"
                r"(?!reporters\b|journalists\b)[A-Z][\w.'’&\-]*"
                r"(?:\s+[A-Z][\w.'’&\-]*){0,4}(?:\s+(?:magazine|newspaper|television|radio|in\s+an\s+interview))?"
                r"(?:(?<=['’]s)\s+[“\"][A-Z][^”\"\n]{1,40}[”\"])?",  # "told ABC's “Good Morning America”": the show
                0), "told (outlet)"),
    (re.compile(r"\b[\w.'’&\-]+(?:\s+[\w.'’&\-]+){0,3}\s+quoted\s+[^.;]{1,60}?\s+as\s+(?:saying|telling)", 0),
     "quoted as saying"),
    (re.compile(r"\b(?:[A-Z][\w'’\-]+\s+)?(?i:media|press|television|newspapers?|outlets)\s+(?:reported|said|quoted|cited)"
                r"\b", 0), "media report"),
    (re.compile(r"\b(?i:news\s+agency|state\s+media|state\s+television|local\s+media)\s+(?:[A-Z][\w.'’&\-]*\s+)?"
                r"(?i:quoted|cited|said|reported)\b"), "media report"),
    # "Reuters, citing two European officials, reported ...": the outlet that opens the sentence relays them
    (re.compile(r"(?P<outlet>^(?!(?:In|On|At|For|After|Before|With|By|From|Amid|During|Despite)\b)"
                r"(?-i:[A-Z][\w.'’&\-]*(?:\s+[A-Z][\w.'’&\-]*){0,3}),\s+)?"
                # "citing security concerns", "citing a lack of funds": a reason given, not a source
                r"\bciting\s+(?!(?:\w+\s+)?(?:concerns?|reasons?|fears?|worries|risks?|lack|the\s+need)\b)"
                r"(?P<cited>(?:an?\s+|the\s+)?(?:unnamed\s+|anonymous\s+)?[\w.'’&\- ]{2,60}?)(?=[,.;])",
                re.IGNORECASE), "citing"),
    # "a reporter for the Herald spotted ...": what another outlet's journalist saw or wrote
    (re.compile(r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Oo]ne)\s+(?:reporter|correspondent|journalist|columnist|producer)\s+"
                r"(?:for|with|from|at)\s+(?:the\s+)?[A-Z][\w.'’&\-]*(?:\s+[A-Z][\w.'’&\-]*){0,3}"),
     "reporter for outlet"),
    # "amid reports that ...", "there have been various reports of ...": reports of no one in particular
    (re.compile(r"\b(?:received|had|has|have|cited|citing|amid|after|following|despite|denied|dismissed|by|"
                r"there\s+(?:are|were|(?:have|has|had)(?:\s+also)?\s+been)(?:\s+also)?)\s+(?:(?:unconfirmed|media|news|press|recent|various|"
                r"multiple|several|conflicting|widespread|earlier)\s+)*reports?\s+(?:of|that)\b",
                re.IGNORECASE), "reports of"),
    (re.compile(r"\b(?:reports|reporting)\s+by\s+[^.;]{2,100}?(?=[.;]|,\s+(?:the|a)\s)", re.IGNORECASE),
     "reports by"),
    # "a news report said", "fundraising documents show", "a court document filed Thursday says", "A report
    # released in May by the Institute of Ports, Docks and Harbours noted", "the report did not provide"
    # (the first letters looked ahead for first: they spare the alternation at most positions; "an earlier version
    # of this report" is the story itself)
    (re.compile(r"(?=[acegilmnoprst])\b(?:(?:an?|the|new|multiple|several|earlier|recent|other|news|media|leaked|"
                r"internal|court|government|police|redacted)\s+){1,3}(?:(?!(?:this|our)\s)[\w.'’/\-]+\s+){0,4}?"
                # not after "for the": "the Institute for the Study of War" is a name, not a study
                r"(?<!for\sthe\s)(?:reports?|reporting|documents?|memos?|filings?|records|analysis|study|survey|polls?|"
                r"cop(?:y|ies)|letters?|e-?mails?|transcripts?|cables?|presentation|footnotes?|excerpts?|assessments?)"
                r"(?:\s+(?:filed|released|obtained|published|seen|reviewed|issued|prepared|commissioned|compiled|"
                r"made\s+public)(?:\s+\w+){0,3}?)?"
                # who wrote it, for whom, about what: up to the verb, across a comma only inside a name ("of
                # Sciences, Engineering and Medicine"), never into a clause of its own ("and the mayor said"; "and
                # the University of ..." is still a name) nor past a dash ("— documents the Ledger obtained")
                # (word by word: a look-ahead at each word, not at each letter)
                r"(?:\s+(?:from|of|on|in|by|for|about)(?:\s+(?!(?:and|but|that|which)\s+(?-i:(?:he|she|they|it|we|I)\b|"
                r"(?:the|a|an)\s+[a-z]))[^\s,.;—–]+|,\s(?-i:(?=[A-Z][a-z]+\s+and\s))[^\s,.;—–]+){1,20}?)?"
                r"(?:\s+(?:that|which))?(?:\s+also)?"
                # in lower case, and "state" only before "that" or after the document: not "polls in those states",
                # "to the State Department"
                r"\s+(?-i:said|says|show|shows|showed|found|finds|reveal|reveals|revealed|indicate|indicates|"
                r"indicated|suggest|suggests|suggested|stated|states?(?=\s+that\b)|(?:(?<=report\s)|(?<=document\s)|"
                r"(?<=memo\s)|(?<=study\s)|(?<=survey\s)|(?<=poll\s))states|put\s+it|noted|notes|concluded|"
                r"concludes|cited|cites|estimated|estimates|documented|documents|highlighted|highlights|warned|warns|"
                r"identify|identifies|identified|reported|provided|provides|detailed|details|described|describes|"
                r"demonstrated|demonstrates|recommended|recommends|calls\s+for|called\s+for|makes\s+(?:that\s+|it\s+)?clear|"
                r"did\s+not\s+(?:provide|say|specify|identify|name|find|explain|address|include|mention|offer|give)|"
                r"could\s+not\s+(?:corroborate|confirm|verify|determine|establish|find))\b"
                # "an email provided to The Post": a participle, not the document's verb
                r"(?!(?:(?<=provided)|(?<=described)|(?<=detailed)|(?<=reported)|(?<=cited))\s+(?:to|by)\b)",
                re.IGNORECASE),
     "a document says"),
    # "named in media reports as", "was first seen in news reports": reports of no outlet in particular
    (re.compile(r"\b(?:in|by)\s+(?:(?:local|foreign|state|media|news|press|several|multiple|recent|earlier|some)\s+)+"
                r"reports?\b", re.IGNORECASE), "reports in the media"),
    # a bare plural at the start of a clause: "..., fundraising documents show."
    (re.compile(r"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bbut\s))(?:[a-z][\w\-]*\s+){0,2}(?:documents|records|filings|"
                r"memos|reports)\s+(?:show|showed|shows|say|said|indicate|indicated|suggest|suggested|reveal|revealed)\b"),
     "documents show"),
    # "as a Tribune reporter noted", "the Ledger columnist wrote", "described to him by a Gazette reporter": what
    # another outlet's journalist saw or wrote (the outlet must be one; "a White House correspondent" is a beat)
    (re.compile(r"(?:\b(?P<lead>(?:described|shown|accused|asked|quoted|interviewed|questioned|contacted|reached|"
                r"obtained|seen|reviewed)(?:\s+to\s+\w+)?\s+by|told|(?:spoke|speaking|talked|said)\s+to)\s+)?"
                r"\b(?P<who>[Aa]n?|[Tt]he|[Tt]his|[Oo]ne|[Aa]nother)\s+(?:[a-z]+\s+)?"
                r"(?P<outlet>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,2})\s+[“\"]?(?:reporter|correspondent|journalist|"
                r"columnist|writer|editor|employee|staffer|producer)[”\"]?(?P<verb>\s+(?:has\s+|had\s+)?(?:noted|wrote|"
                r"writes|reported|reports|revealed|observed|pointed\s+out|tweeted|posted|said|says|found|described|"
                r"explained|claimed|added)\b)?"), "outlet's reporter"),
    # "the central bank, in a report issued this month, contested that view": where a body said it
    (re.compile(r"\b[Ii]n\s+(?:(?:an?|the|its|their|his|her)\s+)?(?:[\w\-]+\s+){0,2}?(?:reports?|study|memos?|"
                r"analysis|survey|documents?|filings?|records)\s+(?:issued|released|published|made\s+public|filed|"
                r"submitted|dated|obtained)\b(?:\s+(?:this|last|earlier|on|in)\s+\w+)?(?:\s+by\s+(?:the\s+)?"
                r"[\w.'’&\- ]{2,50}?(?=[,.;]|\s+(?:last|this|on|in|earlier|and|that|which)\b))?"), "in a report"),
    # "From the report: “…”": a quotation from a document
    (re.compile(r"\b(?:[Mm]ore\s+from|[Ff]rom)\s+(?:the|that|an?)\s+(?:[\w.'’\-]+\s+){0,3}?(?:report|study|memo|"
                r"survey|document|analysis|filing)(?=:)"), "quoted from a document"),
    # "Multiple news reports ... reveal", "press reports say": reports of other outlets, none named
    (re.compile(r"\b(?i:(?P<many>(?:(?:multiple|several|numerous|various|many|some|other|earlier|recent|previous|"
                r"initial|published|conflicting)\s+)+)?(?:news|media|press)\s+reports?)\b(?!\s+(?:directly\s+)?to\b)"
                # what they say, when the sentence says it: "and an account in a memoir, reveal that ..."
                r"(?P<say>(?:\s+and\s+[^,.;]{1,80}?)?,?\s+(?:say|said|show|showed|reveal|revealed|suggest|suggested|"
                r"indicate|indicated)\b)?"),
     "news reports"),
    # "“…,” noted a report for the Coastal Trust": a document named after the quotation it gave
    (re.compile(r"(?<=[”\"']\s)(?:noted|said|says|found|concluded|warned|stated|added|notes)\s+(?:a|an|the)\s+"
                r"(?:[\w.'’\-]+\s+){0,3}?(?:report|study|memo|survey|analysis|document)\b"
                r"(?:\s+(?:for|by|from|of|on)\s+[^,.;]{1,80}?(?=[,.;]|$))?"), "named after its quotation"),
]

UNCONFIRMED = re.compile(
    r"\b(?:could\s+not\s+(?:immediately\s+)?(?:be\s+)?(?:immediately\s+)?(?:independently\s+)?(?:verif(?:y|ied)|"
    r"confirm(?:ed)?|check(?:ed)?|corroborat(?:e|ed))(?:\s+independently)?"
    r"|(?:was|were|is|are|been)\s+unable\s+to\s+(?:immediately\s+)?(?:independently\s+)?(?:verify|confirm|corroborate)"
    # "We have not been able to verify these claims", "Reuters was not able to verify the figure"
    r"|(?:(?:has|have|had)\s+not\s+been|(?:was|were|is|are)\s+not)\s+able\s+to\s+(?:immediately\s+)?"
    r"(?:independently\s+)?(?:verify|confirm|corroborate)"
    r"|cannot\s+be\s+(?:independently\s+)?(?:verified|confirmed)"
    # "We cannot corroborate this", "we can't verify the figures": the writer's own check
    r"|(?:cannot|can\s+not|can['’]t)\s+(?:yet\s+)?(?:immediately\s+)?(?:independently\s+)?(?:verify|confirm|corroborate)"
    r"|(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:independently\s+|officially\s+)?(?:confirmed|verified|"
    r"corroborated)|not\s+(?:been\s+)?(?:independently\s+|officially\s+)?(?:confirmed|verified)"
    r"|(?:neither|none)\b[^.;]{0,60}?\b(?:could|can)\s+be\s+(?:independently\s+)?(?:confirmed|verified)"
    r"|unconfirmed|unverified|uncorroborated|without\s+(?:providing\s+|offering\s+)?evidence"
    r"|neither\s+confirm\s+nor\s+deny|would\s+not\s+confirm|declined\s+to\s+confirm|did\s+not\s+present\s+"
    r"(?:the\s+|any\s+)?evidence|offered\s+no\s+evidence|provided\s+no\s+evidence"
    r"|did\s+not\s+(?:provide|offer|give)\s+(?:any\s+)?(?:evidence|proof|figures|numbers)|gave\s+no\s+(?:evidence|proof)"
    # "have not presented evidence for the claim", "did not publish the data behind its estimate"
    r"|(?:(?:has|have|had)\s+not|did\s+not)\s+(?:presented|provided|offered|produced|published|released|present|"
    r"publish|release|produce)\s+(?:any\s+)?(?:evidence|proof|(?:the\s+|its\s+|their\s+)?data\s+"
    r"(?:behind|for|supporting)))\b",
    re.IGNORECASE)
HEDGED = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|apparently|ostensibly|supposedly"
    r"|appear(?:s|ed)?\s+to|seem(?:s|ed)?\s+to"
    r"|(?:is|are|was|were)\s+(?:widely\s+)?(?:believed|thought|said|understood|alleged|reported)\s+to"
    # "Hackers believed to be working for ...": the hedge in a reduced relative clause, after a noun
    r"|(?<=[a-z]\s)(?<!\b(?:he|we)\s)(?<!\b(?:she|who|you)\s)(?<!\bthey\s)"
    r"(?:widely\s+)?(?:believed|thought|understood|alleged)\s+to\s+(?:be|have)"
    r"|(?:might|may)\s+(?:have\s+)?(?:rise|be|have|reach|include|increase|grow)"
    r"|could\s+(?:reach|rise|be\s+as)|(?:could|may|might)\s+still\s+\w+|(?:could|may|might)\s+(?:slip|change|fall\s+through|collapse|"
    r"be\s+delayed|be\s+postponed|shift|unravel)|it\s+is\s+(?:believed|thought|understood)|rumou?red)\b",
    re.IGNORECASE)
# "the hotly contested race", "the disputed territory": an adjective before a noun tells of a contest, not
# of a claim someone disputes; before these words (or none) it still does ("disputed the figures")
_NOT_DISPUTED_NOUN = (r"(?!(?:a|an|by|that|the|this|these|those|it|its|his|her|their|any|such|claims?|allegations?|"
                      r"accounts?|reports?|figures?|findings|results?|version|ruling|decision)\b)[a-z]")
# what a writer calls a claim when someone rejects it: "an accusation the UN rejected", "the claims ... as propaganda"
LABEL_NOUNS = r"(?:claim|accusation|allegation|assertion|charge)"
DISPUTED = re.compile(
    r"\b(?:disputes?\s+(?:that|this|the|these|those|her|his|their|its|such)|contests?\s+(?:that|this|the)|"
    r"den(?:y|ies)\s+(?:that|the|any|this|it)|(?:disputed|contested)(?!\s+" + _NOT_DISPUTED_NOUN + r")"
    r"|denied(?!\s+(?:entry|access|bail|parole|asylum|permission|visas?|him|her|them|us|me|a\s+(?:visa|permit|"
    r"hearing|chance|licen[cs]e))\b)|contradicted|refuted|"
    r"rejected\s+(?:that|the|this)\s+(?:account|claim|report|version)|"
    r"a\s+claim\s+(?:disputed|rejected|denied)|dismissed\s+(?:the\s+|as\s+)|called\s+the\s+report|"
    # "an accusation the UN rejected as baseless": what was said, then who rejects it
    r"(?:an?\s+)?" + LABEL_NOUNS + r"s?\s+(?:that\s+)?(?:the\s+)?[\w.'’\-]+"
    r"(?:\s+[\w.'’\-]+){0,3}?\s+(?:has\s+|have\s+|had\s+)?(?:rejected|denied|disputed|dismissed)|"
    r"rejected\s+[^,.;]{0,40}?\s+as\s+(?:baseless|false|untrue|groundless|unfounded|fabricated|fake|propaganda|"
    r"nonsense|absurd|lies)|"
    r"said\s+the\s+report\s+was)\b", re.IGNORECASE)
# every alternative opens with one of these letter pairs: looked ahead for first, they spare the rest at most positions
UNCLEAR = re.compile(
    r"(?=[adghinoprwu])(?=it|re|wa|we|is|ar|de|ha|di|do|ga|pr|of|no|wo|ne|wi|un)"
    r"\b(?:(?:it(?:\s+is|\s+was|['’]s|\s+remains|\s+remained)|it\s+is\s+still|remains?|remained|was|were|is|are)\s+"
    r"(?:not\s+(?:yet\s+|immediately\s+)?(?:clear|known)|unclear|unknown|uncertain|not\s+certain)"
    r"|(?:declined|refused)\s+to\s+(?:say|comment|specify|disclose|elaborate|give|provide|confirm|name|discuss|"
    r"identify|answer)"
    r"|(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:announced|disclosed|made\s+public|released|set|decided|"
    r"determined|finali[sz]ed|explained|established|identified)"
    r"|did\s+not\s+(?:say|explain|specify|disclose|elaborate|respond|comment|reply|answer|return)"
    r"|(?:has|have|had)\s+not\s+(?:yet\s+)?decided(?=\s+(?:whether|if)\s+to\s)"  # "has not decided whether to send"
    r"|(?:does|do)\s+not\s+comment\b"  # "The SBU does not comment on individual strikes"
    r"|(?:does|do)\s+not\s+(?:say|specify|explain|disclose|name|identify)\b"  # "The assessment does not say how"
    r"|(?:has|have|had)\s+not\s+(?:yet\s+)?(?:said|disclosed|explained|specified|commented|responded|replied|"
    r"released|published|named|identified)"
    r"|did\s+not\s+(?:name|identify|provide|give|offer|detail)(?!\s+(?:any\s+)?(?:evidence|proof|figures|numbers)\b)"
    r"|(?:gave|provided|offered)\s+no\s+(?:timeline|details?|reason|date|figures?|numbers?|"
    r"explanation|indication|specifics|timetable)"
    r"|no\s+(?:final\s+)?decisions?\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:made|taken|reached)"
    r"|would\s+not\s+say|wouldn['’]t\s+say|no\s+one\s+knows|remains\s+to\s+be\s+seen|it\s+is\s+(?:not\s+)?known"
    r"|(?:it['’]s|it\s+is)\s+not\s+clear"
    r"|\bneither\b[^.;:]{1,100}?\bnor\b[^.;:]{1,100}?\b(?:responded|replied|commented|returned|answered)"
    r"|without\s+(?:giving|providing|offering|citing)\s+(?:any\s+|further\s+|more\s+)?(?:details?|reasons?|evidence|"
    r"explanation|specifics|figures|a\s+reason|a\s+timeline)|without\s+elaborating"
    # a note's "Unclear whether ...": what is open, with no "it is" before it
    r"|^(?:unclear|unknown|not\s+(?:yet\s+)?clear)(?=\s+(?:whether|if|how|when|why|what|who|where|which)\s))\b",
    re.IGNORECASE)
SELF_INTEREST = re.compile(
    r"\b(?:said|says|stated|added|insisted|claimed)\s+in\s+a\s+(?:brief\s+|short\s+|written\s+)?statement\s+"
    r"(?:on\s+\w+\s+)?(?:that\s+)?(?:it|its|we|our|the\s+(?:company|group|firm|bank|government|ministry|army|"
    r"party|campaign|coalition|alliance|palace|administration))\b"
    r"|\b(?:said|says|stated|added|insisted|claimed)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:its|our|we)\b"
    r"|\b[Tt]he\s+(?:company|group|firm|bank|government|ministry|army|party|campaign|coalition|alliance|palace|"
    r"administration)\s+(?:said|says|insisted|claimed)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|its)\s+\w+"
    r"|\bdoes\s+not\s+comment\s+on\s+(?:market\s+)?(?:speculation|rumou?rs)",
    0)


# Substrings without which a pattern cannot match: a cheap test that spares most sentences the regex.
UNCONFIRMED_HINTS = ("verif", "confirm", "check", "corroborat", "evidence", "proof", "neither", "none", "data",
                     "figures", "numbers")
HEDGED_HINTS = ("report", "alleged", "purported", "apparent", "ostensib", "supposed", "appear", "seem", "believed",
                "thought", "said to", "understood", "might", "may ", "could", "rumo")
DISPUTED_HINTS = ("contradict", "refut", "disput", "denied", "deny", "denies", "reject", "contest", "dismissed",
                  "the report")
SELF_HINTS = ("said", "says", "stated", "added", "insisted", "claimed", "comment on")
UNCLEAR_HINTS = ("clear", "known", "certain", "declin", "refus", "did not", "has not", "have not", "had not",
                 "not comment", "does not", "do not",
                 "not been", "gave no", "provided no", "offered no",
                 "would not", "wouldn", "no one knows", "to be seen", "gave no", "decision", "neither", "without")
CLAUSE_RULES = (
    (UNCONFIRMED, "unconfirmed", UNCONFIRMED_HINTS),
    (HEDGED, "hedged", HEDGED_HINTS),
    (DISPUTED, "disputed", DISPUTED_HINTS),
    (SELF_INTEREST, "self-interested", SELF_HINTS),
)


MAX_HITS_PER_SENTENCE = 8


def find_caveats(text: str, sentences: list[Sentence]) -> list[CaveatHit]:
    """All caveat cues in one source, in text order, at most one per kind and span."""
    hits: list[CaveatHit] = []
    unnamed_heads: set[str] = set()
    for sentence in sentences:
        if sentence.is_headline or (("contributed" in sentence.text or _CREDIT_OPENER.match(sentence.text))
                                    and _CREDIT_LINE.match(sentence.text)):
            continue
        lowered = prefilter_text(sentence.text)  # once per sentence: every rule below filters on it
        present = _HINT_INDEX.present(lowered)  # the hints it holds, for all the rules' pre-filters at once
        hits.extend(CaveatHit("anonymous-source", *span)
                    for span in unnamed_sources(text, sentence, unnamed_heads, lowered, present))
        hits.extend(_second_hand(text, sentence, present))
        for pattern, kind, hints in _CLAUSE_RULE_SETS:
            if not present.isdisjoint(hints):
                hits.extend(_clause_hits(text, sentence, pattern, kind))
        if " it" in lowered:
            hits.extend(_party_about_itself(text, sentence))
        if "said" in lowered or "says" in lowered:
            hits.extend(_speaker_about_own_actions(text, sentence))
            military = _MILITARY_SAYS.search(sentence.text)
            if military and _MILITARY_RESULT.search(sentence.text):
                # "Ukraine's air force said ... 87 were shot down": a party at war counting its own results
                hits.append(CaveatHit("self-interested", *clause_bounds(
                    text, sentence, sentence.start + military.start(), sentence.start + military.end()),
                    military.group(0)))
        if not present.isdisjoint(_OWN_ASSESSMENT_HINT_SET):
            hits.extend(_body_judging_own_policy(text, sentence))
    hits = [h for h in hits if not (h.kind == "anonymous-source" and spokesperson_named_later(text, h.start, h.end))]
    anonymous = [(h.start, h.end) for h in hits if h.kind == "anonymous-source"]
    # "according to a senior official" is an anonymous source first; one caveat says it
    hits = [h for h in hits if not (h.kind == "second-hand" and h.cue == "according to"
                                    and any(s < h.end and h.start < e for s, e in anonymous))]
    return merge_overlaps(hits)


_SECOND_HINTS = ("according", "report", "document", "memo", "filing", "record", "analysis", "study", "survey", "copy",
                 "copies", "poll", "letter", "mail", "transcript", "cable", "presentation", "footnote", "excerpt",
                 "assessment", "told", "interview", "quoted",
                 "citing", "media", "agency", "spoke to", "speaking to", "television", "press", "newspaper", "outlet",
                 "correspondent", "journalist", "columnist", "producer", "writer", "editor", "employee", "staffer")
_CREDIT_OPENER = re.compile(r"[\s(\-—–]*(?:[Aa]dditional\s+)?(?:Reporting|Writing|Editing|Contributing|Research|"
                            r"reporting\s+by)")  # or "... contributed": the credit line's two shapes
_CREDIT_LINE = re.compile(r"[\s(\-—–]*(?:[Aa]dditional\s+)?(?:Reporting|Writing|Editing|Contributing|Research|"
                          r"reporting\s+by)(?:\s+by)?\b|"
                          r".{3,120}\s+contributed(?:\s+reporting|\s+to\s+this)")
# which words a second-hand rule needs, so that most sentences meet only the rules that can match
SECOND_RULE_HINTS: dict[str, tuple[str, ...]] = {
    "according to": ("according",),
    "reported by": ("reported",),  # "reported earlier by" too
    "reported": ("report",),
    "told (outlet)": ("told", "interview", "speaking to", "spoke to"),
    "quoted as saying": ("quoted",),
    "media report": ("media", "agency", "television", "press", "newspaper", "outlet"),
    "citing": ("citing",),
    "reports of": ("report",),
    "reports in the media": ("report",),
    "reporter for outlet": ("reporter", "correspondent", "journalist", "columnist", "producer"),  # "a report of" too
    "reports by": ("reports by", "reporting by"),
    "a document says": ("report", "document", "memo", "filing", "record", "analysis", "study", "survey", "poll", "copy",
                        "copies", "letter", "mail", "transcript", "cable", "presentation", "footnote", "excerpt",
                        "assessment"),
    "documents show": ("documents", "records", "filings", "memos", "reports"),
    "named after its quotation": ("report", "study", "memo", "survey", "analysis", "document"),
    "outlet's reporter": ("reporter", "correspondent", "journalist", "columnist", "writer", "editor", "employee",
                          "staffer", "producer"),
    "news reports": ("news report", "media report", "press report"),
    "in a report": ("issued", "released", "published", "made public", "filed", "submitted", "dated", "obtained"),
    "quoted from a document": ("report:", "study:", "memo:", "survey:", "document:", "analysis:", "filing:"),
}
_PRONOUN_REPORTED = re.compile(r"(?:it|he|she|they|which|who)(?:['’]s)?\s", re.IGNORECASE)
_REPORTED_ADJECTIVE = re.compile(r"['’]s\s+reported$")  # "the mayor's reported fortune": what is said, not who
# "Lind reported from Port Arden.": the byline's note on where the writer was, not a source
# "Lind reported from Port Arden, and Ober from Tiber.": the note names each writer's place
_REPORTED_FROM = re.compile(r"\s+from\s+[A-Z][\w.'’\-]*(?:[\s,]+[A-Z][\w.'’\-]*)*\s*(?:[.;]|,\s+and\s|$)")
_NAME_BEFORE = re.compile(r"[A-Z][\w.&'’\-]*\s+$")
# "Residents of Port Arden reported": the place belongs to the phrase before it ("Ann Ober at the Tiber Post
# reports" is a journalist at an outlet: no "at")
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|from|near|outside|across)\s+$")
# "the central bank, in a report issued this month, contested", "was revealed last week in documents made public
# by": a document as where a claim was made, set off or after a verb of telling
_REPORT_AS_WHERE = re.compile(r"(?:,|\b(?:revealed|disclosed|detailed|described|outlined|emerged|light))"
                              r"(?:\s+\w+){0,2}\s+$")
_CREDIT_BEFORE = re.compile(r"(?:\badditional\s+|\(\s*)$", re.IGNORECASE)
_TRAILING_TIME = re.compile(r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
                            r"yesterday|earlier|last\s+\w+|this\s+\w+))+$")

def _second_hand(text: str, sentence: Sentence, present: frozenset[str]) -> list[CaveatHit]:
    """Second-hand sourcing in one sentence; `present` holds the hints of `_HINT_INDEX` its prefilter_text
    holds."""
    hits: list[CaveatHit] = []
    body = sentence.text
    if present.isdisjoint(_SECOND_HINT_SET):
        return hits
    for pattern, cue in SECOND_HAND:
        if present.isdisjoint(_SECOND_RULE_HINT_SETS[cue]):
            continue
        for match in pattern.finditer(body):
            phrase = match.group(0)
            if match.end() < len(body) and body[match.end()].isalnum() and " " in phrase:
                phrase = phrase[:phrase.rstrip().rfind(" ")]  # a length limit reached inside a word: "… and Telev"
            if cue == "according to":
                if _OUR_OWN.match(phrase):
                    continue  # "according to our analysis of satellite imagery": the writer's own work, first-hand
                phrase = _DANGLING_LINK.sub("", phrase.rstrip(" ,."))  # end on a word that is no link: not "… for"
            if cue != "in a report":  # "in a report issued this month" keeps its time: it says which report
                phrase = _TRAILING_TIME.sub("", phrase.rstrip(" ,."))
            start = sentence.start + match.start()
            if cue == "told (outlet)" and not _outlet_like(phrase):
                continue
            if cue == "outlet's reporter":
                if not _other_outlets_journalist(match):
                    continue
                if match.group("lead") and match.group("lead").endswith("by"):  # "described to him by a
                    # Gazette reporter": the reporter (not "written by a Gazette editor": a credit)
                    phrase = phrase[match.start("who") - match.start():]
                    start = sentence.start + match.start("who")
            if cue == "reported" and (_PRONOUN_REPORTED.match(phrase) or _REPORTED_ADJECTIVE.search(phrase)
                                      or _REPORTED_FROM.match(body, match.end())
                                      or _PREPOSITION_BEFORE.search(body, max(0, match.start() - 10), match.start())):
                continue  # "he's reported", "the mayor's reported fortune", "Lind reported from Port Arden",
                # "Residents of Port Arden reported": the place belongs to the phrase before it
            if cue == "news reports" and (_NAME_BEFORE.search(body, 0, match.start())
                                          or not (match.group("say") or match.group("many"))):
                continue  # "Fox News reports" names an outlet; "trust them more than a news report" relays none
            if cue == "a document says" and any(h.start < start for h in hits) and _DEFINITE.match(phrase):
                continue  # "According to a report by ..., though the report did not name him": one report
            if cue == "in a report" and not _REPORT_AS_WHERE.search(body, 0, match.start()):
                continue  # "In a memo released Tuesday, Lind said": the named writer is the source
            if cue == "citing" and not (_names_an_outlet(match.group("outlet") or "")
                                        or _cites_a_source(match.group("cited"))):
                continue  # "Moldova rejects the debt, citing an international audit": its own reason, no relay
            if cue == "reports by" and _CREDIT_BEFORE.search(body, max(0, match.start() - 12), match.start()):
                continue  # "(Additional reporting by Jan Ober)": a credit, not a source
            hits.append(CaveatHit("second-hand", start, start + len(phrase), cue))
    return hits


_DEFINITE = re.compile(r"(?:the|this|that)\s", re.IGNORECASE)
_DANGLING_LINK = re.compile(r"(?:\s+(?:and|or|of|for|the|a|an|by|to|in|on|at|with|from))+$", re.IGNORECASE)
_OUTLET_WORDS = re.compile(r"\b(?:News|Times|Post|Journal|Tribune|Herald|Wire|Press|Agency|Daily|Monde|Spiegel|"
                           r"Reuters|Axios|Bloomberg|Politico|CNN|BBC|CBS|NBC|ABC|AFP|AP|Interfax|TASS|Xinhua|"
                           r"Tagesspiegel|Kyodo|Yonhap|Ledger|Gazette|Observer|Guardian|Telegraph|Express|"
                           r"magazine|newspaper|television|radio|broadcaster|news\s+agency|interview)\b")


# what a relay cites: people, an outlet, figures or reports ("citing sources close to", "citing customs data")
_CITED_SOURCES = wl.word_set("source_nouns") | lx.MEDIA_NOUNS | lx.OUTLETS | frozenset((
    "source", "sources", "data", "statistics", "estimates", "report", "reports", "documents", "survey", "poll",
    "polls", "study", "intelligence", "witness", "witnesses", "testimony"))
_CITED_HEAD = re.compile(r"\s(?:who|that|which|to|of|by|after|from|about|on|in|for|with|and)\s")
_CITED_OPENERS = frozenset(("a", "an", "the", "unnamed", "anonymous"))


def _cites_a_source(cited: str) -> bool:
    """"citing two European officials", "citing Interfax": someone or something that tells; not a reason the
    party gives for what it does ("citing an international audit", "citing a threat to public health")."""
    head = _CITED_HEAD.split(f"{cited} ", maxsplit=1)[0].split()
    if any(word.lower().strip("'’") in _CITED_SOURCES for word in head):
        return True
    first = next((word for word in head if word.lower() not in _CITED_OPENERS), "")
    # "citing Interfax", "citing the Kremlin": a name ("citing Trump's proposed ban": what is his, a reason)
    return first[:1].isupper() and not first.endswith(("'s", "’s"))


def _names_an_outlet(words: str) -> bool:
    """"Reuters, citing ...", "The Journal, citing ...": an outlet opens the sentence (not "Mr. Manafort, citing")."""
    return _outlet_like(words) or any(word.lower().strip(",") in lx.OUTLETS for word in words.split())


def _outlet_like(phrase: str) -> bool:
    return bool(_OUTLET_WORDS.search(phrase))


def _other_outlets_journalist(match: re.Match[str]) -> bool:
    """"as a Tribune reporter noted": an outlet's journalist who wrote, saw or was told something.

    The name must be an outlet's ("a White House correspondent" covers a beat), and the journalist must
    relay: write or note something, or be who told or was told ("The Tribune reporter was detained" is news
    about the reporter, not from one).
    """
    if not (match.group("lead") or match.group("verb")):
        return False
    words = match.group("outlet").split()
    return any(w.lower().strip("'’s") in lx.OUTLETS for w in words) or " ".join(words).lower() in lx.OUTLET_NAMES


_PARTY_SAYS = re.compile(r"\b(?P<subject>[A-Z][\w\-]+(?:\s+(?:of\s+)?[A-Z][\w\-]+){0,3}|[A-Z]{2,7})\s+"
                         r"(?:said|says|insists|insisted|claims|claimed|maintains|maintained)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
                         # "said that air defences had halved the damage, and that its reforms had saved ..."
                         r"(?:[^.;]{0,200}?,?\s+and\s+that\s+)?(?:it|its)\s+\w+")


def _party_about_itself(text: str, sentence: Sentence) -> list[CaveatHit]:
    """"Moscow says it targets only military sites": a government or organisation speaking about itself."""
    hits = []
    for match in _PARTY_SAYS.finditer(sentence.text):
        last = match.group("subject").split()[-1].lower()
        if last in lx.PLACES or last in lx.ORG_HEADS or last in lx.KNOWN_ORGS or match.group("subject").isupper() \
                or (" of " in match.group("subject") and match.group("subject").split()[0].lower() in lx.ORG_HEADS) \
                or _unlisted_body(text, match):
            start, end = clause_bounds(text, sentence, sentence.start + match.start(), sentence.start + match.end())
            hits.append(CaveatHit("self-interested", start, end, match.group(0)))
    return hits


# what "it" will or would do: the party's own plan ("it was a disaster" is no one's)
_IT_WILL = re.compile(r"\bit\s+(?:will|would|had|has|could|can|did|does|won['’]t|wouldn['’]t|plans|intends)\b")


def _unlisted_body(text: str, match: re.Match[str]) -> bool:
    """"Gazprom says it will not resume deliveries": one name no list knows, saying what "it" will do, is a body
    speaking of itself, unless the text names a person by it ("Tom Ober ... Ober said it would rain")."""
    subject = match.group("subject")
    if " " in subject or not _IT_WILL.search(match.group(0)) or subject.lower() in wl.word_set("given_names") \
            or subject.lower() in lx.COMMON_CAPITALIZED or subject.lower() in lx.TITLE_WORDS:
        return False
    for named in re.finditer(rf"\b([A-Z][\w.]*)\s+{re.escape(subject)}\b", text):
        before = named.group(1).lower()
        if before in wl.word_set("given_names") or before.rstrip(".") in lx.TITLE_WORDS \
                or before in ("mr.", "ms.", "mrs.", "dr."):
            return False
    return True


_RELATIVE_START = re.compile(r"(?:which|who)\s", re.IGNORECASE)
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|n['’]t)(?:\s+(?:yet|\w+ly))?\s+$", re.IGNORECASE)
_OUR_OWN = re.compile(r"according\s+to\s+(?:our|my)\s", re.IGNORECASE)
# the party goes on to say it cannot confirm what was reported: no result of its own to sell
_CANNOT_CONFIRM_EITHER = re.compile(r"[^,;:]*\s(?:and|but)\s+(?:could|can)(?:\s+not|not|n['’]t)\s+"
                                    r"(?:yet\s+|immediately\s+)?(?:confirm|verify)\b")
_LABEL_OPENS = re.compile(r"(?:an?\s+)?" + LABEL_NOUNS, re.IGNORECASE)


def _clause_hits(text: str, sentence: Sentence, pattern: re.Pattern[str], kind: str) -> list[CaveatHit]:
    hits: list[CaveatHit] = []
    for match in pattern.finditer(sentence.text):
        if kind == "self-interested" and _NEGATED_BEFORE.search(sentence.text, max(0, match.start() - 25),
                                                                match.start()):
            continue  # "Budapest has not publicly stated its position": it said nothing of itself
        if kind == "self-interested" and _CANNOT_CONFIRM_EITHER.match(sentence.text, match.end()):
            continue  # "The ministry said it was still searching the area and could not confirm the report"
        start = sentence.start + match.start()
        end = sentence.start + match.end()
        if kind == "disputed" and _LABEL_OPENS.match(match.group(0)):
            # ", an accusation the UN rejected": the claim labelled stands before it, so the sentence says what
            clause_start, clause_end = sentence.start, sentence.end
        else:
            clause_start, clause_end = clause_bounds(text, sentence, start, end)
            if _RELATIVE_START.match(text, clause_start):
                clause_start = sentence.start  # "EUMA, which monitors the border, said its ...": who said it first
        hits.append(CaveatHit(kind, clause_start, clause_end, match.group(0)))  # overlapping hits merge later
        if len(hits) >= MAX_HITS_PER_SENTENCE:
            break  # a run-on "sentence" of thousands of cues says no more with each one
    return hits



# "Kirill Dmitriev, an adviser to ..., said he and Trump envoy Steve Witkoff had written a 28-point peace plan"
# written "s" first, the word boundary checked behind it, so that the search jumps from "s" to "s"
_OWN_ACTIONS = re.compile(
    r"s(?<!\ws)a(?:id|ys)\s+(?:that\s+)?(?P<who>he|she|they|we|I)\s+(?:and\s+[^,.;]{2,60}?\s+)?"
    r"(?:had|has|have|would|will|was|were|is|are)\s+(?:\w+ly\s+|not\s+|already\s+|also\s+|been\s+)*"
    r"(?P<act>written|drafted|designed|developed|prepared|proposed|negotiated|brokered|secured|achieved|won|built|"
    r"launched|delivered|created|succeeded|made|done|led|helped|offered|presented|devised|authored|worked\s+out|"
    r"put\s+together|come\s+up\s+with)\b")
# "a Treasury Department analysis indicates that the oil sanctions have sent prices tumbling"
_OWN_ASSESSMENT = re.compile(
    r"\b(?:a|an|the)\s+(?P<body>(?:[A-Z][\w.&'’\-]*\s+){0,3}(?:Department|Ministry|Treasury|Pentagon|Kremlin|"
    r"White\s+House|Administration|Government|Office|Agency|Commission)(?:['’]s)?)\s+(?:own\s+)?"
    r"(?:analysis|assessment|review|report|study|evaluation|estimate|figures|data)\b[^.;]{0,40}?\b"
    r"(?:indicates?|shows?|showed|found|finds|says|said|concluded|concludes|suggests?|estimates?)\b")
_OWN_ASSESSMENT_HINTS = ("department", "ministry", "treasury", "pentagon", "kremlin", "white house", "administration",
                         "government", "office", "agency", "commission")


# a military command that speaks, and what its forces did (the English twin of the Russian/Ukrainian rule)
_MILITARY_SAYS = re.compile(r"\b(?:[Dd]efen[cs]e\s+[Mm]inistry|[Mm]inistry\s+of\s+[Dd]efen[cs]e|[Aa]ir\s+[Ff]orce|"
                            r"General\s+Staff|[Aa]rmed\s+[Ff]orces|[Nn]avy)\s+(?:said|says)\b")
_MILITARY_RESULT = re.compile(r"\b(?:shot\s+down|destroyed|downed|intercepted|repelled|captured|liberated|killed|"
                              r"neutrali[sz]ed|struck)\b")


def _speaker_about_own_actions(text: str, sentence: Sentence) -> list[CaveatHit]:
    """A speaker crediting what he or she did or drafted: the account is the party's own."""
    hits = []
    for match in _OWN_ACTIONS.finditer(sentence.text):
        start, end = clause_bounds(text, sentence, sentence.start + match.start(), sentence.start + match.end())
        hits.append(CaveatHit("self-interested", start, end, "speaker describes own actions"))
    return hits


def _body_judging_own_policy(text: str, sentence: Sentence) -> list[CaveatHit]:
    """A government body's own analysis of how its measures work: it grades its own policy."""
    hits = []
    for match in _OWN_ASSESSMENT.finditer(sentence.text):
        start, end = clause_bounds(text, sentence, sentence.start + match.start(), sentence.start + match.end())
        hits.append(CaveatHit("self-interested", start, end, f"{match.group('body')} assesses its own policy"))
    return hits


# The pre-filters as sets, asked of the hints a sentence holds (`HintIndex.present`): the same answers as
# `any(hint in lowered for hint in hints)`, from one search of the sentence instead of one per hint.
_CLAUSE_RULE_SETS = tuple((pattern, kind, frozenset(hints)) for pattern, kind, hints in CLAUSE_RULES)
_SECOND_HINT_SET = frozenset(_SECOND_HINTS)
_SECOND_RULE_HINT_SETS = {cue: frozenset(hints) for cue, hints in SECOND_RULE_HINTS.items()}
_OWN_ASSESSMENT_HINT_SET = frozenset(_OWN_ASSESSMENT_HINTS)
_HINT_INDEX = HintIndex([*(hints for _, _, hints in CLAUSE_RULES), _SECOND_HINTS, *SECOND_RULE_HINTS.values(),
                         _OWN_ASSESSMENT_HINTS, CUE_HINTS, ANON_HINTS])
