"""The .brief file: one SQLite database per brief (load, save, lock, migrate)."""
