"""Randomisation as a pictograph: out of every 3 people who join a 2:1 trial, 2 get the
first group and 1 the second. Updates live when the ratio changes.

Each group has its own colour AND its own fill (solid, outlined, hatched, ...), and the legend
names each group with its chance in words ("2 in 3"). All the figures are one scatter item
(each figure with its group's pen and brush) and the hatching one more, however many groups:
an item per group cost a setData each on every layout, and 24 items for 12 groups.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache

import pyqtgraph as pg
from PySide6.QtGui import QBrush, QPen
from PySide6.QtWidgets import QWidget

from decisionaid.content.facts_schema import RandomisationFigure
from decisionaid.model.stats import reduce_ratio
from decisionaid.ui.charts import palette, symbols
from decisionaid.ui.charts.base import ChartBase
from decisionaid.ui.charts.legend import Swatch
from decisionaid.ui.text import join_commas, join_items

# The most figures the picture draws (a ratio like 7:5:3 still fits in rows).
MAX_FIGURES = 60

# Group styles: (colour, fill). "solid" = filled, "outline" = white with a coloured outline,
# or a Qt pattern over the colour.
_FILLS = ("solid", "outline", "pattern", "pattern", "pattern", "pattern")


class RandomisationChart(ChartBase):
    """`set_ratio([2, 1], ["New treatment", "Standard treatment"])`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ratio: list[int] = [1, 1]
        self._reduced: list[int] = [1, 1]
        self._labels: list[str] = []
        # Every figure (its group's index as its data), and the hatching over those of the
        # groups that have a pattern.
        self.figures_item = pg.ScatterPlotItem(pxMode=True, symbol=symbols.person(), antialias=True)
        self.pattern_item = pg.ScatterPlotItem(
            pxMode=True, symbol=symbols.person(), antialias=True, pen=None
        )
        self.view.addItem(self.figures_item)
        self.view.addItem(self.pattern_item)
        self._header = self._text_item(bold=True)
        self.set_ratio([1, 1])

    # --- public API ------------------------------------------------------------------------
    def set_ratio(self, ratio: Sequence[int], labels: Sequence[str] | None = None) -> None:
        """Show the chance of each group. `labels` name the groups (default Group 1, 2, ...).

        Raises ValueError/TypeError for a ratio with fewer than 2 groups, a part below 1, or
        one that needs more than MAX_FIGURES figures even after reducing (4:2 -> 2:1).
        """
        ratio = list(ratio)
        reduced = reduce_ratio(ratio)
        if sum(reduced) > MAX_FIGURES:
            raise ValueError(f"a ratio adding up to more than {MAX_FIGURES} is not drawn")
        names = list(labels or [])
        if len(names) > len(ratio):
            raise ValueError("more labels than groups")
        names += [self.tr("Group {0}").format(i + 1) for i in range(len(names), len(ratio))]
        if (ratio, names) == (self._ratio, self._labels):
            return  # the same picture (a page filled again with nothing changed)
        self._ratio, self._reduced, self._labels = ratio, reduced, names
        self.legend.set_entries([(_swatch(i), self.group_text(i)) for i in range(len(ratio))])
        self.legend.show()
        self._changed()

    def set_figure(
        self, figure: RandomisationFigure, source: str = "", ratio: Sequence[int] | None = None
    ) -> None:
        """The randomisation figure from facts.toml; `ratio` defaults to its first example."""
        self.set_title(figure.title)
        self.set_caption(figure.caption)
        self.set_source(source)
        chosen = list(ratio) if ratio else figure.examples[0]  # model/labels.example_ratio
        self.set_ratio(chosen, figure.labels_for(len(chosen)))

    def ratio(self) -> list[int]:
        return list(self._ratio)

    def labels(self) -> list[str]:
        return list(self._labels)

    def figure_counts(self) -> list[int]:
        """How many figures each group has in the picture (the reduced ratio)."""
        return list(self._reduced)

    def group_text(self, index: int) -> str:
        """'New treatment: 2 in 3 (67%)'."""
        # All groups out of the same number (3:1:2 -> 3 in 6, 1 in 6, 2 in 6).
        part, total = self._reduced[index], sum(self._reduced)
        percent = round(100 * part / total)
        return self.tr("{0}: {1} in {2} ({3}%)").format(self._labels[index], part, total, percent)

    # --- drawing ---------------------------------------------------------------------------
    def _header_text(self) -> str:
        total = sum(self._reduced)
        ratio = ":".join(str(p) for p in self._ratio)
        return self.tr("A {0} ratio: out of every {1} people who join").format(ratio, total)

    def _layout_scene(self, width: float) -> float:
        line = self._line_height()
        margin = 4.0
        y = margin
        y += self._place_text(self._header, self._header_text(), margin, y, width - 2 * margin)
        y += line * 0.5
        total = sum(self._reduced)
        groups = len(self._reduced)
        # One row if the figures fit at a readable size, else wrap (groups stay together).
        gap_cells = 0.6
        cell = min(line * 3.6, 90.0, (width - 2 * margin) / (total + gap_cells * (groups - 1)))
        if cell < line * 1.6:
            cell = line * 1.6
        per_row = max(1, math.floor((width - 2 * margin) / cell))
        x_slot = 0.0
        row = 0
        positions, groups, pens, brushes = [], [], [], []
        hatched, hatches = [], []
        for i, count in enumerate(self._reduced):
            pen, brush, hatch = _spot_style(i)
            for _ in range(count):
                if x_slot + 1 > per_row + 1e-9:
                    x_slot = 0.0
                    row += 1
                where = (margin + (x_slot + 0.5) * cell, y + (row + 0.5) * cell * 1.05)
                positions.append(where)
                groups.append(i)
                pens.append(pen)
                brushes.append(brush)
                if hatch is not None:
                    hatched.append(where)
                    hatches.append(hatch)
                x_slot += 1
            x_slot += gap_cells
        size = cell * 0.92
        self.figures_item.setData(pos=positions, size=size, pen=pens, brush=brushes, data=groups)
        self.pattern_item.setData(pos=hatched, size=size, brush=hatches)
        return y + (row + 1) * cell * 1.05 + margin

    def group_spots(self, index: int) -> list:
        """The figures drawn for group `index` (SpotItems, with its pen and brush)."""
        return [spot for spot in self.figures_item.points() if spot.data() == index]

    def _sentences(self) -> list[str]:
        if len(self._labels) != len(self._reduced):
            return []
        total = sum(self._reduced)
        parts = join_commas(
            self.tr("{0} in the {1} group").format(count, label)
            for count, label in zip(self._reduced, self._labels, strict=True)
        )
        words = [self.tr("Out of every {0} people who join, {1}").format(total, parts)]
        if self._reduced != self._ratio:
            words.append(
                self.tr("A {0} ratio gives the same chances as {1}").format(
                    ":".join(map(str, self._ratio)), ":".join(map(str, self._reduced))
                )
            )
        chances = join_items(self.group_text(i) for i in range(len(self._reduced)))
        words.append(self.tr("Your chance of each group: {0}").format(chances))
        return words


def _style(index: int) -> tuple[str, str]:
    return palette.SERIES[index % len(palette.SERIES)], _FILLS[index % len(_FILLS)]


@cache
def _spot_style(index: int) -> tuple[QPen, QBrush, QBrush | None]:
    """(pen, brush, hatching brush or None) of group `index`'s figures."""
    colour, fill = _style(index)
    if fill == "outline":
        pen, brush = palette.pen(colour, 3), pg.mkBrush(palette.BACKGROUND)
    else:
        pen, brush = palette.pen(palette.OUTLINE, 1.2), pg.mkBrush(palette.color(colour))
    hatch = palette.pattern_brush(palette.series_pattern(index)) if fill == "pattern" else None
    return pen, brush, hatch


def _swatch(index: int) -> Swatch:
    colour, fill = _style(index)
    if fill == "outline":
        return Swatch("path", fill=None, outline=colour, outline_width=2.5, path=symbols.person())
    pattern = palette.series_pattern(index) if fill == "pattern" else None
    return Swatch("path", fill=colour, pattern=pattern, path=symbols.person())
