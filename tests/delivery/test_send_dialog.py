"""The Send dialog (briefing.gui.send_dialog) against the real SMTP server of the delivery tests.

It lives with the delivery tests because it needs their SMTP server fixture; it drives real
widgets offscreen.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from briefing.delivery.settings import MailSettings
from briefing.gui.send_dialog import SendDialog, split_addresses
from briefing.model import Release
from briefing.templating import Template

from .conftest import PASSWORD, MailServer, make_brief


def _dialog(qtbot: QtBot, template: Template, settings: MailSettings, **brief: object) -> SendDialog:
    dialog = SendDialog(make_brief(**brief), template, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_split_addresses() -> None:
    assert split_addresses(" a@x.org; b@y.org,\nc@z.org ,, ") == ["a@x.org", "b@y.org", "c@z.org"]


def test_send_from_the_dialog(qtbot: QtBot, smtp_server: MailServer, template: Template) -> None:
    dialog = _dialog(qtbot, template, smtp_server.settings())
    assert dialog.marking_label.text() == "TLP:AMBER"
    assert not dialog.send_button.isEnabled()  # nobody to send to yet
    assert dialog.password_edit.isVisibleTo(dialog)  # no keyring here, so the password is asked for
    dialog.to_edit.setText("Anna Berg <anna@example.org>; bo@example.org")
    dialog.password_edit.setText(PASSWORD)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.release is not None, timeout=20000)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.subject_label.text() == "TLP:AMBER — Draft peace plan delivered to Kyiv (21 Nov 2025)"
    [received] = smtp_server.received
    assert sorted(received.recipients) == ["anna@example.org", "bo@example.org"]
    assert dialog.release is not None and dialog.release.recipients == ["anna@example.org", "bo@example.org"]
    assert not dialog.history.isVisibleTo(dialog)  # nothing released before


def test_earlier_releases_are_listed(qtbot: QtBot, template: Template) -> None:
    release = Release(datetime(2025, 11, 21, 10, 0, tzinfo=UTC), "sent", ["anna@example.org"], "TLP:AMBER",
                      "plan.pdf", "ab" * 32)
    dialog = _dialog(qtbot, template, MailSettings(), releases=[release])
    assert dialog.history.isVisibleTo(dialog)
    assert dialog.history.count() == 1
    assert "anna@example.org" in dialog.history.item(0).text() and "sent" in dialog.history.item(0).text()


def test_policy_errors_block_sending(qtbot: QtBot, smtp_server: MailServer, template: Template) -> None:
    dialog = _dialog(qtbot, template, smtp_server.settings(), marking="TLP:RED")
    dialog.to_edit.setText("all-staff@example.org")
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.findings.count() > 0, timeout=20000)
    assert "named individuals only" in dialog.findings.item(0).text()
    assert not dialog.send_button.isEnabled()
    dialog.to_edit.setText("anna@example.org")  # changed inputs: Send checks again first
    assert dialog.send_button.isEnabled()
    assert smtp_server.received == []


def test_a_wrong_password_is_shown_and_nothing_is_released(qtbot: QtBot, smtp_server: MailServer,
                                                          template: Template) -> None:
    dialog = _dialog(qtbot, template, smtp_server.settings())
    dialog.to_edit.setText("anna@example.org")
    dialog.password_edit.setText("wrong")
    dialog.send_button.click()
    qtbot.waitUntil(lambda: "refused the user name or password" in dialog.status.text(), timeout=20000)
    assert dialog.release is None and dialog.isVisible()
    assert "\n" not in dialog.status.text()
    dialog.password_edit.setText(PASSWORD)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.release is not None, timeout=20000)
    assert len(smtp_server.received) == 1


def test_warnings_must_be_acknowledged(qtbot: QtBot, smtp_server: MailServer, template: Template) -> None:
    dialog = _dialog(qtbot, template, smtp_server.settings(max_attachment_mb=0.0001))
    dialog.to_edit.setText("anna@example.org")
    dialog.password_edit.setText(PASSWORD)
    dialog.send_button.click()  # checks, finds the size warning, and stops there
    qtbot.waitUntil(lambda: dialog.confirm_box.isVisibleTo(dialog), timeout=20000)
    assert "over the" in dialog.findings.item(0).text()
    assert not dialog.send_button.isEnabled()
    dialog.confirm_box.setChecked(True)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.release is not None, timeout=20000)
    assert len(smtp_server.received) == 1


def test_a_missing_server_is_said_before_send_is_pressed(qtbot: QtBot, template: Template) -> None:
    """Regression: the dialog said "Ready to send" while the server was "not configured"."""
    dialog = _dialog(qtbot, template, MailSettings())
    assert "no mail server is configured" in dialog.status.text()
    dialog.to_edit.setText("anna@example.org")
    assert not dialog.send_button.isEnabled()
    assert dialog.check_button.isEnabled()  # the recipients can still be checked
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    assert "Ready to send" not in dialog.status.text()
    assert "no mail server is configured" in dialog.status.text()
    assert not dialog.send_button.isEnabled()


def test_a_missing_sender_is_said_too(qtbot: QtBot, template: Template) -> None:
    dialog = _dialog(qtbot, template, MailSettings(host="mail.example.org"))
    assert "no sender address is configured" in dialog.status.text()


def test_subject_attachment_and_body_are_shown_when_the_dialog_opens(qtbot: QtBot, template: Template) -> None:
    """Regression: subject, attachment and body preview stayed empty until Check was pressed."""
    dialog = _dialog(qtbot, template, MailSettings())
    assert dialog.subject_label.text() == "TLP:AMBER — Draft peace plan delivered to Kyiv (21 Nov 2025)"
    assert "Draft peace plan delivered to Kyiv 2025-11-21.pdf" in dialog.size_label.text()
    body = dialog.body_preview.toPlainText()
    assert body.startswith("TLP:AMBER") and "Kyiv has received a U.S. draft plan to end the war." in body
    dialog.docx_box.setChecked(True)
    assert ".docx" in dialog.size_label.text() and ".docx" in dialog.body_preview.toPlainText()
