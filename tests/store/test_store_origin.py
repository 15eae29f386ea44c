"""Schema 3: a .brief remembers the workspace brief it was pulled from (`origin`), and schema 2 files upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefing.model import Brief, Section, Source
from briefing.spec import dump_brief
from briefing.store import APPLICATION_ID, BriefFile, load_brief, migrations, save_brief

LINK = '{"url": "postgresql://ana@db.example.org/desk", "brief": "b1", "version": 7}'


def test_origin_round_trips_and_is_not_content(tmp_path: Path) -> None:
    brief = Brief(title="Pulled", sources=[Source("S", "Some text.")], sections=[Section("summary")])
    plain = dump_brief(brief)
    brief.origin = LINK
    path = tmp_path / "pulled.brief"
    save_brief(path, brief)
    assert load_brief(path).origin == LINK
    assert dump_brief(load_brief(path)) == plain  # the spec never carries where a copy came from
    with BriefFile.open(path) as opened:
        loaded = opened.load()
        loaded.origin = None
        opened.save(loaded)
    assert load_brief(path).origin is None


def test_schema_2_file_is_upgraded_with_no_origin(tmp_path: Path) -> None:
    path = tmp_path / "two.brief"
    connection = sqlite3.connect(path)
    connection.executescript(migrations.SCHEMA_2)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("PRAGMA user_version = 2")
    connection.execute("INSERT INTO brief (id, title, template_id) VALUES (1, 'Two', 'situation-brief')")
    connection.commit()
    connection.close()
    with BriefFile.open(path) as opened:
        brief = opened.load()
        assert (brief.title, brief.origin) == ("Two", None)
        brief.origin = LINK
        opened.save(brief)
    assert load_brief(path).origin == LINK
    fresh = tmp_path / "fresh.brief"
    save_brief(fresh, Brief())
    def layout(p: Path) -> list[tuple[str, str]]:
        c = sqlite3.connect(p)
        try:
            return [(r[1], r[2]) for r in c.execute("PRAGMA table_info('brief')")]
        finally:
            c.close()
    assert layout(path) == layout(fresh)
