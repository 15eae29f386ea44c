"""The administrator's view of templates: list, validate (messages shown), open the folder, reload."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.errors import BriefingError
from briefing.gui import engines


class TemplatesDialog(QDialog):
    """The installed templates, where each comes from, and the files that could not be used."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Templates"))
        self.resize(760, 480)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Id"), self.tr("Kind"), self.tr("File")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Installed templates"))
        self.tree.setColumnWidth(0, 200)
        self.tree.setColumnWidth(1, 140)
        self.tree.setColumnWidth(2, 80)
        self.messages = QPlainTextEdit(self)
        self.messages.setReadOnly(True)
        self.messages.setAccessibleName(self.tr("Validation messages"))
        self.messages.setMaximumHeight(140)
        self.path_label = QLabel(self)
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        self.validate_button = QPushButton(self.tr("&Validate"), self)
        self.folder_button = QPushButton(self.tr("Open &Folder"), self)
        self.reload_button = QPushButton(self.tr("&Reload"), self)
        for button in (self.validate_button, self.folder_button, self.reload_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        self.validate_button.clicked.connect(self.validate_current)
        self.folder_button.clicked.connect(self.open_folder)
        self.reload_button.clicked.connect(self.reload)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.path_label)
        layout.addWidget(QLabel(self.tr("Messages:"), self))
        layout.addWidget(self.messages)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        self.messages.clear()
        try:
            templates, problems = engines.template_catalog()
        except BriefingError as error:
            templates, problems = [], [str(error)]
        self.messages.setPlainText("\n".join(problems))
        for template in templates:
            node = QTreeWidgetItem([template.name, template.id, template.origin_kind, str(template.origin or "")])
            node.setToolTip(0, template.description)
            node.setData(0, Qt.ItemDataRole.UserRole, str(template.origin or ""))
            self.tree.addTopLevelItem(node)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        folders = "\n".join(f"{path}  ({kind})" if kind else str(path) for path, kind in engines.template_search_path())
        self.path_label.setText(self.tr("Search path (later folders override earlier ones):\n{folders}")
                                .format(folders=folders))

    def current_path(self) -> Path | None:
        node = self.tree.currentItem()
        value = node.data(0, Qt.ItemDataRole.UserRole) if node is not None else ""
        return Path(value) if value else None

    def validate_current(self) -> list[str]:
        path = self.current_path()
        if path is None:
            return []
        problems = engines.validate_template_file(path)
        self.messages.setPlainText("\n".join(problems) if problems else
                                   self.tr("{name}: no problems found.").format(name=path.name))
        return problems

    def open_folder(self) -> None:
        """The selected template's folder, else the user's own templates folder (created if need be)."""
        path = self.current_path()
        if path is not None:
            folder = path.parent
        else:
            folders = engines.template_search_path()
            folder = next((p for p, kind in folders if kind == "user"), folders[-1][0] if folders else Path.home())
            folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
