"""The designer's side of the preview process: asks for renders, never waits for them.

A QProcess runs `template_designer_worker`; its output arrives through `readyRead`, so the GUI
thread only ever copies bytes. At most one request is in flight: edits made meanwhile replace
the pending one, and the newest text is sent as soon as the current render is done, so a burst
of typing costs one render after it, not one per key.
"""

from __future__ import annotations

import os
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QProcess, QProcessEnvironment, Signal

from briefing.gui.template_designer_worker import HEADER, MAX_MESSAGE


@dataclass(frozen=True)
class PreviewRequest:
    """One render: the template text, the file it stands for, the brief to show, and whether DOCX pages too."""

    text: str
    origin: str | None
    brief_path: str
    want_docx: bool = False


class PreviewClient(QObject):
    """Talks to the preview process; emits what it answers for the newest request only."""

    problems_ready = Signal(object, object)  # problem lines, notes on what the PDF cannot follow
    pdf_ready = Signal(object, float)  # the PDF (bytes), and the seconds the child took to render it
    docx_ready = Signal(object, str)  # PDF of the DOCX pages (None when unavailable), and why not
    failed = Signal(str)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        package_root = str(Path(__file__).resolve().parent.parent.parent)
        environment.insert("PYTHONPATH", package_root + os.pathsep + environment.value("PYTHONPATH", ""))
        self.process.setProcessEnvironment(environment)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.errorOccurred.connect(self._process_error)
        self.buffer = bytearray()
        self.serial = 0
        self.in_flight: int | None = None
        self.pending: PreviewRequest | None = None
        self._start()

    def _start(self) -> None:
        self.process.start(sys.executable, ["-m", "briefing.gui.template_designer_worker"])

    def request(self, request: PreviewRequest) -> None:
        """Render `request` as soon as the process is free (replacing any request still waiting)."""
        self.pending = request
        if self.in_flight is None:
            self._send()

    @property
    def busy(self) -> bool:
        return self.in_flight is not None or self.pending is not None

    def _send(self) -> None:
        request, self.pending = self.pending, None
        if request is None:
            return
        if self.process.state() == QProcess.ProcessState.NotRunning:
            self._start()
        self.serial += 1
        self.in_flight = self.serial
        blob = pickle.dumps(("render", self.serial, request.text, request.origin, request.brief_path,
                             request.want_docx), protocol=pickle.HIGHEST_PROTOCOL)
        self.process.write(QByteArray(HEADER.pack(len(blob)) + blob))

    def _read(self) -> None:
        self.buffer += self.process.readAllStandardOutput().data()
        while len(self.buffer) >= HEADER.size:
            (size,) = HEADER.unpack_from(self.buffer)
            if size > MAX_MESSAGE:
                self.failed.emit(self.tr("The preview process sent a damaged answer; it was restarted."))
                self.buffer.clear()
                self.process.kill()
                return
            if len(self.buffer) < HEADER.size + size:
                return
            blob = bytes(self.buffer[HEADER.size:HEADER.size + size])
            del self.buffer[:HEADER.size + size]
            self._handle(pickle.loads(blob))  # written by our own child

    def _handle(self, message: tuple[object, ...]) -> None:
        kind, serial = message[0], message[1]
        current = serial == self.in_flight and self.pending is None  # a newer edit makes this stale
        if kind == "done":
            self.in_flight = None
            if self.pending is not None:
                self._send()
            else:
                self.idle.emit()
        elif not current:
            return
        elif kind == "problems":
            self.problems_ready.emit(list(message[2]), list(message[3]))  # type: ignore[call-overload]
        elif kind == "pdf":
            self.pdf_ready.emit(message[2], float(message[3]))  # type: ignore[arg-type]
        elif kind == "docx":
            self.docx_ready.emit(message[2], str(message[3]))
        elif kind == "error":
            self.failed.emit(str(message[2]))

    def _process_error(self, _error: QProcess.ProcessError) -> None:
        self.in_flight = None
        self.failed.emit(self.tr("The preview process stopped ({error}); it restarts with the next change.")
                         .format(error=self.process.errorString()))

    def shutdown(self) -> None:
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.closeWriteChannel()
            if not self.process.waitForFinished(1000):
                self.process.kill()
                self.process.waitForFinished(1000)
