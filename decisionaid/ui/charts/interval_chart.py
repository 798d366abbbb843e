"""Small study vs big study: each result as a bar with its exact 95% interval.

"12 of 12 (interval 73.5–100%)": the bar reaches 100%, but the interval line shows the true
rate could be as low as 73.5%. A bigger study (49 of 49) has a much shorter line. This is
why a small 100% is not a certain 100%. Intervals come from `model.stats.clopper_pearson`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from decisionaid.content.facts_schema import IntervalFigure
from decisionaid.model.stats import clopper_pearson, percent_text
from decisionaid.ui.charts import palette
from decisionaid.ui.charts.base import ChartBase, ChartText, set_bars
from decisionaid.ui.charts.legend import Swatch
from decisionaid.ui.qtenums import Qt
from decisionaid.ui.text import join_items, labelled

TICKS = (0, 25, 50, 75, 100)
BAR_COLOR = "sky_blue"

# The intervals are asked for again by the bar labels and the words (each an iterative search
# of the beta distribution, a few milliseconds for the three studies): kept, per type, so a
# bad count (True, 1.5) is still refused.
_interval = lru_cache(maxsize=64, typed=True)(clopper_pearson)


@dataclass(frozen=True)
class IntervalRow:
    """One study: `label` names the bar; `detail` is the plain sentence for the words below,
    e.g. "12 of the 12 people who finished treatment had no tumour found on tests"."""

    label: str
    events: int
    total: int
    detail: str = ""


class IntervalChart(ChartBase):
    """Horizontal bars (what each study found) with interval whiskers (the 95% interval)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[IntervalRow] = []
        self.intervals: list[tuple[float, float]] = []

        self.track_item = pg.BarGraphItem(
            x0=[], y0=[], width=[], height=[], brush=palette.TRACK, pen=palette.TRACK_OUTLINE
        )
        self.bar_item = pg.BarGraphItem(
            x0=[],
            y0=[],
            width=[],
            height=[],
            brush=palette.color(BAR_COLOR),
            pen=palette.pen(palette.OUTLINE, 1),
        )
        self.grid_item = pg.PlotCurveItem(
            pen=palette.pen(palette.GRID, 1, Qt.PenStyle.DashLine), connect="pairs"
        )
        self.whisker_item = pg.PlotCurveItem(
            pen=palette.pen(palette.OUTLINE, 3), connect="pairs", antialias=True
        )
        for item in (self.track_item, self.grid_item, self.bar_item, self.whisker_item):
            self.view.addItem(item)
        self._row_texts: list[tuple[ChartText, ChartText]] = []
        self._tick_texts = [self._text_item(color=palette.MUTED_TEXT) for _ in TICKS]
        self.legend.set_entries(
            [
                (Swatch("rect", fill=BAR_COLOR), self.tr("Bar: what the study found")),
                (
                    Swatch("whisker"),
                    self.tr("Line: the interval, where the true rate could be (95% interval)"),
                ),
            ]
        )
        self.legend.show()
        self._changed()

    # --- public API ------------------------------------------------------------------------
    def set_studies(self, rows: Sequence[IntervalRow | tuple[str, int, int]]) -> None:
        """Show these studies, top to bottom. Tuples are (label, events, total)."""
        parsed: list[IntervalRow] = []
        for row in rows:
            if not isinstance(row, IntervalRow):
                row = IntervalRow(*row)
            _interval(row.events, row.total)  # validates the counts
            parsed.append(row)
        if parsed == self._rows:
            return
        self._rows = parsed
        self.intervals = [_interval(r.events, r.total) for r in parsed]
        self._text_rows(self._row_texts, len(parsed))
        self._changed()

    def set_figure(self, figure: IntervalFigure, source: str = "") -> None:
        """Show an interval figure from facts.toml."""
        rows = [
            IntervalRow(
                s.label,
                s.events,
                s.total,
                self.tr("{0} of the {1} {2} {3} ({4})").format(
                    s.events, s.total, s.group, s.outcome, s.time_frame
                ),
            )
            for s in figure.studies
        ]
        self.set_title(figure.title)
        self.set_caption(figure.caption)
        self.set_source(source)
        self.set_studies(rows)

    def rows(self) -> list[IntervalRow]:
        return list(self._rows)

    def bar_label(self, events: int, total: int) -> str:
        """'12 of 12 (interval 73.5–100%)'."""
        lo, hi = _interval(events, total)
        return self.tr("{0} of {1} (interval {2}–{3}%)").format(
            events, total, percent_text(lo), percent_text(hi)
        )

    # --- drawing ---------------------------------------------------------------------------
    def _layout_scene(self, width: float) -> float:
        line = self._line_height()
        side = max(self._text_width("100%") / 2 + 4, line * 0.5)
        left, right = side, width - side
        span = max(right - left, 10.0)
        bar_h = line * 1.0
        y = 4.0
        tracks, bars, whiskers_x, whiskers_y = [], [], [], []
        first_bar_top = None
        for row, (lo, hi), (label_item, numbers_item) in zip(
            self._rows, self.intervals, self._row_texts, strict=False
        ):
            y += self._place_text(label_item, row.label, left, y, span, bold=True)
            y += self._place_text(
                numbers_item, self.bar_label(row.events, row.total), left, y, span
            )
            y += line * 0.35
            if first_bar_top is None:
                first_bar_top = y
            tracks.append((left, y, span, bar_h))
            bars.append((left, y, span * row.events / row.total, bar_h))
            mid = y + bar_h / 2
            x_lo, x_hi = left + span * lo, left + span * hi
            cap = bar_h * 0.7
            whiskers_x += [x_lo, x_hi, x_lo, x_lo, x_hi, x_hi]
            whiskers_y += [mid, mid, mid - cap, mid + cap, mid - cap, mid + cap]
            y += bar_h + line * 0.9
        set_bars(self.track_item, tracks)
        set_bars(self.bar_item, bars)
        self.whisker_item.setData(x=whiskers_x, y=whiskers_y)
        # The scale: dashed lines at 0, 25, 50, 75 and 100%, labelled underneath.
        grid_x, grid_y = [], []
        top = first_bar_top if first_bar_top is not None else y
        for tick, item in zip(TICKS, self._tick_texts, strict=True):
            x = left + span * tick / 100
            grid_x += [x, x]
            grid_y += [top - line * 0.2, y - line * 0.3]
            text = f"{tick}%"
            self._place_text(item, text, x - self._text_width(text) / 2, y, None)
        self.grid_item.setData(x=grid_x, y=grid_y)
        return y + line * 1.2

    def _sentences(self) -> list[str]:
        words = []
        for row, (lo, hi) in zip(self._rows, self.intervals, strict=True):
            lo_t, hi_t = percent_text(lo), percent_text(hi)
            if row.events == row.total:
                doubt = self.tr("the true rate could be as low as {0}%").format(lo_t)
            elif row.events == 0:
                doubt = self.tr("the true rate could be as high as {0}%").format(hi_t)
            else:
                doubt = self.tr("the true rate could be anywhere from {0}% to {1}%").format(
                    lo_t, hi_t
                )
            detail = row.detail or self.tr("{0} of {1}").format(row.events, row.total)
            interval = self.tr("95% interval {0}–{1}%").format(lo_t, hi_t)
            words.append(
                labelled(
                    row.label, join_items((detail, self.tr("{0} ({1})").format(doubt, interval)))
                )
            )
        return words
