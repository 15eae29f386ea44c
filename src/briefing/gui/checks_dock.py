"""The Checks panel: `briefing check`'s findings, each a click away from the place it concerns."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.checks import Finding
from briefing.gui.checks_service import ChecksService
from briefing.gui.controller import DocumentController

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1


class ChecksDock(QDockWidget):
    """The preflight findings, each one click from the item, source or section it concerns."""

    def __init__(self, controller: DocumentController, checks: ChecksService,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("C&hecks"), parent)
        self.setObjectName("ChecksDock")
        self.controller = controller
        self.checks = checks
        self.findings: list[Finding] = []
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.summary = QLabel(body)
        self.run_button = QPushButton(self.tr("Check &Now"), body)
        self.run_button.clicked.connect(checks.run)
        top.addWidget(self.summary, 1)
        top.addWidget(self.run_button)
        self.tree = QTreeWidget(body)
        self.tree.setHeaderLabels([self.tr("Finding"), self.tr("Where")])
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnWidth(0, 560)
        self.tree.setAccessibleName(self.tr("Check findings"))
        self.tree.itemActivated.connect(lambda item, _c: self.go_to(int(item.data(0, INDEX_ROLE))))
        self.tree.itemClicked.connect(lambda item, _c: self.go_to(int(item.data(0, INDEX_ROLE))))
        layout.addLayout(top)
        layout.addWidget(self.tree)
        self.setWidget(body)
        checks.updated.connect(self.show_findings)
        self.show_findings([])

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        self.tree.clear()
        style = self.style()
        icons = {"error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                 "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
                 "info": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)}
        for index, finding in enumerate(self.findings):
            severity = finding.severity
            node = QTreeWidgetItem([finding.message, self._where(finding)])
            node.setIcon(0, icons.get(severity, icons["info"]))
            node.setData(0, INDEX_ROLE, index)
            node.setToolTip(0, f"{severity}: {finding.code}")
            self.tree.addTopLevelItem(node)
        errors = sum(1 for f in self.findings if f.severity == "error")
        warnings = sum(1 for f in self.findings if f.severity == "warning")
        if not self.controller.is_open:
            self.summary.setText("")
        elif not self.findings:
            self.summary.setText(self.tr("No problems found."))
        else:
            parts = [self.tr("%n error(s)", "", errors) if errors else "",
                     self.tr("%n warning(s)", "", warnings) if warnings else "",
                     self.tr("%n note(s)", "", len(self.findings) - errors - warnings)
                     if len(self.findings) > errors + warnings else ""]
            self.summary.setText(", ".join(p for p in parts if p))

    def _where(self, finding: Finding) -> str:
        parts = []
        section = finding.section
        if section:
            parts.append(self.controller.section_title(section))
        item_id = finding.item_id
        item = self.controller.find_item(item_id) if item_id else None
        if item is not None:
            parts.append(item.label[:40])
        source_id = finding.source_id
        source = self.controller.brief.find_source(source_id) if source_id else None
        if source is not None:
            parts.append(source.title[:40])
        return " · ".join(parts)

    def go_to(self, index: int) -> None:
        """Show the place a finding concerns: its item, else its source, else its section."""
        if not 0 <= index < len(self.findings):
            return
        finding = self.findings[index]
        item_id = finding.item_id
        source_id = finding.source_id
        if item_id and self.controller.find_item(item_id) is not None:
            self.controller.nav.select_item(item_id)
            item = self.controller.find_item(item_id)
            cite = next((c for c in item.citations if c.source_id == source_id), None) if item else None
            if cite is not None:
                self.controller.nav.show_passage(cite.source_id, cite.start, cite.end)
        elif source_id and self.controller.brief.find_source(source_id) is not None:
            self.controller.nav.select_source(source_id)
        section = finding.section
        if section and not item_id:
            self.controller.nav.show_section(section)
