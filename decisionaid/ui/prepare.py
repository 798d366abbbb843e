"""Pages made ready ahead, while the patient reads the page on the screen.

At the session limits the heaviest pages (the trial's twelve groups, the options table, the
charts, the weighing grid) take 40 to 110 ms to build and lay out the first time, on this
kind of machine (benchmarks/large_session.py); a page that has been laid out once opens in
10 to 15 ms. So, once the window is on the screen, the background imports are done
(ui/preload.py) and the patient has changed nothing and moved to no other step for IDLE_MS,
the window builds the next page not built yet, and in a later turn of the event loop lays
it out once, hidden: shown and hidden again in one go, so nothing is painted and nothing
takes the keyboard focus. Building a page only reads the session; nothing is written, and
no step is marked as seen.

One part (a build, or a layout) per turn of the event loop, GAP_MS apart, so a key or a click
waits at most for one part; an edit, a step change, a key, a click or the wheel puts the rest
off by IDLE_MS again. The pages after the one on the screen come first, in the order of the
steps. Nothing is done while a dialog or a menu is open, while the window is minimised or
hidden, or while a handout is being made. A page that fails to be made ready is dropped and
left for the patient's visit, which builds it again and reports an error that happens then.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QScrollBar, QWidget

from decisionaid.ui import crash, preload

if TYPE_CHECKING:
    from decisionaid.ui.main_window import MainWindow

# Quiet time before the first part: longer than the pause between two key presses.
IDLE_MS = 1000
# Between two parts: the event loop handles what came in meanwhile.
GAP_MS = 30

# Input that is not (yet) an edit also puts the work off: keys that move or are refused, words
# being composed with an input method, the wheel and the mouse.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.InputMethod,
        QEvent.Type.Wheel,
        QEvent.Type.MouseButtonPress,
    }
)


class PagePreparer(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.work)
        # Steps whose page failed to build or lay out: left for the patient's own visit,
        # where the error is reported (until the pages are made again).
        self.failed: set[str] = set()
        # While pages wait, the widget with the keyboard focus and the page's own area are
        # watched for input (a filter on the whole application would cost every event).
        self._watched: list[QWidget] = []
        self._bar: QScrollBar | None = None
        self._watching = False

    def put_off(self) -> None:
        """Wait IDLE_MS from now before the next part (after input, an edit, a step change)."""
        if self.waiting():
            self.timer.start(IDLE_MS)
            self._watch(True)
        else:
            self._watch(False)

    def waiting(self) -> list[str]:
        """The steps whose pages are not ready yet, in the order they are made ready."""
        window = self.window
        steps = [step.id for step in window.steps]
        here = window.current_index()
        order = steps[here + 1 :] + steps[:here]
        return [s for s in order if not self._ready(s) and s not in self.failed]

    def _ready(self, step_id: str) -> bool:
        page = self.window.pages.get(step_id)
        return page is not None and page.laid_out

    def may_work(self) -> bool:
        window = self.window
        return (
            preload.finished.is_set()
            and QApplication.activeModalWidget() is None
            and QApplication.activePopupWidget() is None
            and not window.handout_busy()
        )

    def work(self) -> None:
        """Do one part for the first page not ready, then wait GAP_MS for the next."""
        waiting = self.waiting()
        window = self.window
        if not waiting or not window.isVisible() or window.isMinimized():
            # Started again when the window is shown or restored (MainWindow).
            self._watch(False)
            return
        if not self.may_work():
            self.put_off()
            return
        if preload.thawed():
            # Pages were dropped (a new patient): their garbage is freed first, in a quiet
            # moment (a full collection, ~50 ms at the session limits), as a part of its own.
            preload.freeze_again()
            self.timer.start(GAP_MS)
            return
        step_id = waiting[0]
        try:
            if step_id in window.pages:
                window.lay_out_hidden(step_id)
            else:
                window.page(step_id)
        except Exception as exc:  # noqa: BLE001 - no dialog for what the patient did not do
            # One line, as ui/crash.py writes (the kind of error and where, never its words);
            # the page, perhaps half made, is dropped: the visit builds it again, and reports
            # an error that happens then.
            print(
                crash.one_line(exc, exc.__traceback__) + " (while making a page ready)",
                file=sys.stderr,
            )
            self.failed.add(step_id)
            window.drop_page(step_id)
        if self.waiting():
            self.timer.start(GAP_MS)
        else:
            self._watch(False)

    # --- input ---------------------------------------------------------------------------------
    def _watch(self, on: bool) -> None:
        if on != self._watching:
            self._watching = on
            app = QApplication.instance()
            if on:
                app.focusChanged.connect(self._focus_moved)
            else:
                app.focusChanged.disconnect(self._focus_moved)
        self._retarget(on)

    def _retarget(self, on: bool) -> None:
        targets: list[QWidget] = []
        bar = None
        if on:
            focus = QApplication.focusWidget()
            page = self.window.shown_page()
            targets = [w for w in (focus, page.viewport() if page else None) if w is not None]
            # Scrolling, however done (the wheel over an answer goes to the bar, ui/wheel.py).
            bar = page.verticalScrollBar() if page else None
        if bar is not self._bar:
            if self._bar is not None and shiboken6.isValid(self._bar):
                self._bar.valueChanged.disconnect(self._scrolled)
            if bar is not None:
                bar.valueChanged.connect(self._scrolled)
            self._bar = bar
        if targets == self._watched:
            return
        for widget in self._watched:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self)
        for widget in targets:
            widget.installEventFilter(self)
        self._watched = targets

    def _scrolled(self, _value: int) -> None:
        self.timer.start(IDLE_MS)

    def _focus_moved(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self.put_off()  # (Tab or a click): and the new focus widget is watched

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT:
            self.timer.start(IDLE_MS)
        return False
