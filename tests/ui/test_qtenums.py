"""The Qt values the first window sets as plain numbers (ui/qtenums.py) are Qt's own, the
labels remember what they were given, and the first window is painted without PySide's `Qt`
namespace (making it, with its 95 enums, was about a tenth of the time to the first window)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import Qt as RealQt
from PySide6.QtWidgets import QLabel

from decisionaid.ui import qtenums
from decisionaid.ui.widgets import ScaledLabel, WrappedLabel
from tests.fresh_start import run_python

ROOT = Path(__file__).resolve().parents[2]


def test_the_numbers_are_qts_own():
    q = RealQt
    assert q.AlignmentFlag.AlignCenter.value == qtenums.ALIGN_CENTER
    assert (
        q.AlignmentFlag.AlignLeft | q.AlignmentFlag.AlignVCenter
    ).value == qtenums.ALIGN_LEFT_VCENTER
    assert q.AlignmentFlag.AlignLeft.value == qtenums.ALIGN_LEFT
    assert q.AlignmentFlag.AlignHorizontal_Mask.value == qtenums.ALIGN_HORIZONTAL_MASK
    assert q.TextFormat.PlainText.value == qtenums.PLAIN_TEXT
    assert q.TextFormat.RichText.value == qtenums.RICH_TEXT
    assert q.TextFormat.AutoText.value == qtenums.AUTO_TEXT
    assert q.TextInteractionFlag.TextSelectableByMouse.value == qtenums.TEXT_SELECTABLE_BY_MOUSE
    assert q.TextInteractionFlag.LinksAccessibleByMouse.value == qtenums.LINKS_ACCESSIBLE_BY_MOUSE
    assert q.FocusPolicy.NoFocus.value == qtenums.NO_FOCUS
    assert q.FocusPolicy.TabFocus.value == qtenums.TAB_FOCUS
    assert q.ScrollBarPolicy.ScrollBarAlwaysOff.value == qtenums.SCROLL_BAR_ALWAYS_OFF
    assert q.TimerType.PreciseTimer.value == qtenums.PRECISE_TIMER
    assert q.ItemDataRole.AccessibleTextRole.value == qtenums.ACCESSIBLE_TEXT_ROLE


def test_the_stand_in_is_pysides_qt():
    assert qtenums.Qt.AlignmentFlag is RealQt.AlignmentFlag
    assert qtenums.Qt.Key.Key_Tab is RealQt.Key.Key_Tab
    assert qtenums.Qt.mightBeRichText("<b>bold</b>")  # QtGui's part of the namespace
    with pytest.raises(AttributeError):
        qtenums.Qt.NoSuchName  # noqa: B018


def test_put_sets_a_qt_property_and_refuses_one_qt_lacks(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    qtenums.put(label, "alignment", qtenums.ALIGN_CENTER)
    qtenums.put(label, "textFormat", qtenums.PLAIN_TEXT)
    assert label.alignment() == RealQt.AlignmentFlag.AlignCenter
    assert label.textFormat() == RealQt.TextFormat.PlainText
    with pytest.raises(AttributeError):
        qtenums.put(label, "noSuchProperty", 1)


@pytest.mark.parametrize("cls", [WrappedLabel, ScaledLabel])
def test_labels_remember_what_they_were_given(qtbot, cls):
    """The labels' size caches key on their format, alignment and interaction flags, kept in
    Python: they must match what Qt has, from the start and after every way of setting them."""
    label = cls("words")
    qtbot.addWidget(label)

    def same() -> bool:
        return (
            label._format == label.textFormat().value
            and label._align == label.alignment().value
            and label._interaction == label.textInteractionFlags().value
        )

    assert same()
    label.setTextFormat(RealQt.TextFormat.PlainText)
    label.setAlignment(RealQt.AlignmentFlag.AlignRight)
    label.setTextInteractionFlags(RealQt.TextInteractionFlag.TextSelectableByMouse)
    assert same() and label._format == qtenums.PLAIN_TEXT
    label.set_numbers(
        text_format=qtenums.RICH_TEXT,
        alignment=qtenums.ALIGN_CENTER,
        interaction=qtenums.LINKS_ACCESSIBLE_BY_MOUSE,
    )
    assert same() and label.alignment() == RealQt.AlignmentFlag.AlignCenter


def test_a_scaled_label_becomes_selectable_on_enter_and_says_so(qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QEnterEvent
    from PySide6.QtWidgets import QApplication

    label = ScaledLabel("words")
    qtbot.addWidget(label)
    label.show()
    QApplication.sendEvent(label, QEnterEvent(QPointF(1, 1), QPointF(1, 1), QPointF(1, 1)))
    assert label.textInteractionFlags() & RealQt.TextInteractionFlag.TextSelectableByMouse
    assert label._interaction == label.textInteractionFlags().value


_FIRST_PAINT = """
import os, sys
import PySide6.QtCore as core
from decisionaid import app

def watch(qt_app, window):
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watch(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                # The window is painted first, then its children, in the same pass: look
                # once the whole frame is drawn.
                QTimer.singleShot(0, done)
            return False

    def done():
        ring = getattr(__import__("decisionaid.ui.focus").ui.focus._rule, "ring", None)
        print("qt-made", "Qt" in core.__dict__, "ring", ring is not None, flush=True)
        os._exit(0)

    window._watch = Watch(window)
    window.installEventFilter(window._watch)

app.exit_after_first_paint = watch
sys.exit(app.run())
"""


def test_the_first_window_is_painted_without_the_qt_namespace(tmp_path):
    """As the program starts (`decisionaid`, the welcome page with the focus ring on Start):
    nothing before the end of the first frame makes PySide's Qt namespace. Reading back an
    enum (`label.alignment()`), passing one, or a QPainter or QBrush call whose overloads take
    one, makes it; ui/qtenums.py says how to do without."""
    out = run_python(_FIRST_PAINT, tmp_path, {"DECISIONAID_EXIT_AFTER_FIRST_PAINT": "1"})
    assert "qt-made False ring True" in out.stdout, out.stdout + out.stderr


def test_the_ring_lets_the_mouse_through_once_the_first_window_is_painted(qtbot):
    from decisionaid.app import create_window
    from decisionaid.ui import focus

    window = create_window(defer_app_filters=True)
    qtbot.addWidget(window)
    rule = focus.install()
    assert rule.before_first_paint
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not rule.before_first_paint)
    window.next_button.setFocus()
    qtbot.waitUntil(lambda: rule.ring is not None and rule.ring.isVisible())
    assert rule.ring.testAttribute(RealQt.WidgetAttribute.WA_TransparentForMouseEvents)


def test_the_program_takes_qt_from_the_stand_in():
    """`from PySide6.QtCore import Qt` at the top of any module made the namespace as the
    program started; every module takes it from ui/qtenums.py instead."""
    import ast

    def imports_qt(path: Path) -> bool:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        return any(
            isinstance(node, ast.ImportFrom)
            and (node.module or "").startswith("PySide6")
            and any(alias.name == "Qt" for alias in node.names)
            for node in ast.walk(tree)
        )

    found = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "decisionaid").rglob("*.py")
        if path.name != "qtenums.py" and imports_qt(path)
    ]
    assert found == []
