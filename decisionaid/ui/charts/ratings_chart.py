"""What matters to you: the patient's own ratings of the good points and the hard parts,
side by side, on the same 0-4 scale and with the same space and weight for both sides.

Unrated items are listed as "not rated" with an empty bar, so nothing is silently left out.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from decisionaid.ui.charts import palette
from decisionaid.ui.charts.base import ChartBase, ChartText, set_bars
from decisionaid.ui.charts.legend import Swatch
from decisionaid.ui.qtenums import Qt
from decisionaid.ui.text import join_items, labelled

RATING_MAX = 4
SIDE_COLORS = ("blue", "orange")
Rating = tuple[str, int | None]


class RatingsChart(ChartBase):
    """Two columns of bars: benefits on the left, risks on the right."""

    def __init__(
        self,
        parent: QWidget | None = None,
        benefits_title: str | None = None,
        risks_title: str | None = None,
        rating_labels: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._titles = (
            benefits_title or self.tr("Good points (benefits)"),
            risks_title or self.tr("Hard parts (risks)"),
        )
        self._rating_labels: list[str] = []
        self.set_rating_labels(
            rating_labels
            or [
                self.tr("Not at all"),
                self.tr("A little"),
                self.tr("Somewhat"),
                self.tr("A lot"),
                self.tr("A great deal"),
            ]
        )
        self._sides: tuple[list[Rating], list[Rating]] = ([], [])
        self.track_item = pg.BarGraphItem(
            x0=[], y0=[], width=[], height=[], brush=palette.TRACK, pen=palette.TRACK_OUTLINE
        )
        self.tick_item = pg.PlotCurveItem(
            pen=palette.pen(palette.TRACK_OUTLINE, 1), connect="pairs"
        )
        self.unrated_item = pg.BarGraphItem(
            x0=[],
            y0=[],
            width=[],
            height=[],
            brush=palette.BACKGROUND,
            pen=palette.pen(palette.MUTED_TEXT, 1.5, Qt.PenStyle.DashLine),
        )
        self.bar_items = [
            pg.BarGraphItem(
                x0=[],
                y0=[],
                width=[],
                height=[],
                brush=palette.color(colour),
                pen=palette.pen(palette.OUTLINE, 1),
            )
            for colour in SIDE_COLORS
        ]
        for item in (self.track_item, self.unrated_item, *self.bar_items, self.tick_item):
            self.view.addItem(item)
        self._headings = [self._text_item(bold=True) for _ in range(2)]
        self._item_texts: list[list[tuple[ChartText, ChartText]]] = [[], []]
        self.legend.set_entries(
            [
                (Swatch("rect", fill=SIDE_COLORS[0]), self._titles[0]),
                (Swatch("rect", fill=SIDE_COLORS[1]), self._titles[1]),
            ]
        )
        self.legend.hide()  # the column headings already name both sides
        self._changed()

    # --- public API ------------------------------------------------------------------------
    def set_rating_labels(self, labels: Sequence[str]) -> None:
        """Five words for 0..4, from "not at all" to "a great deal" (from the content pack)."""
        if len(labels) != RATING_MAX + 1:
            raise ValueError(f"give exactly {RATING_MAX + 1} rating labels")
        self._rating_labels = list(labels)
        if hasattr(self, "_sides"):
            self._changed()

    def set_ratings(self, benefits: Sequence[Rating], risks: Sequence[Rating]) -> None:
        """Each item is (label, rating 0..4 or None for not rated)."""
        sides = (list(benefits), list(risks))
        for side in sides:
            for label, rating in side:
                if rating is not None and (
                    isinstance(rating, bool)
                    or not isinstance(rating, int)
                    or not 0 <= rating <= RATING_MAX
                ):
                    raise ValueError(f"{label}: a rating is 0 to {RATING_MAX} or None")
        if sides == self._sides:
            return
        self._sides = sides
        for i, side in enumerate(sides):
            texts = self._item_texts[i]
            while len(texts) < len(side):
                texts.append((self._text_item(), self._text_item(color=palette.MUTED_TEXT)))
            for label, value in texts[len(side) :]:
                label.setVisible(False)
                value.setVisible(False)
        self._changed()

    def ratings(self) -> tuple[list[Rating], list[Rating]]:
        return list(self._sides[0]), list(self._sides[1])

    def rating_text(self, rating: int | None) -> str:
        """'A lot (3 of 4)' or 'Not rated'."""
        if rating is None:
            return self.tr("Not rated")
        # No-break spaces keep "(3 of 4)" on one line when the column is narrow.
        scale = self.tr("({0} of {1})").format(rating, RATING_MAX).replace(" ", "\u00a0")
        return f"{self._rating_labels[rating]} {scale}"

    # --- drawing ---------------------------------------------------------------------------
    def _layout_scene(self, width: float) -> float:
        line = self._line_height()
        margin = 4.0
        gap = max(line * 1.5, 24.0)
        col_w = (width - 2 * margin - gap) / 2
        xs = (margin, margin + col_w + gap)
        y0 = margin
        heading_h = max(
            self._place_text(self._headings[i], self._titles[i], xs[i], y0, col_w, bold=True)
            for i in range(2)
        )
        y = y0 + heading_h + line * 0.6
        bar_h = line * 1.0
        bar_w = col_w
        tracks, ticks_x, ticks_y, unrated = [], [], [], []
        bars: list[list[tuple[float, float, float, float]]] = [[], []]
        rows = max(len(self._sides[0]), len(self._sides[1]))
        for r in range(rows):
            # Both columns share each row's height, so neither side looks bigger.
            heights = []
            for i in range(2):
                if r < len(self._sides[i]):
                    label_item, _ = self._item_texts[i][r]
                    text = self._sides[i][r][0]
                    heights.append(self._place_text(label_item, text, xs[i], y, col_w))
            y_bar = y + max(heights) + line * 0.2
            value_h = [line]
            for i in range(2):
                if r >= len(self._sides[i]):
                    continue
                _, value_item = self._item_texts[i][r]
                rating = self._sides[i][r][1]
                tracks.append((xs[i], y_bar, bar_w, bar_h))
                for step in range(1, RATING_MAX):
                    x = xs[i] + bar_w * step / RATING_MAX
                    ticks_x += [x, x]
                    ticks_y += [y_bar, y_bar + bar_h]
                if rating is None:
                    unrated.append((xs[i], y_bar, bar_w, bar_h))
                elif rating > 0:
                    bars[i].append((xs[i], y_bar, bar_w * rating / RATING_MAX, bar_h))
                value_h.append(
                    self._place_text(
                        value_item, self.rating_text(rating), xs[i], y_bar + bar_h + 2, col_w
                    )
                )
            y = y_bar + bar_h + 2 + max(value_h) + line * 0.8
        set_bars(self.track_item, tracks)
        set_bars(self.unrated_item, unrated)
        for i in range(2):
            set_bars(self.bar_items[i], bars[i])
        self.tick_item.setData(x=ticks_x, y=ticks_y)
        return y + margin

    def _default_name(self) -> str:
        return self.tr("How much each good point and each hard part matters to you")

    def _sentences(self) -> list[str]:
        words = []
        for title, side in zip(self._titles, self._sides, strict=True):
            if not side:
                words.append(self.tr("{0}: none listed").format(title))
                continue
            items = join_items(labelled(label, self.rating_text(r)) for label, r in side)
            words.append(labelled(title, items))
        return words
