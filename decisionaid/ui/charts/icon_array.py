"""Icon array: 100 person figures, the affected ones grouped first, both framings in words.

"18 of 100 had their tumour shrink; 82 of 100 did not." Filled figures vs outlined figures
(a pattern, not only a colour). A rate under 1 in 100 is shown as part of one figure and
worded "fewer than 1 of 100", never as 0.

Keyboard: Tab focuses the chart and reads the numbers; the arrow keys move between the two
groups, outline the selected group and announce it (accessible description + tooltip).
Hovering a figure shows its group's numbers as a tooltip.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QPoint, QRectF, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainterPath
from PySide6.QtWidgets import QGraphicsPathItem, QToolTip, QWidget

from decisionaid.content.facts_schema import FrequencyFact
from decisionaid.model.stats import NaturalFrequency, natural_frequency
from decisionaid.ui.charts import palette, symbols
from decisionaid.ui.charts.base import ChartBase
from decisionaid.ui.charts.legend import Swatch
from decisionaid.ui.qtenums import Qt
from decisionaid.ui.text import join_items

AFFECTED, OTHERS = 0, 1


class IconArrayChart(ChartBase):
    """A pictograph of `denominator` people (100 by default) in rows of 10."""

    # The words for the selected group ("" when none is selected), for a status bar.
    group_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The arrow keys move between the two groups (keyPressEvent): a real Tab stop.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._freq: NaturalFrequency = natural_frequency(0, 100, 100)
        self._affected_label = ""
        self._other_label = ""
        self._note = ""
        self._selected: int | None = None
        self._cell = 0.0
        self._origin = (0.0, 0.0)
        self._columns = 10

        spot_pen = palette.pen(palette.OUTLINE, 1.2)
        self.affected_item = pg.ScatterPlotItem(
            pxMode=True,
            symbol=symbols.person(),
            pen=spot_pen,
            brush=palette.color("blue"),
            antialias=True,
            hoverable=True,
            tip=self._tip,
        )
        self.other_item = pg.ScatterPlotItem(
            pxMode=True,
            symbol=symbols.person(),
            pen=palette.pen(palette.OUTLINE, 1.2),
            brush=palette.BACKGROUND,
            antialias=True,
            hoverable=True,
            tip=self._tip,
        )
        # Part of one figure, for "fewer than 1" / "more than 99" (drawn over an outline).
        self.partial_item = pg.ScatterPlotItem(
            pxMode=True, pen=None, brush=palette.color("blue"), antialias=True
        )
        for item in (self.other_item, self.affected_item, self.partial_item):
            self.view.addItem(item)
        self.highlight_item = QGraphicsPathItem()
        self.highlight_item.setPen(palette.pen(palette.FOCUS, 3))
        self.highlight_item.setZValue(10)
        self.view.addItem(self.highlight_item, ignoreBounds=True)
        self.plot.setMouseTracking(True)
        self._changed()

    # --- public API ------------------------------------------------------------------------
    def set_data(
        self,
        affected: int,
        denominator: int,
        affected_label: str,
        other_label: str,
        title: str,
    ) -> None:
        """Whole counts: `set_data(18, 100, "responded", "did not", "Phase 1 trials")`."""
        freq = natural_frequency(affected, denominator, denominator)
        self.set_frequency(freq, affected_label, other_label, title)

    def set_frequency(
        self,
        freq: NaturalFrequency,
        affected_label: str,
        other_label: str,
        title: str,
        note: str = "",
    ) -> None:
        """A computed natural frequency (may be "fewer than 1 of 100")."""
        if freq.denominator > 1000:
            raise ValueError("an icon array shows at most 1000 people")
        shown = (self._freq, self._affected_label, self._other_label, self._note, self.title())
        if shown == (freq, affected_label, other_label, note, title):
            return
        self._freq = freq
        self._affected_label = affected_label
        self._other_label = other_label
        self._note = note
        self.set_title(title)
        self._update_legend()
        self._changed()

    def set_fact(self, fact: FrequencyFact, source: str = "", range_note: str = "") -> None:
        """Show one rate from facts.toml, with its caption and time frame, and its published
        95% interval in the words of `range_note` (facts.toml, "{low}% to {high}%")."""
        based_on = self.tr("Based on: {0}").format(fact.time_frame)
        caption = fact.caption
        if fact.interval and range_note:
            low, high = fact.interval
            caption += " " + range_note.format(low=f"{low:g}", high=f"{high:g}")
        self.set_caption(f"{caption}\n{based_on}")
        self.set_source(source)
        self.set_frequency(
            fact.frequency(), fact.affected_label, fact.other_label, fact.title, fact.note
        )

    def frequency(self) -> NaturalFrequency:
        return self._freq

    def group_text(self, group: int) -> str:
        """'18 of 100 had their tumour shrink' (AFFECTED) or '82 of 100 did not' (OTHERS)."""
        f = self._freq
        fewer = self.tr("fewer than 1")
        more = self.tr("more than {0}").format(f.denominator - 1)
        if group == AFFECTED:
            count = fewer if f.fewer_than_one else more if f.more_than_all_but_one else f.affected
            label = self._affected_label
        else:
            count = more if f.fewer_than_one else fewer if f.more_than_all_but_one else f.others
            label = self._other_label
        return self.tr("{0} of {1} {2}").format(count, f.denominator, label)

    def selected_group(self) -> int | None:
        return self._selected

    def select_group(self, group: int | None) -> None:
        """Outline a group (AFFECTED or OTHERS) and announce it; None clears."""
        if group is not None and group not in (AFFECTED, OTHERS):
            raise ValueError("group must be AFFECTED (0) or OTHERS (1)")
        self._selected = group
        self._draw_highlight()
        if group is None:
            self.setAccessibleDescription(self.text_equivalent())
            self.group_selected.emit("")
            return
        words = self.group_text(group)
        self.setAccessibleDescription(words)
        self._announce(words)
        self.group_selected.emit(words)
        if self.isVisible():
            where = self.plot.mapToGlobal(QPoint(8, 8))
            QToolTip.showText(where, words, self.plot)

    # --- drawing ---------------------------------------------------------------------------
    def _grid(self) -> tuple[int, int]:
        n = self._freq.denominator
        if n <= 10:
            columns = n
        elif n <= 100:
            columns = 10
        else:
            columns = 5 * math.ceil(math.sqrt(n * 1.5) / 5)
        return columns, math.ceil(n / columns)

    def _cell_position(self, index: int) -> tuple[float, float]:
        col, row = index % self._columns, index // self._columns
        x0, y0 = self._origin
        return x0 + (col + 0.5) * self._cell, y0 + (row + 0.5) * self._cell

    def _layout_scene(self, width: float) -> float:
        line = self._line_height()
        columns, rows = self._grid()
        self._columns = columns
        # Figures about three text lines tall at most, and never so small they blur.
        cell = min(width / columns, line * 2.5, 60.0)
        cell = max(cell, 8.0)
        self._cell = cell
        self._origin = (2.0, 4.0)
        f = self._freq
        whole_affected = f.affected
        partial_index = None
        if f.fewer_than_one:
            partial_index = 0
        elif f.more_than_all_but_one:
            partial_index = f.denominator - 1
        affected_pos = [self._cell_position(i) for i in range(whole_affected)]
        other_pos = [self._cell_position(i) for i in range(whole_affected, f.denominator)]
        size = cell * 0.92
        self.affected_item.setData(pos=affected_pos, size=size, data=[AFFECTED] * len(affected_pos))
        self.other_item.setData(pos=other_pos, size=size, data=[OTHERS] * len(other_pos))
        if partial_index is not None:
            self.partial_item.setData(
                pos=[self._cell_position(partial_index)],
                size=size,
                symbol=symbols.partial_person(f.partial),
            )
        else:
            self.partial_item.setData(pos=[], size=size)
        self._draw_highlight()
        return self._origin[1] + rows * cell + 4.0

    def _group_indices(self, group: int) -> range:
        f = self._freq
        first_other = f.affected + (1 if f.fewer_than_one else 0)
        if group == AFFECTED:
            return range(0, first_other)
        return range(first_other, f.denominator)

    def _draw_highlight(self) -> None:
        path = QPainterPath()
        if self._selected is not None and self._cell > 0:
            for i in self._group_indices(self._selected):
                x, y = self._cell_position(i)
                half = self._cell / 2
                cell = QPainterPath()
                cell.addRect(QRectF(x - half, y - half, self._cell, self._cell))
                path = path.united(cell)
            path = path.simplified()
        self.highlight_item.setPath(path)

    def _update_legend(self) -> None:
        f = self._freq
        affected = Swatch("path", fill="blue", path=symbols.person())
        if f.fewer_than_one:
            affected = Swatch(
                "path", path=symbols.person(), overlay=symbols.partial_person(f.partial)
            )
        others = Swatch("path", fill=None, path=symbols.person())
        self.legend.set_entries(
            [
                (affected, self.group_text(AFFECTED)),
                (others, self.group_text(OTHERS)),
            ]
        )
        self.legend.show()

    def _sentences(self) -> list[str]:
        f = self._freq
        words = [
            self.tr("A picture of {0} people").format(f.denominator),
            join_items((self.group_text(AFFECTED), self.group_text(OTHERS))),
        ]
        if f.fewer_than_one:
            words.append(self.tr("Part of one figure is shaded to show less than one person"))
        if self._note:
            words.append(self.tr("That is {0}").format(self._note))
        return words

    def _tip(self, x: float, y: float, data: object) -> str:
        """Tooltip for a hovered figure (pyqtgraph calls this with the spot's data)."""
        return self.group_text(int(data)) if data in (AFFECTED, OTHERS) else ""

    def _export_started(self) -> None:
        self.highlight_item.hide()

    def _export_finished(self) -> None:
        self.highlight_item.show()

    # --- keyboard --------------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self._selected is None:
            self.select_group(AFFECTED)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.select_group(None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self.select_group(AFFECTED)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self.select_group(OTHERS)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
