"""Connecting to a workspace: the URL, TLS with certificate checks, and where a password may come from.

A password is never read from a file of ours nor accepted inside the URL (it would sit in shell
history and process lists): libpq reads `~/.pgpass` itself; failing that the system keyring
(service "briefing-workspace", user "NAME@HOST:PORT/DB") is asked; failing that, when someone is
at the terminal, a prompt. Any host other than this machine (loopback or a unix socket) must be
reached over TLS with the server's certificate verified against its name (`sslmode=verify-full`).
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from typing import Any

import psycopg
from psycopg import conninfo

from briefing.workspace.errors import WorkspaceError

KEYRING_SERVICE = "briefing-workspace"
_LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}

PasswordPrompt = Callable[[str], str | None]


def parse(url: str) -> dict[str, Any]:
    """The URL's connection parameters; a WorkspaceError for what is not a libpq URI."""
    if not url.startswith(("postgresql://", "postgres://")):
        raise WorkspaceError(f"{url!r} is not a workspace address; give a URL like postgresql://user@host:5432/db")
    try:
        params = conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError as error:
        raise WorkspaceError(f"the workspace address {url!r} cannot be read ({_first_line(error)})") from None
    if params.get("password"):
        raise WorkspaceError("the workspace address contains a password; remove it and keep the password in the "
                             "keyring or ~/.pgpass (or type it when asked)")
    return params


def is_local(params: dict[str, Any]) -> bool:
    """Whether every host of the URL is this machine (a unix socket folder or loopback)."""
    hosts = str(params.get("host") or "").split(",")
    return all(host.startswith(("/", "@")) or host in _LOCAL_HOSTS for host in hosts)


def secure(params: dict[str, Any]) -> dict[str, Any]:
    """The parameters with TLS and certificate verification required for a remote host."""
    if is_local(params):
        return params
    mode = params.get("sslmode")
    if mode not in (None, "verify-full"):
        raise WorkspaceError(
            f"the workspace at {params.get('host')} would be reached with sslmode={mode}; remote workspaces need "
            "TLS with the server's certificate checked: use sslmode=verify-full (the default) and give its "
            "authority's certificate as sslrootcert"
        )
    return {**params, "sslmode": "verify-full"}


def describe(params: dict[str, Any]) -> str:
    """user@host:port/db, for messages and the keyring (no password, whatever the URL said)."""
    user = params.get("user") or getpass.getuser()
    host = params.get("host") or "localhost"
    if str(host).startswith("/"):
        host = "localhost"
    return f"{user}@{host}:{params.get('port') or 5432}/{params.get('dbname') or user}"


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _needs_password(error: psycopg.OperationalError) -> bool:
    text = str(error)
    return "no password supplied" in text or "password authentication failed" in text


def keyring_password(account: str) -> str | None:
    """The password the system keyring holds for this account, or None (no keyring is no error)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, account)
        except KeyringError:
            return None
    except Exception:  # a keyring backend that cannot even start (no D-Bus session, …)
        return None


def terminal_prompt(account: str) -> str | None:
    """Ask at the terminal, if there is one."""
    if not sys.stdin.isatty():
        return None
    try:
        return getpass.getpass(f"Password for {account}: ")
    except (EOFError, KeyboardInterrupt):
        return None


def connect(url: str, *, prompt: PasswordPrompt | None = terminal_prompt, autocommit: bool = True,
            application: str = "briefing") -> psycopg.Connection[Any]:
    """An open connection to the workspace at `url`; a WorkspaceError (one sentence) if none can be made."""
    params = secure(parse(url))
    params.setdefault("connect_timeout", 10)
    params.setdefault("application_name", application)
    account = describe(params)
    try:
        return _open(params, autocommit)
    except psycopg.OperationalError as error:
        if not _needs_password(error):
            raise WorkspaceError(f"cannot reach the workspace {account}: {_first_line(error)}") from None
        if "password authentication failed" in str(error) and not prompt:
            raise WorkspaceError(f"the workspace {account} refused the password from ~/.pgpass; correct it") from None
    for source in (keyring_password, prompt):
        password = source(account) if source is not None else None
        if not password:
            continue
        try:
            return _open({**params, "password": password}, autocommit)
        except psycopg.OperationalError as error:
            if not _needs_password(error):
                raise WorkspaceError(f"cannot reach the workspace {account}: {_first_line(error)}") from None
    raise WorkspaceError(
        f"the workspace {account} needs a password: store it in the keyring (service {KEYRING_SERVICE!r}, "
        f"user {account!r}) or in ~/.pgpass, or run the command at a terminal to type it"
    )


def _open(params: dict[str, Any], autocommit: bool) -> psycopg.Connection[Any]:
    return psycopg.connect(conninfo.make_conninfo(**params), autocommit=autocommit)
