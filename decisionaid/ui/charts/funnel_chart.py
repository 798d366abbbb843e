"""The drug-development funnel: out of 100 new cancer DRUGS, how many reach each phase.

Each step's own chance (62.8% -> 24.6% -> 40.1% -> 82.4%) and the running total out of 100
drugs (100 -> 63 -> 15 -> 6 -> 5). The chart says plainly that these are odds for a drug,
not for a person.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from decisionaid.content.facts_schema import FunnelFigure
from decisionaid.model.stats import per_100
from decisionaid.ui.charts import palette
from decisionaid.ui.charts.base import ChartBase, ChartText
from decisionaid.ui.charts.legend import capitalise
from decisionaid.ui.text import labelled

BAR_COLOR = "bluish_green"


class FunnelChart(ChartBase):
    """Centred bars, one per stage, as wide as the share of drugs still going."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start = ""
        self._stages: list[tuple[str, float]] = []
        self._unit = self.tr("drugs")
        self.cumulative: list[float] = []
        self.bar_item = pg.BarGraphItem(
            x0=[],
            y0=[],
            width=[],
            height=[],
            brush=palette.color(BAR_COLOR),
            pen=palette.pen(palette.OUTLINE, 1),
        )
        self.view.addItem(self.bar_item)
        self._header = self._text_item(bold=True)
        self._row_texts: list[tuple[ChartText, ChartText]] = []
        self._changed()

    # --- public API ------------------------------------------------------------------------
    def set_steps(
        self, start: str, steps: Sequence[tuple[str, float]], unit: str | None = None
    ) -> None:
        """`start` names the first stage ("Start phase 1"); each step is (stage reached,
        percent of the previous stage that reached it), e.g. ("Reach phase 2", 62.8)."""
        for name, percent in steps:
            if not 0.0 < percent <= 100.0:
                raise ValueError(f"{name}: percent must be above 0 and at most 100")
        stages = [(name, float(p)) for name, p in steps]
        unit = self._unit if unit is None else unit
        if (start, stages, unit) == (self._start, self._stages, self._unit) and self.cumulative:
            return
        self._start = start
        self._stages = stages
        self._unit = unit
        values = [100.0]
        for _, percent in self._stages:
            values.append(values[-1] * percent / 100.0)
        self.cumulative = values
        self._text_rows(self._row_texts, len(values))
        self._changed()

    def set_figure(self, figure: FunnelFigure, source: str = "") -> None:
        """Show the funnel from facts.toml."""
        self.set_title(figure.title)
        based_on = self.tr("Based on: {0}").format(figure.time_frame)
        self.set_caption(f"{figure.caption}\n{based_on}")
        self.set_source(source)
        self.set_steps(figure.start, [(s.reached, s.percent) for s in figure.steps], figure.unit)

    def stage_text(self, index: int) -> str:
        """'about 63 of 100 drugs (62.8% of those at the step before)'."""
        count = self._about(self.cumulative[index])
        if index == 0:
            return self.tr("{0} of 100 {1}").format(count, self._unit)
        percent = f"{self._stages[index - 1][1]:g}"
        return self.tr("about {0} of 100 {1} ({2}% of those at the step before)").format(
            count, self._unit, percent
        )

    def _about(self, value: float) -> str:
        """A running total as whole drugs out of 100 (never 0 or 100 for a share between)."""
        nf = per_100(min(1.0, value / 100.0))
        if nf.fewer_than_one:
            return self.tr("fewer than 1")
        if nf.more_than_all_but_one:
            return self.tr("more than 99")
        return str(nf.affected)

    # --- drawing ---------------------------------------------------------------------------
    def _header_text(self) -> str:
        return self.tr("Counting {0}, not people: out of 100 new {0} that start testing").format(
            self._unit
        )

    def _layout_scene(self, width: float) -> float:
        line = self._line_height()
        margin = 4.0
        span = width - 2 * margin
        y = margin
        y += self._place_text(self._header, self._header_text(), margin, y, span, bold=True)
        y += line * 0.5
        bars = []
        names = [self._start, *(name for name, _ in self._stages)]
        for i, (name, value) in enumerate(zip(names, self.cumulative, strict=False)):
            label, numbers = self._row_texts[i]
            y += self._place_text(label, name, margin, y, span, bold=True)
            y += self._place_text(numbers, capitalise(self.stage_text(i)), margin, y, span)
            y += line * 0.25
            bar_w = max(span * value / 100.0, 3.0)
            bars.append((margin + (span - bar_w) / 2, y, bar_w, line * 1.1))
            y += line * 1.1 + line * 0.7
        self.bar_item.setOpts(
            x0=[b[0] for b in bars],
            y0=[b[1] for b in bars],
            width=[b[2] for b in bars],
            height=[b[3] for b in bars],
        )
        return y

    def _sentences(self) -> list[str]:
        if not self.cumulative:
            return []
        names = [self._start, *(name for name, _ in self._stages)]
        words = [self._header_text()]
        words += [labelled(name, self.stage_text(i)) for i, name in enumerate(names)]
        return words
