"""Files dragged onto the window open as File > Open would open them.

One rule in one place, without an application-wide filter (Python would then be called for
every event of every widget): the window takes drops itself, and every widget inside that
would take a drop of its own (a text field, which would paste the file's path into the
answer) gets a small filter as the app's style polishes it (ui/wheel.py's polish hook calls
`watch`). Drags of files go to the window's `open_dropped`. Drags of plain text (no URLs) are
left alone, so text can still be dragged between fields.

The drop is handled just after the event returns: a dialog shown inside a drop event keeps
the file manager that started the drag waiting until the dialog is closed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, QUrl
from PySide6.QtWidgets import QWidget

from decisionaid.ui.qtenums import Qt

_DRAGS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
_WATCHED = "_decisionaidDropRouter"


class DropRouter(QObject):
    """Sends drags of URLs on a watched widget to its window's `open_dropped(urls)`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pending: list[tuple[QWidget, list[QUrl]]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind not in _DRAGS or not isinstance(watched, QWidget):
            return False
        window = watched.window()
        if not hasattr(window, "open_dropped"):
            return False
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return False
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if kind == QEvent.Type.Drop:
            self.pending.append((window, list(mime.urls())))
            QTimer.singleShot(0, self._open_pending)
        return True

    def _open_pending(self) -> None:
        pending, self.pending = self.pending, []
        for window, urls in pending:
            window.open_dropped(urls)


_router: DropRouter | None = None


def router() -> DropRouter:
    global _router
    if _router is None:
        _router = DropRouter(QCoreApplication.instance())
    return _router


def watch(widget: QWidget) -> None:
    """Put the rule on `widget` if it takes drops (done for each widget as it is polished)."""
    if widget.acceptDrops() and not widget.property(_WATCHED):
        widget.setProperty(_WATCHED, True)
        widget.installEventFilter(router())


def install(window: QWidget) -> DropRouter:
    """Let `window` take dropped files, and the widgets in it that take drops already."""
    window.setAcceptDrops(True)
    watch(window)
    for widget in window.findChildren(QWidget):
        watch(widget)
    return router()
