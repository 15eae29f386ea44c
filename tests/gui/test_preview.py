"""The preview: page navigation and zoom, and the preview in a window of its own."""

from __future__ import annotations

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView

from briefing.gui.commands import AddItemCommand
from briefing.model import Item

PARAGRAPH = ("Officials from the Republic of Velmora and the Ostrand Federation met again in Kessel to "
             "discuss the northern harbour; the draft agreement would give both navies equal access. ") * 3


def test_preview_window_pages_and_zoom(qtbot, opened) -> None:
    controller = opened.controller
    for number in range(40):  # enough text for more than one page
        controller.push(AddItemCommand(controller, "summary", Item(text=f"{number}. {PARAGRAPH}")))
    opened.menus.preview_window.trigger()
    window = opened.preview.preview_window
    assert window is not None and window.isVisible()
    document = opened.preview.document
    qtbot.waitUntil(lambda: document.status() == QPdfDocument.Status.Ready and document.pageCount() > 1,
                    timeout=60000)
    assert window.pane.document is document  # the same document: one export serves both views
    pane = window.pane
    count = document.pageCount()
    assert pane.page_label.text() == f"Page 1 of {count}"
    assert not pane.previous_button.isEnabled() and pane.next_button.isEnabled()
    pane.next_button.click()
    assert pane.current_page() == 1
    assert pane.page_label.text() == f"Page 2 of {count}"
    pane.go_to(count + 5)
    assert pane.current_page() == count - 1 and not pane.next_button.isEnabled()

    assert pane.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    pane.zoom.setCurrentIndex(pane.zoom.findData(1.0))
    assert pane.view.zoomMode() == QPdfView.ZoomMode.Custom and pane.view.zoomFactor() == 1.0
    pane.zoom.setCurrentIndex(pane.zoom.findData("page"))
    assert pane.view.zoomMode() == QPdfView.ZoomMode.FitInView

    window.close()  # hidden, kept for the next opening
    assert not window.isVisible()
    assert opened.preview.open_window() is window and window.isVisible()


def test_no_pages_before_a_preview(qtbot, window) -> None:
    pane = window.preview.pane
    assert pane.page_label.text() == "No pages"
    assert not pane.previous_button.isEnabled() and not pane.next_button.isEnabled()
