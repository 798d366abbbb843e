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
waits at most for one part; an edit or a step change puts the rest off by IDLE_MS again. The
pages after the one on the screen come first, in the order of the steps. Nothing is done
while a dialog or a menu is open, while the window is minimised or hidden, or while a
handout is being made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from decisionaid.ui import preload

if TYPE_CHECKING:
    from decisionaid.ui.main_window import MainWindow

# Quiet time before the first part: longer than the pause between two key presses.
IDLE_MS = 1000
# Between two parts: the event loop handles what came in meanwhile.
GAP_MS = 30


class PagePreparer(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.work)

    def put_off(self) -> None:
        """Wait IDLE_MS from now before the next part (after an edit or a step change)."""
        self.timer.start(IDLE_MS)

    def waiting(self) -> list[str]:
        """The steps whose pages are not ready yet, in the order they are made ready."""
        window = self.window
        steps = [step.id for step in window.steps]
        here = window.current_index()
        order = steps[here + 1 :] + steps[:here]
        return [step_id for step_id in order if not self._ready(step_id)]

    def _ready(self, step_id: str) -> bool:
        page = self.window.pages.get(step_id)
        return page is not None and page.laid_out

    def may_work(self) -> bool:
        window = self.window
        return (
            preload.finished.is_set()
            and not window.isMinimized()
            and not window.before_first_paint()
            and QApplication.activeModalWidget() is None
            and QApplication.activePopupWidget() is None
            and not window.handout_busy()
        )

    def work(self) -> None:
        """Do one part for the first page not ready, then wait GAP_MS for the next."""
        waiting = self.waiting()
        if not waiting or not self.window.isVisible():
            return  # (the window starts again when it is shown: MainWindow.showEvent)
        if not self.may_work():
            self.put_off()
            return
        step_id = waiting[0]
        if step_id in self.window.pages:
            self.window.lay_out_hidden(step_id)
        else:
            self.window.page(step_id)
        if self.waiting():
            self.timer.start(GAP_MS)
