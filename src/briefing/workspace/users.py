"""The workspace's people: a login role per person, granted analyst, reviewer or admin, in teams."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from typing import Any

import psycopg
from psycopg import sql

from briefing.workspace.errors import WorkspaceError
from briefing.workspace.schema import GROUP_ROLES, ROLES

_NAME = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")
_ITERATIONS = 4096


def scram_verifier(password: str) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores, computed here so the password never reaches the server
    (nor its statement log) in clear."""
    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, _ITERATIONS)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()
    b64 = base64.b64encode
    return (f"SCRAM-SHA-256${_ITERATIONS}:{b64(salt).decode()}${b64(stored_key).decode()}:"
            f"{b64(server_key).decode()}")


def check_name(name: str) -> str:
    if not _NAME.match(name):
        raise WorkspaceError(f"{name!r} is not a usable user name; use lower-case letters, digits, '_', '.' or '-', "
                             "starting with a letter")
    return name


def add_user(connection: psycopg.Connection[Any], name: str, role: str, team: str | None = None,
             password: str | None = None) -> list[str]:
    """Create (or update) the login role `name` with `role`, in `team`; returns what was done, for the user."""
    check_name(name)
    if role not in ROLES:
        raise WorkspaceError(f"role {role!r} is unknown; use one of {', '.join(ROLES)}")
    if team is not None and not team.strip():
        raise WorkspaceError("the team name is empty; give a team name or leave --team out")
    done: list[str] = []
    ident = sql.Identifier(name)
    try:
        with connection.transaction():
            exists = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
            if not exists:
                connection.execute(sql.SQL("CREATE ROLE {} LOGIN").format(ident))
                done.append(f"created user {name}")
            if password is not None:
                connection.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    ident, sql.Literal(scram_verifier(password))))
                done.append("set the password")
            # Exactly the one role asked for: a reviewer made analyst again loses the reviewer's rights.
            for other in ROLES:
                if other != role:
                    connection.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(GROUP_ROLES[other]), ident))
            connection.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(GROUP_ROLES[role]), ident))
            # Administrators add people; the group role cannot pass on that attribute.
            connection.execute(sql.SQL("ALTER ROLE {} {}").format(
                ident, sql.SQL("CREATEROLE" if role == "admin" else "NOCREATEROLE")))
            done.append(f"granted {role}")
            if team is not None:
                connection.execute("INSERT INTO briefing.members (member, team) VALUES (%s, %s) "
                                   "ON CONFLICT DO NOTHING", (name, team.strip()))
                connection.execute("INSERT INTO briefing.audit (action, detail) VALUES ('added member', %s)",
                                   (f"{name} ({role}) to team {team.strip()}",))
                done.append(f"added to team {team.strip()}")
    except psycopg.errors.InsufficientPrivilege as error:
        raise WorkspaceError(f"only an administrator of the workspace may add people ({error.diag.message_primary})"
                             ) from None
    return done


def role_of(connection: psycopg.Connection[Any], name: str | None = None) -> str | None:
    """The highest workspace role of `name` (default: the connected user), or None."""
    who = name or connection.info.user
    for role in reversed(ROLES):
        row = connection.execute("SELECT pg_has_role(%s, %s, 'MEMBER')", (who, GROUP_ROLES[role])).fetchone()
        if row and row[0]:
            return role
    return None
