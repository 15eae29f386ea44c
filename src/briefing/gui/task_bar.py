"""The status-bar strip that shows long work in progress, with a Cancel button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from briefing.gui.background import Job


class TaskBar(QWidget):
    """The status bar's progress and Cancel for the jobs running, the same for every kind of work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs: list[Job] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(160)
        self.bar.setMaximumHeight(16)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the running task"))
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def track(self, job: Job) -> None:
        self.jobs.append(job)
        job.progress.connect(lambda done, total, message, j=job: self._progress(j, done, total, message))
        job.done.connect(lambda j=job: self._finished(j))
        self._show(job)

    def _show(self, job: Job) -> None:
        self.label.setText(job.title)
        self.bar.setRange(0, 0)
        self.show()

    def _progress(self, job: Job, done: int, total: int, message: str) -> None:
        if not self.jobs or job is not self.jobs[-1]:
            return
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        self.label.setText(f"{job.title}: {message}" if message else job.title)

    def _finished(self, job: Job) -> None:
        if job in self.jobs:
            self.jobs.remove(job)
        if self.jobs:
            self._show(self.jobs[-1])
        else:
            self.hide()

    def cancel(self) -> None:
        for job in self.jobs:
            job.cancel()
        self.label.setText(self.tr("Cancelling…"))
