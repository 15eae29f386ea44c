"""Analysis: deterministic, offline suggestions (actors, caveats, questions, summary) with evidence."""
