"""The workspace layout is versioned: init is repeatable, a newer layout is refused, nothing else is a workspace."""

from __future__ import annotations

import psycopg
import pytest

from briefing.workspace import WorkspaceBrief, WorkspaceError, schema

from .conftest import Workspace


def test_init_again_changes_nothing_and_keeps_the_workspace_id(workspace: Workspace) -> None:
    with psycopg.connect(workspace.admin_url, autocommit=True) as connection:
        before = schema.workspace_id(connection)
        assert schema.init(connection) == (schema.SCHEMA_VERSION, schema.SCHEMA_VERSION)
        assert schema.workspace_id(connection) == before != ""


def test_a_newer_workspace_is_refused_and_left_alone(workspace: Workspace) -> None:
    workspace.sql("UPDATE briefing.meta SET value = %s WHERE key = 'schema_version'", (str(schema.SCHEMA_VERSION + 1),))
    with psycopg.connect(workspace.admin_url, autocommit=True) as connection:
        with pytest.raises(WorkspaceError, match="newer than this Briefing"):
            schema.check(connection)
        with pytest.raises(WorkspaceError, match="newer than this Briefing"):
            schema.init(connection)
    assert workspace.sql("SELECT value FROM briefing.meta WHERE key = 'schema_version'") == [
        (str(schema.SCHEMA_VERSION + 1),)]


def test_a_plain_database_is_not_a_workspace(pg_server) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(WorkspaceError, match="not a Briefing workspace"):
        WorkspaceBrief.open(pg_server.url(), "0123456789ab", prompt=None)


def test_only_the_workspace_people_may_connect(workspace: Workspace, pg_server) -> None:  # type: ignore[no-untyped-def]
    with psycopg.connect(pg_server.url(), autocommit=True) as connection:
        connection.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'stranger') THEN "
                           "CREATE ROLE stranger LOGIN; END IF; END $$")
    with pytest.raises(psycopg.OperationalError, match="permission denied"):
        psycopg.connect(workspace.url("stranger")).close()
