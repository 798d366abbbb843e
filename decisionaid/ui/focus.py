"""The focus rule: whatever has keyboard focus wears a thick ring you can see.

One ring for the whole application, drawn by a small overlay widget that follows the focus
widget (the way Qt's own QFocusFrame works on macOS). Styles draw focus in many ways, and
Fusion's 1 px tint is hard to see (on a default button it changes nothing at all). A style
sheet `:focus` border would replace the native look of each widget and shift layouts, so the
ring is drawn on top instead, outside small controls (buttons, fields, boxes) and just inside
large ones (lists, text areas, the step list), so nothing moves or gets covered when focus
arrives.

The ring is at least 3 px wide and its colour is chosen for at least 3:1 contrast against the
background it is drawn on (WCAG 2.2 success criteria 2.4.7 and 2.4.13, as WCAG2ICT applies
them to desktop software). `install()` is cheap and idempotent: nothing is built until the
first widget gets focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtGui import QColor, QPalette, QRegion
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QGridLayout,
    QLabel,
    QLayout,
    QMainWindow,
    QMenu,
    QMenuBar,
    QScrollArea,
    QWidget,
)

from decisionaid.ui.qtenums import TAB_FOCUS, Qt

# The ring colours: the app's blue on light backgrounds, a light blue on dark ones.
DARK_RING = QColor("#0B57D0")
LIGHT_RING = QColor("#9EC5FF")
MIN_CONTRAST = 3.0
# Space between a small control and its ring (background shows through it).
GAP = 1


def luminance(color: QColor) -> float:
    """Relative luminance (WCAG 2.x)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def ring_color(background: QColor) -> QColor:
    """The ring colour for `background`: blue, light blue, or black/white as a last resort."""
    for color in (DARK_RING, LIGHT_RING):
        if contrast(color, background) >= MIN_CONTRAST:
            return color
    return QColor("black") if luminance(background) > 0.18 else QColor("white")


def ring_width(widget: QWidget) -> int:
    """3 px, a little more with large text."""
    return max(3, round(widget.fontMetrics().height() / 9))


def ring_target(widget: QWidget | None) -> QWidget | None:
    """The widget the ring goes around when `widget` has focus, or None for no ring.

    A spin box's or combo box's editor gives the box itself; menus and popups get none
    (they show their current item).
    """
    if widget is None or isinstance(widget, (QMenu, QMenuBar)):
        return None
    window = widget.window()
    # (A main window or dialog is neither, and its type is not asked for: before the first
    # paint that would make PySide's Qt namespace, ui/qtenums.py.)
    if not isinstance(window, (QMainWindow, QDialog)) and window.windowType() in (
        Qt.WindowType.Popup,
        Qt.WindowType.ToolTip,
    ):
        return None
    parent = widget.parentWidget()
    while parent is not None and not widget.isWindow() and parent.focusProxy() is widget:
        widget, parent = parent, parent.parentWidget()
    if widget.isWindow():
        return None
    return widget


def _host(widget: QWidget) -> QWidget:
    """Where an outside ring lives: the content of the nearest scroll area around `widget`
    (so it scrolls with the page and is clipped like the page), else the window."""
    inner: QWidget | None = None
    child, parent = widget, widget.parentWidget()
    while parent is not None and not child.isWindow():
        if isinstance(parent, QAbstractScrollArea) and child is parent.viewport():
            return inner if inner is not None else child
        inner, child, parent = child, parent, parent.parentWidget()
    return child


def ring_area(target: QWidget, host: QWidget) -> QRect:
    """The area the ring goes around, in `host` coordinates: the widget, together with its
    `focus_companion` if it has one (the words beside a radio button or check box whose own
    text is a separate, wrapping label), so the ring takes in what the person reads."""
    rect = QRect(target.mapTo(host, QPoint(0, 0)), target.size())
    companion = getattr(target, "focus_companion", None)
    if (
        companion is not None
        and _alive(companion)
        and companion.isVisible()
        and host.isAncestorOf(companion)
    ):
        rect = rect.united(QRect(companion.mapTo(host, QPoint(0, 0)), companion.size()))
    return rect


