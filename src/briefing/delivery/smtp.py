"""Hand a message to the organization's SMTP server: STARTTLS or implicit TLS, AUTH, timeouts.

All or nothing: every recipient is offered to the server before the message is, and if the
server refuses any of them the transaction is reset, so a brief never reaches half of its
recipients. Every failure becomes one `DeliveryError` sentence that says what to check.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Sequence
from email.message import EmailMessage

from briefing.delivery.secrets import PasswordProvider, forget_password
from briefing.delivery.settings import MailSettings
from briefing.errors import BriefingError
from briefing.writers.eml import MESSAGE_POLICY


class DeliveryError(BriefingError):
    """The message was not sent; `kind` says why (unreachable, tls, auth, refused, rejected)."""

    def __init__(self, message: str, *, kind: str) -> None:
        self.kind = kind
        super().__init__(message)


def _tls_context(settings: MailSettings) -> ssl.SSLContext:
    try:
        return ssl.create_default_context(cafile=str(settings.ca_file) if settings.ca_file else None)
    except (OSError, ssl.SSLError) as error:
        raise DeliveryError(f"cannot read the CA certificates in {settings.ca_file} ({error})",
                            kind="tls") from error


def _connect(settings: MailSettings) -> smtplib.SMTP:
    host, port, timeout = settings.host or "", settings.effective_port, settings.timeout
    context = _tls_context(settings)
    try:
        if settings.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
            client.ehlo()
        else:
            client = smtplib.SMTP(host, port, timeout=timeout)
            client.ehlo()
            if settings.security == "starttls":
                if not client.has_extn("starttls"):
                    client.close()
                    raise DeliveryError(
                        f"the mail server {settings.server} does not offer STARTTLS; ask your administrator "
                        "whether it expects implicit TLS (smtp.security: tls, usually port 465)",
                        kind="tls",
                    )
                client.starttls(context=context)
                client.ehlo()
    except ssl.SSLCertVerificationError as error:
        raise DeliveryError(
            f"the certificate of the mail server {settings.server} could not be verified "
            f"({error.verify_message or error}); nothing was sent — ask your administrator for the CA file "
            "(smtp.ca_file)",
            kind="tls",
        ) from error
    except ssl.SSLError as error:
        raise DeliveryError(
            f"the secure connection to {settings.server} failed ({error.reason or error}); nothing was sent — "
            "check smtp.security and smtp.port",
            kind="tls",
        ) from error
    except (OSError, smtplib.SMTPException) as error:
        raise DeliveryError(_unreachable(settings, error), kind="unreachable") from error
    return client


def _unreachable(settings: MailSettings, error: BaseException) -> str:
    if isinstance(error, socket.gaierror):
        reason = "unknown host name"
    elif isinstance(error, ConnectionRefusedError):
        reason = "connection refused"
    elif isinstance(error, TimeoutError | socket.timeout) or "timed out" in str(error):
        # smtplib turns a read timeout into SMTPServerDisconnected("... timed out")
        reason = f"no answer within {settings.timeout:g} s"
    elif isinstance(error, smtplib.SMTPServerDisconnected):
        reason = "the server closed the connection"
    else:
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return (f"could not reach the mail server {settings.server} ({reason}); nothing was sent — "
            "check your network, or smtp.host and smtp.port in the mail settings")


def _reply_text(message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else message
    return " ".join(text.split())


def _login(client: smtplib.SMTP, settings: MailSettings, passwords: PasswordProvider) -> None:
    if not settings.username:
        return
    if settings.security == "none":
        raise DeliveryError(
            f"refusing to send the password for {settings.username} over an unencrypted connection to "
            f"{settings.server}; set smtp.security to starttls or tls",
            kind="tls",
        )
    password = passwords(settings)
    try:
        client.login(settings.username, password)
    except smtplib.SMTPAuthenticationError as error:
        forget_password(settings)  # a stored password the server refuses is of no use any more
        raise DeliveryError(
            f"the mail server {settings.server} refused the user name or password for {settings.username} "
            f"({error.smtp_code} {_reply_text(error.smtp_error)}); nothing was sent — check the password and "
            "try again",
            kind="auth",
        ) from error
    except smtplib.SMTPNotSupportedError as error:
        raise DeliveryError(
            f"the mail server {settings.server} does not accept a login; remove smtp.username or ask your "
            "administrator",
            kind="auth",
        ) from error


def _envelope_address(value: str) -> str:
    from email.utils import parseaddr

    return parseaddr(value)[1] or value


def send_message(
    message: EmailMessage,
    settings: MailSettings,
    passwords: PasswordProvider,
    recipients: Sequence[str],
) -> None:
    """Send `message` to `recipients` (bare addresses) or raise DeliveryError; nothing partial."""
    settings.require_server()
    sender = _envelope_address(settings.sender or "")
    data = message.as_bytes(policy=MESSAGE_POLICY)
    client = _connect(settings)
    try:
        _login(client, settings, passwords)
        code, reply = client.mail(sender, [f"SIZE={len(data)}"] if client.has_extn("size") else [])
        if code == 552:
            raise DeliveryError(
                f"the mail server {settings.server} does not accept messages of {len(data) / 1_048_576:.1f} MB "
                f"({_reply_text(reply)}); nothing was sent — send a smaller attachment or share the PDF another way",
                kind="rejected",
            )
        if code != 250:
            raise DeliveryError(
                f"the mail server refused the sender {sender} ({code} {_reply_text(reply)}); nothing was sent — "
                "check smtp.sender",
                kind="rejected",
            )
        refused = []
        for address in recipients:
            code, reply = client.rcpt(address)
            if code not in (250, 251):
                refused.append(f"{address} ({code} {_reply_text(reply)})")
        if refused:
            client.rset()
            raise DeliveryError(
                f"the mail server refused {', '.join(refused)}; nothing was sent to anyone — "
                "correct or remove that address and send again",
                kind="refused",
            )
        code, reply = client.data(data)
        if code != 250:
            raise DeliveryError(
                f"the mail server did not accept the message ({code} {_reply_text(reply)}); nothing was sent",
                kind="rejected",
            )
    except DeliveryError:
        raise
    except smtplib.SMTPResponseException as error:
        raise DeliveryError(
            f"the mail server {settings.server} answered {error.smtp_code} {_reply_text(error.smtp_error)}; "
            "the message was not sent",
            kind="rejected",
        ) from error
    except (OSError, smtplib.SMTPException) as error:
        raise DeliveryError(_unreachable(settings, error), kind="unreachable") from error
    finally:
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            client.close()
