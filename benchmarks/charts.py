"""Chart speed: redraw after an input change, and first open of a page holding all charts.

1. Redraw (warm, in this process): for each chart, change its input (a new ratio, new
   costs, ...), let Qt process the resulting events and repaint the chart synchronously.
   Median of many changes, against a bare QLabel whose text changes, measured the same way
   in the same run. Target: under 16 ms (one frame at 60 Hz).
2. First open (cold, a fresh Python process per sample): import the chart modules (so
   pyqtgraph and numpy load), build a page-like widget with all six charts filled from the
   content pack, show it and paint it. QApplication and the content pack already exist, as
   they do in the app when the patient reaches the page. Against a page of six plain QLabels
   with the same words, built in its own fresh process. Target: under 300 ms.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/charts.py   (BENCH_RUNS=7 by default)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "7"))
REDRAWS = int(os.environ.get("BENCH_REDRAWS", "40"))
ROOT = Path(__file__).resolve().parents[1]
REDRAW_TARGET_MS = 16.0
OPEN_TARGET_MS = 300.0

SETUP = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from decisionaid.content.loader import load
pack = load("en")
import time
"""

PAGE_WITH_CHARTS = """
t0 = time.perf_counter()
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget
from decisionaid.ui.charts.icon_array import IconArrayChart
from decisionaid.ui.charts.interval_chart import IntervalChart
from decisionaid.ui.charts.randomisation_chart import RandomisationChart
from decisionaid.ui.charts.funnel_chart import FunnelChart
from decisionaid.ui.charts.cost_chart import CostChart
from decisionaid.ui.charts.ratings_chart import RatingsChart
t_import = time.perf_counter()
facts = pack.facts
body = QWidget(); layout = QVBoxLayout(body)
icon = IconArrayChart(); icon.set_fact(facts.frequency("phase1_response_recent"))
interval = IntervalChart(); interval.set_figure(facts.interval("dostarlimab"))
rand = RandomisationChart(); rand.set_figure(facts.randomisation, ratio=[2, 1])
funnel = FunnelChart(); funnel.set_figure(facts.funnel)
cost = CostChart(); cost.set_values({"Travel": 180.0, "Meals": 60.0}, 50.0, "{:,.2f}".format)
ratings = RatingsChart(rating_labels=pack.considerations.rating_labels)
ratings.set_ratings([(b.title, 3) for b in pack.considerations.benefits],
                    [(r.title, 2) for r in pack.considerations.risks])
for chart in (icon, interval, rand, funnel, cost, ratings):
    layout.addWidget(chart)
page = QScrollArea(); page.setWidgetResizable(True); page.setWidget(body); page.resize(1000, 800)
page.show(); app.processEvents(); page.viewport().repaint()
t1 = time.perf_counter()
print(t1 - t0, t_import - t0)
"""

PAGE_OF_LABELS = """
t0 = time.perf_counter()
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget
facts = pack.facts
texts = [facts.frequency("phase1_response_recent").caption, facts.interval("dostarlimab").caption,
         facts.randomisation.caption, facts.funnel.caption, "Costs", "Ratings"]
body = QWidget(); layout = QVBoxLayout(body)
for text in texts:
    label = QLabel(text); label.setWordWrap(True); layout.addWidget(label)
page = QScrollArea(); page.setWidgetResizable(True); page.setWidget(body); page.resize(1000, 800)
page.show(); app.processEvents(); page.viewport().repaint()
t1 = time.perf_counter()
print(t1 - t0, 0.0)
"""


def _cold_sample(code: str, env: dict[str, str]) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", SETUP + code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    total, imports = out.stdout.strip().splitlines()[-1].split()
    return float(total), float(imports)


PRELOAD = """
import pyqtgraph
"""


def first_open(env: dict[str, str]) -> tuple[float, float, float, float]:
    """Medians (seconds) of: page with charts, its import part, the same page when
    pyqtgraph was already imported (say in idle time after the first window), and the
    page of labels."""
    charts, imports, preloaded, labels = [], [], [], []
    for _ in range(RUNS):  # interleaved, so all see the same machine load
        total, imp = _cold_sample(PAGE_WITH_CHARTS, env)
        charts.append(total)
        imports.append(imp)
        preloaded.append(_cold_sample(PRELOAD + PAGE_WITH_CHARTS, env)[0])
        labels.append(_cold_sample(PAGE_OF_LABELS, env)[0])
    return (
        statistics.median(charts),
        statistics.median(imports),
        statistics.median(preloaded),
        statistics.median(labels),
    )


