"""Walk the Tab stops of every page: for the focus, Tab-order and accessible-name tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def takes_tab_focus(widget: QWidget, window: QWidget) -> bool:
    """Tab can land on `widget`: a Tab focus policy, shown, enabled, and not handing its
    focus on to a proxy (a spin box's editor hands it to the spin box, for example)."""
    return bool(
        widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.isVisibleTo(window)
        and widget.isEnabled()
        and widget.focusProxy() is None
        and widget.objectName() != "focusRing"
    )


def page_tab_stops(window, page) -> list[QWidget]:
    """The page's own Tab stops (the page itself first if it is one), in the chain's order."""
    found = [page] if takes_tab_focus(page, window) else []
    found += [w for w in page.findChildren(QWidget) if takes_tab_focus(w, window)]
    return found


def window_tab_stops(window) -> list[QWidget]:
    """The window's own Tab stops around the pages: the step list, Back and Next."""
    return [
        w
        for w in (window.step_list, window.back_button, window.next_button)
        if takes_tab_focus(w, window)
    ]


def each_page(window):
    """Go to every step in turn; yield (step id, page)."""
    for index, step in enumerate(window.steps):
        window.go_to(index)
        QApplication.processEvents()
        yield step.id, window.pages[step.id]
