"""Briefing: analytic briefs with claim-level provenance, exported to DOCX, PDF and e-mail."""

__version__ = "0.1.0"
