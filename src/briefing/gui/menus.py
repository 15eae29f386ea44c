"""The window's menus and toolbar: standard shortcuts, mnemonics, and what each action calls."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QComboBox, QDockWidget, QLabel, QMenu, QMessageBox, QToolButton, QWidget

from briefing import __version__
from briefing.gui.brief_dialog import BriefDialog
from briefing.gui.change import Change
from briefing.gui.commands import EditBriefCommand
from briefing.gui.icons import icon
from briefing.gui.paths import data_dir, log_path
from briefing.gui.template_designer_actions import install_package, open_designer
from briefing.gui.templates_dialog import TemplatesDialog

if TYPE_CHECKING:
    from briefing.gui.main_window import MainWindow

Key = QKeySequence.StandardKey


class Menus(QObject):
    """The menus, toolbar and shortcuts of the window, and the few slots that only they need."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        files = window.files
        c = self.controller

        def act(text: str, slot: object, shortcut: QKeySequence.StandardKey | str | None = None,
                icon_name: str | None = None, tip: str = "") -> QAction:
            action = QAction(text, window)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            if icon_name:
                action.setIcon(icon(icon_name))
            if tip:
                action.setStatusTip(tip)
                action.setToolTip(tip)
            action.triggered.connect(slot)
            return action

        self.new = act(self.tr("&New Brief…"), files.new_brief, Key.New, "new",
                       self.tr("Start a brief from a template"))
        self.open = act(self.tr("&Open…"), files.open_dialog, Key.Open, "open", self.tr("Open a brief"))
        self.open_workspace = act(self.tr("Open &Workspace Brief…"), self._open_workspace, "Ctrl+Shift+O", None,
                                  self.tr("Open a brief of your team's workspace (PostgreSQL) to write it together"))
        self.save = act(self.tr("&Save"), self.save_now, Key.Save, None,
                        self.tr("Briefs are saved as you work; this writes pending changes at once"))
        self.save_as = act(self.tr("Save &As…"), files.save_as_dialog, Key.SaveAs, None,
                           self.tr("Save a copy under a new name and continue there"))
        self.import_ = act(self.tr("&Import Sources…"), files.import_dialog, "Ctrl+I", "import",
                           self.tr("Add files or folders as sources"))
        self.paste_source = act(self.tr("&Paste as Source"), files.paste, "Ctrl+Shift+V", "paste",
                                self.tr("Add the clipboard's text or HTML as a source"))
        self.export_pdf = act(self.tr("Export &PDF…"), lambda: files.export_dialog("pdf"), "Ctrl+E", "export")
        self.export_docx = act(self.tr("Export &DOCX…"), lambda: files.export_dialog("docx"), "Ctrl+Shift+E")
        delivery = window.delivery
        self.send = act(self.tr("Send by &E-mail…"), delivery.send_dialog, "Ctrl+Shift+M", None,
                        self.tr("Send the brief as a PDF by e-mail, checked against its marking"))
        self.export_eml = act(self.tr("Export E-mail Dra&ft (.eml)…"), delivery.draft_dialog, None, None,
                              self.tr("Write an unsent e-mail with the brief attached, to send from your mail app"))
        self.release_history = act(self.tr("Release &History"), delivery.show_history, None, None,
                                   self.tr("What was exported or sent from this brief, when and to whom"))
        self.print_ = act(self.tr("P&rint…"), files.print_brief, Key.Print)
        self.close = act(self.tr("&Close Brief"), self.close_brief, Key.Close)
        self.quit = act(self.tr("&Quit"), window.close, Key.Quit)

        self.undo = c.undo_stack.createUndoAction(window, self.tr("&Undo"))
        self.undo.setShortcut(QKeySequence(Key.Undo))
        self.undo.setIcon(icon("undo"))
        self.redo = c.undo_stack.createRedoAction(window, self.tr("&Redo"))
        # Ctrl+Y as well wherever the platform's redo is another key: a Windows habit people keep.
        redo_keys = [*QKeySequence.keyBindings(Key.Redo)]
        redo_keys += [QKeySequence("Ctrl+Y")] if QKeySequence("Ctrl+Y") not in redo_keys else []
        self.redo.setShortcuts(redo_keys)
        self.redo.setIcon(icon("redo"))
        self.find = act(self.tr("&Find in Sources"), self.focus_search, Key.Find)
        self.find_next = act(self.tr("Find &Next"), lambda: self.find_step(forward=True), "F3")
        self.find_previous = act(self.tr("Find Pre&vious"), lambda: self.find_step(forward=False), "Shift+F3")
        window.sources.find_next_requested.connect(lambda: self.find_step(forward=True))

        self.properties = act(self.tr("Brief &Properties…"), self.edit_properties, "Ctrl+Shift+P", "properties")
        self.source_properties = window.sources.properties_action
        self.new_item = act(self.tr("&New Item"), self.new_item_here, "Ctrl+Shift+N")
        self.delete_item = window.outline.delete_action
        self.check = act(self.tr("&Check Brief"), self.run_checks, "F7", "check",
                         self.tr("Find what the brief still lacks"))
        self.reapply_template = act(self.tr("Re-apply &Installed Template…"), window.template_updates.confirm, None,
                                    None, self.tr("Move this brief to the version of its template installed now"))
        self.templates = act(self.tr("&Manage Templates…"), self.manage_templates)
        self.design_template = act(self.tr("&Design…"), self.open_template_designer, None, None,
                                   self.tr("Design the brief's template with a live preview"))
        self.install_template = act(self.tr("&Install Package…"), lambda: install_package(self.window))
        self.about = act(self.tr("&About Briefing"), self.show_about)
        self.log_folder = act(self.tr("Open &Log Folder"), lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(data_dir()))))
        self._build_menus()
        self._build_toolbar()
        c.document_changed.connect(self._update_enabled)
        c.changed.connect(self._on_change)
        self._update_enabled()

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new, self.open, self.open_workspace])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as])
        file_menu.addSeparator()
        file_menu.addActions([self.import_, self.paste_source])
        file_menu.addSeparator()
        file_menu.addActions([self.export_pdf, self.export_docx, self.export_eml, self.print_])
        file_menu.addSeparator()
        file_menu.addAction(self.send)
        file_menu.addSeparator()
        file_menu.addActions([self.close, self.quit])

        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.find, self.find_next, self.find_previous])

        view = bar.addMenu(self.tr("&View"))
        w = self.window
        for dock in (w.sources, w.outline, w.editor, w.suggestions, w.checks_dock, w.preview):
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        go = view.addMenu(self.tr("&Go to Panel"))
        Target = tuple[str, QDockWidget | None, QWidget]
        targets: list[Target] = [
            (self.tr("&Sources"), w.sources, w.sources.table),
            (self.tr("&Reader"), None, w.reader.text),
            (self.tr("&Brief"), w.outline, w.outline.tree),
            (self.tr("&Item"), w.editor, w.editor.text),
            (self.tr("S&uggestions"), w.suggestions, w.suggestions.tree),
            (self.tr("&Checks"), w.checks_dock, w.checks_dock.tree),
            (self.tr("&Preview"), w.preview, w.preview.view),
        ]
        for number, (label, panel, widget) in enumerate(targets, start=1):
            action = go.addAction(label)
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.triggered.connect(lambda _c=False, d=panel, t=widget: self.focus_panel(d, t))
        view.addSeparator()
        self.preview_window = view.addAction(self.tr("Open Pre&view in Window"), w.preview.open_window)
        self.preview_window.setShortcut(QKeySequence("Ctrl+Alt+P"))
        view.addAction(self.tr("&Reset Layout"), w.reset_layout)

        brief = bar.addMenu(self.tr("&Brief"))
        brief.addAction(self.properties)
        self.add_menu = brief.addMenu(self.tr("&Add Selection to"))
        self.window.passages.rebuilt.connect(lambda: self.window.passages.fill_menu(self.add_menu))
        self.window.passages.fill_menu(self.add_menu)
        brief.addActions([self.new_item, self.delete_item])
        brief.addSeparator()
        brief.addActions([self.source_properties, self.check])
        brief.addSeparator()
        brief.addActions([self.send, self.release_history])
        brief.addSeparator()
        brief.addAction(self.reapply_template)

        templates = bar.addMenu(self.tr("&Templates"))
        templates.addAction(self.templates)
        templates.addActions([self.design_template, self.install_template])

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.log_folder, self.about])

    def _build_toolbar(self) -> None:
        toolbar = self.window.addToolBar(self.tr("Main"))
        toolbar.setObjectName("MainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action, text in ((self.new, self.tr("New")), (self.open, self.tr("Open")),
                             (self.import_, self.tr("Import")), (self.undo, self.tr("Undo")),
                             (self.redo, self.tr("Redo")), (self.check, self.tr("Check"))):
            action.setIconText(text)
        toolbar.addActions([self.new, self.open, self.import_])
        toolbar.addSeparator()
        toolbar.addActions([self.undo, self.redo])
        toolbar.addSeparator()
        marking_label = QLabel(self.tr("&Marking:"), toolbar)
        marking_label.setContentsMargins(6, 0, 4, 0)
        toolbar.addWidget(marking_label)
        self.marking = QComboBox(toolbar)
        marking_label.setBuddy(self.marking)
        self.marking.setAccessibleName(self.tr("Marking of the brief"))
        self.marking.setToolTip(self.tr("The brief's marking, from the template's scheme"))
        self.marking.setMinimumContentsLength(14)
        self.marking.activated.connect(self._marking_chosen)
        toolbar.addWidget(self.marking)
        toolbar.addSeparator()
        toolbar.addAction(self.check)
        export = QToolButton(toolbar)
        export.setText(self.tr("Export"))
        export.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        export.setIcon(icon("export"))
        export.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        export.setDefaultAction(self.export_pdf)
        menu = QMenu(export)
        menu.addActions([self.export_pdf, self.export_docx, self.export_eml, self.print_])
        menu.addSeparator()
        menu.addAction(self.send)
        export.setMenu(menu)
        export.setAccessibleName(self.tr("Export"))
        toolbar.addWidget(export)
        self.export_button = export

    # ------------------------------------------------------------------ state

    def _on_change(self, change: Change) -> None:
        if change.meta or change.everything:
            self._fill_marking()

    def _update_enabled(self) -> None:
        is_open = self.controller.is_open
        for action in (self.save, self.save_as, self.import_, self.paste_source, self.export_pdf, self.export_docx,
                       self.print_, self.close, self.properties, self.new_item, self.check, self.send,
                       self.export_eml, self.release_history, self.reapply_template):
            action.setEnabled(is_open)
        self.marking.setEnabled(is_open)
        self._fill_marking()

    def _fill_marking(self) -> None:
        combo = self.marking
        combo.clear()
        combo.addItem(self.tr("No marking"), None)
        template = self.controller.template
        for label in template.marking.labels() if template else []:
            combo.addItem(label, label)
        current = self.controller.brief.marking
        known = template.marking.find(current) if template else None
        current = known.label if known else current  # (one comparison for markings: the scheme's `find`)
        if current and combo.findData(current) < 0:
            combo.addItem(current, current)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _marking_chosen(self, index: int) -> None:
        value = self.marking.itemData(index)
        if self.controller.is_open and value != self.controller.brief.marking:
            self.controller.push(EditBriefCommand(self.controller, {"marking": value},
                                                  name=self.tr("Set marking to {label}").format(
                                                      label=value or self.tr("none"))))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.controller.settings.recent_files() if p.exists()]
        for number, path in enumerate(recent, start=1):
            label = f"&{number} {path.name}" if number < 10 else path.name
            action = self.recent_menu.addAction(label)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.window.files.open_path(Path(p)))
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("&Clear List"), self.controller.settings.clear_recent)

    # ------------------------------------------------------------------ slots

    def _open_workspace(self) -> None:
        from briefing.gui.workspace_dock import open_workspace

        open_workspace(self.window)

    def close_brief(self) -> None:
        self.controller.close_brief()

    def save_now(self) -> None:
        self.controller.flush()
        if self.controller.is_untitled:
            self.window.files.save_as_dialog()
        else:
            self.window.statusBar().showMessage(self.tr("All changes saved to {path}").format(
                path=self.controller.path), 3000)

    def focus_panel(self, dock: QDockWidget | None, widget: QWidget) -> None:
        """Keyboard users reach every panel: show and raise its dock, then focus its main control."""
        if dock is not None:
            dock.show()
            dock.raise_()
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self.window.sources.show()
        self.window.sources.raise_()
        self.window.sources.search.setFocus()
        self.window.sources.search.selectAll()

    def find_step(self, forward: bool) -> None:
        """Show the next (or previous) match of the sources' search in the reader, across sources."""
        hits = self.window.sources.hits
        status = self.window.statusBar()
        if not hits.active:
            status.showMessage(self.tr("No matches to step through: type words in Edit ▸ Find in Sources "
                                       "(Ctrl+F) first."), 5000)
            return
        reader = self.window.reader
        cursor = reader.text.textCursor()
        offset = reader.offsets.to_py(cursor.selectionStart() if cursor.hasSelection() else cursor.position())
        if forward and not cursor.hasSelection():
            offset -= 1  # a match right at the cursor is the next one
        step = hits.step(reader.source.id if reader.source else None, offset, forward)
        if step is None:
            status.showMessage(self.tr("The search matches only titles, not the sources' text."), 5000)
            return
        (source_id, start, end), number = step
        self.controller.nav.show_passage(source_id, start, end)
        source = self.controller.brief.find_source(source_id)
        status.showMessage(self.tr("Match {number} of {total} — {title}").format(
            number=number, total=hits.total, title=source.title if source else ""), 8000)

    def edit_properties(self) -> BriefDialog | None:
        if not self.controller.is_open:
            return None
        dialog = BriefDialog(self.controller, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_item_here(self) -> None:
        key = self.window.outline.current_section_key() or next(iter(self.controller.section_keys()), None)
        if key:
            self.window.outline.add_empty(key)

    def run_checks(self) -> None:
        self.window.checks.run()
        self.window.checks_dock.show()
        self.window.checks_dock.raise_()

    def open_template_designer(self) -> None:
        template = self.controller.template
        open_designer(self.window, template.id if template else None, brief_path=self.controller.path)

    def manage_templates(self) -> TemplatesDialog:
        dialog = TemplatesDialog(self.window)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(self.window, self.tr("About Briefing"), self.tr(
            "<b>Briefing {version}</b><br>Turn source material into briefs whose every statement is "
            "traceable to the passage it rests on.<br><br>Log file: {log}").format(version=__version__,
                                                                                   log=log_path()))
