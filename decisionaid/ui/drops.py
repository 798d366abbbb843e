"""Files dragged onto the window open as File > Open would open them.

One application-wide event filter, like the wheel rule: whatever part of the window a file is
dropped on (a text field included, which would otherwise paste the file's path into the
answer), the drag goes to the window, which opens it with `MainWindow.open_dropped`. Drags of
plain text (no URLs) are left alone, so text can still be dragged between fields.

The drop is handled just after the event returns: a dialog shown inside a drop event keeps
the file manager that started the drag waiting until the dialog is closed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QWidget

_DRAGS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


class DropRouter(QObject):
    """Sends drags of URLs anywhere in `window` to `window.open_dropped(urls)`."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.pending: list[QUrl] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind not in _DRAGS or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.window:
            return False
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return False
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if kind == QEvent.Type.Drop:
            self.pending = list(mime.urls())
            QTimer.singleShot(0, self._open_pending)
        return True

    def _open_pending(self) -> None:
        urls, self.pending = self.pending, []
        if urls:
            self.window.open_dropped(urls)


def install(window: QWidget) -> DropRouter:
    """Let `window` take dropped files (the router lives and dies with the window)."""
    window.setAcceptDrops(True)
    router = DropRouter(window)
    QApplication.instance().installEventFilter(router)
    return router
