"""Ingest: one reader per file format, each producing a Source or a clear error."""
