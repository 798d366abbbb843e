"""Import the chart libraries and the pages (and read the rest of the content) in the
background once the first window is up.

pyqtgraph with numpy takes about half a second to import. The first window must not wait for
it, and the "Your chances" page should open at once when the patient gets there. So, shortly
after the window shows, a worker thread imports those modules, and then every page's module:
importing a page (with the Qt classes it uses, whose Python types PySide makes on first use)
was most of its very first opening at the session limits (trial 165 -> 73 ms, options
145 -> 87 ms, costs 100 -> 73 ms on an idle machine). Importing only defines
classes: no Qt object is created off the GUI thread. The GUI thread keeps running (the import
gives up the interpreter lock regularly), so the window does not freeze. The app also passes
the reading of the whole content pack (Qt-free, cached) as a task, so the second page does not
wait for it either. Once done, what is loaded is frozen for the garbage collector (`_run`).
"""

from __future__ import annotations

import gc
import importlib
import threading
from collections.abc import Callable, Iterable

from PySide6.QtCore import QTimer

MODULES = (
    "numpy",
    "pyqtgraph",
    "PySide6.QtUiTools",  # widgets.qt_made
    "decisionaid.ui.charts.icon_array",
    "decisionaid.ui.charts.interval_chart",
    "decisionaid.ui.charts.randomisation_chart",
    "decisionaid.ui.charts.funnel_chart",
    "decisionaid.ui.charts.cost_chart",
    "decisionaid.ui.charts.ratings_chart",
    "decisionaid.ui.pages.chances",
    # Every other page after the first (app.steps(); a test holds the list to it).
    "decisionaid.ui.pages.situation",
    "decisionaid.ui.pages.trial",
    "decisionaid.ui.pages.options",
    "decisionaid.ui.pages.learn",
    "decisionaid.ui.pages.considerations",
    "decisionaid.ui.pages.costs",
    "decisionaid.ui.pages.quiz",
    "decisionaid.ui.pages.values",
    "decisionaid.ui.pages.questions",
    "decisionaid.ui.pages.summary",
)

# How long after the event loop starts (the first window is painted by then).
DELAY_MS = 300

_started = threading.Event()
finished = threading.Event()


def _run(tasks: tuple[Callable[[], object], ...]) -> None:
    try:
        for task in tasks:
            try:
                task()
            except Exception:  # noqa: BLE001 - done again where needed, which reports errors
                pass
        for name in MODULES:
            importlib.import_module(name)
    except Exception:  # noqa: BLE001 - the page imports again and reports any real error
        pass
    finally:
        # What is here now (the modules, the content, the first window) is moved out of the
        # garbage collector's sight: a full collection no longer walks it. Such a collection
        # comes now and then, at any key press or save, and took 35 to 60 ms at the session
        # limits (benchmarks/large_session.py); 1 to 3 ms now, as it walks only what was made
        # since. What is frozen is never freed: `thaw` gives it back when pages are dropped.
        gc.freeze()
        finished.set()


# After pages are dropped, what lasts is frozen again this long after (`thaw`), unless the
# window's preparer does it first, in a quiet moment (ui/prepare.py).
FREEZE_AGAIN_MS = 2000
_freeze_timer: QTimer | None = None


def thaw() -> None:
    """The window dropped its pages (a new patient, a language): what was frozen with them
    (`_run`), a patient's words among it, is handed back to the garbage collector. What is
    left is frozen again once they are deleted (`freeze_again`)."""
    global _freeze_timer
    if not finished.is_set():
        return
    gc.unfreeze()
    if _freeze_timer is None:
        _freeze_timer = QTimer()
        _freeze_timer.setSingleShot(True)
        _freeze_timer.timeout.connect(freeze_again)
    _freeze_timer.start(FREEZE_AGAIN_MS)


def thawed() -> bool:
    """True from `thaw` until `freeze_again`."""
    return _freeze_timer is not None and _freeze_timer.isActive()


def freeze_again() -> None:
    """Free what is garbage, then freeze what is left (a full collection: 35-60 ms at the
    session limits, once)."""
    if _freeze_timer is not None:
        _freeze_timer.stop()
    gc.collect()
    gc.freeze()


def start_now(tasks: Iterable[Callable[[], object]] = ()) -> None:
    """Run `tasks` (Qt-free callables), then import MODULES, in a worker thread; once."""
    if _started.is_set():
        return
    _started.set()
    work = tuple(tasks)
    threading.Thread(target=_run, args=(work,), name="preload-charts", daemon=True).start()


def start_soon(delay_ms: int = DELAY_MS, tasks: Iterable[Callable[[], object]] = ()) -> None:
    """Start the background work `delay_ms` after the event loop runs."""
    work = tuple(tasks)
    QTimer.singleShot(delay_ms, lambda: start_now(work))
