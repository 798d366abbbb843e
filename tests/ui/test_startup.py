"""The app's start: application-wide rules arrive just after the first paint, and then hold
for the widgets that were there before them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from decisionaid.app import create_window
from decisionaid.ui import wheel


def _wheel_down(widget) -> None:
    local = QPointF(widget.rect().center())
    event = QWheelEvent(
        local,
        QPointF(widget.mapToGlobal(local.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_rules_arrive_after_the_first_paint_and_cover_earlier_widgets(qtbot):
    window = create_window(defer_app_filters=True)
    qtbot.addWidget(window)
    assert window.drops is None
    welcome = window.pages["welcome"]
    assert welcome._tab_order_stale  # the Tab order waits for the first paint too
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: wheel._guard is not None and window.drops is not None)
    assert window.acceptDrops()
    assert not welcome._tab_order_stale
    # The Welcome page's boxes were polished before the rule: they get its focus policy, and
    # a wheel turn over one that has no focus does not change it.
    for box in (welcome.language, welcome.text_size):
        assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus
    window.next_button.setFocus()
    before = welcome.text_size.currentIndex()
    _wheel_down(welcome.text_size)
    assert welcome.text_size.currentIndex() == before


def test_windows_made_directly_have_the_rules_at_once(qtbot):
    window = create_window()
    qtbot.addWidget(window)
    assert wheel._guard is not None and window.drops is not None
    assert window.acceptDrops()
