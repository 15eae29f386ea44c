"""Opening the template designer and installing template packages from the app's menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from briefing.errors import BriefingError
from briefing.gui.template_designer import TemplateDesigner
from briefing.templating import find_template
from briefing.templating.package import PACKAGE_SUFFIX, install


def tr(text: str) -> str:
    return QCoreApplication.translate("TemplateDesignerActions", text)


def open_designer(parent: QWidget | None, template_id: str | None = None, *, path: Path | None = None,
                  brief_path: Path | None = None) -> TemplateDesigner:
    """The designer on a template file (by path, or the installed file of `template_id`), or a new one."""
    if path is None and template_id:
        path = find_template(template_id)
    designer = TemplateDesigner(path, brief_path=brief_path, parent=parent)
    designer.setModal(False)
    designer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # its preview process and draft go with it
    designer.show()
    return designer


def install_package(parent: QWidget | None, package: Path | None = None) -> list[str]:
    """Install a `.brieftemplate` the user picks (checked first); returns the lines shown."""
    if package is None:
        name, _ = QFileDialog.getOpenFileName(parent, tr("Install Template Package"), str(Path.home()),
                                              tr("Template packages (*{suffix})").format(suffix=PACKAGE_SUFFIX))
        if not name:
            return []
        package = Path(name)
    try:
        plan = install(package, dry_run=True)  # every check first, and what it would replace
        if plan.unchanged:
            lines = plan.lines()
        else:
            answer = QMessageBox.question(parent, tr("Install Template Package"), plan.question())
            if answer != QMessageBox.StandardButton.Yes:
                return []
            lines = install(package).lines()
    except BriefingError as error:
        QMessageBox.warning(parent, tr("Install Template Package"), str(error))
        return [str(error)]
    QMessageBox.information(parent, tr("Install Template Package"), "\n".join(lines))
    return lines
