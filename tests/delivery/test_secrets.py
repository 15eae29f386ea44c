"""The SMTP password: keyring first, environment for scripts, a prompt last; never a plain-text file."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from briefing.delivery import prepare_send, send
from briefing.delivery.secrets import (
    PASSWORD_ENV,
    default_password_provider,
    keyring_available,
    store_password,
    stored_password,
)
from briefing.delivery.settings import MailSettings
from briefing.delivery.smtp import DeliveryError
from briefing.errors import BriefingError
from briefing.templating import Template

from .conftest import PASSWORD, MailServer, make_brief


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


SETTINGS = MailSettings(host="smtp.example.org", username="analyst@example.org")


def _files_containing(root: Path, secret: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def test_password_goes_to_the_keyring_and_nowhere_else(memory_keyring: MemoryKeyring, private_home: Path) -> None:
    store_password(SETTINGS, "s3cret-in-keyring")
    assert memory_keyring.secrets == {("briefing-smtp:smtp.example.org", "analyst@example.org"): "s3cret-in-keyring"}
    assert stored_password(SETTINGS) == "s3cret-in-keyring"
    assert default_password_provider(interactive=False)(SETTINGS) == "s3cret-in-keyring"
    assert _files_containing(private_home, "s3cret-in-keyring") == []


def test_without_a_keyring_nothing_is_stored_and_the_message_says_what_to_do(no_keyring: None) -> None:
    assert not keyring_available()
    with pytest.raises(BriefingError, match=f"no system keyring .* set {PASSWORD_ENV}"):
        store_password(SETTINGS, "x")
    with pytest.raises(BriefingError, match=re.escape("no password for analyst@example.org on smtp.example.org")):
        default_password_provider(interactive=False)(SETTINGS)


def test_environment_then_prompt(no_keyring: None, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def prompt(text: str) -> str:
        asked.append(text)
        return "typed"

    provider = default_password_provider(interactive=True, prompt=prompt)
    assert provider(SETTINGS) == "typed"
    assert asked == ["Password for analyst@example.org on smtp.example.org: "]
    monkeypatch.setenv(PASSWORD_ENV, "from-env")
    assert provider(SETTINGS) == "from-env"
    assert provider(SETTINGS, retry=True) == "typed"  # a refused password is asked for again


def test_a_refused_stored_password_is_forgotten(memory_keyring: MemoryKeyring, smtp_server: MailServer,
                                               template: Template) -> None:
    settings = smtp_server.settings()
    store_password(settings, "stale password")
    plan = prepare_send(make_brief(), template, ["anna@example.org"], settings=settings)
    with pytest.raises(DeliveryError, match="refused the user name or password"):
        send(plan, settings, default_password_provider(interactive=False))
    assert stored_password(settings) is None
    store_password(settings, PASSWORD)
    send(plan, settings, default_password_provider(interactive=False))
    assert len(smtp_server.received) == 1
