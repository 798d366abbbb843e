"""Base class for a step page: a scrollable column that reads from and writes to the document."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QVBoxLayout, QWidget

from decisionaid.ui.document import Document
from decisionaid.ui.focus import follow_reading_order
from decisionaid.ui.qtenums import NO_FOCUS, SCROLL_BAR_ALWAYS_OFF, TAB_FOCUS, Qt, put
from decisionaid.ui.text import join_items
from decisionaid.ui.widgets import PAGE_BODY, HintHost, heading, paragraph, source_note

if TYPE_CHECKING:
    from decisionaid.content.schema import ContentPack

# Keep lines short enough to read comfortably, even on a wide screen.
MAX_TEXT_WIDTH_EM = 52

# True while a page is built to be shown at once (see `Page.first_screen_only`).
_first_screen_first = False
# A page built first screen first builds the rest after its first paint, or after this long.
REST_MS = 100


@contextmanager
def building_first_screens():
    """Pages built inside this (with `Page.staged`) build what the first screen shows now,
    and the rest at the event loop's next turn (`Page.complete`): the window does so for a
    page opened before it was made ready (ui/prepare.py)."""
    global _first_screen_first
    before, _first_screen_first = _first_screen_first, True
    try:
        yield
    finally:
        _first_screen_first = before


class _RestWatch(QObject):
    """While a page shows its first screen only (`Page.finish`): on the page's body until
    it is first painted, then the rest is built from the next turn. From when the window
    hands the page to the event loop (`Page.watch_input`), on the application too: the page
    is made whole before any key, click or wheel reaches a widget on it."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.page = page
        self.body = page.widget()
        self.painted = False
        self.on_input = False
        self.body.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QEvent.Type.Paint:
            if not self.painted and watched is self.body:
                self.painted = True
                self.body.removeEventFilter(self)
                self.page._painted()
        elif kind in _INPUT and isinstance(watched, QWidget):
            page = self.page
            if watched is page or page.isAncestorOf(watched):
                page.complete()
        return False

    def watch_input(self, on: bool) -> None:
        """On the application, or off it (while a part is built: not for the events of
        what is built then)."""
        if on != self.on_input:
            self.on_input = on
            app = QApplication.instance()
            app.installEventFilter(self) if on else app.removeEventFilter(self)

    def stop(self) -> None:
        self.body.removeEventFilter(self)
        self.watch_input(False)


_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
        QEvent.Type.TouchBegin,
        QEvent.Type.Drop,
    }
)


