"""Time to first window, against a bare Qt window measured in the same run.

Each sample is a fresh Python process (cold imports), so the figures include importing
PySide6 and the app. Prints medians and the ratio app / bare. Run: make bench
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "7"))
ROOT = Path(__file__).resolve().parents[1]

BARE = """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([]); w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1280, 800)
w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""

APP = """
import time; t0 = time.perf_counter()
from decisionaid.app import ensure_app, create_window
app = ensure_app(); w = create_window(); w.show(); app.processEvents()
print(time.perf_counter() - t0)
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
        for _ in range(RUNS):  # interleave so both see the same machine load
            bare.append(float(sample(BARE, env)[0]))
            lines = sample(APP, env)
            app.append(float(lines[0]))
            if len(lines) > 1 and lines[1]:
                heavy.update(lines[1].split(","))
        b, a = statistics.median(bare), statistics.median(app)
        print(f"first window, median of {RUNS} cold starts")
        print(f"  bare Qt window      {b * 1000:7.0f} ms")
        print(f"  Trial Decision Aid  {a * 1000:7.0f} ms   ratio {a / b:.2f}x")
        print(f"  heavy modules loaded before the window: {sorted(heavy) or 'none'}")
        print("first open of each step (built on first visit; demo session; after the preload)")
        for line in sample(STEPS, env):
            step_id, t = line.split()
            print(f"  {step_id:<12} {float(t) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