def placement(target: QWidget) -> tuple[QWidget, QRect, int]:
    """(host, rectangle in the host, ring width) for the ring around `target`.

    Outside the widget where there is room for it in the host; otherwise, and for a page
    (a scroll area that holds other widgets), just inside its edge: inside its viewport, so
    the scroll bars never cover the ring.
    """
    width = ring_width(target)
    host = _host(target)
    margin = width + GAP
    rect = ring_area(target, host).adjusted(-margin, -margin, margin, margin)
    if not isinstance(target, QScrollArea) and host.rect().contains(rect):
        return host, rect, width
    inner = target.viewport() if isinstance(target, QAbstractScrollArea) else target
    return inner, inner.rect(), width


class FocusRing(QWidget):
    """The ring itself: transparent to the mouse, painted only on its ring-shaped mask."""

    def __init__(self, parent: QWidget, mouse_through: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.setAccessibleName("")  # (a plain QWidget takes no focus)
        self.color = QColor()
        # The mask is the ring (`place` sets its width), with square corners: Qt fills the widget
        # with its background colour, the ring's colour, in C++. (A Python paintEvent with
        # a QPainter or QBrush would make PySide's Qt namespace; see let_mouse_through.)
        # Its own background role: a child takes its parent's otherwise, and a ring inside a
        # text box or a button would be filled with that box's own colour.
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setAutoFillBackground(True)
        self._set_color(DARK_RING)
        if mouse_through:
            self.let_mouse_through()

    def let_mouse_through(self) -> None:
        """Clicks on the ring go to what lies beneath it. (Set once the window is painted
        when it starts: no click can reach it before, and the attribute makes PySide's Qt
        namespace, ui/qtenums.py.)"""
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def _set_color(self, color: QColor) -> None:
        if color != self.color:
            self.color = color
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Window, color)
            self.setPalette(palette)

    def place(self, rect: QRect, width: int) -> None:
        """Show the ring on `rect` (in the parent's coordinates), `width` pixels wide."""
        host = self.parentWidget()
        self._set_color(ring_color(host.palette().color(host.backgroundRole())))
        if self.geometry() != rect:
            self.setGeometry(rect)
        inner = self.rect().adjusted(width, width, -width, -width)
        self.setMask(QRegion(self.rect()).subtracted(QRegion(inner)))
        self.raise_()
        self.show()
        self.update()


class FocusRule(QObject):
    """Moves the one ring to the focus widget and keeps it there as things move."""

    _FOLLOW = (
        QEvent.Type.Move,
        QEvent.Type.Resize,
        QEvent.Type.Show,
        QEvent.Type.Hide,
        QEvent.Type.ParentChange,
        QEvent.Type.FontChange,
    )

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: FocusRing | None = None
        self.target: QWidget | None = None
        self.before_first_paint = False  # see `FocusRing.let_mouse_through`
        self._watched: list[QWidget] = []
        app.focusChanged.connect(self._on_focus_changed)

    # --- following -------------------------------------------------------------------------
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.follow(ring_target(new))

    def follow(self, target: QWidget | None) -> None:
        self._unwatch()
        self.target = target
        if target is None:
            self._hide()
            return
        # Watch the target and everything between it and the ring's outside host: a move or
        # resize of any of them moves the ring.
        host = _host(target)
        companion = getattr(target, "focus_companion", None)
        if companion is not None and _alive(companion):
            companion.installEventFilter(self)
            companion.destroyed.connect(self._on_destroyed)
            self._watched.append(companion)
        widget: QWidget | None = target
        while widget is not None:
            widget.installEventFilter(self)
            widget.destroyed.connect(self._on_destroyed)
            self._watched.append(widget)
            if widget is host:
                break
            widget = widget.parentWidget()
        self._update()

    def _ring_in(self, host: QWidget) -> FocusRing:
        ring = self.ring
        if ring is None or not _alive(ring):
            ring = self.ring = FocusRing(host, mouse_through=not self.before_first_paint)
        elif ring.parentWidget() is not host:
            ring.setParent(host)
        return ring

    def _update(self) -> None:
        target = self.target
        if target is None or not _alive(target) or not target.isVisible():
            self._hide()
            return
        host, rect, width = placement(target)
        self._ring_in(host).place(rect, width)

    def window_painted(self) -> None:
        """The first window is on the screen: the ring lets the mouse through from now on."""
        if self.before_first_paint:
            self.before_first_paint = False
            if self.ring is not None and _alive(self.ring):
                self.ring.let_mouse_through()

    def _hide(self) -> None:
        if self.ring is not None and _alive(self.ring):
            self.ring.hide()

    def _unwatch(self) -> None:
        for widget in self._watched:
            if _alive(widget):
                widget.removeEventFilter(self)
                try:
                    widget.destroyed.disconnect(self._on_destroyed)
                except (RuntimeError, TypeError):
                    pass
        self._watched = []

    def _on_destroyed(self, _obj: QObject | None = None) -> None:
        self._watched = [w for w in self._watched if _alive(w)]
        if self.target is not None and not _alive(self.target):
            self.target = None
            self._hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in self._FOLLOW:
            self._update()
        return False


