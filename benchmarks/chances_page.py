"""The "Your chances" page as the app really opens it.

The app imports pyqtgraph in a background thread shortly after the first window shows
(decisionaid/ui/preload.py). This script measures, each in a fresh process:

1. cold:    open the page with nothing preloaded (pyqtgraph import included);
2. preload: while the background import runs, the longest gap between two 10 ms timer
            ticks of the event loop (does the window freeze?), then the time to open the
            page once the import is done;
3. baseline: opening a plain page of text ("Your situation") in the same process.

Target on this machine: first open under 300 ms, no gap over 100 ms.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/chances_page.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
ROOT = Path(__file__).resolve().parents[1]

CODE = """
import sys, time
from decisionaid.app import ensure_app, create_window
from decisionaid.content.loader import load
from decisionaid.model.demo import demo_session
from decisionaid.ui import preload
from PySide6.QtCore import QTimer
app = ensure_app()
w = create_window(demo_session(load("en"))); w.show(); app.processEvents()

def open_step(step_id):
    t0 = time.perf_counter()
    w.go_to(w.index_of(step_id)); app.processEvents(); w.grab()
    return (time.perf_counter() - t0) * 1000

base = open_step("situation")
gap = 0.0
if sys.argv[1] == "preload":
    last = [time.perf_counter()]
    gaps = []
    def tick():
        now = time.perf_counter(); gaps.append(now - last[0]); last[0] = now
        if preload.finished.is_set() and len(gaps) > 3:
            app.quit()
    timer = QTimer(); timer.timeout.connect(tick); timer.start(10)
    preload.start_now()
    app.exec()
    gap = max(gaps) * 1000
print(base, open_step("chances"), gap)
"""


def run(mode: str, env: dict) -> tuple[float, float, float]:
    out = subprocess.run(
        [sys.executable, "-c", CODE, mode],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    base, page, gap = (float(v) for v in out.stdout.split())
    return base, page, gap


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "DECISIONAID_DATA_DIR": tmp,
            "XDG_CONFIG_HOME": tmp,
            "QT_LOGGING_RULES": "qt.qpa.*=false",
        }
        cold, warm = [], []
        for _ in range(RUNS):
            cold.append(run("cold", env))
            warm.append(run("preload", env))
    med = statistics.median
    base = med([b for b, _, _ in cold + warm])
    c, p = med([x for _, x, _ in cold]), med([x for _, x, _ in warm])
    gap = max(g for _, _, g in warm)
    print(f"'Your chances' first open, median of {RUNS} fresh processes")
    print(f"  plain text page (baseline)      {base:7.0f} ms")
    print(f"  cold, pyqtgraph not loaded      {c:7.0f} ms   ratio {c / base:5.1f}x")
    print(
        f"  after the background preload    {p:7.0f} ms   ratio {p / base:5.1f}x   target < 300 ms"
    )
    print(f"  longest event-loop gap while preloading: {gap:.0f} ms (target < 100 ms)")


if __name__ == "__main__":
    main()
