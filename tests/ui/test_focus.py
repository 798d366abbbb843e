"""Keyboard focus you can see, on every Tab stop of every page (WCAG 2.2 SC 2.4.7 and 2.4.13).

Each widget's area (plus a margin) is grabbed with focus elsewhere and with focus on it. Where
each edge is crossed, the pixels that changed by at least 3:1 must form a ring at least 2 px
thick, in a colour with at least 3:1 contrast against the background just outside it.
"""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from tests.ui.focuswalk import each_page, page_tab_stops, window_tab_stops

MARGIN = 9  # pixels grabbed around the widget: the ring is drawn within 5 px of its edge
MIN_RING = 2
MIN_CONTRAST = 3.0


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = _luminance(a), _luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def test_contrast_helper():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


def _scan_lines(
    outer: QRect, inner: QRect, clip: QRect, image: QImage, origin: QPoint
) -> dict[str, list[list[QPoint]]]:
    """For each edge, three lines of pixels (image coordinates) that cross it from outside
    to inside, at 1/4, 1/2 and 3/4 of the part of the edge that shows (`clip`). `outer` is
    the widget, `inner` the part that shows its content (a list's viewport; the same as
    `outer` for most widgets): the ring may be drawn outside the one or inside the other."""
    lines: dict[str, list[list[QPoint]]] = {"top": [], "bottom": [], "left": [], "right": []}
    shown = outer.intersected(clip)

    def inside(p: QPoint) -> bool:
        return 0 <= p.x() < image.width() and 0 <= p.y() < image.height()

    # Never further inside than half the widget (a small box has two edges close together).
    deep_y = min(MARGIN, inner.height() // 2)
    deep_x = min(MARGIN, inner.width() // 2)
    for f in (0.25, 0.5, 0.75):
        x = shown.left() + round(f * (shown.width() - 1))
        y = shown.top() + round(f * (shown.height() - 1))
        lines["top"].append(
            [QPoint(x, v) for v in range(outer.top() - MARGIN, inner.top() + deep_y + 1)]
        )
        lines["bottom"].append(
            [QPoint(x, v) for v in range(outer.bottom() + MARGIN, inner.bottom() - deep_y - 1, -1)]
        )
        lines["left"].append(
            [QPoint(v, y) for v in range(outer.left() - MARGIN, inner.left() + deep_x + 1)]
        )
        lines["right"].append(
            [QPoint(v, y) for v in range(outer.right() + MARGIN, inner.right() - deep_x - 1, -1)]
        )
    return {
        edge: [[p - origin for p in line if inside(p - origin)] for line in found]
        for edge, found in lines.items()
    }


def ring_faults(
    before: QImage, after: QImage, outer: QRect, inner: QRect, clip: QRect, origin: QPoint
) -> list[str]:
    """What is wrong with the focus ring around the widget at `outer` (window coordinates,
    content at `inner`, visible within `clip`) in the grab `after` compared with `before`
    (both grabbed at `origin`); [] when it is fine."""
    faults = []
    edges = _visible_edges(outer, clip)
    for edge, lines in _scan_lines(outer, inner, clip, before, origin).items():
        if edge not in edges:
            continue
        for line in lines:
            changed = [
                contrast(QColor(before.pixelColor(p)), QColor(after.pixelColor(p))) >= MIN_CONTRAST
                for p in line
            ]
            # The outermost run of changed pixels, scanning from outside in.
            start = next((i for i, c in enumerate(changed) if c), None)
            if start is None:
                faults.append(f"{edge}: nothing changed by {MIN_CONTRAST}:1")
                break
            end = start
            while end + 1 < len(changed) and changed[end + 1]:
                end += 1
            if end - start + 1 < MIN_RING:
                faults.append(f"{edge}: ring {end - start + 1} px thick")
                break
            ring = QColor(after.pixelColor(line[(start + end) // 2]))
            if start > 0:
                outside = QColor(after.pixelColor(line[start - 1]))
                ratio = contrast(ring, outside)
                if ratio < MIN_CONTRAST:
                    faults.append(
                        f"{edge}: ring {ring.name()} on {outside.name()} is {ratio:.2f}:1"
                    )
                    break
    return faults


def _window_rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _clip(widget: QWidget, window: QWidget) -> QRect:
    """The part of the window where `widget` can show: inside every scrolled viewport
    around it."""
    clip = QRect(QPoint(0, 0), window.size())
    view = widget.parentWidget()
    while view is not None and view is not window:
        parent = view.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and view is parent.viewport():
            clip = clip.intersected(_window_rect(view, window))
        view = parent
    return clip


def _visible_edges(rect: QRect, clip: QRect) -> set[str]:
    """The edges of the widget that show with room for a ring: a widget taller than the
    page is only checked where it shows."""
    edges = set()
    if rect.top() - MARGIN >= clip.top():
        edges.add("top")
    if rect.bottom() + MARGIN <= clip.bottom():
        edges.add("bottom")
    if rect.left() - MARGIN >= clip.left():
        edges.add("left")
    if rect.right() + MARGIN <= clip.right():
        edges.add("right")
    return edges


def _clear_focus():
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()
    QApplication.processEvents()


def _geometries(page: QWidget) -> dict[int, QRect]:
    """Where everything on the page is, once the layout has settled (below the page body,
    which moves as the page scrolls)."""
    root = page.widget()

    def now() -> dict[int, QRect]:
        return {
            id(w): QRect(w.geometry())
            for w in root.findChildren(QWidget)
            if w.objectName() != "focusRing" and w.isVisibleTo(root)
        }

    found = now()
    for _ in range(5):
        QApplication.processEvents()
        again = now()
        if again == found:
            break
        found = again
    return found


def focus_faults(window, page, widget) -> list[str]:
    if page is not None and widget is not page and page.isAncestorOf(widget):
        # The whole widget (ensureWidgetVisible shows only a text area's cursor).
        centre = widget.mapTo(page.widget(), widget.rect().center())
        half_w, half_h = widget.width() // 2 + 2 * MARGIN, widget.height() // 2 + 2 * MARGIN
        page.ensureVisible(centre.x(), centre.y(), half_w, half_h)
    _clear_focus()
    outer = _window_rect(widget, window)
    # A button whose words are a label beside it: the ring goes around both.
    companion = getattr(widget, "focus_companion", None)
    if companion is not None and companion.isVisible():
        outer = outer.united(_window_rect(companion, window))
    # A list, text area or page: the ring may also go just inside the part that shows
    # its content (inside the scroll bars).
    inner = (
        _window_rect(widget.viewport(), window)
        if isinstance(widget, QAbstractScrollArea)
        else outer
    )
    clip = _clip(widget, window)
    area = outer.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN).intersected(window.rect())
    before = window.grab(area).toImage()
    geometry = QRect(widget.geometry())
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    if not widget.hasFocus():
        return ["does not take focus"]
    after = window.grab(area).toImage()
    faults = ring_faults(before, after, outer, inner, clip, area.topLeft())
    if widget.geometry() != geometry:
        faults.append("moved or resized when it got focus")
    return faults


def _walk(window) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}
    for step_id, page in each_page(window):
        layout = _geometries(page)
        for index, widget in enumerate(page_tab_stops(window, page)):
            faults = focus_faults(window, page, widget)
            if faults:
                name = widget.accessibleName() or widget.objectName()
                problems[f"{step_id} #{index} {type(widget).__name__} {name[:40]!r}"] = faults
        _clear_focus()
        if _geometries(page) != layout:
            problems[f"{step_id} layout"] = ["the page layout changed while focus moved"]
    window.go_to(0)
    for widget in window_tab_stops(window):
        faults = focus_faults(window, None, widget)
        if faults:
            problems[f"window {type(widget).__name__} {widget.accessibleName()!r}"] = faults
    return problems


@pytest.mark.parametrize(("language", "scale"), [("en", 1.0), ("en", 2.0), ("zh-CN", 1.0)], ids=str)
def test_every_tab_stop_of_every_page_shows_a_ring(make_window, demo, language, scale):
    demo.language = language
    window = make_window(demo)
    window.set_text_scale(scale)
    QApplication.processEvents()
    try:
        problems = _walk(window)
    finally:
        window.set_text_scale(1.0)
        window.set_language("en")
    assert not problems, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_the_default_start_button_shows_focus(make_window):
    """A fresh window: Start is the default button; focus on it must still show."""
    window = make_window()
    start = window.pages["welcome"].start_button
    assert start.isVisible()
    assert not focus_faults(window, window.pages["welcome"], start)


def test_no_page_is_a_tab_stop_unless_it_scrolls_with_nothing_else_to_reach(make_window, demo):
    window = make_window(demo)
    for step_id, page in each_page(window):
        stops = page_tab_stops(window, page)
        if page in stops:
            assert page.verticalScrollBar().maximum() > 0, step_id
            assert stops == [page], step_id


def test_dialogs_show_focus_too(make_window, qtbot):
    """The ring is one rule for the whole program: a dialog's reading area and its button."""
    from PySide6.QtWidgets import QDialogButtonBox

    from decisionaid.ui.dialogs import AboutAidDialog

    window = make_window()
    dialog = AboutAidDialog(window.content, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    close = dialog.findChild(QDialogButtonBox).buttons()[0]
    for widget in (dialog.browser, close):
        assert not focus_faults(dialog, None, widget), widget


@pytest.mark.parametrize("background", ["#EFEFEF", "#FFFFFF", "#308CC6", "#2B2B2B", "#000000"])
def test_the_ring_colour_stands_out_on_light_and_dark_backgrounds(background):
    from decisionaid.ui.focus import ring_color

    assert contrast(ring_color(QColor(background)), QColor(background)) >= MIN_CONTRAST


def test_keyboard_focus_starts_on_the_welcome_pages_main_button(make_window, demo):
    window = make_window()
    assert QApplication.focusWidget() is window.pages["welcome"].start_button
    resumed = make_window(demo)
    resumed.activateWindow()
    QApplication.processEvents()
    assert QApplication.focusWidget() is resumed.pages["welcome"].resume_button


@pytest.mark.parametrize("host_kind", ["line edit", "button", "list viewport"])
def test_the_ring_is_its_own_colour_inside_any_host(qtbot, host_kind):
    """The ring is filled by Qt with its background colour: inside a host whose own
    background is a text box's or a button's, it still shows the ring's colour."""
    from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton

    from decisionaid.ui.focus import FocusRing

    outer = {"line edit": QLineEdit, "button": QPushButton, "list viewport": QListWidget}[
        host_kind
    ]()
    qtbot.addWidget(outer)
    outer.resize(200, 120)
    outer.show()
    qtbot.waitExposed(outer)
    host = outer.viewport() if isinstance(outer, QListWidget) else outer
    ring = FocusRing(host)
    ring.place(QRect(10, 10, 100, 60), 3)
    QApplication.processEvents()
    picture = host.grab().toImage()
    for x, y in ((11, 40), (60, 11), (108, 40), (60, 68)):  # on the band, each side
        assert QColor(picture.pixelColor(x, y)).name() == ring.color.name(), (x, y)


def _layout_items_alive() -> int:
    """Python objects of layout items (not layouts, which are QObjects) alive now."""
    from PySide6.QtWidgets import QLayout, QLayoutItem

    gc.collect()
    return sum(
        1 for o in gc.get_objects() if isinstance(o, QLayoutItem) and not isinstance(o, QLayout)
    )


def test_the_reading_order_leaves_no_layout_items_behind(qtbot):
    """The order comes from the layouts (a column, a row inside it, a grid read row by row)
    without asking them for their items. PySide keeps the Python object of every item it
    hands out for as long as the layout lives; once Qt deletes the item (its widget is
    deleted), the object points at freed memory, and a new widget made at that address was
    handed to Python as the old item: a TypeError in the style's polish, or a crash."""
    from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout

    from decisionaid.ui.focus import reading_order

    root = QWidget()
    qtbot.addWidget(root)
    column = QVBoxLayout(root)
    first = QPushButton("first")
    column.addWidget(first)
    row = QHBoxLayout()
    left, right = QPushButton("left"), QPushButton("right")
    row.addWidget(left)
    row.addStretch(1)
    row.addWidget(right)
    column.addLayout(row)
    grid_host = QWidget()
    grid = QGridLayout(grid_host)
    cells = {(r, c): QPushButton(f"{r}{c}") for r in range(2) for c in range(2)}
    for r, c in [(1, 1), (0, 1), (1, 0), (0, 0)]:  # added out of order
        grid.addWidget(cells[(r, c)], r, c)
    column.addWidget(grid_host)
    outside = QPushButton("outside any layout", root)
    before = _layout_items_alive()
    order = reading_order(root)
    assert _layout_items_alive() == before
    expected = [first, left, right, grid_host, cells[(0, 0)], cells[(0, 1)], cells[(1, 0)]]
    assert order == [*expected, cells[(1, 1)], outside]


_NEW_WIDGETS_AFTER_DELETED_ONES = """
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QPushButton
from PySide6.QtWidgets import QVBoxLayout, QWidget

from decisionaid.ui import wheel
from decisionaid.ui.focus import reading_order

app = QApplication([])
wheel.install(app)
hosts = []
for _ in range(40):
    host = QWidget()
    layout = QVBoxLayout(host)
    buttons = [QPushButton(str(i)) for i in range(20)]
    for button in buttons:
        layout.addWidget(button)
    reading_order(host)
    for button in buttons:
        button.deleteLater()  # the layout lives on; Qt deletes the buttons' items
    del buttons, button
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    hosts.append(host)
    for _ in range(3):  # widgets Qt makes itself, polished by the program's style
        box = QMessageBox(QMessageBox.Icon.Information, "t", "text", QMessageBox.StandardButton.Ok)
        box.show()
        app.processEvents()
        box.hide()
        box.deleteLater()
        combo = QComboBox()
        combo.addItems(["a", "b"])
        combo.show()
        app.processEvents()
        combo.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
print("done", flush=True)
"""


def test_widgets_made_after_deleted_ones_are_not_taken_for_their_layout_items(tmp_path):
    """The crash the leftover items caused, in a process of its own: pages read for their
    Tab order, then widgets deleted from layouts that stay (a page rebuilding a part of
    itself), then widgets Qt makes (a message box, as for a bad file). With items left
    behind, this process crashed within 10 rounds, every time."""
    from tests.fresh_start import run_python

    out = run_python(_NEW_WIDGETS_AFTER_DELETED_ONES, tmp_path)
    assert out.returncode == 0 and "done" in out.stdout, out.stdout + out.stderr[-2000:]
    assert "wrong argument types" not in out.stderr, out.stderr[-2000:]
