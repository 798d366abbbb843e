"""Layout checks shared by the page and chart tests: blank space below a page's content, and
labels whose text does not fit the room they were given."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QScrollArea, QWidget


def content_bottom(body: QWidget) -> int:
    """The lowest pixel of any visible widget inside `body`, in `body`'s coordinates."""
    bottom = 0
    for child in body.findChildren(QWidget):
        if child.isVisibleTo(body) and child.width() > 0 and child.height() > 0:
            rect = QRect(child.mapTo(body, QPoint(0, 0)), child.size())
            bottom = max(bottom, rect.bottom() + 1)
    return bottom


def blank_below(page: QScrollArea) -> int:
    """Pixels of the page body below its last visible widget."""
    body = page.widget()
    return body.height() - content_bottom(body)


def _inside_nested_scroll_area(widget: QWidget, body: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not body:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipped_labels(root: QWidget) -> list[str]:
    """Visible labels under `root` whose text needs more room than their geometry gives,
    or that stick out of a parent (which clips them). Labels inside a scrolling widget of
    their own (a text box, a list) scroll on purpose and are left out."""
    problems = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text():
            continue
        if _inside_nested_scroll_area(label, root):
            continue
        where = f"{type(label).__name__} {label.text()[:50]!r}"
        if label.wordWrap():
            need_w = label.minimumSizeHint().width()
            need_h = label.heightForWidth(label.width())
        else:
            need_w, need_h = label.sizeHint().width(), label.sizeHint().height()
        if need_w > label.width() or need_h > label.height():
            problems.append(
                f"{where}: needs {need_w}x{need_h}, has {label.width()}x{label.height()}"
            )
            continue
        # The label fits its own box; that box must also fit inside each parent.
        rect = QRect(QPoint(0, 0), label.size())
        widget = label
        while widget is not root and widget.parentWidget() is not None:
            rect.translate(widget.pos())
            widget = widget.parentWidget()
            if not QRect(QPoint(0, 0), widget.size()).contains(rect):
                problems.append(f"{where}: cut off by its {type(widget).__name__}")
                break
    return problems
