"""Delivery: mail settings, the SMTP password, the release policy, sending and the release history.

Front ends use `prepare_send` and `send` (no Qt, no `.brief` I/O); `record_release` appends
what was released to the brief's history.
"""

from briefing.delivery.history import history_lines, record_release
from briefing.delivery.service import SendPlan, prepare_send, release_for_draft, release_from, send
from briefing.delivery.settings import MailSettings, load_mail_settings
from briefing.delivery.smtp import DeliveryError

__all__ = [
    "DeliveryError",
    "MailSettings",
    "SendPlan",
    "history_lines",
    "load_mail_settings",
    "prepare_send",
    "record_release",
    "release_for_draft",
    "release_from",
    "send",
]
