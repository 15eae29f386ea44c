"""The Send dialog: address a brief, see what the marking policy says, and send it by e-mail.

A thin view over `briefing.delivery`: "Check" runs `prepare_send` (which renders the PDF,
so it runs off the GUI thread), the findings are listed (errors block, warnings must be
acknowledged), and "Send" runs `send` off the GUI thread too. On success the dialog keeps
the `Release` in `release` and accepts; recording it in the brief is the caller's business,
through its own undoable command, so this dialog never writes the `.brief` itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing.compose.email import attachment_stem, compose_email, effective_marking
from briefing.delivery.history import history_lines
from briefing.delivery.secrets import (
    default_password_provider,
    fixed_password,
    keyring_available,
    store_password,
    stored_password,
)
from briefing.delivery.service import SendPlan, prepare_send, send
from briefing.delivery.settings import MailSettings, load_mail_settings
from briefing.errors import BriefingError
from briefing.gui.background import Job
from briefing.model import Brief, Release
from briefing.templating.model import Template
from briefing.writers.eml import plain_body


def split_addresses(text: str) -> list[str]:
    """Addresses typed into one field, separated by commas, semicolons or new lines."""
    parts = text.replace(";", ",").replace("\n", ",").split(",")
    return [part.strip() for part in parts if part.strip()]


class SendDialog(QDialog):
    """Modal dialog; after `exec()` returns Accepted, `release` holds what was sent."""


    def __init__(self, brief: Brief, template: Template, parent: QWidget | None = None, *,
                 settings: MailSettings | None = None) -> None:
        super().__init__(parent)
        self.brief = brief
        self.template = template
        self.release: Release | None = None
        self.plan: SendPlan | None = None
        self._planned_for: tuple[tuple[str, ...], tuple[str, ...], bool] | None = None
        self._jobs: dict[Job, Callable[[Any], None]] = {}
        self.setWindowTitle(self.tr("Send brief by e-mail"))
        self.setMinimumWidth(520)
        try:
            self.settings = settings if settings is not None else load_mail_settings()
            settings_error = ""
        except BriefingError as error:
            self.settings = MailSettings()
            settings_error = str(error)
        self._build(settings_error)

    # -- layout -------------------------------------------------------------------------------

    def _build(self, settings_error: str) -> None:
        layout = QVBoxLayout(self)
        marking = effective_marking(self.brief, self.template)
        self.marking_label = QLabel(marking.label if marking else self.tr("Unmarked"))
        if marking is not None:
            background = marking.background or "#FFFFFF"
            self.marking_label.setStyleSheet(
                f"font-weight: bold; font-size: 12pt; color: {marking.colour}; background: {background};"
                " padding: 3px 8px;"
            )
            self.marking_label.setToolTip(marking.description)
        self.marking_label.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.marking_label)

        form = QFormLayout()
        self.to_edit = QLineEdit()
        self.to_edit.setPlaceholderText(self.tr("name@example.org, …"))
        self.cc_edit = QLineEdit()
        self.docx_box = QCheckBox(self.tr("Attach the DOCX as well as the PDF"))
        form.addRow(self.tr("To:"), self.to_edit)
        form.addRow(self.tr("Cc:"), self.cc_edit)
        form.addRow("", self.docx_box)
        self.subject_label = QLabel("")
        self.subject_label.setWordWrap(True)
        self.subject_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Subject:"), self.subject_label)
        self.size_label = QLabel("")
        form.addRow(self.tr("Attached:"), self.size_label)
        server = self.settings.server if self.settings.host else self.tr("not configured")
        self.server_label = QLabel(server)
        form.addRow(self.tr("Server:"), self.server_label)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox(self.tr("Remember in the system keyring"))
        self.remember_box.setEnabled(keyring_available())
        if not keyring_available():
            self.remember_box.setToolTip(self.tr("No system keyring is available; the password is not stored."))
        needs_password = bool(self.settings.username) and stored_password(self.settings) is None
        self.password_row_label = QLabel(self.tr("Password:"))
        form.addRow(self.password_row_label, self.password_edit)
        form.addRow("", self.remember_box)
        for widget in (self.password_row_label, self.password_edit, self.remember_box):
            widget.setVisible(needs_password)
        layout.addLayout(form)
        self.body_preview = QPlainTextEdit()
        self.body_preview.setReadOnly(True)
        self.body_preview.setMaximumHeight(140)
        self.body_preview.setAccessibleName(self.tr("Message preview"))
        layout.addWidget(QLabel(self.tr("Message:")))
        layout.addWidget(self.body_preview)

        self.history = QListWidget()  # what already left: a second sending should be a conscious one
        self.history.setMaximumHeight(80)
        self.history.addItems(history_lines(self.brief.releases))
        history_label = QLabel(self.tr("Released before:"))
        for shown in (history_label, self.history):
            shown.setVisible(bool(self.brief.releases))
            layout.addWidget(shown)

        self.findings = QListWidget()
        self.findings.setMaximumHeight(110)
        self.findings.setVisible(False)  # shown once a check has something to say
        layout.addWidget(self.findings)
        self.confirm_box = QCheckBox(self.tr("Send despite the warnings above"))
        self.confirm_box.setVisible(False)
        layout.addWidget(self.confirm_box)
        self.missing = settings_error or self._missing_settings()
        self.status = QLabel(self.missing)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        buttons = QDialogButtonBox()
        self.check_button = QPushButton(self.tr("Check"))
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setDefault(True)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(buttons)
        self.check_button.clicked.connect(self.check)
        self.send_button.clicked.connect(self.send)
        buttons.rejected.connect(self.reject)
        for edit in (self.to_edit, self.cc_edit):
            edit.textChanged.connect(self._inputs_changed)
        self.docx_box.toggled.connect(self._inputs_changed)
        self.docx_box.toggled.connect(lambda _on: self._preview())
        self.confirm_box.toggled.connect(self._update_buttons)
        self._preview()
        self._update_buttons()

    def _missing_settings(self) -> str:
        """What stops sending before anything is typed (no server, no sender), in one sentence."""
        try:
            self.settings.require_server()
        except BriefingError as error:
            sentence = str(error)
            return self.tr("Cannot send yet: {reason}. You can still export an e-mail draft "
                           "(File ▸ Export E-mail Draft).").format(reason=sentence[:1].lower() + sentence[1:])
        return ""

    def _preview(self) -> None:
        """Subject, attachment names and the message as they will go out; sizes come with Check."""
        if self._plan_current():
            return
        suffixes = [".pdf", ".docx"] if self.docx_box.isChecked() else [".pdf"]
        names = [attachment_stem(self.brief) + suffix for suffix in suffixes]
        content = compose_email(self.brief, self.template, attachment_names=names)
        self.subject_label.setText(content.subject)
        self.size_label.setText(self.tr("{names} (size shown after Check)").format(names=", ".join(names)))
        self.body_preview.setPlainText(plain_body(content))

    # -- state ----------------------------------------------------------------------------------

    def _inputs(self) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
        return (tuple(split_addresses(self.to_edit.text())), tuple(split_addresses(self.cc_edit.text())),
                self.docx_box.isChecked())

    def _inputs_changed(self) -> None:
        self._update_buttons()

    def _plan_current(self) -> bool:
        return self.plan is not None and self._planned_for == self._inputs()

    def _busy(self) -> bool:
        return bool(self._jobs)

    def _update_buttons(self) -> None:
        busy = self._busy()
        has_to = bool(self._inputs()[0])
        self.check_button.setEnabled(has_to and not busy)
        ready = self._plan_current() and self.plan is not None and self.plan.ok
        if ready and self.plan is not None and self.plan.warnings:
            ready = self.confirm_box.isChecked()
        self.send_button.setEnabled(has_to and not busy and not self.missing and (ready or not self._plan_current()))
        for widget in (self.to_edit, self.cc_edit, self.docx_box):
            widget.setEnabled(not busy)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None], message: str) -> None:
        job = Job(message, lambda _context: work(), self)
        job.finished.connect(lambda result: self._finished(job, result))
        job.failed.connect(lambda text: self._failed(job, text))
        self._jobs[job] = done
        self.status.setText(message)
        self._update_buttons()
        job.start()

    def _finished(self, job: Job, result: object) -> None:
        done = self._jobs.pop(job, None)
        if done is not None:
            done(result)
        self._update_buttons()

    def _failed(self, job: Job, text: str) -> None:
        self._jobs.pop(job, None)
        self.status.setText(text)
        if self.settings.username:  # the password may be what failed: let the user type one
            for widget in (self.password_row_label, self.password_edit, self.remember_box):
                widget.setVisible(True)
        self._update_buttons()

    # -- actions --------------------------------------------------------------------------------

    def check(self, *, then_send: bool = False) -> None:
        """Render and check in the background; with `then_send`, send right after a clean check."""
        to, cc, docx = self._inputs()
        brief, template, settings = self.brief, self.template, self.settings

        def work() -> SendPlan:
            return prepare_send(brief, template, list(to), list(cc), settings=settings, attach_docx=docx)

        def done(plan: SendPlan) -> None:
            self._show_plan(plan, (to, cc, docx))
            if then_send and plan.ok and not plan.warnings:
                self.send()

        self._run(work, done, self.tr("Preparing the attachment and checking the recipients…"))

    def _show_plan(self, plan: SendPlan, inputs: tuple[tuple[str, ...], tuple[str, ...], bool]) -> None:
        self.plan, self._planned_for = plan, inputs
        self.subject_label.setText(plan.content.subject)
        self.size_label.setText(", ".join(f"{a.filename} ({a.size / 1024:.0f} KB)" for a in plan.attachments))
        self.body_preview.setPlainText(plain_body(plan.content))
        self.findings.clear()
        for finding in plan.errors + plan.warnings:
            item = QListWidgetItem(finding.message)
            item.setForeground(QColor("#B00020" if finding.severity == "error" else "#8A6D00"))
            item.setData(Qt.ItemDataRole.UserRole, finding.code)
            self.findings.addItem(item)
        self.findings.setVisible(self.findings.count() > 0)
        self.confirm_box.setVisible(bool(plan.warnings) and plan.ok)
        self.confirm_box.setChecked(False)
        if not plan.ok:
            self.status.setText(self.tr("Not sent: correct the recipients listed above."))
        elif self.missing:
            self.status.setText(self.missing)
        elif plan.warnings:
            self.status.setText(self.tr("Read the warnings, then tick the box to send."))
        else:
            self.status.setText(self.tr("Ready to send."))

    def send(self) -> None:
        """Send the checked plan (checking first when the inputs changed since the last check)."""
        if not self._plan_current():
            self.check(then_send=True)
            return
        plan, settings = self.plan, self.settings
        if plan is None or not plan.ok or (plan.warnings and not self.confirm_box.isChecked()):
            return
        typed = self.password_edit.text()
        provider = fixed_password(typed) if typed else default_password_provider(interactive=False)
        remember = typed and self.remember_box.isChecked() and self.remember_box.isEnabled()

        def work() -> Release:
            release = send(plan, settings, provider)
            if remember:
                store_password(settings, typed)
            return release

        def done(release: Release) -> None:
            self.release = release
            self.status.setText(self.tr("Sent."))
            self.accept()

        self._run(work, done, self.tr("Sending…"))

    def reject(self) -> None:
        if self._busy():
            return  # a sending in flight cannot be taken back; wait for its outcome
        super().reject()
