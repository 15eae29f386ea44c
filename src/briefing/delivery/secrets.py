"""The SMTP password: kept in the system keyring, never written to a file by Briefing.

Where a password comes from, in order: the `BRIEFING_SMTP_PASSWORD` environment variable
(for scripted sending), the system keyring (Secret Service, macOS Keychain, Windows
Credential Locker), and finally a prompt. With no usable keyring backend the password is
asked for each time (or taken from the environment); it is never stored in plain text.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sys
from collections.abc import Callable
from typing import Protocol

from briefing.delivery.settings import MailSettings
from briefing.errors import BriefingError

PASSWORD_ENV = "BRIEFING_SMTP_PASSWORD"


class PasswordProvider(Protocol):
    """Gives the password for the configured account, or raises BriefingError.

    `retry` is True when the server refused the previous password, so a provider can ask
    again instead of handing back the same stored one.
    """

    def __call__(self, settings: MailSettings, *, retry: bool = False) -> str: ...


def keyring_service(settings: MailSettings) -> str:
    return f"briefing-smtp:{settings.host or ''}"


def keyring_available() -> bool:
    """True when a keyring backend that actually stores secrets is present."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration is the same as none
        return False
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0


def stored_password(settings: MailSettings) -> str | None:
    """The password in the keyring for this server and user, or None (also when there is no keyring)."""
    if not settings.username or not keyring_available():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(keyring_service(settings), settings.username)
    except KeyringError:
        return None


def require_keyring(settings: MailSettings) -> str:
    """Refuse, in one sentence, where a password could not be stored (no user name, no keyring);
    returns the user name it would be stored for."""
    if not settings.username:
        raise BriefingError("no SMTP user name is configured, so there is no password to store (smtp.username)")
    if not keyring_available():
        raise BriefingError(
            "no system keyring is available to keep the password; "
            f"set {PASSWORD_ENV} for this session instead (Briefing never writes passwords to a file)"
        )
    return settings.username


def store_password(settings: MailSettings, password: str) -> None:
    """Save the password in the system keyring; refuses (never falls back to a file) without one."""
    username = require_keyring(settings)
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(keyring_service(settings), username, password)
    except KeyringError as error:
        raise BriefingError(f"the system keyring refused to store the password: {error}") from error


def forget_password(settings: MailSettings) -> None:
    """Remove a stored password (after the server refused it), quietly if there is none."""
    if not settings.username or not keyring_available():
        return
    import keyring
    from keyring.errors import KeyringError

    with contextlib.suppress(KeyringError):
        keyring.delete_password(keyring_service(settings), settings.username)


def default_password_provider(
    *, interactive: bool | None = None, prompt: Callable[[str], str] = getpass.getpass
) -> PasswordProvider:
    """Environment, then keyring, then (on a terminal) a prompt; otherwise one clear error."""

    def provide(settings: MailSettings, *, retry: bool = False) -> str:
        from_env = os.environ.get(PASSWORD_ENV)
        if from_env and not retry:
            return from_env
        if not retry:
            stored = stored_password(settings)
            if stored:
                return stored
        can_ask = sys.stdin.isatty() if interactive is None else interactive
        if not can_ask:
            raise BriefingError(
                f"no password for {settings.username} on {settings.host}: store one with "
                f"`briefing send --store-password` or set {PASSWORD_ENV}"
            )
        return ask_password(settings, prompt=prompt, interactive=True)

    return provide


def ask_password(settings: MailSettings, *, prompt: Callable[[str], str] = getpass.getpass,
                 interactive: bool | None = None) -> str:
    """The password typed on the terminal, or the first line a script pipes in; one clear error
    where there is neither (no terminal and nothing on standard input)."""
    can_ask = sys.stdin.isatty() if interactive is None else interactive
    typed = ""
    try:
        if can_ask:
            typed = prompt(f"Password for {settings.username} on {settings.host}: ")
        else:
            typed = sys.stdin.readline().rstrip("\r\n")
    except (EOFError, OSError, ValueError):
        typed = ""
    if typed:
        return typed
    raise BriefingError(
        f"no password was typed for {settings.username} on {settings.host} (there is no terminal to type it "
        f"in); run the command in a terminal, or set {PASSWORD_ENV} for this session"
    )


def fixed_password(password: str) -> PasswordProvider:
    """A provider for a password the caller already has (the app's dialog, tests)."""

    def provide(settings: MailSettings, *, retry: bool = False) -> str:
        return password

    return provide
