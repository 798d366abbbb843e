"""The wheel rule, on every answer widget of every page: without focus, a wheel step changes
nothing (and scrolls the page); with focus it still works as usual."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QScrollBar,
)

from decisionaid.ui.wheel import answer_widget
from tests.ui.wheelhelp import wheel


def _value(widget):
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return widget.value()


def _answer_widgets(page):
    found = []
    for kind in (QComboBox, QAbstractSpinBox, QAbstractSlider):
        for widget in page.findChildren(kind):
            if isinstance(widget, QScrollBar) or not widget.isEnabled():
                continue
            if answer_widget(widget) is widget:
                found.append(widget)
    return found


def _middle_value(widget):
    """Put the widget where a wheel step could move it either way."""
    if isinstance(widget, QComboBox) and widget.count() > 2:
        widget.setCurrentIndex(1)
    elif isinstance(widget, (QAbstractSlider,)) and widget.maximum() > widget.minimum():
        widget.setValue((widget.maximum() + widget.minimum()) // 2)


def test_no_wheel_step_changes_an_unfocused_answer_on_any_page(make_window, demo, qtbot):
    window = make_window(demo)
    checked = 0
    kinds = set()
    for index, step in enumerate(window.steps):
        window.go_to(index)
        page = window.pages[step.id]
        qtbot.wait(10)
        widgets = _answer_widgets(page)
        for widget in widgets:
            if not widget.isVisibleTo(page):
                continue
            _middle_value(widget)
            window.step_list.setFocus()  # (Next is disabled on the last page)
            assert not widget.hasFocus()
            before = _value(widget)
            session_before = repr(window.document.session)
            wheel(widget, -1)
            wheel(widget, +1)
            wheel(widget, +1)
            assert _value(widget) == before, f"{step.id}: {widget.objectName() or widget}"
            assert repr(window.document.session) == session_before, step.id
            assert not widget.hasFocus(), "the wheel must not give focus"
            checked += 1
            kinds.add(type(widget).__name__)
    # The trial page's groups and blinding, the costs page's country and currency, the
    # handout's paper and print size: all are on the pages.
    assert checked >= 8, checked
    assert {"QComboBox"} <= kinds


def test_a_focused_answer_still_takes_thewheel(make_window, demo, qtbot):
    """The guard is not 'wheel off': a spin box the person clicked into still scrolls."""
    window = make_window(demo)
    window.go_to(window.index_of("trial"))
    page = window.pages["trial"]
    widgets = [w for w in _answer_widgets(page) if isinstance(w, QComboBox) and w.count() > 2]
    assert widgets
    combo = widgets[0]
    combo.setCurrentIndex(1)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    before = combo.currentIndex()
    wheel(combo, -1)
    assert combo.currentIndex() != before


def test_the_wheel_over_an_answer_scrolls_the_page(make_window, demo, qtbot):
    window = make_window(demo)
    window.resize(900, 500)
    window.go_to(window.index_of("costs"))
    page = window.pages["costs"]
    qtbot.wait(20)
    bar = page.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    widget = next(w for w in _answer_widgets(page) if w.isVisibleTo(page))
    window.next_button.setFocus()
    wheel(widget, -1)
    assert bar.value() > 0
