"""PySide's `Qt` namespace, made only when it is first used, and the few Qt values the first
window needs without it.

PySide 6.11 makes the `Qt` namespace the first time anything asks for it, and with it all of its
95 enums (1,385 members) as Python enums: about 18 ms, a tenth of the time to the first window
and more than any other single thing the program does before it (benchmarks/startup.py; a bare
window never asks for it). So the modules import `Qt` from here, a stand-in that asks PySide
for a name on first use and keeps it, and what the first window does before it is painted sets
its few Qt values as Qt properties from the plain numbers below (`QObject.setProperty`, which
Qt converts in C++). Passing or reading one of PySide's enums would make the namespace: reading
`label.alignment()` does, so the labels keep what they were given (ui/widgets.py).

tests/ui/test_qtenums.py checks each number against PySide's own enum, and that the first
window is painted without the namespace.
"""

from __future__ import annotations

from typing import Any


class _LazyQt:
    """`PySide6.QtCore.Qt` (and QtGui's additions, such as `mightBeRichText`), fetched on first
    use of each name."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        from PySide6.QtGui import Qt as real  # QtGui's Qt: QtCore's and QtGui's names

        value = getattr(real, name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return "<Qt, made on first use (decisionaid.ui.qtenums)>"


Qt: Any = _LazyQt()


def make_now() -> None:
    """Make the namespace now, in this (the main) thread. Called once the first window is
    painted, before the background import (ui/preload.py), whose modules use `Qt` as they
    load: PySide should not make it in two threads at once."""
    Qt.AlignmentFlag  # noqa: B018 - the first name asked for makes the namespace


# Qt values, as numbers, for `QObject.setProperty` before the first paint.
ALIGN_CENTER = 0x0084  # Qt.AlignmentFlag.AlignCenter
ALIGN_LEFT_VCENTER = 0x0081  # Qt.AlignmentFlag.AlignLeft | AlignVCenter: a QLabel's own
ALIGN_LEFT = 0x0001  # Qt.AlignmentFlag.AlignLeft
ALIGN_HORIZONTAL_MASK = 0x001F  # Qt.AlignmentFlag.AlignHorizontal_Mask
PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
RICH_TEXT = 1  # Qt.TextFormat.RichText
AUTO_TEXT = 2  # Qt.TextFormat.AutoText: a QLabel's own
TEXT_SELECTABLE_BY_MOUSE = 0x1  # Qt.TextInteractionFlag.TextSelectableByMouse
LINKS_ACCESSIBLE_BY_MOUSE = 0x4  # Qt.TextInteractionFlag.LinksAccessibleByMouse: a QLabel's own
# Every text interaction flag but the links' (selecting, editing, links by keyboard).
TEXT_INTERACTION_BUT_LINKS = 0x1 | 0x2 | 0x8 | 0x10
ALIGN_VCENTER = 0x0080  # Qt.AlignmentFlag.AlignVCenter
ALIGN_BOTTOM = 0x0040  # Qt.AlignmentFlag.AlignBottom
NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus
TAB_FOCUS = 0x1  # Qt.FocusPolicy.TabFocus
SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
PRECISE_TIMER = 0  # Qt.TimerType.PreciseTimer
ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole


def put(widget: Any, name: str, value: int) -> None:
    """Set the Qt property `name` (an enum or flags) to the number `value`, in C++."""
    if not widget.setProperty(name, value):
        raise AttributeError(f"{type(widget).__name__} has no Qt property {name!r}")
