"""What registering the program's own fonts with Qt costs at start (ui/fonts.py), against the
QApplication it runs in. Each sample is a fresh process; prints medians. Run:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/fonts.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys

RUNS = int(os.environ.get("BENCH_RUNS", "7"))

SAMPLE = """
import time
t0 = time.perf_counter()
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
t1 = time.perf_counter()
QFontDatabase.families()  # the system font database, which the first window loads anyway
from decisionaid.ui import fonts  # (decisionaid.ui is imported by the app in any case)
t2 = time.perf_counter()
families = fonts.register()
t3 = time.perf_counter()
label = QLabel("Trial Decision Aid 临床试验 ○ ● ✓"); label.show(); app.processEvents()
t4 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2, t4 - t3, sum(len(v) for v in families.values()))
"""


def main() -> int:
    rows = []
    for _ in range(RUNS):
        out = subprocess.run(
            [sys.executable, "-c", SAMPLE], capture_output=True, text=True, check=True
        ).stdout.split()
        rows.append([float(v) for v in out[:4]] + [int(out[4])])
    app, db, reg, label = (statistics.median(r[i] for r in rows) * 1000 for i in range(4))
    print(f"median of {RUNS} fresh processes")
    print(f"  QApplication                  {app:7.1f} ms")
    print(f"  font database + decisionaid.ui (needed anyway) {db:7.1f} ms")
    print(f"  register the carried fonts    {reg:7.1f} ms   ({rows[0][4]} families)")
    print(f"  first label with CJK text     {label:7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
