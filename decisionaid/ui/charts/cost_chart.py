"""Costs each month: one bar made of the cost categories, next to one bar of what the trial
pays back, and what is left in words. Updates live from the cost calculator.

Each category has its own colour and pattern, in the same order as the legend, and the
legend states every amount.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QWidget

from decisionaid.ui.charts import palette
from decisionaid.ui.charts.base import ChartBase, set_bars
from decisionaid.ui.charts.legend import Swatch
from decisionaid.ui.qtenums import Qt
from decisionaid.ui.text import join_items, labelled

PAID_BACK_COLOR = "bluish_green"
PAID_BACK_PATTERN = None
# Categories avoid the paid-back colour so the two bars never look alike.
_CATEGORY_COLORS = tuple(c for c in palette.SERIES if c != PAID_BACK_COLOR)


def _plain_amount(value: float) -> str:
    return f"{value:,.2f}"


class CostChart(ChartBase):
    """`set_values({"Travel": 120.0, "Meals": 40.0}, 50.0, format_money)`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._costs: dict[str, float] = {}
        self._paid_back = 0.0
        self._fmt: Callable[[float], str] = _plain_amount
        self._shown: tuple | None = None
        separator = QPen(QColor(palette.BACKGROUND), 2)
        separator.setCosmetic(True)
        self.track_item = pg.BarGraphItem(
            x0=[], y0=[], width=[], height=[], brush=palette.TRACK, pen=palette.TRACK_OUTLINE
        )
        self.cost_item = pg.BarGraphItem(x0=[], y0=[], width=[], height=[], pen=separator)
        self.cost_pattern_item = pg.BarGraphItem(x0=[], y0=[], width=[], height=[], pen=None)
        self.paid_item = pg.BarGraphItem(
            x0=[],
            y0=[],
            width=[],
            height=[],
            brush=palette.color(PAID_BACK_COLOR),
            pen=palette.pen(palette.OUTLINE, 1),
        )
        for item in (self.track_item, self.cost_item, self.cost_pattern_item, self.paid_item):
            self.view.addItem(item)
        self._texts = [self._text_item(bold=True) for _ in range(2)]
        self._values = [self._text_item() for _ in range(2)]
        self._net = self._text_item(bold=True)
        self._changed()

    # --- public API ------------------------------------------------------------------------
    def set_values(
        self,
        costs: Mapping[str, float],
        paid_back: float,
        currency_formatter: Callable[[float], str],
    ) -> None:
        """`costs`: category name -> amount per month, in the order to draw them.
        `paid_back`: what the trial pays back per month (reimbursements and subsidies)."""
        clean: dict[str, float] = {}
        for name, value in costs.items():
            clean[name] = _check_amount(name, value)
        paid_back = _check_amount("paid_back", paid_back)
        # The same amounts, written the same way (the currency may change, not the function):
        # nothing to do (the page fills the chart again each time it is shown).
        total = math.fsum(clean.values())
        amounts = [*clean.values(), paid_back, total, abs(total - paid_back)]
        shown = (tuple(clean.items()), paid_back, tuple(currency_formatter(v) for v in amounts))
        if shown == self._shown:
            return
        self._shown = shown
        self._costs = clean
        self._paid_back = paid_back
        self._fmt = currency_formatter
        entries = []
        for i, (name, value) in enumerate(self._shown_costs()):
            entries.append((_category_swatch(i), labelled(name, self._fmt(value))))
        entries.append(
            (
                Swatch("rect", fill=PAID_BACK_COLOR),
                self.tr("Paid back by the trial: {0}").format(self._fmt(self._paid_back)),
            )
        )
        self.legend.set_entries(entries)
        self.legend.show()
        self._changed()

    def total(self) -> float:
        return math.fsum(self._costs.values())

    def paid_back(self) -> float:
        return self._paid_back

    def net(self) -> float:
        """What is left to pay each month (negative: the trial pays back more)."""
        return self.total() - self._paid_back

    def segments(self) -> list[tuple[str, float]]:
        """The pieces of the cost bar, left to right (categories above zero)."""
        return self._shown_costs()

    # --- drawing ---------------------------------------------------------------------------
    def _shown_costs(self) -> list[tuple[str, float]]:
        return [(name, value) for name, value in self._costs.items() if value > 0]

    def _row_titles(self) -> tuple[str, str]:
        return self.tr("Your costs each month"), self.tr("Paid back by the trial each month")

    def _net_text(self) -> str:
        net = self.net()
        if not self._costs and self._paid_back == 0:
            return self.tr("No costs entered yet.")
        if net > 0:
            return self.tr("Left for you to pay each month: {0}").format(self._fmt(net))
        if net < 0:
            return self.tr("The trial pays back {0} a month more than these costs").format(
                self._fmt(-net)
            )
        return self.tr("The trial pays back all of these costs")

    def _layout_scene(self, width: float) -> float:
        line = self._line_height()
        margin = 4.0
        span = width - 2 * margin
        scale = max(self.total(), self._paid_back)
        bar_h = line * 1.4
        y = margin
        tracks = []
        values = (self._fmt(self.total()), self._fmt(self._paid_back))
        bar_tops = []
        for i, title in enumerate(self._row_titles()):
            y += self._place_text(self._texts[i], title, margin, y, span, bold=True)
            y += self._place_text(self._values[i], values[i], margin, y, span)
            y += line * 0.25
            bar_tops.append(y)
            tracks.append((margin, y, span, bar_h))
            y += bar_h + line * 0.8
        set_bars(self.track_item, tracks)
        # The cost bar: categories side by side.
        segments, brushes, patterns = [], [], []
        x = margin
        for i, (_, value) in enumerate(self._shown_costs()):
            w = span * value / scale if scale > 0 else 0.0
            segments.append((x, bar_tops[0], w, bar_h))
            colour, pattern = _category_style(i)
            brushes.append(palette.color(colour))
            patterns.append(palette.pattern_brush(pattern))
            x += w
        set_bars(self.cost_item, segments, brushes=brushes)
        set_bars(self.cost_pattern_item, segments, brushes=patterns)
        paid_w = span * self._paid_back / scale if scale > 0 else 0.0
        set_bars(self.paid_item, [(margin, bar_tops[1], paid_w, bar_h)] if paid_w else [])
        y += self._place_text(self._net, self._net_text(), margin, y, span, bold=True)
        return y + margin

    def _sentences(self) -> list[str]:
        if not self._costs and self._paid_back == 0:
            return [self.tr("No costs entered yet")]
        items = join_items(f"{name} {self._fmt(value)}" for name, value in self._costs.items())
        words = [
            self.tr("Your costs each month: {0} in all").format(self._fmt(self.total())),
        ]
        if items:
            words.append(self.tr("Made up of: {0}").format(items))
        words.append(
            self.tr("Paid back by the trial each month: {0}").format(self._fmt(self._paid_back))
        )
        words.append(self._net_text())
        return words


def _check_amount(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name}: expected a number, not {value!r}")
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{name}: amounts must be zero or more, not {value}")
    return float(value)


def _category_style(index: int) -> tuple[str, Qt.BrushStyle | None]:
    colour = _CATEGORY_COLORS[index % len(_CATEGORY_COLORS)]
    return colour, palette.series_pattern(index)


def _category_swatch(index: int) -> Swatch:
    colour, pattern = _category_style(index)
    return Swatch("rect", fill=colour, pattern=pattern)
