"""A registry record with 1,148 sites (NCT04267848, 370 kB) opened on the trial page.

Each run is a fresh process that starts the window on the trial page, then measures:

1. parse:  reading the file into a trial (JSON, 1,148 locations, eligibility);
2. open:   `TrialPage.open_path` (parse + the page rebuilt: groups, record, summary);
3. gap:    the longest pause of the event loop (10 ms timer ticks) while the record is
           opened from a timer, as a person clicking "Open" would see it;
4. results: the same for the results record NCT01126879 (flow, outcome, 12 pictures).

Target on this machine: open under 300 ms, so the window never seems to freeze.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/large_record.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "ctgov"

CODE = """
import sys, time
from pathlib import Path
from decisionaid.app import ensure_app, create_window
from decisionaid.model.session import Session
from decisionaid.model.registry.files import load_record_file
from PySide6.QtCore import QTimer
app = ensure_app()
w = create_window(Session()); w.show(); app.processEvents()
w.go_to(w.index_of("trial")); app.processEvents()
page = w.pages["trial"]
page.confirm_replace = lambda: True
page.choose_trial = lambda trials: trials[0]
big, results = Path(sys.argv[1]), Path(sys.argv[2])

t0 = time.perf_counter(); load_record_file(big); parse = (time.perf_counter() - t0) * 1000

def opened(path):
    t0 = time.perf_counter()
    assert page.open_path(path)
    app.processEvents(); w.grab()
    return (time.perf_counter() - t0) * 1000

def gap_while(path):
    last = [time.perf_counter()]; gaps = []
    def tick():
        now = time.perf_counter(); gaps.append(now - last[0]); last[0] = now
        if len(gaps) > 20:
            app.exit(0)
    timer = QTimer(); timer.timeout.connect(tick); timer.start(10)
    QTimer.singleShot(30, lambda: page.open_path(path))
    app.exec()
    timer.stop()
    return max(gaps) * 1000

open_big = opened(big)
gap_big = gap_while(big)
open_results = opened(results)
gap_results = gap_while(results)
print(parse, open_big, gap_big, open_results, gap_results)
"""


def main() -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    rows = []
    for _ in range(RUNS):
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                CODE,
                str(FIXTURES / "NCT04267848.json"),
                str(FIXTURES / "NCT01126879.json"),
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
        rows.append([float(x) for x in out.stdout.split()[-5:]])
    names = (
        "parse NCT04267848 (1,148 sites)",
        "open it on the trial page and paint it",
        "longest event-loop gap while opening it",
        "open NCT01126879 (results) and paint it",
        "longest event-loop gap while opening it",
    )
    for i, name in enumerate(names):
        values = [r[i] for r in rows]
        print(f"{name:45s} median {statistics.median(values):7.1f} ms  max {max(values):7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
