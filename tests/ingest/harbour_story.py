"""The fictional news story the HTML reader tests build their pages around (one copy for all of them)."""

STORY = [
    "The harbour authority reopened the northern quay on Monday after three weeks of repairs, the port's "
    "director told reporters at a briefing in the customs building.",
    "Grain ships that had waited at anchor began loading within hours, and officials said the backlog of "
    "forty vessels should clear by the end of the month if the weather holds.",
    "Dock workers' representatives welcomed the decision but warned that the southern cranes still need "
    "new cables, which are not expected before spring.",
    "The ministry of transport said the repairs cost less than planned and that a second phase, covering "
    "the ferry terminal, would be put out to tender in the coming weeks.",
    "Shipping agents said insurance premiums for vessels calling at the port had already begun to fall.",
]
