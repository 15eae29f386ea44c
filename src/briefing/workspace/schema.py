"""The workspace's database layout, versioned like the .brief file's, and `init` that sets it up.

`SCHEMA_VERSION` is the layout this Briefing writes; `briefing.meta` holds the version a database
has. `init` creates the group roles (analyst, reviewer, admin), then applies each missing step of
`MIGRATIONS` in one transaction, under an advisory lock so that two administrators running it at
once cannot interleave. A database newer than this Briefing is refused, never written.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import psycopg
from psycopg import sql

from briefing.workspace.errors import WorkspaceError

SCHEMA_VERSION = 3
ROLES: tuple[str, ...] = ("analyst", "reviewer", "admin")
# Group roles; each inherits the one before it (a reviewer may write, an admin may review).
GROUP_ROLES: dict[str, str] = {role: f"briefing_{role}" for role in ROLES}
_LOCK = 0x42524946  # "BRIF": the advisory lock held while migrating


# version reached -> script run from the version before
MIGRATIONS: dict[int, str] = {1: "schema_v1.sql", 2: "schema_v2.sql", 3: "schema_v3.sql"}


def _step(version: int) -> str:
    return resources.files("briefing.workspace").joinpath(MIGRATIONS[version]).read_text(encoding="utf-8")


def database_version(connection: psycopg.Connection[Any]) -> int:
    """The workspace layout version of the database (0: not a workspace yet)."""
    row = connection.execute(
        "SELECT to_regclass('briefing.meta') IS NOT NULL").fetchone()
    if not row or not row[0]:
        return 0
    found = connection.execute("SELECT value FROM briefing.meta WHERE key = 'schema_version'").fetchone()
    return int(found[0]) if found else 0


def workspace_id(connection: psycopg.Connection[Any]) -> str:
    row = connection.execute("SELECT value FROM briefing.meta WHERE key = 'workspace_id'").fetchone()
    return str(row[0]) if row else ""


def check(connection: psycopg.Connection[Any]) -> None:
    """Refuse a database that is not a workspace or was set up by a newer Briefing."""
    version = database_version(connection)
    if version == 0:
        raise WorkspaceError(f"database {connection.info.dbname!r} is not a Briefing workspace (or you may not "
                             "see it); an administrator sets one up with `briefing workspace init URL`")
    if version > SCHEMA_VERSION:
        raise WorkspaceError(f"the workspace {connection.info.dbname!r} has layout {version}, newer than this "
                             f"Briefing reads (up to {SCHEMA_VERSION}); update Briefing")
    if version < SCHEMA_VERSION:
        raise WorkspaceError(f"the workspace {connection.info.dbname!r} has the older layout {version}; an "
                             "administrator upgrades it with `briefing workspace init URL`")


def _create_roles(connection: psycopg.Connection[Any]) -> None:
    previous: str | None = None
    for role in ROLES:
        name = GROUP_ROLES[role]
        exists = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
        if not exists:
            connection.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))
        if previous is not None:
            connection.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(previous), sql.Identifier(name)))
        previous = name


def init(connection: psycopg.Connection[Any]) -> tuple[int, int]:
    """Create or upgrade the workspace layout; returns (version before, version now)."""
    try:
        with connection.transaction():
            connection.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
            before = database_version(connection)
            if before > SCHEMA_VERSION:
                check(connection)
            _create_roles(connection)
            for version in range(before + 1, SCHEMA_VERSION + 1):
                connection.execute(_step(version).encode("utf-8"))
            connection.execute(
                "INSERT INTO briefing.meta (key, value) VALUES ('schema_version', %s) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (str(SCHEMA_VERSION),))
            # Who this workspace is, whatever address reaches it: a pulled copy is matched by it.
            connection.execute("INSERT INTO briefing.meta (key, value) "
                               "VALUES ('workspace_id', gen_random_uuid()::text) ON CONFLICT (key) DO NOTHING")
            database = sql.Identifier(connection.info.dbname)
            # Only the workspace's people may connect (they still see only their teams' briefs).
            connection.execute(sql.SQL("REVOKE CONNECT, TEMPORARY ON DATABASE {} FROM PUBLIC").format(database))
            connection.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                database, sql.Identifier(GROUP_ROLES["analyst"])))
            connection.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    except psycopg.errors.InsufficientPrivilege as error:
        raise WorkspaceError(f"setting up the workspace needs an administrator of the database server "
                             f"(a role that may create roles and own the database): {error.diag.message_primary}"
                             ) from None
    return before, SCHEMA_VERSION
