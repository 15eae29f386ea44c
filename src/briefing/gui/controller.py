"""The document controller: owns the open brief, its file, its template and its undo stack.

It holds no widgets. Every change to the brief is a QUndoCommand pushed here; each command
reports what it changed, the controller re-broadcasts that report to the views and saves the
brief into its file about a second later (so the file on disk is always current, which is
also the crash recovery: there is nothing else to recover).
"""

from __future__ import annotations

import contextlib
import copy
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar, cast

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from briefing import editing
from briefing.editing import operations
from briefing.errors import BriefingError
from briefing.gui import engines
from briefing.gui.background import drain_main, run_on_main
from briefing.gui.change import Change
from briefing.gui.paths import Settings, is_untitled, untitled_path
from briefing.model import Brief, Item, Release, Section, Source
from briefing.templating.model import Template

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1000
T = TypeVar("T")
P = ParamSpec("P")
_Copied = TypeVar("_Copied", Item, Source)


class Navigator(QObject):
    """Shared "where am I" state: the source being read and the item being edited.

    Views set and follow it instead of calling each other, so any panel can ask the reader to
    show a passage or the editor to show an item without knowing who does it.
    """

    source_selected = Signal(str)  # source id ("" for none)
    item_selected = Signal(str)  # item id ("" for none)
    passage_requested = Signal(str, int, int)  # source id, start, end: show and select it
    section_requested = Signal(str)  # section key

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source_id = ""
        self.item_id = ""

    def select_source(self, source_id: str) -> None:
        if source_id != self.source_id:
            self.source_id = source_id
            self.source_selected.emit(source_id)

    def select_item(self, item_id: str) -> None:
        if item_id != self.item_id:
            self.item_id = item_id
            self.item_selected.emit(item_id)

    def show_passage(self, source_id: str, start: int, end: int) -> None:
        self.select_source(source_id)
        self.passage_requested.emit(source_id, start, end)

    def show_section(self, key: str) -> None:
        self.section_requested.emit(key)


class Snapshotter:
    """Copies of the brief that later edits cannot reach, cheap enough to take after every change.

    Source texts and citations are shared (commands never mutate them in place; they replace
    them). Items and sources, which commands do mutate in place, are copied, but only when they
    changed since the last snapshot (by the change reports, or because the object was replaced):
    a brief of 1,000 sources is then copied in about a millisecond, not tens.
    """

    def __init__(self) -> None:
        self._copies: dict[str, tuple[object, Any]] = {}  # id → (the original, its copy)
        self._changed: set[str] = set()

    def note(self, change: Change) -> None:
        if change.everything:
            self._copies.clear()
        self._changed |= change.sources | change.items

    def _copy(self, original: _Copied) -> _Copied:
        key: str = original.id
        cached = self._copies.get(key)
        if cached is not None and cached[0] is original and key not in self._changed:
            return cached[1]
        copied = copy.copy(original)
        if isinstance(copied, Item):
            copied.citations = list(copied.citations)
        self._copies[key] = (original, copied)
        return copied

    def take(self, brief: Brief) -> Brief:
        copied = copy.copy(brief)
        copied.sources = [self._copy(source) for source in brief.sources]
        copied.sections = [Section(section.key, [self._copy(item) for item in section.items])
                           for section in brief.sections]
        copied.distribution = list(brief.distribution)
        copied.dismissed = set(brief.dismissed)
        copied.releases = list(brief.releases)
        self._changed.clear()
        if len(self._copies) > 2 * (len(copied.sources) + sum(len(s.items) for s in copied.sections)) + 100:
            live = {s.id for s in brief.sources} | {i.id for s in brief.sections for i in s.items}
            self._copies = {k: v for k, v in self._copies.items() if k in live}
        return copied


def snapshot(brief: Brief) -> Brief:
    """A one-off independent copy of the brief (see Snapshotter for the incremental one)."""
    return Snapshotter().take(brief)


