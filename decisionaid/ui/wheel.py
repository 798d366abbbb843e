"""The wheel rule: the mouse wheel scrolls the page; it never changes an answer silently.

One application-wide event filter, so it holds on every page and for every widget added
later. A combo box, spin box or slider that does not have keyboard focus ignores the wheel,
and the wheel scrolls the page (the nearest scroll area) instead. A widget that has focus,
because the person clicked it or tabbed to it, still takes the wheel as usual.

Qt gives focus to a widget with the `WheelFocus` policy before any event filter sees the
wheel, so the same filter lowers that policy to `StrongFocus` (click and Tab) as each such
widget is polished.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

from decisionaid.ui.access import name_editor

ANSWER_WIDGETS = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def answer_widget(widget: QObject | None) -> QWidget | None:
    """The combo box, spin box or slider that `widget` is (or is part of), if any."""
    while isinstance(widget, QWidget):
        if isinstance(widget, QScrollBar):
            return None
        if isinstance(widget, ANSWER_WIDGETS):
            return widget
        if isinstance(widget, QAbstractScrollArea) or widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None


def _has_focus(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, ANSWER_WIDGETS):
            if not isinstance(watched, QScrollBar) and (
                watched.focusPolicy() == Qt.FocusPolicy.WheelFocus
            ):
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            # The same pass names the editor inside a spin box or combo box (ui/access.py),
            # and again when it is shown (a box can be polished before it is named).
            name_editor(watched)
            return False
        if kind == QEvent.Type.Show and isinstance(watched, ANSWER_WIDGETS):
            name_editor(watched)
            return False
        if kind != QEvent.Type.Wheel:
            return False
        target = answer_widget(watched)
        if target is None or _has_focus(target):
            return False
        area = _scroll_area(target)
        if area is not None:
            bar = (
                area.horizontalScrollBar()
                if event.angleDelta().y() == 0 and event.angleDelta().x() != 0
                else area.verticalScrollBar()
            )
            QCoreApplication.sendEvent(bar, event)
        event.accept()
        return True


_guard: WheelGuard | None = None


def install(app: QCoreApplication | None = None) -> WheelGuard:
    """Install the rule on the application once (idempotent)."""
    global _guard
    app = app or QCoreApplication.instance()
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
        # Widgets polished before the rule was there (the app installs it just after its
        # first window is painted) get what the polish pass gives.
        for widget in QApplication.allWidgets():
            if isinstance(widget, ANSWER_WIDGETS) and not isinstance(widget, QScrollBar):
                if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                name_editor(widget)
    return _guard
