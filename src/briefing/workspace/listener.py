"""Listener: hears a workspace brief's change notifications (NOTIFY) on a connection and thread of its own."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

import psycopg

from briefing.workspace import connect as connecting


class Listener:
    """Hears the brief's change notifications on a connection of its own, in a thread of its own.

    `on_change(payload, pid)` is called in that thread for each change made by any other connection
    than `ignore_pid` (the writer's own). `stop()` ends it within about a quarter of a second.
    """

    def __init__(self, url: str, brief_id: str, on_change: Callable[[dict[str, Any], int], None], *,
                 ignore_pid: int | None = None, prompt: connecting.PasswordPrompt | None = None) -> None:
        self.connection = connecting.connect(url, prompt=prompt, application="briefing-listener")
        self.brief_id = brief_id
        self.on_change = on_change
        self.ignore_pid = ignore_pid
        self._stop = threading.Event()
        self.connection.execute(f'LISTEN "brief_{brief_id}"')
        self._thread = threading.Thread(target=self._run, name=f"briefing-listen-{brief_id}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                for note in self.connection.notifies(timeout=0.25, stop_after=50):
                    if note.pid == self.ignore_pid:
                        continue
                    try:
                        payload = json.loads(note.payload)
                    except ValueError:
                        payload = {}
                    self.on_change(payload, note.pid)
        except psycopg.Error:
            if not self._stop.is_set():
                self.on_change({"table": "connection", "op": "lost"}, 0)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.connection.close()
