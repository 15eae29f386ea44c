"""Offering a newer installed template to a brief that was made with an older one.

A brief keeps a copy of its template, so it looks the same however the installed template
changes. When the installed one differs, a bar above the reader says so (it never interrupts);
"Use the newer template…" shows what would change and, once confirmed, re-applies it through
an undoable command.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSizePolicy, QToolBar

from briefing.gui import engines
from briefing.gui.commands import ReapplyTemplateCommand
from briefing.gui.controller import DocumentController
from briefing.templating.model import Template


class TemplateUpdates(QObject):
    """Offers, in a bar, to re-apply the installed template when it differs from the brief's copy."""

    message = Signal(str)

    def __init__(self, controller: DocumentController, window: QMainWindow) -> None:
        super().__init__(window)
        self.controller = controller
        self.window = window
        self.newer: Template | None = None
        self.confirm_box: QMessageBox | None = None
        bar = QToolBar(self.tr("Template Update"), window)
        bar.setObjectName("TemplateUpdateBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setVisible(False)
        self.label = QLabel(bar)
        self.label.setContentsMargins(8, 2, 8, 2)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(self.label)
        self.use_action = bar.addAction(self.tr("Use the newer template…"), self.confirm)
        self.dismiss_action = bar.addAction(self.tr("Not now"), self.dismiss)
        bar.setStyleSheet("QToolBar#TemplateUpdateBar { background: #FFF4CE; border-bottom: 1px solid #E0C97A; }")
        bar.hide()  # the window places it (on a row of its own, under the main toolbar)
        self.bar = bar
        controller.document_changed.connect(self.refresh)
        controller.changed.connect(lambda change: self.refresh() if change.meta and not change.everything else None)

    def refresh(self) -> None:
        """Look again whether the installed template differs from the brief's copy (on each opening)."""
        self.newer = engines.newer_template(self.controller.brief) if self.controller.is_open else None
        if self.newer is None:
            self.bar.hide()
            return
        current = self.controller.template
        self.label.setText(self.tr("A newer version of the template “{name}” is installed ({old} → {new}). "
                                   "This brief still uses its own copy.").format(
            name=self.newer.name, old=current.version if current else "?", new=self.newer.version))
        self.bar.show()

    def dismiss(self) -> None:
        self.bar.hide()

    def changes(self, template: Template) -> list[str]:
        """What re-applying `template` changes, one plain sentence each (for the confirmation)."""
        brief, current = self.controller.brief, self.controller.template
        lines: list[str] = []
        if current is not None and current.version != template.version:
            lines.append(self.tr("Version {old} becomes {new}.").format(old=current.version, new=template.version))
        known = {spec.key for spec in template.sections}
        have = {section.key for section in brief.sections}
        for section in brief.sections:
            if section.key not in known and section.items:
                lines.append(self.tr("The new version has no section “{section}”: the %n item(s) in it will "
                                     "stay in the brief but need a new home.", "", len(section.items)).format(
                    section=self.controller.section_title(section.key)))
        for spec in template.sections:
            if spec.kind != "sources" and spec.key not in have:
                lines.append(self.tr("New section “{section}”.").format(section=spec.title))
            old = current.section(spec.key) if current else None
            if old is not None and old.title != spec.title:
                lines.append(self.tr("Section “{old}” is now called “{new}”.").format(old=old.title, new=spec.title))
        if current is not None and current.marking.labels() != template.marking.labels():
            lines.append(self.tr("The marking scheme changes to: {labels}.").format(
                labels=", ".join(template.marking.labels()) or self.tr("none")))
        if not lines:
            lines.append(self.tr("Layout and wording only: no section or marking changes."))
        return lines

    def confirm(self) -> QMessageBox | None:
        """Ask, listing the changes; re-apply on Yes. Non-blocking (window-modal, opened)."""
        template = engines.newer_template(self.controller.brief) if self.controller.is_open else None
        if template is None:
            self.bar.hide()
            self.message.emit(self.tr("The brief already uses the installed version of its template."))
            return None
        items = "".join(f"<li>{escape(line)}</li>" for line in self.changes(template))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Re-apply Installed Template"),
                          self.tr("Use version {version} of “{name}” for this brief?").format(
                              version=template.version, name=template.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("reapplyTemplateDialog")
        box.setInformativeText(f"<ul>{items}</ul>" + self.tr("You can undo this with Edit ▸ Undo."))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Re-apply"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._answered(box.standardButton(box.clickedButton()), template))
        self.confirm_box = box
        box.open()
        return box

    def _answered(self, result: QMessageBox.StandardButton, template: Template) -> None:
        self.confirm_box = None
        if result != QMessageBox.StandardButton.Yes or not self.controller.is_open:
            return
        self.apply(template)

    def apply(self, template: Template) -> None:
        self.controller.push(ReapplyTemplateCommand(self.controller, template))
        self.bar.hide()
        self.message.emit(self.tr("The brief now uses version {version} of its template.").format(
            version=template.version))