def _alive(obj: QObject) -> bool:
    try:
        import shiboken6

        return shiboken6.isValid(obj)
    except ImportError:  # pragma: no cover - shiboken6 ships with PySide6
        return True


_rule: FocusRule | None = None


def install(app: QApplication | None = None) -> FocusRule:
    """Install the focus ring on the application once (idempotent)."""
    global _rule
    app = app or QApplication.instance()
    if _rule is None:
        _rule = FocusRule(app)
    return _rule


# --- Tab order -------------------------------------------------------------------------------


def reading_order(root: QWidget) -> list[QWidget]:
    """The widgets under `root` in the order their layouts show them: top to bottom in a
    column, left to right in a row, row by row in a grid, and each widget's own contents
    right after it. Widgets outside any layout come after their laid-out siblings.

    Layouts are read by `indexOf`, never through their items (`itemAt`): PySide keeps the
    Python object of every item it hands out for as long as the layout lives, and when Qt
    deletes the item (its widget is deleted) that object stays behind, pointing at freed
    memory. A new widget made at the same address was then handed to Python as that old
    item, and the program crashed (tests/ui/test_focus.py). A window inside a layout is not
    visited (it is no Tab stop of this one); two things in one grid cell come in the order
    they were added."""
    found: list[QWidget] = []
    seen: set[int] = set()

    def visit(widget: QWidget) -> None:
        if id(widget) in seen:
            return
        seen.add(id(widget))
        found.append(widget)
        if not isinstance(widget, _LEAVES):
            inside(widget)

    def walk(layout: QLayout, pending: dict[int, QWidget]) -> None:
        """Visit what `layout` holds, in its order: of `pending` (the widgets of the
        layout's widget not placed yet, each in one layout at most), those in it, and the
        layouts inside it. Each layout asks about the widgets still pending, so a widget in
        the outer column is not asked about again in every row inside it; a column of many
        rows of one widget each still asks each row about every widget after its own."""
        own = getattr(layout, "widgets_in_order", None)
        if own is not None:  # a layout of ours that keeps its items itself (FlowLayout)
            for widget in own():
                if pending.pop(id(widget), None) is not None:
                    visit(widget)
            return
        placed: list[tuple[int, QWidget | QLayout]] = []
        for key, child in list(pending.items()):
            index = layout.indexOf(child)
            if index >= 0:
                placed.append((index, child))
                del pending[key]
        for sub in layout.children():
            if isinstance(sub, QLayout) and (index := layout.indexOf(sub)) >= 0:
                placed.append((index, sub))
        if isinstance(layout, QGridLayout):
            placed.sort(key=lambda p: (*layout.getItemPosition(p[0])[:2], p[0]))
        else:
            placed.sort(key=_first)
        for _, thing in placed:
            if isinstance(thing, QLayout):
                walk(thing, pending)
            else:
                visit(thing)

    def inside(widget: QWidget) -> None:
        children = [c for c in widget.children() if isinstance(c, QWidget) and not c.isWindow()]
        if not children:
            return
        if widget.layout() is not None:
            walk(widget.layout(), {id(c): c for c in children})
        for child in children:
            visit(child)

    inside(root)
    return found


# Widgets with nothing inside them to visit (labels and buttons are half of a page's widgets;
# asking each for its layout and children cost Python more than all the rest of the walk).
_LEAVES = (QLabel, QAbstractButton)


def _first(pair: tuple) -> tuple:
    return pair[0]


def follow_reading_order(root: QWidget) -> None:
    """Make Tab visit the Tab stops under `root` in reading order (see `reading_order`)."""
    stops = [
        w
        for w in reading_order(root)
        if w.focusPolicy().value & TAB_FOCUS and w.focusProxy() is None
    ]
    for first, second in zip(stops, stops[1:], strict=False):
        QWidget.setTabOrder(first, second)
