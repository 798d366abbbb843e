"""One turn of the mouse wheel, sent to a widget as Qt delivers it (for the widget tests)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication


def wheel(widget, steps: int = -1) -> None:
    """`steps` wheel notches (negative: down) over the widget's middle."""
    target = widget.lineEdit() if isinstance(widget, QAbstractSpinBox) else widget
    target = target or widget
    local = QPointF(target.rect().center())
    event = QWheelEvent(
        local,
        QPointF(target.mapToGlobal(local.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(target, event)
