"""A workspace brief open in the app: edits saved as they happen, others' edits shown within a second.

The controller saves through `SessionStore` exactly as it saves into a .brief (about a second after
a change, on its store thread). What others change arrives as a notification on a listening
connection; the session then saves what is pending, reads the others' changes on the store
thread and applies them to the brief on the GUI thread in one step (so no save can come in
between), and tells the views what changed. A save that collides with someone else's change is
handed to `choose` (keep theirs, or write mine over it); nothing is merged silently. Undo stays
with each analyst's own commands.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from briefing.gui.background import run_on_main
from briefing.gui.change import Change
from briefing.gui.controller import DocumentController, snapshot
from briefing.model import Brief, Source
from briefing.workspace import ConflictError, Listener, Remote, WorkspaceBrief, apply_remote, library, review
from briefing.workspace import connect as connecting

log = logging.getLogger(__name__)

Choice = Callable[[ConflictError], str]  # "mine" or "theirs"
SAVE_SOON_MS = 200


class SessionStore:
    """The workspace brief behind the controller's store operations; a conflict is reported, not raised,
    so the controller does not take it for a disk error (the session resolves it)."""

    def __init__(self, opened: WorkspaceBrief, on_conflict: Callable[[ConflictError], None]) -> None:
        self.opened = opened
        self.on_conflict = on_conflict
        self.readonly = False
        self.guard_next = False  # the next save comes from an undo or redo (see WorkspaceBrief.save)

    @property
    def where(self) -> str:
        """What the window shows in place of a file name."""
        info = self.opened.connection.info
        host = info.host if not str(info.host).startswith("/") else "localhost"
        return f"workspace brief {self.opened.brief_id} in {info.dbname} on {host} (as {self.opened.user})"

    def load(self) -> Brief:
        return self.opened.load()

    def save(self, brief: Brief) -> None:
        guard, self.guard_next = self.guard_next, False
        try:
            self.opened.save(brief, guard=guard)
        except ConflictError as error:
            self.on_conflict(error)  # on the store thread: only emits a signal

    def search(self, query: str, limit: int = 50) -> list[Any]:
        return self.opened.search(query, limit)

    def save_copy(self, path: Path) -> None:
        self.opened.save_copy(path)

    def close(self) -> None:
        self.opened.close()


class WorkspaceSession(QObject):
    """Keeps one controller's brief in step with its workspace brief."""

    message = Signal(str)  # who changed what, for the status bar
    review_changed = Signal()  # state, approvals or comments changed
    closed = Signal()

    def __init__(self, controller: DocumentController, opened: WorkspaceBrief, *,
                 choose: Choice | None = None) -> None:
        super().__init__(controller)
        self.controller = controller
        self.opened = opened
        self.choose: Choice = choose or (lambda conflict: "theirs")
        self.store = SessionStore(opened, lambda conflict: self._later(self._on_conflict, conflict))
        self._listener: Listener | None = None
        self._syncing = False
        self._pending = False
        # Others should see an edit within a second: write it a moment after it is made, not after
        # the file autosave's full second (typing into one item still coalesces into one save).
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(SAVE_SOON_MS)
        self._soon.timeout.connect(self._save_soon)
        self._commands = controller.undo_stack.count()
        controller.undo_stack.indexChanged.connect(self._on_index_changed)

    @classmethod
    def open(cls, controller: DocumentController, url: str, brief_id: str, *,
             prompt: connecting.PasswordPrompt | None = None, choose: Choice | None = None) -> WorkspaceSession:
        """Connect, load the brief into the controller and start listening (raises WorkspaceError)."""
        given: dict[str, str | None] = {}

        def ask_once(account: str) -> str | None:  # the listener's connection must not ask again
            if account not in given:
                given[account] = prompt(account) if prompt is not None else None
            return given[account]

        opened = WorkspaceBrief.open(url, brief_id, prompt=ask_once)
        try:
            brief = opened.load()
            session = cls(controller, opened, choose=choose)
            session._listener = Listener(url, brief_id,
                                         lambda payload, _pid: session._later(session._on_heard, payload),
                                         ignore_pid=opened.backend_pid,
                                         prompt=ask_once)
        except BaseException:
            opened.close()
            raise
        controller.open_store(session.store, brief)
        controller.document_changed.connect(session._on_document_changed)
        log.info("opened workspace brief %s as %s", brief_id, opened.user)
        return session

    @property
    def brief_id(self) -> str:
        return self.opened.brief_id

    @property
    def active(self) -> bool:
        return self.controller.file is self.store

    def _later(self, handler: Callable[[Any], None], value: object) -> None:
        """From the listener or the store thread: `handler(value)` on the GUI thread at its next event-loop turn.

        Nothing from those threads touches this object's signals: the value goes through the GUI thread's
        closure queue (which holds Python objects itself), and the timer with this object as its context is
        dropped if the session is gone by then. Not run inside a `flush(wait=True)` that drains the queue:
        a conflict or a notification is taken in between steps, as a queued signal was."""
        run_on_main(lambda: QTimer.singleShot(0, self, lambda: handler(value)), owner=self)

    def _on_index_changed(self, _index: int) -> None:
        """An undo or a redo (the stack did not grow) must not take back others' later changes."""
        count = self.controller.undo_stack.count()
        if count <= self._commands:
            self.store.guard_next = True
        self._commands = count
        self._soon.start()

    def _save_soon(self) -> None:
        if self.active:
            self.controller.flush()

    # ------------------------------------------------------------------ others' changes

    def _on_heard(self, payload: object) -> None:
        if isinstance(payload, dict) and payload.get("op") == "lost":
            self.message.emit(self.tr("The connection to the workspace was lost; your changes are kept and "
                                      "saved when it is back."))
            return
        if isinstance(payload, dict) and payload.get("table") in ("reviews", "comments"):
            self.review_changed.emit()
        self.sync()

    def sync(self) -> Remote | None:
        """Save what is pending, then take in what others changed (on the GUI thread, in one step)."""
        if not self.active:
            return None
        if self._syncing:
            self._pending = True
            return None
        self._syncing = True
        try:
            remote = self.controller.run_in_store(self.opened.refresh)
            if not remote.empty:
                self._apply(remote)
            return remote
        except Exception as error:  # a lost connection: say so, keep working locally
            log.warning("workspace refresh failed: %s", error)
            self.message.emit(str(error))
            return None
        finally:
            self._syncing = False
            if self._pending:
                self._pending = False
                self.sync()

    def _apply(self, remote: Remote) -> None:
        brief = self.controller.brief
        before = {item.id: section.key for section in brief.sections for item in section.items}
        apply_remote(brief, remote)
        sections = frozenset(set(remote.order) | {before[i] for i in remote.removed_items if i in before})
        change = Change(
            meta=remote.meta is not None or remote.state is not None,
            sources=frozenset(remote.sources) | frozenset(remote.removed_sources),
            sections=sections,
            items=frozenset(remote.items) | frozenset(remote.removed_items),
            structure=bool(remote.order or remote.removed_items or remote.sections is not None
                           or remote.source_order is not None),
            dismissed=remote.dismissed is not None,
            releases=remote.releases is not None,
        )
        self.controller.changed.emit(change)
        if remote.state is not None:
            self.review_changed.emit()
        self.message.emit(self._describe(remote))

    def _describe(self, remote: Remote) -> str:
        who = ", ".join(sorted(remote.who)) or self.tr("someone")
        if remote.items and len(remote.items) == 1:
            item = next(iter(remote.items.values()))
            label = " ".join((item.label or "").split())
            label = label if len(label) <= 50 else label[:49] + "…"
            return self.tr("{who} changed “{label}”").format(who=who, label=label)
        if remote.items or remote.removed_items:
            count = len(remote.items) + len(remote.removed_items)
            return self.tr("{who} changed {count} items").format(who=who, count=count)
        if remote.state is not None:
            return self.tr("{who}: the brief is now {state}").format(who=who, state=remote.state)
        return self.tr("{who} changed the brief").format(who=who)

    # ------------------------------------------------------------------ conflicts

    def _on_conflict(self, conflict: object) -> None:
        if not isinstance(conflict, ConflictError) or not self.active:
            return
        choice = self.choose(conflict)
        if choice == "mine":
            copied = snapshot(self.controller.brief)
            target = {conflict.item_id} if conflict.item_id else set()
            try:
                self.controller.run_in_store(lambda: self.opened.save(copied, overwrite=target))
            except ConflictError as again:  # yet another change meanwhile: ask again
                self._on_conflict(again)
                return
            self.message.emit(self.tr("Your version was saved over {who}'s.").format(who=conflict.who))
        else:
            self.controller.run_in_store(self.opened.reread, conflict.item_id)
            self.sync()
            self.controller.notify(Change())  # what else was pending in that save goes out again
            self.message.emit(self.tr("{who}'s version was kept.").format(who=conflict.who or self.tr("The other")))

    # ------------------------------------------------------------------ review and comments

    def status(self) -> review.Status:
        return self.controller.run_in_store(review.status, self.opened.connection, self.brief_id)

    def step(self, action: str, comment: str = "") -> review.Status:
        status = self.controller.run_in_store(review.step, self.opened.connection, self.brief_id, action, comment)
        self.sync()
        self.review_changed.emit()
        return status

    def comments(self) -> list[review.Comment]:
        return self.controller.run_in_store(review.comments, self.opened.connection, self.brief_id)

    def add_comment(self, text: str, item: str | None = None, parent: int | None = None) -> int:
        num = self.controller.run_in_store(lambda: review.add_comment(self.opened.connection, self.brief_id, text,
                                                                      item=item, parent=parent))
        self.review_changed.emit()
        return num

    def search_library(self, query: str, limit: int = 50) -> list[library.LibraryHit]:
        return self.controller.run_in_store(library.search, self.opened.connection, query, limit)

    def library_source(self, num: int) -> Source:
        return self.controller.run_in_store(library.fetch, self.opened.connection, num)

    def resolve(self, num: int, resolved: bool = True) -> None:
        self.controller.run_in_store(review.resolve_comment, self.opened.connection, num, resolved)
        self.review_changed.emit()

    # ------------------------------------------------------------------ closing

    def _on_document_changed(self) -> None:
        if not self.active:
            self.stop()

    def stop(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
            with contextlib.suppress(RuntimeError, TypeError):
                self.controller.document_changed.disconnect(self._on_document_changed)
            self.closed.emit()
