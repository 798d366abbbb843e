"""Import the chart libraries in the background once the first window is up.

pyqtgraph with numpy takes about half a second to import. The first window must not wait for
it, and the "Your chances" page should open at once when the patient gets there. So, shortly
after the window shows, a worker thread imports those modules. Importing only defines
classes: no Qt object is created off the GUI thread. The GUI thread keeps running (the import
gives up the interpreter lock regularly), so the window does not freeze.
"""

from __future__ import annotations

import importlib
import threading

from PySide6.QtCore import QTimer

MODULES = (
    "numpy",
    "pyqtgraph",
    "decisionaid.ui.charts.icon_array",
    "decisionaid.ui.charts.interval_chart",
    "decisionaid.ui.charts.randomisation_chart",
    "decisionaid.ui.charts.funnel_chart",
    "decisionaid.ui.charts.cost_chart",
    "decisionaid.ui.charts.ratings_chart",
    "decisionaid.ui.pages.chances",
)

_started = threading.Event()
finished = threading.Event()


def _import_all() -> None:
    try:
        for name in MODULES:
            importlib.import_module(name)
    except Exception:  # noqa: BLE001 - the page imports again and reports any real error
        pass
    finally:
        finished.set()


def start_now() -> None:
    if _started.is_set():
        return
    _started.set()
    threading.Thread(target=_import_all, name="preload-charts", daemon=True).start()


def start_soon(delay_ms: int = 300) -> None:
    """Start the background import `delay_ms` after the event loop runs."""
    QTimer.singleShot(delay_ms, start_now)
