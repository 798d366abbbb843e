"""Accessible names on every page, in both languages: every interactive widget has a name a
screen reader can say (its own, or its label's), never an empty one or a code; charts say
what they show and are charts; plain text is not a button."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from tests.ui.focuswalk import each_page, takes_tab_focus

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractSlider,
    QAbstractItemView,
)
# A code, not words: "chance-of-each-group", "qt_spinbox_lineedit", "chartPicture", "Chart".
_SLUG = re.compile(r"^(?:[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]*)+)$")
_GENERIC = {"chart", "button", "edit", "widget", "picture", "图表"}


def looks_like_code(name: str) -> bool:
    return bool(_SLUG.match(name.strip())) or name.strip().lower() in _GENERIC


def test_code_detector():
    assert looks_like_code("chance-of-each-group")
    assert looks_like_code("qt_spinbox_lineedit")
    assert looks_like_code("chartPicture")
    assert looks_like_code("Chart")
    assert not looks_like_code("Save the picture: Your trial")
    assert not looks_like_code("Group 1 share of places")
    assert not looks_like_code("保存这张图")
    assert not looks_like_code("Phase 1")


def _buddy_text(widget: QWidget) -> str:
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return re.sub(r"&(?=[^&\s])", "", label.text()).strip()
    return ""


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says: the widget's own or its label's (Qt's rule). A combo
    box's Name on Linux is its current value, so its own name or its label counts there."""
    if isinstance(widget, QComboBox):
        return widget.accessibleName() or _buddy_text(widget)
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface else ""


def interactive(widget: QWidget, window: QWidget) -> bool:
    if not widget.isVisibleTo(window) or widget.objectName() == "focusRing":
        return False
    if isinstance(widget, QScrollBar):
        return False
    if isinstance(widget, INTERACTIVE):
        return True
    return takes_tab_focus(widget, window)  # charts and anything else that takes focus


def name_problems(window, root: QWidget, where: str) -> dict[str, str]:
    problems = {}
    for index, widget in enumerate(root.findChildren(QWidget)):
        if not interactive(widget, window):
            continue
        name = accessible_name(widget)
        key = f"{where} #{index} {type(widget).__name__} {widget.objectName()!r}"
        if not name:
            problems[key] = "no accessible name"
        elif looks_like_code(name):
            problems[key] = f"a code for a name: {name!r}"
    return problems


def role_problems(window, root: QWidget, where: str) -> dict[str, str]:
    from decisionaid.ui.charts.base import ChartBase

    problems = {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        if not isinstance(widget, ChartBase):
            continue
        key = f"{where} {type(widget).__name__}"
        if iface.role() != QAccessible.Role.Chart:
            problems[key] = f"role {iface.role()}"
        name = iface.text(QAccessible.Text.Name)
        if not name or looks_like_code(name):
            problems[key] = f"chart named {name!r}"
        if not iface.text(QAccessible.Text.Description):
            problems[key] = "a chart without its words"
    return problems


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_every_interactive_widget_of_every_page_has_a_name(make_window, demo, language):
    demo.language = language
    window = make_window(demo)
    problems = {}
    try:
        for step_id, page in each_page(window):
            problems |= name_problems(window, page, step_id)
            problems |= role_problems(window, page, step_id)
        problems |= name_problems(window, window.centralWidget(), "window")
        problems |= role_problems(window, window.centralWidget(), "window")
    finally:
        window.set_language("en")
    assert not problems, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_the_step_position_is_text_not_a_button(make_window):
    window = make_window()
    assert isinstance(window.position_label, QLabel)
    iface = QAccessible.queryAccessibleInterface(window.position_label)
    assert iface.role() in (QAccessible.Role.StaticText, QAccessible.Role.Grouping)
    assert "1" in iface.text(QAccessible.Text.Name)


def test_spin_box_editors_carry_the_spin_box_name(make_window, demo):
    window = make_window(demo)
    window.go_to(window.index_of("trial"))
    QApplication.processEvents()
    spins = window.pages["trial"].findChildren(QAbstractSpinBox)
    assert spins
    for spin in spins:
        edit = QAccessible.queryAccessibleInterface(spin.lineEdit())
        assert edit.text(QAccessible.Text.Name) == spin.accessibleName() != ""
