"""Runs `briefing check` on the open brief shortly after each change and shares the findings."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from briefing.checks import Finding
from briefing.errors import BriefingError
from briefing.gui import engines
from briefing.gui.change import Change
from briefing.gui.controller import DocumentController

log = logging.getLogger(__name__)


class ChecksService(QObject):
    """Checks are quick (no I/O), so they run on the GUI thread, debounced so typing stays smooth."""

    updated = Signal(list)

    def __init__(self, controller: DocumentController, parent: QObject | None = None, delay_ms: int = 700) -> None:
        super().__init__(parent)
        self.controller = controller
        self.findings: list[Finding] = []
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.run)
        controller.changed.connect(self._on_change)

    def _on_change(self, _change: Change) -> None:
        if not self._stopped:
            self._timer.start()

    def shutdown(self) -> None:
        self._timer.stop()
        self._stopped = True

    def run(self) -> None:
        self._timer.stop()
        if not self.controller.is_open:
            self.findings = []
        else:
            try:
                self.findings = engines.run_checks(self.controller.brief, self.controller.template)
            except BriefingError as error:
                log.warning("checks failed: %s", error)
                self.findings = []
            except Exception:
                log.exception("checks crashed")
                self.findings = []
        self.updated.emit(self.findings)