class Page(QScrollArea):
    # A staged page gave up building the rest (a part raised): MainWindow builds it again.
    build_failed = Signal()
    step_id = ""
    # A page long enough to build its first screen first (see `building_first_screens`). It
    # builds below the fold in `build_rest`, and its `refresh` fills only what is built
    # while `first_screen_only` is True.
    staged = False

    def __init__(self, document: Document, content: ContentPack, parent: QWidget | None = None):
        super().__init__(parent)
        # True from the build of the first screen until `complete` built the rest.
        self.first_screen_only = self.staged and _first_screen_first
        self._stretched = False
        self._rest_timer: QTimer | None = None
        self._watch: _RestWatch | None = None
        # A viewport made here, not by Qt: handing a widget Qt made to Python (the focus ring
        # walks up to it) makes PySide work out its type among every widget class, ~5 ms.
        self.setViewport(QWidget())
        self.document = document
        self.content = content
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        put(self, "horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        inner = HintHost()
        inner.setObjectName(PAGE_BODY)
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(32, 24, 32, 24)
        self.body.setSpacing(14)
        self.setWidget(inner)
        self.setObjectName(f"page-{self.step_id}")
        # Not a Tab stop of its own, unless it is a long page with nothing else to Tab to.
        put(self, "focusPolicy", NO_FOCUS)
        self._takes_tab = False
        self.verticalScrollBar().rangeChanged.connect(self._update_focus_policy)
        # Tab follows reading order: set when first shown, and again after a rebuild.
        self._tab_order_stale = True
        self._tab_order_timer = QTimer(self)
        self._tab_order_timer.setSingleShot(True)
        self._tab_order_timer.setInterval(0)
        self._tab_order_timer.timeout.connect(self.ensure_tab_order)
        document.replaced.connect(self.refresh)
        # Shown at least once, on the screen or laid out hidden (MainWindow.lay_out_hidden).
        self.laid_out = False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.laid_out = True
        super().showEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Size the body again whenever its height for the page's width changed.

        QScrollArea does so when it is resized or gets a LayoutRequest itself, but the body
        asks its parent, the viewport. So content that grew while the page was hidden (text
        made larger on another step) kept the old height, and the last words of a chart were
        cut off until the window was next resized."""
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit_body()
        return super().viewportEvent(event)

    def _fit_body(self) -> None:
        QApplication.sendEvent(self, QEvent(QEvent.Type.LayoutRequest))

    def settle(self) -> None:
        """Finish laying the page out now (after it is shown or the text size changed).

        Each layout pass can ask for another (a chart that grows with the text asks its card,
        the card the page body), and Qt runs each pass from the event loop, one turn later.
        Done here at once, the page never shows a chart cut off for a moment, or longer."""
        body = self.widget()
        # The viewport's height, without asking for the viewport: it is made by Qt, and handing
        # it to Python makes PySide work out its type among every widget class (about 5 ms,
        # once, on the first page shown). No frame, and never a horizontal scroll bar.
        viewport_height = self.maximumViewportSize().height()
        previous = -1
        for _ in range(6):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
            self._fit_body()
            height = body.height()
            # Done when the body has its height for its width, or a pass changed nothing (a
            # body whose minimum height is more than that, as on the costs page, ran all six).
            if height == previous or height == max(
                viewport_height, body.heightForWidth(body.width())
            ):
                break
            previous = height

    # --- helpers for subclasses ---------------------------------------------------------------
    def add_heading(self, text: str, level: int = 1):
        return self._add(heading(text, level))

    def add_paragraph(self, text: str):
        return self._add(paragraph(text))

    def add_source(self, ids: list[str]):
        return self._add(source_note(self.source_text(ids)))

    def source_text(self, ids: list[str]) -> str:
        sources = (self.content.source(i) for i in ids)
        return self.tr("Source: {0}").format(join_items(f"{s.short} {s.year}" for s in sources))

    def _add(self, widget: QWidget) -> QWidget:
        if self._stretched:  # built after the first screen: above the stretch at the end
            self.body.insertWidget(self.body.count() - 1, widget)
        else:
            self.body.addWidget(widget)
        return widget

    def finish(self) -> None:
        """Call at the end of __init__: pushes content to the top, builds the rest of a
        `staged` page (`build_rest`) and fills in the answers.

        A page built first screen first builds the rest after the first screen is painted,
        a part at each turn of the event loop (or starting after REST_MS if nothing is
        painted: a window minimised), and is whole once `complete` ran. A key, a click or the
        wheel on the page makes it whole first (`_RestWatch`): nothing is typed, ticked or
        scrolled into a page half built."""
        self.body.addStretch(1)
        self._stretched = True
        self._rest = self.build_rest()
        if not self.first_screen_only:
            for _part in self._rest:
                pass
        self.refresh()
        self.mark_filled()
        if self.first_screen_only:
            self._rest_timer = QTimer(self)
            self._rest_timer.setSingleShot(True)
            self._rest_timer.timeout.connect(self._build_part)
            self._rest_timer.start(REST_MS)
            self._watch = _RestWatch(self)

    def build_rest(self) -> Iterator[None]:
        """Build what lies below the first screen (a `staged` page), with `_add`: a
        generator, which yields between parts. Its `refresh` fills only what is built while
        `first_screen_only` is True. Each part reads the session as it is then (an answer
        can change between two parts)."""
        return iter(())

    def watch_input(self) -> None:
        """The window is about to hand the page, on the screen, to the event loop: a key, a
        click or the wheel on the page from now on makes it whole first, if it is not."""
        if self.first_screen_only:
            self._watch.watch_input(True)

    def _painted(self) -> None:
        """The first screen is on the screen: the rest from the event loop's next turn."""
        self._rest_timer.start(0)

    def _build_part(self) -> None:
        """The next part of the rest; the page is made whole after the last."""
        watching = self._watch.on_input
        self._watch.watch_input(False)
        count = self.body.count()
        try:
            next(self._rest)
        except StopIteration:
            self.complete()
            return
        except Exception:
            self._failed()
            raise
        self._watch.watch_input(watching)
        self.show_added(self._body_added(count))
        self._rest_timer.start(0)

    def complete(self) -> None:
        """Build what the first screen left out, if anything, now. The window does so before
        any other use of the page (MainWindow.page)."""
        if not self.first_screen_only:
            return
        self._stop_watching()
        count = self.body.count()
        try:
            for _part in self._rest:
                pass
        except Exception:
            self._failed()
            raise
        self.first_screen_only = False
        self.refresh()
        self.mark_filled()
        self.show_added(self._body_added(count))
        self.structure_changed()
        if self.isVisible():
            self.on_show()
            self.settle()

    def _failed(self) -> None:
        """A part raised: the page, half built, is given up (`build_failed`; the window
        builds it again, at once); the error goes on to the crash report."""
        self._stop_watching()
        self.first_screen_only = False
        self.build_failed.emit()

    def stop_building(self) -> None:
        """The page is being dropped: what its first screen left out is not built."""
        if self._rest_timer is not None:
            self._stop_watching()

    def _stop_watching(self) -> None:
        self._rest_timer.stop()
        self._watch.stop()

    def _body_added(self, count: int) -> list[QWidget]:
        """The widgets `_add` put in the body since it held `count` items (above the
        stretch, which stays last)."""
        items = (self.body.itemAt(i) for i in range(count - 1, self.body.count() - 1))
        return [w for item in items if (w := item.widget()) is not None]

    def mark_filled(self) -> None:
        """Note that the widgets show the session as it is now (see `is_filled`)."""
        self._filled_at = self.document.edits

    def is_filled(self) -> bool:
        """True while nothing was edited or replaced since `mark_filled`: a page that fills
        itself again each time it is shown can skip that (the first open filled it a moment
        before; a later open with no edit in between would put back the same texts)."""
        return getattr(self, "_filled_at", None) == self.document.edits

    def _update_focus_policy(self, _minimum: int = 0, _maximum: int = 0) -> None:
        """A page that scrolls but holds nothing to Tab to takes Tab focus itself (and shows
        the focus ring), so the arrow and Page keys can scroll it, as browsers do with
        scrolled areas. Otherwise Tab goes straight to the page's own widgets."""
        scrolls = self.verticalScrollBar().maximum() > 0
        takes_tab = scrolls and self.first_focus() is None
        # Kept here: reading focusPolicy() back makes PySide's Qt namespace (ui/qtenums.py).
        if takes_tab != self._takes_tab:
            self._takes_tab = takes_tab
            put(self, "focusPolicy", TAB_FOCUS if takes_tab else NO_FOCUS)

    def show_added(self, widgets) -> None:
        """Show widgets just added to a layout at once when the page is on the screen: Qt shows
        them only at the event loop's next turn, after the page was laid out without them.
        One hidden on purpose stays hidden (as Qt does it)."""
        if self.isVisible():
            explicit = Qt.WidgetAttribute.WA_WState_ExplicitShowHide
            for widget in widgets:
                if not (widget.isHidden() and widget.testAttribute(explicit)):
                    widget.show()

    def ensure_tab_order(self) -> None:
        """Make Tab go through the page as it reads (ui/focus.py), if widgets came or went
        since it last did. Widgets made later (a group added on the trial page, the handout
        controls on the summary) would otherwise come last."""
        if self._tab_order_stale:
            self._tab_order_stale = False
            follow_reading_order(self.widget())

    def structure_changed(self) -> None:
        """Call after adding or removing widgets: the Tab order is put right again."""
        self._tab_order_stale = True
        if self.isVisible():
            self._tab_order_timer.start()

    # --- overridables -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Fill the widgets from the session (signals from widgets must not write back)."""

    def on_show(self) -> None:
        """Called each time the page becomes the current step."""

    def prepare(self) -> None:
        """Called while the page is laid out hidden, before the patient gets to it
        (ui/prepare.py): finish what the first `on_show` would, where that changes nothing
        in the session."""

    def first_focus(self) -> QWidget | None:
        widget = self.widget()
        for child in widget.findChildren(QWidget):
            if (
                child.focusPolicy() & Qt.FocusPolicy.TabFocus
                and child.isEnabled()
                and child.isVisibleTo(self)
            ):
                return child
        return None
