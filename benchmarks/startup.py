"""Time to first window, whole process, measured from outside as a user would see it.

Each sample starts a fresh Python process and times, from the parent, how long it takes from
launching it until the child says its first window is shown (after `show()` and one round of
events): interpreter start-up, imports, settings and the window itself all count. A bare
PySide6 window is measured the same way, interleaved in the same run, so both see the same
machine load. Prints medians and the ratio app / bare. Run: make bench
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "7"))
ROOT = Path(__file__).resolve().parents[1]

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([]); w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1280, 800)
w.show(); app.processEvents()
print("shown", flush=True)
"""

APP = """
from decisionaid.app import ensure_app, create_window
app = ensure_app(); w = create_window(); w.show(); app.processEvents()
print("shown", flush=True)
import sys
heavy = [m for m in ("pyqtgraph", "numpy", "reportlab") if m in sys.modules]
print(",".join(heavy))
"""

STEPS = """
import time
from decisionaid.app import ensure_app, create_window
from decisionaid.content.loader import load
from decisionaid.model.demo import demo_session
from decisionaid.ui import preload
app = ensure_app(); w = create_window(demo_session(load("en"))); w.show(); app.processEvents()
# As in the app: pyqtgraph is imported in the background while the patient reads.
preload.start_now(); preload.finished.wait()
times = []
for i, step in enumerate(w.steps):
    t0 = time.perf_counter(); w.go_to(i); app.processEvents(); w.grab()
    times.append((step.id, time.perf_counter() - t0))
for step_id, t in times:
    print(step_id, t)
"""


def first_window(code: str, env: dict) -> tuple[float, list[str]]:
    """Seconds from launching a process until it prints "shown"; then the rest of its output."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    rest, errors = proc.communicate(timeout=60)
    if line.strip() != "shown" or proc.returncode:
        raise RuntimeError(f"the window did not open: {line!r} {errors[-2000:]}")
    return elapsed, rest.strip().splitlines()


def sample(code: str, env: dict) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return out.stdout.strip().splitlines()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "DECISIONAID_DATA_DIR": tmp,
            "XDG_CONFIG_HOME": tmp,
            "QT_LOGGING_RULES": "qt.qpa.*=false",
        }
        bare, app, heavy = [], [], set()
        first_window(BARE, env)  # warm the disk cache once, for both
        for _ in range(RUNS):  # interleave so both see the same machine load
            bare.append(first_window(BARE, env)[0])
            seconds, rest = first_window(APP, env)
            app.append(seconds)
            if rest and rest[0]:
                heavy.update(rest[0].split(","))
        b, a = statistics.median(bare), statistics.median(app)
        print(f"first window, whole process timed from outside, median of {RUNS} starts")
        print(f"  bare Qt window      {b * 1000:7.0f} ms")
        print(f"  Trial Decision Aid  {a * 1000:7.0f} ms   ratio {a / b:.2f}x")
        print(f"  heavy modules loaded before the window: {sorted(heavy) or 'none'}")
        print("first open of each step (built on first visit; demo session; after the preload)")
        for line in sample(STEPS, env):
            step_id, t = line.split()
            print(f"  {step_id:<12} {float(t) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
