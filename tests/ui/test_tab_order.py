"""Tab follows reading order on every page: top to bottom, and left to right within a line.

The test presses Tab from the page's first Tab stop until focus leaves the page and checks
that each stop comes after the one before in reading order, with a small tolerance. Reading
order is that of blocks, as in a printed page: of two widgets, the blocks compared are the
two children of their closest common container that hold them. So a card is read to its end
before the card beside it, and a grid row by row, whatever the heights inside.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.focuswalk import each_page, page_tab_stops

TOLERANCE = 4  # pixels


def _page_rect(widget: QWidget, page) -> QRect:
    """Where the widget sits on the page (in the page body, which scrolls as focus moves)."""
    if widget is page:
        return QRect(QPoint(0, 0), page.size())
    return QRect(widget.mapTo(page.widget(), QPoint(0, 0)), widget.size())


def reads_after(a: QRect, b: QRect) -> bool:
    """True if `b` comes after `a` in reading order: on a later line, or on the same line
    (the two overlap in height) and further right."""
    same_line = b.top() < a.bottom() - TOLERANCE and a.top() < b.bottom() - TOLERANCE
    if same_line:
        return b.left() >= a.left() - TOLERANCE
    return b.top() >= a.top() - TOLERANCE


def test_reading_order_helper():
    first = QRect(0, 0, 100, 20)
    assert reads_after(first, QRect(120, 0, 100, 20))  # to the right
    assert reads_after(first, QRect(0, 30, 100, 20))  # below
    assert reads_after(QRect(200, 0, 100, 20), QRect(0, 30, 100, 20))  # next line, left
    assert not reads_after(QRect(0, 30, 100, 20), first)  # above
    assert not reads_after(QRect(120, 0, 100, 20), first)  # to the left, same line


def _press_tab() -> None:
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(QApplication.focusWidget(), press)
    QApplication.processEvents()


def _focused() -> QWidget | None:
    """The focus widget, or the box it belongs to (a spin box's editor: the spin box)."""
    focused = QApplication.focusWidget()
    while (
        focused is not None
        and focused.parentWidget() is not None
        and focused.parentWidget().focusProxy() is focused
    ):
        focused = focused.parentWidget()
    return focused


def tab_walk(window, page) -> list[QWidget]:
    """The page's widgets in the order Tab visits them, coming in from the Next button."""
    stops = page_tab_stops(window, page)
    if not stops:
        return []
    window.next_button.setEnabled(True)
    window.next_button.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    for _ in range(10):
        _press_tab()
        focused = _focused()
        if focused is not None and (focused is page or page.isAncestorOf(focused)):
            break
    else:
        raise AssertionError(f"Tab from Next never reaches the page {page.step_id}")
    visited: list[QWidget] = []
    for _ in range(len(stops) + 5):
        focused = _focused()
        if focused is None or not (focused is page or page.isAncestorOf(focused)):
            break
        if focused in visited:
            break
        visited.append(focused)
        _press_tab()
    return visited


def _blocks(a: QWidget, b: QWidget, page) -> tuple[QWidget, QWidget]:
    """The children of the closest common container of `a` and `b` that hold them."""
    chain_a = [a]
    while chain_a[-1] is not page and chain_a[-1].parentWidget() is not None:
        chain_a.append(chain_a[-1].parentWidget())
    block_b = b
    while block_b.parentWidget() is not None and block_b.parentWidget() not in chain_a:
        block_b = block_b.parentWidget()
    common = block_b.parentWidget()
    if common is None or block_b is a or a.isAncestorOf(b) or b.isAncestorOf(a):
        return a, b
    block_a = chain_a[chain_a.index(common) - 1]
    return block_a, block_b


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_tab_follows_reading_order_on_every_page(make_window, demo, language):
    demo.language = language
    window = make_window(demo)
    problems = {}
    try:
        for step_id, page in each_page(window):
            visited = tab_walk(window, page)
            for i in range(1, len(visited)):
                a, b = visited[i - 1], visited[i]
                block_a, block_b = _blocks(a, b, page)
                if not reads_after(_page_rect(block_a, page), _page_rect(block_b, page)):
                    problems[f"{step_id} #{i}"] = (
                        f"{type(a).__name__} {a.accessibleName()[:40]!r} "
                        f"{_page_rect(a, page).getRect()} -> "
                        f"{type(b).__name__} {b.accessibleName()[:40]!r} "
                        f"{_page_rect(b, page).getRect()}"
                    )
    finally:
        window.set_language("en")
    assert not problems, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_summary_tab_reaches_the_handout_before_the_session_buttons(make_window, demo):
    window = make_window(demo)
    window.go_to(window.index_of("summary"))
    QApplication.processEvents()
    page = window.pages["summary"]
    visited = tab_walk(window, page)
    order = [page.paper, page.large_print, page.open_after, page.pdf_button, page.print_button]
    order += [page.save_button, page.new_button]
    assert [w for w in visited if w in order] == order


def test_a_group_added_on_the_trial_page_is_reached_in_its_place(make_window, demo, qtbot):
    window = make_window(demo)
    window.go_to(window.index_of("trial"))
    QApplication.processEvents()
    page = window.pages["trial"]
    qtbot.mouseClick(page.add_arm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page._tab_order_stale)
    visited = tab_walk(window, page)
    new_name = page.arm_editors[-1].label
    assert visited.index(new_name) < visited.index(page.add_arm_button)
