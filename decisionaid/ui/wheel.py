"""The wheel rule: the mouse wheel scrolls the page; it never changes an answer silently.

One rule in one place, so it holds on every page and for every widget added later: the
application's style (a proxy of the usual one, drawing nothing differently) puts a small event
filter on each combo box, spin box and slider as Qt polishes it. A combo box, spin box or
slider that does not have keyboard focus ignores the wheel, and the wheel scrolls the page (the
nearest scroll area) instead. A widget that has focus, because the person clicked it or tabbed
to it, still takes the wheel as usual.

Qt gives focus to a widget with the `WheelFocus` policy before any event filter sees the
wheel, so the rule lowers that policy to `StrongFocus` (click and Tab) as each such widget is
polished. (It used to be one application-wide event filter; Python is called for every event
of every widget then, about 15-25 µs each, which made a large page take a third longer to open.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QProxyStyle,
    QRadioButton,
    QScrollBar,
    QStyle,
    QWidget,
)

from decisionaid.ui import drops
from decisionaid.ui.access import name_editor
from decisionaid.ui.qtenums import Qt

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
    """The filter on each answer widget (not on the application: a Python filter there costs
    every event of every widget, which made pages and key presses slow)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == _SHOW:
            # Named again when shown (a box can be polished before it is named).
            name_editor(watched)
            return False
        if kind != _WHEEL:
            return False
        target = answer_widget(watched)  # (also right if the filter sits on the application)
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


_SHOW = QEvent.Type.Show
_WHEEL = QEvent.Type.Wheel


def guard(widget: QWidget) -> None:
    """Put the rule on one answer widget (done for every one as it is polished)."""
    if not isinstance(widget, ANSWER_WIDGETS) or isinstance(widget, QScrollBar):
        return
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        # Qt gives focus to a WheelFocus widget before any filter sees the wheel.
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    # The same pass names the editor inside a spin box or combo box (ui/access.py).
    name_editor(widget)
    widget.installEventFilter(_guard)  # once: Qt keeps one entry per filter object


_INDICATOR_METRICS = (
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
)
_BUTTON_CONTENTS = (QStyle.ContentsType.CT_CheckBox, QStyle.ContentsType.CT_RadioButton)
_indicator_side = 0


class _IndicatorStyle(QProxyStyle):
    """The style of tick boxes and radio buttons only (`_PolishHook` gives it to each as Qt
    polishes it): it draws nothing differently; it only makes them as large as the text asks
    (`set_indicator_side`). On the application's style these two answers would cost every
    widget of every page a call into Python for each of its metrics (thousands per page);
    here only tick boxes and radio buttons ask. That used to be an application style sheet,
    under which every widget of every page cost more to build and lay out."""

    def pixelMetric(self, metric, option=None, widget=None):  # noqa: N802, ANN001 - Qt API
        if _indicator_side and metric in _INDICATOR_METRICS:
            return _indicator_side
        return QProxyStyle.pixelMetric(self, metric, option, widget)

    def sizeFromContents(self, kind, option, size, widget=None):  # noqa: N802, ANN001 - Qt API
        if _indicator_side and kind in _BUTTON_CONTENTS:
            # As the style sheet sized them (QStyleSheetStyle): the box, the space before
            # the words (also when the words are a label beside it), the words; without the
            # 4 px around the words Qt's common style adds. The pages look as they did.
            label = (
                QStyle.PixelMetric.PM_RadioButtonLabelSpacing
                if kind is QStyle.ContentsType.CT_RadioButton
                else QStyle.PixelMetric.PM_CheckBoxLabelSpacing
            )
            spacing = QProxyStyle.pixelMetric(self, label, option, widget)
            return QSize(
                size.width() + _indicator_side + spacing, max(size.height(), _indicator_side)
            )
        return QProxyStyle.sizeFromContents(self, kind, option, size, widget)


class _PolishHook(QProxyStyle):
    """The application's own style, telling the rule of every widget it polishes: one call
    per widget, instead of an application-wide filter called for every event. It draws
    nothing differently, and answers nothing in Python: a tick box or radio button it
    polishes gets `_IndicatorStyle`, which sizes it with the text."""

    def polish(self, target):  # noqa: ANN001 - QWidget, QPalette or QApplication
        result = super().polish(target)
        if isinstance(target, ANSWER_WIDGETS):
            guard(target)
        if isinstance(target, QWidget):
            if target.acceptDrops():
                # The same pass lets a dropped file reach the window (ui/drops.py).
                drops.watch(target)
            if (
                isinstance(target, _INDICATOR_WIDGETS)
                and _indicators is not None
                and not target.testAttribute(Qt.WidgetAttribute.WA_SetStyle)
            ):
                target.setStyle(_indicators)
        return result


_guard: WheelGuard | None = None
_style: _PolishHook | None = None
_indicators: _IndicatorStyle | None = None
_INDICATOR_WIDGETS = (QCheckBox, QRadioButton)


def give_indicator_style(button: QWidget) -> None:
    """Give a tick box or radio button its style (`_IndicatorStyle`) as it is made, before it
    is polished: the polish hook would otherwise give it while Qt polishes it, which polishes
    it a second time and tells its layouts its size changed (129 times as the values page
    opened). Before the rule is installed (the first window's own buttons), the hook and
    `install` see to it as before. Qt then polishes the button with that style, so the
    application's polish hook (`_PolishHook.polish`) never sees it: fine while the hook does
    nothing else for tick boxes and radio buttons (they are no answer widgets of the wheel
    rule and take no drops); a new rule for them must be put here too."""
    if _indicators is not None:
        button.setStyle(_indicators)


def set_indicator_side(side: int, widgets=()) -> None:  # noqa: ANN001 - QWidgets
    """Tick boxes and radio buttons `side` pixels square from now on (in the style `install`
    gives each of them); `widgets` already made are told their size changed."""
    global _indicator_side
    if side == _indicator_side:
        return
    _indicator_side = side
    for widget in widgets:
        # A style change: a button forgets its size hint, and its layout asks again.
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))


def install(app: QCoreApplication | None = None) -> WheelGuard:
    """Install the rule once (idempotent): every combo box, spin box and slider polished from
    now on gets the guard, wherever and whenever it is built, and so do those already built."""
    global _guard, _style, _indicators
    app = app or QCoreApplication.instance()
    if _guard is None:
        _guard = WheelGuard(app)
        name = QApplication.style().name()
        _indicators = _IndicatorStyle(name)
        _style = _PolishHook(name)
        QApplication.setStyle(_style)
        # Widgets polished before the rule was there (the app installs it just after its
        # first window is painted) get what the polish pass gives.
        for widget in QApplication.allWidgets():
            guard(widget)
    return _guard
