"""Instructions each page takes to open the first time, at the session limits: a measure that
no load on the machine disturbs (this virtual machine's speed moves by a third from one minute
to the next, so wall-clock times from different runs are hard to compare).

Runs `large_session.py`'s session in a real (offscreen) window under valgrind's callgrind,
which counts the instructions of the whole process, Qt's and Python's alike, but only while a
page opens: from `go_to` until the event loop has done its work (layout and painting), as
`large_session.py` times it. The counting is switched on and off, and a count written for
each page, through callgrind's client requests, from a tiny C library built here with gcc and
valgrind's header (`valgrind/callgrind.h`).

Prints millions of instructions for each page (the first round only: each page's very first
open in the process, which is the slowest), and the total. Takes about two minutes. Without
valgrind, gcc or the header it says what is missing and exits 2.

With --first-screens, the window builds a page not made ready first screen first, as the app
does, and each count ends at the event loop's turn after the page's first paint.

Run: .venv/bin/python benchmarks/page_instructions.py [--first-screens]
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_MARKS = r"""
#include <valgrind/callgrind.h>
void mark_toggle(void) { CALLGRIND_TOGGLE_COLLECT; }
void mark_zero(void) { CALLGRIND_ZERO_STATS; }
void mark_dump(const char *name) { CALLGRIND_DUMP_STATS_AT(name); }
"""


def _child(library: str, names_file: str, first_screens: bool) -> None:
    """In the process valgrind runs: open every page once, counting each open."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("DECISIONAID_DATA_DIR", tempfile.mkdtemp(prefix="bench-data-"))
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from large_session import large_session

    from decisionaid.app import background_tasks, create_window
    from decisionaid.content.loader import load
    from decisionaid.ui import preload

    marks = ctypes.CDLL(library)
    window = create_window(large_session(load("en")), first_screen_first=first_screens)
    window.show()
    app.processEvents()
    preload.start_now(background_tasks(window))
    preload.finished.wait(60)  # as when the patient has read the welcome page
    app.processEvents()
    window._drop_pages()
    app.processEvents()
    preload.freeze_again()  # as the app does 2 s after (ui/preload.py `thaw`)
    names = []
    from PySide6.QtCore import QEvent, QObject, QTimer

    class StopAtPaint(QObject):
        """Stops counting at the event loop's turn after the body's first paint (before the
        page's own timer, started after this one, builds the rest)."""

        stopped = False

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and not self.stopped:
                self.stopped = True
                watched.removeEventFilter(self)
                QTimer.singleShot(0, marks.mark_toggle)
            return False

    for i, step in enumerate(window.steps):
        marks.mark_zero()
        marks.mark_toggle()
        window.go_to(i)
        if first_screens:
            page = window.shown_page()
            stop = StopAtPaint()
            page.widget().installEventFilter(stop)
            while not stop.stopped:
                app.processEvents()
            app.processEvents()  # (the toggle runs here)
            marks.mark_dump(step.id.encode())
            while page.first_screen_only:
                app.processEvents()
        else:
            app.processEvents()
            marks.mark_toggle()
            marks.mark_dump(step.id.encode())
        names.append(step.id)
    Path(names_file).write_text("\n".join(names))
    os._exit(0)  # the window holds answers: no "Save changes?" at the end


def _summary(path: Path) -> int:
    for line in path.read_text(errors="replace").splitlines():
        if line.startswith("summary:"):
            return int(line.split()[1])
    raise ValueError(f"no summary in {path}")


def main() -> int:
    first_screens = "--first-screens" in sys.argv
    missing = [tool for tool in ("valgrind", "gcc") if shutil.which(tool) is None]
    if not Path("/usr/include/valgrind/callgrind.h").exists():
        missing.append("valgrind/callgrind.h (Debian: valgrind)")
    if missing:
        print("needs " + ", ".join(missing), file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="page-instructions-") as work:
        folder = Path(work)
        source = folder / "marks.c"
        source.write_text(_MARKS)
        library = folder / "libmarks.so"
        subprocess.run(
            ["gcc", "-O1", "-shared", "-fPIC", "-o", str(library), str(source)], check=True
        )
        names_file = folder / "names.txt"
        out = folder / "callgrind.out"
        env = dict(os.environ, PYTHONHASHSEED="0", QT_QPA_PLATFORM="offscreen")
        command = [
            "valgrind",
            "--tool=callgrind",
            "--collect-atstart=no",
            f"--callgrind-out-file={out}",
            sys.executable,
            __file__,
            "--child",
            str(library),
            str(names_file),
            "first-screens" if first_screens else "whole",
        ]
        run = subprocess.run(command, env=env, capture_output=True, text=True)
        if not names_file.exists():
            print(run.stderr[-3000:], file=sys.stderr)
            return 1
        names = names_file.read_text().split("\n")
        dumps = sorted(folder.glob("callgrind.out.*"), key=lambda p: int(p.suffix[1:]))
        if len(dumps) != len(names):
            print(f"{len(dumps)} counts for {len(names)} pages", file=sys.stderr)
            return 1
        what = (
            "until its first screen is painted (as the app opens a page not made ready yet)"
            if first_screens
            else "whole, built at once"
        )
        print(f"instructions to open each page the first time, {what}, session at the limits")
        print("(millions)")
        total = 0
        for name, dump in zip(names, dumps, strict=True):
            count = _summary(dump)
            total += count
            print(f"  {name:<12}{count / 1e6:8.1f}")
        print(f"  {'all pages':<12}{total / 1e6:8.1f}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3], sys.argv[4] == "first-screens")
    raise SystemExit(main())
