"""A real PostgreSQL server for the workspace tests: one per test process, a fresh database per test.

Under pytest-xdist each worker starts its own server (its own folder, socket and port), so
workers never share one. The server binaries come from Debian's `postgresql` package, which
`.ci/system-deps` installs; where they cannot be found the tests are skipped with the reason,
except in CI (CI=true), where that is a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest

from briefing.workspace import schema, users

from .pgserver import PgServer, find_bindir


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = find_bindir()
    if bindir is None:
        reason = ("no PostgreSQL 15+ server binaries (initdb, pg_ctl) were found; install Debian's postgresql "
                  "package (`bash .ci/system-deps` does it as root)")
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(reason)
        pytest.skip(reason)
    server = PgServer.start(bindir)
    yield server
    server.stop()


@dataclass
class Workspace:
    """A fresh workspace database on the test server; `url(user)` connects as that person (socket: no password)."""

    server: PgServer
    database: str

    @property
    def admin_url(self) -> str:
        return self.server.url(self.database)

    def url(self, user: str) -> str:
        return self.server.url(self.database, user)

    def add_user(self, name: str, role: str = "analyst", team: str | None = "desk") -> str:
        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            users.add_user(connection, name, role, team)
        return self.url(name)

    def sql(self, query: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        """Run a query as the server's superuser (to look behind the app's back)."""
        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            cursor = connection.execute(query, params)
            return cursor.fetchall() if cursor.description else []


@pytest.fixture
def workspace(pg_server: PgServer) -> Workspace:
    name = f"ws_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server.url(), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    with psycopg.connect(pg_server.url(name), autocommit=True) as connection:
        schema.init(connection)
    return Workspace(pg_server, name)
