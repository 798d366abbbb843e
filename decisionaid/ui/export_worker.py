"""Make the handout off the interface thread, with progress and Cancel.

The PDF is built by the Qt-free report code in a worker thread (a one-thread QThreadPool of
the controller's own), so the window stays responsive while a long handout is made. The work
gets a frozen copy of the session: the patient may keep editing meanwhile without racing it.

`ExportTask` runs one job, a plain function `work(step)`; `step(kind, value)` is the report's
progress call-back (report.document.Progress: the sections, then reportlab's pages), turned
here into a percentage. It raises `Cancelled` once Cancel was pressed, so the build stops at
the next section, flowable or page. The job writes its file only after the last page, and
atomically (temp + rename, 0600), so a cancelled or failed job leaves no file and no temporary
file behind.
Results come back to the interface thread through signals of a QObject that lives there.

The status-bar indication ("Making the handout…", a progress bar and Cancel) is
ui/export_progress.py.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

# Share of the bar for building the story (the sections), before reportlab lays out pages.
STORY_SHARE = 10


class Cancelled(Exception):
    """Cancel was pressed: the job stops and writes nothing."""


class _Bridge(QObject):
    """Signals from the worker thread, delivered (queued) on the interface thread."""

    progress = Signal(int)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, task: ExportTask) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self.task._run()


class ExportTask(QObject):
    """One job in the background: `done(result)`, `failed(exception)` or `cancelled()`, then
    `finished()`, always on the interface thread, exactly once."""

    progress = Signal(int)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Callable[[Callable[[str, int], None]], Any], parent=None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._over = threading.Event()
        self._total = 0
        self._percent = -1
        self._bridge = _Bridge()
        self._bridge.progress.connect(self.progress)
        self._bridge.done.connect(self._on_done)
        self._bridge.failed.connect(self._on_failed)
        self._bridge.cancelled.connect(self._on_cancelled)
        self.running = False

    def start(self, pool: QThreadPool) -> None:
        self.running = True
        pool.start(_Runnable(self))

    def cancel(self) -> None:
        """Ask the job to stop (it stops at the next flowable or page, writing nothing)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the worker has stopped (for quitting). True if it has."""
        return self._over.wait(timeout_s)

    # --- in the worker thread ------------------------------------------------------------
    def _step(self, kind: str, value: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        percent = self._percent
        if kind == "STORY":
            percent = STORY_SHARE * int(value) // 100
        elif kind == "SIZE_EST":
            self._total = max(1, int(value))
            percent = STORY_SHARE
        elif kind == "PROGRESS" and self._total:
            # Flowables split across pages go back on the list, so the count can step back.
            done = min(self._total, int(value))
            percent = STORY_SHARE + (100 - STORY_SHARE) * done // self._total
        if percent > self._percent:  # only forward, and only when it moves
            self._percent = percent
            self._bridge.progress.emit(percent)

    def _run(self) -> None:
        try:
            if self._cancel.is_set():
                raise Cancelled
            result = self._work(self._step)
        except Cancelled:
            self._bridge.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - reported in a dialog, never raised here
            self._bridge.failed.emit(exc)
        else:
            self._bridge.done.emit(result)
        finally:
            self._over.set()

    # --- back on the interface thread ----------------------------------------------------
    def _end(self) -> None:
        self.running = False
        self.finished.emit()

    def _on_done(self, result: object) -> None:
        self.running = False
        self.done.emit(result)
        self._end()

    def _on_failed(self, exc: object) -> None:
        self.running = False
        self.failed.emit(exc)
        self._end()

    def _on_cancelled(self) -> None:
        self.running = False
        self.cancelled.emit()
        self._end()
