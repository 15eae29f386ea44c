"""Who sees what, an audit trail nobody can rewrite, two approvals where the marking asks, and the way in."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from briefing.workspace import WorkspaceBrief, WorkspaceError, connect, push, review

from .conftest import Workspace
from .samples import small_file


def visible(url: str) -> list[str]:
    with psycopg.connect(url) as connection:
        return [row[0] for row in connection.execute("SELECT id FROM briefing.briefs")]


def test_tlp_red_is_visible_only_to_the_people_named_on_it(workspace: Workspace, tmp_path: Path) -> None:
    ana, ben, rita = (workspace.add_user("ana"), workspace.add_user("ben"),
                      workspace.add_user("rita", "reviewer"))
    outsider = workspace.add_user("omar", team="other")
    red = push(small_file(tmp_path, "red.brief", "TLP:RED"), ana, readers=("rita",)).brief_id
    amber = push(small_file(tmp_path, "amber.brief"), ana).brief_id
    assert set(visible(ana)) == {red, amber}
    assert set(visible(rita)) == {red, amber}
    assert visible(ben) == [amber]  # same team, not named on the red one
    assert visible(outsider) == []
    with psycopg.connect(ben) as connection:  # nor any of its parts
        assert connection.execute("SELECT count(*) FROM briefing.items WHERE brief = %s", (red,)).fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM briefing.audit WHERE brief = %s", (red,)).fetchone() == (0,)
    with pytest.raises(WorkspaceError, match="no brief"):
        WorkspaceBrief.open(ben, red)


def test_the_audit_trail_is_append_only_for_every_role(workspace: Workspace, tmp_path: Path) -> None:
    ana = workspace.add_user("ana")
    admin = workspace.add_user("adele", "admin")
    push(small_file(tmp_path), ana)
    for url in (ana, admin, workspace.admin_url):  # the superuser too: the trigger refuses it
        for statement in ("UPDATE briefing.audit SET actor = 'nobody'", "DELETE FROM briefing.audit",
                          "TRUNCATE briefing.audit"):
            with psycopg.connect(url) as connection, pytest.raises(psycopg.Error):
                connection.execute(statement)
    with psycopg.connect(ana) as connection, pytest.raises(psycopg.Error):  # nor can anyone write as another
        connection.execute("INSERT INTO briefing.audit (actor, action) VALUES ('ben', 'forged')")
    actions = [row[0] for row in workspace.sql("SELECT action FROM briefing.audit ORDER BY num")]
    assert "created brief" in actions and "added item" in actions and "forged" not in actions


def test_the_state_changes_only_through_review(workspace: Workspace, tmp_path: Path) -> None:
    ana = workspace.add_user("ana")
    brief_id = push(small_file(tmp_path), ana).brief_id
    with psycopg.connect(ana) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("UPDATE briefing.briefs SET state = 'approved' WHERE id = %s", (brief_id,))


def test_red_needs_two_approvals_from_reviewers_who_did_not_write_it(workspace: Workspace, tmp_path: Path) -> None:
    ana = workspace.add_user("ana", "reviewer")  # a reviewer who writes cannot approve her own brief
    rita, rolf = workspace.add_user("rita", "reviewer"), workspace.add_user("rolf", "reviewer")
    brief_id = push(small_file(tmp_path, marking="TLP:RED"), ana, readers=("rita", "rolf")).brief_id
    with psycopg.connect(ana, autocommit=True) as connection:
        assert review.step(connection, brief_id, "submit").state == "in review"
        with pytest.raises(WorkspaceError, match="cannot approve"):
            review.step(connection, brief_id, "approve")
    with psycopg.connect(rita, autocommit=True) as connection:
        first = review.step(connection, brief_id, "approve")
        assert first.state == "in review" and "1 of 2" in first.next_step
        with pytest.raises(WorkspaceError, match="already"):
            review.step(connection, brief_id, "approve")
    with psycopg.connect(rolf, autocommit=True) as connection:
        assert review.step(connection, brief_id, "approve").state == "approved"
    # Approved content is frozen.
    with WorkspaceBrief.open(ana, brief_id) as opened:
        brief = opened.load()
        brief.sections[0].items[0].text = "Changed after approval."
        with pytest.raises(WorkspaceError, match="approved"):
            opened.save(brief)


def test_a_release_recorded_for_an_approved_brief_releases_it(workspace: Workspace, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from briefing.model import Release

    ana, rita = workspace.add_user("ana"), workspace.add_user("rita", "reviewer")
    brief_id = push(small_file(tmp_path), ana).brief_id
    with psycopg.connect(ana, autocommit=True) as connection:
        review.step(connection, brief_id, "submit")
    with psycopg.connect(rita, autocommit=True) as connection:
        review.step(connection, brief_id, "approve")
    with WorkspaceBrief.open(rita, brief_id) as opened:
        brief = opened.load()
        brief.releases.append(Release(datetime(2026, 3, 1, tzinfo=UTC), "sent", ["duty@example.org"], "TLP:AMBER",
                                      "draft-plan.pdf", "ab" * 32))
        opened.save(brief)
        assert opened.known.state == "released"
    log = workspace.sql("SELECT actor, action, detail FROM briefing.audit WHERE brief = %s ORDER BY num", (brief_id,))
    assert ("rita", "recorded release", "sent draft-plan.pdf to [\"duty@example.org\"]") in log
    assert any(actor == "rita" and action == "released" for actor, action, _ in log)


def test_sources_are_shared_once_per_team(workspace: Workspace, tmp_path: Path) -> None:
    ana, ben = workspace.add_user("ana"), workspace.add_user("ben")
    push(small_file(tmp_path, "a.brief"), ana)
    push(small_file(tmp_path, "b.brief"), ben)
    assert workspace.sql("SELECT count(*) FROM briefing.library") == [(1,)]
    assert workspace.sql("SELECT count(*) FROM briefing.brief_sources") == [(2,)]


def test_search_in_english_russian_and_ukrainian(workspace: Workspace) -> None:
    from briefing.model import Source
    from briefing.workspace import library

    ana = workspace.add_user("ana")
    sources = [Source("Plans", "The envoys were drafting several plans."),
               Source("Планы", "Посланники подготовили несколько планов урегулирования."),
               Source("Плани", "Посланці підготували кілька планів врегулювання.")]
    with psycopg.connect(ana, autocommit=True) as connection:
        library.add(connection, "desk", sources)
        assert [h.title for h in library.search(connection, "plan")] == ["Plans"]  # English stemming
        assert [h.title for h in library.search(connection, "план")] == ["Планы"]  # Russian stemming
        assert [h.title for h in library.search(connection, "планів")] == ["Плани"]  # Ukrainian: exact word form
        assert library.search(connection, '") OR 1=1 --') == []  # any text is only words


def test_passwords_never_in_the_url_and_remote_hosts_need_verified_tls() -> None:
    with pytest.raises(WorkspaceError, match="password"):
        connect.connect("postgresql://ana:secret@localhost/desk")
    with pytest.raises(WorkspaceError, match="verify-full"):
        connect.connect("postgresql://ana@db.example.org/desk?sslmode=require")
    assert connect.secure(connect.parse("postgresql://ana@db.example.org/desk"))["sslmode"] == "verify-full"
    assert "sslmode" not in connect.secure(connect.parse("postgresql://ana@localhost/desk"))
    assert "sslmode" not in connect.secure(connect.parse("postgresql://ana@/desk?host=/run/postgresql"))


def test_password_from_pgpass_keyring_or_prompt(workspace: Workspace, private_home: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    with psycopg.connect(workspace.admin_url, autocommit=True) as connection:
        from briefing.workspace import users

        users.add_user(connection, "pia", "analyst", "desk", password="correct horse")
    url = workspace.server.tcp_url(workspace.database, "pia")
    with pytest.raises(WorkspaceError, match="needs a password"):
        connect.connect(url, prompt=None)
    asked: list[str] = []
    connection = connect.connect(url, prompt=lambda account: asked.append(account) or "correct horse")
    assert connection.info.user == "pia" and asked == [f"pia@127.0.0.1:{workspace.server.port}/{workspace.database}"]
    connection.close()
    monkeypatch.setattr(connect, "keyring_password", lambda account: "correct horse")
    connect.connect(url, prompt=None).close()
    monkeypatch.undo()
    pgpass = private_home / ".pgpass"
    pgpass.write_text(f"127.0.0.1:{workspace.server.port}:*:pia:correct horse\n", encoding="utf-8")
    pgpass.chmod(0o600)
    # libpq finds ~/.pgpass through the password database, not $HOME: name the test's own.
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    connect.connect(url, prompt=None).close()
