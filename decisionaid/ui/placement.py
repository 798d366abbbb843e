"""Where the first window opens: all of it on the screen, title bar and Back/Next included.

The window asks for 1280x800 inside its frame. On a 1280x800 display that put the title bar
and the bottom of the window (Back and Next) off the screen. So the first size comes from the
screen's available geometry (without panels and docks), less the frame the window manager adds.
A size and place saved last time is used again only if it still fits a screen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMargins, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# The size the window asks for when the screen has room for it.
DEFAULT_SIZE = QSize(1280, 800)
# Room for the title bar and borders until the real frame is known (after the window shows).
FRAME_GUESS = QMargins(8, 40, 8, 8)


def frame_margins(window: QWidget) -> QMargins:
    """The frame around the window's inside: the real one once shown, else a fair guess."""
    outer, inner = window.frameGeometry(), window.geometry()
    real = QMargins(
        inner.left() - outer.left(),
        inner.top() - outer.top(),
        outer.right() - inner.right(),
        outer.bottom() - inner.bottom(),
    )
    if window.isVisible() and real != QMargins():
        return real
    return QMargins(
        max(real.left(), FRAME_GUESS.left()),
        max(real.top(), FRAME_GUESS.top()),
        max(real.right(), FRAME_GUESS.right()),
        max(real.bottom(), FRAME_GUESS.bottom()),
    )


def first_geometry(available: QRect, frame: QMargins, size: QSize = DEFAULT_SIZE) -> QRect:
    """The inside of a window of at most `size` whose frame fits `available`, centred."""
    room = available.marginsRemoved(frame)
    rect = QRect(0, 0, min(size.width(), room.width()), min(size.height(), room.height()))
    rect.moveCenter(room.center())
    return rect


def _screen_for(rect: QRect) -> QScreen | None:
    return QGuiApplication.screenAt(rect.center())


def fits(inside: QRect, frame: QMargins) -> bool:
    """True when a window with this inside and frame lies wholly on one screen's free area."""
    outer = inside.marginsAdded(frame)
    screen = _screen_for(outer)
    return screen is not None and screen.availableGeometry().contains(outer)


def place(window: QWidget, saved: object = None) -> None:
    """Size and place the first window (before it is shown); check again once it shows.

    `saved` is what saveGeometry() gave last time (anything else is ignored)."""
    if isinstance(saved, (bytes, bytearray)):
        saved = QByteArray(bytes(saved))
    if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        if window.isMaximized() or window.isFullScreen():
            return
        if fits(window.geometry(), frame_margins(window)):
            _check_after_show(window)
            return
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    window.setGeometry(first_geometry(screen.availableGeometry(), frame_margins(window)))
    _check_after_show(window)


def _check_after_show(window: QWidget) -> None:
    # The real frame is known only once the window manager has framed the window.
    window.setProperty("placement_check", True)


def on_shown(window: QWidget) -> None:
    """Call from showEvent: once, after the first show, pull the window inside the screen."""
    if window.property("placement_check"):
        window.setProperty("placement_check", False)
        QTimer.singleShot(0, window, lambda: keep_on_screen(window))


def keep_on_screen(window: QWidget) -> None:
    """Shrink and move the window so that its frame lies inside its screen's free area."""
    if window.isMaximized() or window.isFullScreen() or not window.isVisible():
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = frame_margins(window)
    outer = window.geometry().marginsAdded(frame)
    if available.contains(outer):
        return
    room = available.marginsRemoved(frame)
    inside = QRect(window.geometry())
    inside.setWidth(min(inside.width(), room.width()))
    inside.setHeight(min(inside.height(), room.height()))
    inside.moveLeft(min(max(inside.left(), room.left()), room.right() - inside.width() + 1))
    inside.moveTop(min(max(inside.top(), room.top()), room.bottom() - inside.height() + 1))
    window.setGeometry(inside)
