"""The autosave copy and the lock file that tells a crash from a normal quit. No Qt.

- `autosave.json` in the private data folder holds the answers since the last change
  (written atomically, 0600). A normal quit removes it (after Save or Discard).
- `running.lock` exists while the program runs. Found at start, with the process that made
  it gone, it means the last run did not end normally (a crash, a kill, a power cut), and the
  next start offers to restore the autosave.
- Temporary files of interrupted writes are removed at start and whenever the autosave is
  discarded.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from decisionaid.storage.files import remove_temp_leftovers, write_atomic

if TYPE_CHECKING:
    import datetime as _dt

    from decisionaid.model.session import Session


def _hostname() -> str:
    """This computer's name (the lock says which computer holds it)."""
    if hasattr(os, "uname"):
        return os.uname().nodename  # what socket.gethostname() says, without loading it
    import socket

    return socket.gethostname()


@dataclass
class Recovery:
    """What the last run left: the answers, when they were saved, and their session file."""

    session: Session
    saved_at: _dt.datetime
    file: Path | None
    crashed: bool


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Autosave:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = self.folder / "autosave.json"
        self.lock = self.folder / "running.lock"
        self.crashed = False
        self.other_running = False

    # --- the lock ------------------------------------------------------------------------
    def start(self, write_lock: bool = True) -> None:
        """Take the lock. Sets `crashed` if the last run ended without removing it, and
        `other_running` if another copy of the program is running now (it keeps its files).
        `write_lock=False`: the lock file itself is written later, by `write_lock()` (the app
        does so once its first window is painted: a write and an fsync it need not wait for)."""
        previous = self._read_lock()
        if previous is not None:
            pid, host = previous
            if host == _hostname() and pid != os.getpid() and _alive(pid):
                self.other_running = True
                return
            self.crashed = True
        if not self.other_running:
            remove_temp_leftovers(self.path)
            remove_temp_leftovers(self.lock)
        if write_lock:
            self.write_lock()

    def write_lock(self) -> None:
        """Write the lock file: this process, on this computer, is running."""
        if self.other_running:
            return
        import json  # (json and the session file's code: not before the first paint)

        info = {"pid": os.getpid(), "host": _hostname()}
        try:
            write_atomic(self.lock, json.dumps(info).encode("utf-8"))
        except OSError:
            pass

    def _read_lock(self) -> tuple[int, str] | None:
        if not os.path.lexists(self.lock):
            return None
        import json

        from decisionaid.jsondoc import read_file

        try:
            # Only a small regular file is read: a FIFO or a link to /dev/zero planted here
            # must not hang or flood the start-up.
            raw, _name = read_file(self.lock, 4096, OSError)
        except OSError:
            return (0, "")
        try:
            info = json.loads(raw.decode("utf-8"))
            return int(info["pid"]), str(info["host"])
        except (ValueError, KeyError, TypeError):
            return (0, "")

    def stop(self) -> None:
        """A normal end: remove the lock (the autosave stays only if still wanted)."""
        if self.other_running:
            return
        try:
            self.lock.unlink(missing_ok=True)
        except OSError:
            pass

    # --- the copy ------------------------------------------------------------------------
    def write(self, session: Session, file: Path | None = None) -> None:
        """Write the copy atomically. Raises storage.files.WriteError."""
        self.write_data(self.encode(session, file))

    @staticmethod
    def encode(session: Session, file: Path | None = None) -> bytes:
        """The copy's bytes (a frozen copy of the answers, for a write in the background)."""
        from decisionaid.storage import sessionfile

        return sessionfile.dumps(session, file=str(file) if file else None)

    def write_data(self, data: bytes) -> None:
        """Write bytes from `encode()` as the copy, atomically. Raises WriteError."""
        if self.other_running:
            return
        write_atomic(self.path, data)

    def discard(self) -> None:
        """Remove the copy and any temporary file of it (the answers are not kept)."""
        if self.other_running:
            return
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass
        remove_temp_leftovers(self.path)

    def exists(self) -> bool:
        return self.path.is_file()

    def recover(self) -> Recovery | None:
        """The answers of the last run, or None. A damaged copy is moved aside, never lost."""
        if self.other_running or not self.path.is_file():
            return None
        from decisionaid.storage import sessionfile

        try:
            session, extra = sessionfile.load_with_extra(self.path)
            import datetime as _dt

            saved_at = _dt.datetime.fromtimestamp(self.path.stat().st_mtime)
        except (sessionfile.SessionFileError, OSError):
            try:
                self.path.replace(self.path.with_suffix(".damaged.json"))
                os.chmod(self.path.with_suffix(".damaged.json"), 0o600)
            except OSError:
                pass
            return None
        file = extra.get("file")
        return Recovery(
            session, saved_at, Path(file) if isinstance(file, str) else None, self.crashed
        )
