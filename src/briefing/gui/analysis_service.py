"""Runs the analysis of the brief's sources in the background whenever the sources change.

Not a widget: the suggestions panel lists its results and the reader underlines their evidence.
A new run cancels the one in flight; results of a stale run are dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from briefing.editing.suggestion import Suggestion
from briefing.gui import offload
from briefing.gui.background import Job, JobContext
from briefing.gui.change import Change
from briefing.gui.controller import DocumentController


class AnalysisService(QObject):
    """Runs the analysis of the brief's sources in the background, again a moment after they change."""

    updated = Signal()
    job_started = Signal(object)  # the Job, for the status bar's progress and Cancel
    state_changed = Signal(str)  # a short status for the panel ("Analysing 12 sources…")

    def __init__(self, controller: DocumentController, parent: QObject | None = None, delay_ms: int = 600) -> None:
        super().__init__(parent)
        self.controller = controller
        self.suggestions: list[Suggestion] = []
        self.job: Job | None = None
        self._generation = 0
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.run)
        controller.changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.everything or (change.structure and change.sources):
            self._timer.start()

    @property
    def busy(self) -> bool:
        return self._timer.isActive() or (self.job is not None and self.job.running)

    def shutdown(self) -> None:
        """The window is closing: stop what runs and start nothing more."""
        self._stopped = True
        self._timer.stop()
        if self.job is not None:
            self.job.cancel()

    def run(self) -> None:
        if self._stopped:
            return
        if self.job is not None and self.job.running:
            self.job.cancel()
        self._generation += 1
        generation = self._generation
        sources = list(self.controller.brief.sources)
        if not sources:
            self.suggestions = []
            self.state_changed.emit(self.tr("Import sources to get suggestions."))
            self.updated.emit()
            return

        def work(ctx: JobContext) -> list[Suggestion]:
            result: list[Suggestion] = offload.call("analyze", sources, cancel=ctx.token)
            return result

        job = Job(self.tr("Analysing sources"), work, self)
        job.finished.connect(lambda result: self._done(generation, result))
        job.failed.connect(lambda message: self.state_changed.emit(
            self.tr("Analysis failed: {message}").format(message=message)))
        job.cancelled.connect(lambda: self._cancelled(job))
        self.job = job
        self.state_changed.emit(self.tr("Analysing %n source(s)…", "", len(sources)))
        self.job_started.emit(job)
        job.start()

    def _cancelled(self, job: Job) -> None:
        if job is self.job:  # not one replaced by a newer run
            self.state_changed.emit(self.tr("Analysis cancelled."))

    def _done(self, generation: int, result: list[Suggestion]) -> None:
        if generation != self._generation:
            return
        self.suggestions = result
        self.state_changed.emit("" if result else self.tr("No suggestions for these sources."))
        self.updated.emit()

    def open_suggestions(self) -> list[Suggestion]:
        """Suggestions neither dismissed nor already in the brief (same evidence, or an actor of that name)."""
        brief = self.controller.brief
        items = brief.items()
        used = {(c.source_id, c.start, c.end) for item in items for c in item.citations}
        actors = {" ".join((item.name or "").casefold().split()) for item in items if item.kind == "actor"}
        return [s for s in self.suggestions if s.key not in brief.dismissed
                and not (s.evidence and (s.evidence[0].source, s.evidence[0].start, s.evidence[0].end) in used)
                and not (s.kind == "actors" and " ".join((s.name or s.text).casefold().split()) in actors)]
