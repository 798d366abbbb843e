"""Time to export the demo session's PDF handout, against a minimal reportlab PDF.

Measured in the same run, so the ratio does not depend on the machine:

- baseline: a one-paragraph reportlab PDF with one embedded TrueType font (the least any
  embedded-font PDF costs),
- export: the demo session's full handout (A4 and Letter, normal and large print),

each as the median of several warm runs in this process, plus the cold cost of importing the
builder (reportlab, fonts) in a fresh subprocess. Also prints the file sizes.
Targets: under 1 s and under 1 MB. Run: .venv/bin/python benchmarks/export.py
"""

from __future__ import annotations

import io
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "7"))
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

COLD = """
import time; t0 = time.perf_counter()
from decisionaid.report.builder import build_pdf
from decisionaid.report.fonts import font_set
font_set("en")
t1 = time.perf_counter()
from decisionaid.content.loader import load
from decisionaid.model.demo import demo_session
content = load("en")
data = build_pdf(demo_session(content), content)
t2 = time.perf_counter()
print(t1 - t0, t2 - t0)
"""


def baseline_pdf() -> bytes:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from decisionaid.report.fonts import font_set

    fonts = font_set("en")
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, invariant=1, initialFontName=fonts.regular)
    style = ParagraphStyle("body", fontName=fonts.regular, fontSize=12, leading=16)
    doc.build([Paragraph("One paragraph of text for the baseline.", style)])
    return buf.getvalue()


def median_time(func, runs: int = RUNS) -> tuple[float, bytes]:
    times, data = [], b""
    func()  # warm up: fonts parsed, modules imported
    for _ in range(runs):
        t0 = time.perf_counter()
        data = func()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), data


def main() -> None:
    from decisionaid.content.loader import load
    from decisionaid.model.demo import demo_session
    from decisionaid.report.builder import build_pdf

    content = load("en")
    session = demo_session(content)
    base_t, base_data = median_time(baseline_pdf)
    print(f"PDF export, median of {RUNS} warm runs")
    print(f"  baseline (1 paragraph)      {base_t * 1000:7.1f} ms  {len(base_data) / 1024:7.1f} KB")
    worst_t, worst_size = 0.0, 0
    for paper in ("a4", "letter"):
        for large in (False, True):
            t, data = median_time(
                lambda p=paper, lp=large: build_pdf(session, content, paper=p, large_print=lp)
            )
            worst_t, worst_size = max(worst_t, t), max(worst_size, len(data))
            label = f"demo handout {paper}{' large' if large else ''}"
            print(
                f"  {label:<27} {t * 1000:7.1f} ms  {len(data) / 1024:7.1f} KB"
                f"   ratio {t / base_t:5.1f}x"
            )

    cold = []
    for _ in range(max(3, RUNS // 2)):
        out = subprocess.run(
            [sys.executable, "-c", COLD], cwd=ROOT, capture_output=True, text=True, check=True
        )
        cold.append(tuple(float(x) for x in out.stdout.split()))
    imports = statistics.median(c[0] for c in cold)
    first = statistics.median(c[1] for c in cold)
    print(f"cold, fresh process (median of {len(cold)})")
    print(f"  import builder + find fonts {imports * 1000:7.1f} ms")
    print(f"  import + first export       {first * 1000:7.1f} ms")
    ok_time = max(worst_t, first) < 1.0
    ok_size = worst_size < 1024 * 1024
    print(
        f"targets: under 1 s {'OK' if ok_time else 'MISSED'} "
        f"(slowest {max(worst_t, first):.2f} s), "
        f"under 1 MB {'OK' if ok_size else 'MISSED'} (largest {worst_size / 1024:.0f} KB)"
    )


if __name__ == "__main__":
    main()
