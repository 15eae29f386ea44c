"""Compose: Brief + Template -> one layout-neutral Document that every writer renders."""
