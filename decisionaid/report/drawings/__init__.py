"""The handout's charts as native reportlab drawings (vector, so they print sharp at any size).

They show the same figures as the app's charts: icon arrays of 100 people and the chance of
each group (`people`), small-study intervals and the drug-development funnel (`bars`), the
leaning scale, costs against what is paid back, and the patient's ratings (`scales`). The
figure, the chart context and the patterns they are drawn with are in `base`. Colours are
Okabe–Ito, and nothing is told by colour alone: every part has a label, and risks and
paid-back amounts are hatched.

Each chart returns a `Figure`: the drawing plus a plain-text equivalent that the handout prints
under it (for screen readers, for colour-blind readers and for a photocopy in grey). No Qt.
"""

from decisionaid.report.drawings.bars import FunnelData, IntervalRow, funnel_chart, interval_chart
from decisionaid.report.drawings.base import ChartContext, Figure, hatch, pct, person
from decisionaid.report.drawings.people import (
    IconArrayData,
    framings,
    icon_arrays,
    randomisation_chart,
)
from decisionaid.report.drawings.scales import CostBarData, cost_chart, leaning_scale, ratings_chart

__all__ = [
    "ChartContext",
    "CostBarData",
    "Figure",
    "FunnelData",
    "IconArrayData",
    "IntervalRow",
    "cost_chart",
    "framings",
    "funnel_chart",
    "hatch",
    "icon_arrays",
    "interval_chart",
    "leaning_scale",
    "pct",
    "person",
    "randomisation_chart",
    "ratings_chart",
]
