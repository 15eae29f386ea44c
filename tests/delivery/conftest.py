"""Fixtures for the delivery tests: a sample brief, and a real SMTP server on 127.0.0.1.

The server is aiosmtpd with a certificate from a throw-away CA (trustme), STARTTLS or
implicit TLS, and AUTH PLAIN/LOGIN against a user table; it keeps every message it accepts
so tests can parse what arrived.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

from briefing.delivery.settings import MailSettings
from briefing.model import Brief, Citation, Item, Section, Source
from briefing.templating import Template, load_template

USER = "analyst@example.org"
PASSWORD = "correct horse battery staple"


def make_brief(**overrides: Any) -> Brief:
    text = "Kyiv has officially received a draft plan from the United States, his office confirmed Thursday."
    source = Source(title="Kyiv receives draft plan", text=text, publisher="Example News")
    start = text.index("officially received a draft plan")
    cite = Citation(source.id, start, start + len("officially received a draft plan"),
                    "officially received a draft plan")
    values: dict[str, Any] = {
        "title": "Draft peace plan delivered to Kyiv",
        "date": datetime(2025, 11, 21, 9, 30, tzinfo=UTC),
        "reference": "SB-2025-117",
        "author": "Desk analyst",
        "marking": "TLP:AMBER",
        "sources": [source],
        "sections": [
            Section("summary", [Item(text="Kyiv has received a U.S. draft plan to end the war.", citations=[cite])]),
            Section("questions", [Item(kind="question", text="Is this the same 28-point plan?")]),
        ],
    }
    values.update(overrides)
    return Brief(**values)






@pytest.fixture
def brief() -> Brief:
    return make_brief()


@pytest.fixture
def template() -> Template:
    return load_template("situation-brief")


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes


@dataclass
class MailServer:
    port: int
    ca_file: Path
    security: str
    received: list[Received] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    logins: list[str] = field(default_factory=list)

    def settings(self, **overrides: Any) -> MailSettings:
        values: dict[str, Any] = {
            "host": "127.0.0.1", "port": self.port, "security": self.security, "username": USER,
            "sender": f"Desk Analyst <{USER}>", "timeout": 5.0, "ca_file": self.ca_file,
        }
        values.update(overrides)
        return MailSettings(**values)


def configure_mail(server: MailServer) -> None:
    """Write the user's mail settings for `server`, as the Mail Settings dialog would (no password in them)."""
    import yaml

    from briefing.delivery.settings import user_settings_file

    settings = server.settings()
    path = user_settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump({"smtp": {
        "host": settings.host, "port": settings.port, "security": settings.security,
        "username": settings.username, "sender": settings.sender, "timeout": 5,
        "ca_file": str(settings.ca_file)}}), encoding="utf-8")


class _Handler:
    def __init__(self, server: MailServer) -> None:
        self.server = server

    async def handle_RCPT(self, server: SMTPServer, session: Session, envelope: Envelope, address: str,
                          rcpt_options: list[str]) -> str:
        if address.lower() in self.server.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        data = envelope.original_content or b""
        self.server.received.append(Received(str(envelope.mail_from), list(envelope.rcpt_tos), bytes(data)))
        return "250 Message accepted"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def certificate_authority(tmp_path_factory: pytest.TempPathFactory) -> tuple[trustme.CA, Path]:
    ca = trustme.CA()
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return ca, path


def _start(ca_and_file: tuple[trustme.CA, Path], security: str, **extra: Any) -> Iterator[MailServer]:
    ca, ca_file = ca_and_file
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    server = MailServer(_free_port(), ca_file, security)

    def authenticate(smtp: SMTPServer, session: Session, envelope: Envelope, mechanism: str,
                     auth_data: Any) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            login = auth_data.login.decode()
            server.logins.append(login)
            if login == USER and auth_data.password.decode() == PASSWORD:
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    options: dict[str, Any] = {"authenticator": authenticate, "auth_required": True, "auth_require_tls": True,
                               **extra}
    if security == "tls":
        # aiosmtpd counts only STARTTLS as TLS for AUTH; under implicit TLS the whole session is encrypted.
        options.update(auth_required=False, auth_require_tls=False)
        controller = Controller(_Handler(server), hostname="127.0.0.1", port=server.port, ssl_context=context,
                                server_hostname="127.0.0.1", **options)
    else:
        controller = Controller(_Handler(server), hostname="127.0.0.1", port=server.port,
                                tls_context=context, require_starttls=True, **options)
    controller.start()
    try:
        yield server
    finally:
        controller.stop()


@pytest.fixture
def smtp_server(certificate_authority: tuple[trustme.CA, Path]) -> Iterator[MailServer]:
    """An SMTP server with STARTTLS (required) and AUTH, on 127.0.0.1."""
    yield from _start(certificate_authority, "starttls")


@pytest.fixture
def smtps_server(certificate_authority: tuple[trustme.CA, Path]) -> Iterator[MailServer]:
    """An SMTP server with implicit TLS (SMTPS) and AUTH, on 127.0.0.1."""
    yield from _start(certificate_authority, "tls")


@pytest.fixture
def small_smtp_server(certificate_authority: tuple[trustme.CA, Path]) -> Iterator[MailServer]:
    """A STARTTLS server that accepts messages of at most 1,000 bytes."""
    yield from _start(certificate_authority, "starttls", data_size_limit=1000)