def _median_redraw(app, widget, changes: list[Callable[[], None]]) -> float:
    """Median seconds for: apply one change, process the events it posts, repaint."""
    for change in changes[:3]:  # warm up caches (fonts, symbol atlases)
        change()
        app.processEvents()
        widget.repaint()
    times = []
    for i in range(REDRAWS):
        t0 = time.perf_counter()
        changes[i % len(changes)]()
        app.processEvents()
        widget.repaint()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def redraws() -> list[tuple[str, float, float]]:
    """(chart, median seconds, ratio to the bare QLabel) for each chart."""
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    app = QApplication.instance() or QApplication([])
    from decisionaid.content.loader import load
    from decisionaid.ui.charts.cost_chart import CostChart
    from decisionaid.ui.charts.funnel_chart import FunnelChart
    from decisionaid.ui.charts.icon_array import IconArrayChart
    from decisionaid.ui.charts.interval_chart import IntervalChart
    from decisionaid.ui.charts.randomisation_chart import RandomisationChart
    from decisionaid.ui.charts.ratings_chart import RatingsChart

    pack = load("en")
    host = QWidget()
    layout = QVBoxLayout(host)
    label = QLabel("18 of 100 responded")
    icon, interval, rand = IconArrayChart(), IntervalChart(), RandomisationChart()
    funnel, cost = FunnelChart(), CostChart()
    ratings = RatingsChart(rating_labels=pack.considerations.rating_labels)
    for w in (label, icon, interval, rand, funnel, cost, ratings):
        layout.addWidget(w)
    host.resize(900, 3000)
    host.show()
    app.processEvents()
    # Tall enough for every chart, as inside the page's scroll area: a squeezed layout would
    # lay all the charts out again on each change and measure the wrong thing.
    host.resize(900, layout.totalHeightForWidth(900) + 400)
    app.processEvents()

    benefits = [b.title for b in pack.considerations.benefits]
    risks = [r.title for r in pack.considerations.risks]
    money = "${:,.2f}".format
    cases: list[tuple[str, QWidget, list[Callable[[], None]]]] = [
        (
            "bare QLabel (baseline)",
            label,
            [lambda n=n: label.setText(f"{n} of 100 responded") for n in (18, 12, 10, 25)],
        ),
        (
            "IconArrayChart.set_data",
            icon,
            [
                lambda n=n: icon.set_data(n, 100, "responded", "did not", "Phase 1")
                for n in (18, 12, 10, 25)
            ],
        ),
        (
            "IntervalChart.set_studies",
            interval,
            [
                lambda: interval.set_studies(
                    [("Small", 12, 12), ("Big", 49, 49), ("Other", 35, 54)]
                ),
                lambda: interval.set_studies(
                    [("Small", 14, 14), ("Big", 42, 42), ("Other", 35, 54)]
                ),
            ],
        ),
        (
            "RandomisationChart.set_ratio",
            rand,
            [
                lambda r=r: rand.set_ratio(r, ["New", "Standard", "Third"][: len(r)])
                for r in ([2, 1], [1, 1, 1], [1, 1], [3, 1])
            ],
        ),
        (
            "FunnelChart.set_steps",
            funnel,
            [
                lambda p=p: funnel.set_steps(
                    "Start", [("Phase 2", p), ("Phase 3", 24.6), ("Filed", 40.1)]
                )
                for p in (62.8, 55.0, 70.0)
            ],
        ),
        (
            "CostChart.set_values",
            cost,
            [
                lambda t=t: cost.set_values(
                    {"Travel": t, "Parking": 12.0, "Meals": 30.0, "Lost income": 200.0}, 80.0, money
                )
                for t in (100.0, 120.0, 140.0, 160.0)
            ],
        ),
        (
            "RatingsChart.set_ratings",
            ratings,
            [
                lambda k=k: ratings.set_ratings(
                    [(t, (i + k) % 5) for i, t in enumerate(benefits)],
                    [(t, None if i == k else (i * k) % 5) for i, t in enumerate(risks)],
                )
                for k in range(4)
            ],
        ),
    ]
    results = []
    baseline = None
    for name, widget, changes in cases:
        median = _median_redraw(app, widget, changes)
        if baseline is None:
            baseline = median
        results.append((name, median, median / baseline))
    host.close()
    return results


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "DECISIONAID_DATA_DIR": tmp,
            "XDG_CONFIG_HOME": tmp,
            "QT_LOGGING_RULES": "qt.qpa.*=false",
        }
        charts_open, import_part, preloaded_open, labels_open = first_open(env)
    print(f"redraw after an input change (median of {REDRAWS}; target < {REDRAW_TARGET_MS:.0f} ms)")
    print(f"  {'chart':<30} {'median':>9} {'ratio':>8}  target")
    for name, median, ratio in redraws():
        ms = median * 1000
        ok = "ok" if ms < REDRAW_TARGET_MS else "SLOW"
        print(f"  {name:<30} {ms:7.2f} ms {ratio:7.1f}x  {ok}")
    print(f"first open of a page with all six charts, median of {RUNS} cold processes")
    print(f"  {'page':<30} {'median':>9} {'ratio':>8}  target")
    print(f"  {'six QLabels (baseline)':<30} {labels_open * 1000:7.0f} ms {1.0:7.1f}x")
    ok = "ok" if charts_open * 1000 < OPEN_TARGET_MS else "SLOW"
    ratio = charts_open / labels_open
    print(f"  {'six charts':<30} {charts_open * 1000:7.0f} ms {ratio:7.1f}x  {ok}")
    print(f"  {'  of which imports':<30} {import_part * 1000:7.0f} ms")
    ok = "ok" if preloaded_open * 1000 < OPEN_TARGET_MS else "SLOW"
    ratio = preloaded_open / labels_open
    label = "six charts, pyqtgraph preloaded"
    print(f"  {label:<30} {preloaded_open * 1000:7.0f} ms {ratio:7.1f}x  {ok}")


if __name__ == "__main__":
    main()
