"""The application's look without an application style sheet: tick boxes and radio buttons
grow with the text (through the style), warnings wear their bar and bold type."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle

from decisionaid.ui.widgets import WARNING_STYLE, mark_warning, paragraph

PM = QStyle.PixelMetric


def _expected_side() -> int:
    return max(13, round(QFontMetrics(QApplication.font()).height() * 0.8))


def test_radio_buttons_grow_with_the_text(make_window, qtbot):
    from decisionaid.ui import wheel

    window = make_window()
    qtbot.waitUntil(lambda: wheel._style is not None and wheel._indicator_side > 0)
    assert QApplication.instance().styleSheet() == ""
    window.go_to(window.index_of("values"))
    button = window.pages["values"].sure_slots[0].row.buttons[0]
    style = button.style()
    try:
        small = style.pixelMetric(PM.PM_ExclusiveIndicatorWidth, None, button)
        assert small == _expected_side()
        window.set_text_scale(2.0)
        side = _expected_side()
        for metric in (PM.PM_ExclusiveIndicatorWidth, PM.PM_IndicatorHeight):
            assert style.pixelMetric(metric, None, button) == side
        assert side > small * 1.5
        assert button.sizeHint().height() >= side
    finally:
        window.set_text_scale(1.0)


def test_a_warning_is_bold_with_a_bar(qtbot):
    label = mark_warning(paragraph("Nobody can join this trial now."))
    qtbot.addWidget(label)
    assert label.property("role") == "warning"
    assert label.font().bold()
    assert label.styleSheet() == WARNING_STYLE
    label.apply_font()  # as after a change of text size
    assert label.font().bold()


def test_a_tick_box_made_later_grows_too_and_other_widgets_ask_no_python(make_window, qtbot):
    """A tick box made after the pages (as in a dialog) gets the indicator style as Qt
    polishes it; the application's own style answers no metric in Python (Qt asks it
    thousands of times per page open, for every widget)."""
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QProxyStyle

    from decisionaid.ui import wheel

    window = make_window()
    qtbot.waitUntil(lambda: wheel._style is not None and wheel._indicator_side > 0)
    assert "pixelMetric" not in vars(type(wheel._style))
    assert "sizeFromContents" not in vars(type(wheel._style))
    try:
        window.set_text_scale(2.0)
        box = QCheckBox("Remind me")
        edit = QLineEdit()
        qtbot.addWidget(box)
        qtbot.addWidget(edit)
        box.show()
        edit.show()
        side = _expected_side()
        assert box.style() is wheel._indicators
        assert box.style().pixelMetric(PM.PM_IndicatorWidth, None, box) == side
        assert box.sizeHint().height() >= side
        assert edit.style() is wheel._style
        assert isinstance(edit.style(), QProxyStyle)
    finally:
        window.set_text_scale(1.0)