class DocumentController(QObject):
    """Owns the brief. All file access runs on one store thread, so saving never blocks typing
    and a store that binds its database connection to one thread is always called from it."""

    changed = Signal(object)  # Change
    document_changed = Signal()  # another brief was opened (or the path changed)
    saved = Signal(str)  # path
    save_failed = Signal(str)  # message a person can act on

    def __init__(self, parent: QObject | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.brief = Brief()
        self.template: Template | None = None
        self.file: engines.StoreFile | None = None
        self.path: Path | None = None
        self.undo_stack = QUndoStack(self)
        self.nav = Navigator(self)
        self._dirty = False
        self._saving = 0
        self._snapshots = Snapshotter()
        self._io = ThreadPoolExecutor(max_workers=1, thread_name_prefix="briefing-store")
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush)

    # ------------------------------------------------------------------ documents

    @property
    def is_open(self) -> bool:
        return self.file is not None

    @property
    def is_untitled(self) -> bool:
        return is_untitled(self.path)

    def new_document(self, template: Template, path: Path | None = None, title: str | None = None) -> None:
        """Start a brief from `template`, stored at `path` (or as an untitled brief in the data folder)."""
        brief = Brief(title=title or self.tr("Untitled brief"), template_id=template.id,
                      marking=template.marking.default, date=datetime.now(UTC).replace(microsecond=0),
                      sections=[Section(s.key) for s in template.sections if s.kind != "sources"])
        brief.template_snapshot = template.source_text or None
        target = path or untitled_path()
        file = self._call(engines.create_brief_file, target, brief, path is not None and path.exists())
        self._install(file, target, brief, template)

    def open_document(self, path: Path) -> None:
        """Open `path`; raises BriefingError (or the store's lock error) with a message for the user."""
        path = path.resolve()
        if self.path is not None and path == self.path:
            return
        file = self._call(engines.open_brief_file, path)
        try:
            brief = self._call(file.load)
        except BaseException:
            self._call(file.close)
            raise
        self._install(file, path, brief, engines.template_for_brief(brief))

    def open_store(self, file: object, brief: Brief) -> None:
        """Work on `brief` held by another store than a .brief file (a workspace): no path, no recent entry.

        `file` offers the same operations as a BriefFile (load, save, save_copy, close)."""
        self._install(cast(engines.StoreFile, file), None, brief, engines.template_for_brief(brief))

    def run_in_store(self, fn: Callable[..., T], *args: object) -> T:
        """Run `fn(*args)` on the store thread after the pending save, and wait for its result."""
        self.flush(wait=True)
        return self._call(fn, *args)

    def _install(self, file: engines.StoreFile, path: Path | None, brief: Brief, template: Template | None) -> None:
        self.close_document()
        self.file, self.path, self.brief, self.template = file, path, brief, template
        self._snapshots = Snapshotter()
        self.undo_stack.clear()
        self.nav.select_item("")
        self.nav.select_source(brief.sources[0].id if brief.sources else "")
        if path is not None:
            self.settings.add_recent(path)
            self.settings.set_last_open(path)
        log.info("opened %s", path)
        self.document_changed.emit()
        self.changed.emit(Change.all())

    def close_document(self, forget: bool = False) -> None:
        """Save what is pending and release the file. `forget`: do not reopen it on the next start."""
        if self.file is None:
            return
        self.flush(wait=True)
        file = self.file
        with contextlib.suppress(Exception):
            self._call(file.close)
        if forget:
            self.settings.set_last_open(None)
        self.file = None
        self.path = None
        self.undo_stack.clear()

    def close_brief(self) -> None:
        """Close the brief at the user's request: nothing is shown and nothing reopens on the next start."""
        self.close_document(forget=True)
        self.brief = Brief()
        self.template = None
        self.nav.select_item("")
        self.nav.select_source("")
        self.document_changed.emit()
        self.changed.emit(Change.all())

    def save_as(self, new_path: Path) -> None:
        """Copy the brief to `new_path` and continue working there (an untitled original is removed)."""
        if self.file is None or self.path is None:
            return
        new_path = new_path.resolve()
        if new_path == self.path:
            self.flush(wait=True)
            return
        self.flush(wait=True)
        old_path, was_untitled = self.path, self.is_untitled
        if new_path.exists():
            new_path.unlink()
        old_file = self.file
        self._call(old_file.save_copy, new_path)
        stack_index = self.undo_stack.index()
        brief, template = self.brief, self.template
        self._call(old_file.close)
        self.file = None
        file = self._call(engines.open_brief_file, new_path)
        self.file, self.path = file, new_path
        self.brief, self.template = brief, template
        if was_untitled:
            with contextlib.suppress(OSError):
                old_path.unlink()
        self.settings.add_recent(new_path)
        self.settings.set_last_open(new_path)
        log.info("saved as %s (undo index %d kept)", new_path, stack_index)
        self.document_changed.emit()

    # ------------------------------------------------------------------ changes

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def record_release(self, release: Release) -> None:
        """Append a release (exported, drafted, sent) to the history, outside the undo stack.

        A record says what left the analyst's hands; it is not an edit, so no undo takes it
        away (the store, too, only ever appends records). It is saved with the next autosave.
        """
        self.notify(operations.append_release(self.brief, release))

    def notify(self, change: Change) -> None:
        """Called by commands after they changed the brief: tell the views, save soon."""
        self._dirty = True
        self._snapshots.note(change)
        if not self._autosave.isActive():  # not a debounce: save a second after the first unsaved change
            self._autosave.start()
        self.changed.emit(change)

    def in_store(self, fn: Callable[P, T], callback: Callable[[T], None], *args: P.args, **kwargs: P.kwargs) -> None:
        """Run `fn(*args)` on the store thread after the pending save (so it sees the brief as it is
        now), then `callback(result)` on the GUI thread. Errors are logged and give no callback."""
        self.flush()

        def done(future: Future[T]) -> None:  # on the store thread: hand the result to the GUI thread
            error = future.exception()
            if error is None:
                result = future.result()
                run_on_main(lambda: callback(result), owner=self)
            else:
                log.warning("store task failed: %s", error)

        self._io.submit(fn, *args, **kwargs).add_done_callback(done)

    def _call(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run one store call on the store thread and wait for it (opening, closing, copying)."""
        return self._io.submit(fn, *args, **kwargs).result()

    def flush(self, wait: bool = False) -> None:
        """Write pending changes into the file: in the background, or now if `wait`."""
        self._autosave.stop()
        if self.file is not None and self._dirty:
            self._dirty = False
            self._saving += 1
            file, path, copied = self.file, self.path, self._snapshots.take(self.brief)
            future = self._io.submit(file.save, copied)
            on_saved = self._on_saved

            def saved(done: Future[None]) -> None:  # on the store thread: hand the outcome to the GUI thread
                error = _error_of(done)
                run_on_main(lambda: on_saved(path, error), owner=self)

            future.add_done_callback(saved)
        if wait:
            self._io.submit(lambda: None).result()
            drain_main()

    def _on_saved(self, path: object, error: object) -> None:
        self._saving = max(0, self._saving - 1)
        if error is None:
            self.saved.emit(str(path))
            return
        log.error("autosave of %s failed: %s", path, error)
        if path == self.path:
            self._dirty = True
        if path is None:  # a brief held elsewhere (a workspace): its own message says what to do
            self.save_failed.emit(str(error))
            return
        self.save_failed.emit(self.tr("Your changes could not be saved to {path}: {error}. "
                                      "Free some disk space or use Save As to save elsewhere.")
                              .format(path=path, error=error))

    @property
    def has_pending_changes(self) -> bool:
        return self._dirty or self._saving > 0

    # ------------------------------------------------------------------ helpers for views

    def section_title(self, key: str) -> str:
        spec = self.template.section(key) if self.template else None
        return spec.title if spec else key.replace("_", " ").capitalize()

    def section_keys(self) -> list[str]:
        """The sections an analyst can add items to, in the template's order, then any extra ones."""
        return editing.section_keys(self.brief, self.template)

    def item_kind_for(self, key: str) -> str:
        return editing.item_kind_for(self.template, key)

    def find_item(self, item_id: str) -> Item | None:
        found = self.brief.find_item(item_id)
        return found[0].items[found[1]] if found else None


def _error_of(future: Future[None]) -> BaseException | None:
    error = future.exception()
    if error is not None and not isinstance(error, BriefingError | OSError):
        log.error("store failed while saving", exc_info=error)
    return error
