"""Write the autosave copy off the interface thread.

Writing the copy means an fsync, which takes 10-20 ms on an ordinary disk (far more on a busy
one): done on the interface thread, every debounced autosave was a frame or two of frozen
typing. The session is turned into bytes on the interface thread (about 1 ms at the session
limits; the bytes are a frozen copy, so later edits cannot race the write), and one worker
thread writes them atomically (storage.files.write_atomic: temp + rename, 0600). Only the
newest copy waiting is written: an older one that was not started yet is dropped.

`flush()` waits until nothing is waiting or being written, so a Discard, a quit or a write on
the interface thread never races a late background write. A failure comes back as the
`failed(reason)` signal on the interface thread; a success as `written()`.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from decisionaid.storage.autosave import Autosave


class AutosaveWriter(QObject):
    failed = Signal(str)
    written = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Condition()
        self._pending: tuple[Autosave, bytes] | None = None
        self._busy = False
        self._thread: threading.Thread | None = None

    def submit(self, autosave: Autosave, data: bytes) -> None:
        """Write `data` as the autosave copy soon, in the background."""
        with self._lock:
            self._pending = (autosave, data)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="autosave-writer", daemon=True
                )
                self._thread.start()
            self._lock.notify_all()

    def flush(self, timeout_s: float = 10.0) -> bool:
        """Wait until every copy handed over is written (or failed). True if so."""
        with self._lock:
            return self._lock.wait_for(lambda: self._pending is None and not self._busy, timeout_s)

    def drop(self) -> None:
        """Forget a copy not yet started (Discard), then wait for one being written."""
        with self._lock:
            self._pending = None
        self.flush()

    def _run(self) -> None:
        while True:
            with self._lock:
                if not self._lock.wait_for(lambda: self._pending is not None, 30.0):
                    self._thread = None
                    return  # idle: the thread ends, the next submit starts one again
                autosave, data = self._pending  # type: ignore[misc]
                self._pending = None
                self._busy = True
            try:
                autosave.write_data(data)
            except OSError as exc:
                self.failed.emit(str(exc.strerror or exc))
            else:
                self.written.emit()
            finally:
                with self._lock:
                    self._busy = False
                    self._lock.notify_all()
