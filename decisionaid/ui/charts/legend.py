"""A legend in ordinary Qt widgets: a drawn sample (colour + pattern) and word-wrapped text.

pyqtgraph's own LegendItem draws fixed 20-pixel samples and does not wrap text, which is too
small for large print. Here the samples scale with the font, and the text wraps.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from decisionaid.ui.charts import palette
from decisionaid.ui.qtenums import Qt
from decisionaid.ui.widgets import layout_size_hint, qt_made


def capitalise(text: str) -> str:
    """Upper-case the first letter ('fewer than 1 of 100 ...' at the start of a line)."""
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class Swatch:
    """How to draw one legend sample.

    kind: "rect" (a bar piece), "path" (a person figure, in the 1 x 1 symbol box),
    "whisker" (an interval line with end caps).
    """

    kind: Literal["rect", "path", "whisker"]
    fill: str | None = None
    pattern: Qt.BrushStyle | None = None
    outline: str = palette.OUTLINE
    outline_width: float = 1.5
    path: QPainterPath | None = None
    # For "path": draw this second path filled on top (a partly shaded person).
    overlay: QPainterPath | None = None
    overlay_fill: str = "blue"


class SwatchWidget(QWidget):
    """Paints one Swatch, sized from the font so it grows with the text."""

    def __init__(self, swatch: Swatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._swatch = swatch
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def swatch(self) -> Swatch:
        return self._swatch

    def set_swatch(self, swatch: Swatch) -> None:
        if swatch != self._swatch:
            self._swatch = swatch
            self.update()

    def sizeHint(self) -> QSize:
        side = round(self.fontMetrics().height() * 1.6)
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        s = self._swatch
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        rect = QRectF(0, 0, side, side).adjusted(2, 2, -2, -2)
        outline = QPen(palette.color(s.outline), s.outline_width)
        fill = QBrush(palette.color(s.fill)) if s.fill else QBrush(QColor(palette.BACKGROUND))
        if s.kind == "rect":
            bar = rect.adjusted(0, side * 0.15, 0, -side * 0.15)
            painter.setPen(outline)
            painter.setBrush(fill)
            painter.drawRect(bar)
            if s.pattern is not None:
                painter.setBrush(palette.pattern_brush(s.pattern))
                painter.drawRect(bar)
        elif s.kind == "path" and s.path is not None:
            painter.translate(rect.center())
            painter.scale(rect.width(), rect.height())
            outline.setCosmetic(True)
            painter.setPen(outline)
            painter.setBrush(fill)
            painter.drawPath(s.path)
            if s.pattern is not None:
                painter.setBrush(palette.pattern_brush(s.pattern))
                painter.drawPath(s.path)
            if s.overlay is not None:
                painter.setBrush(QBrush(palette.color(s.overlay_fill)))
                painter.drawPath(s.overlay)
        elif s.kind == "whisker":
            line = QPen(palette.color(s.outline), 3)
            painter.setPen(line)
            y = rect.center().y()
            cap = side * 0.22
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.drawLine(QPointF(rect.left(), y - cap), QPointF(rect.left(), y + cap))
            painter.drawLine(QPointF(rect.right(), y - cap), QPointF(rect.right(), y + cap))
        painter.end()


class ChartLegend(QWidget):
    """Rows of sample + text. `set_entries([(swatch, text), ...])` replaces them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(1, 1)
        self._rows: list[tuple[SwatchWidget, QLabel]] = []

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Its grid's hint, without laying the rows' words out at the hint's width (what
        QWidget's own does); its height for its real width comes from the grid."""
        return layout_size_hint(self) or super().sizeHint()

    def set_entries(self, entries: list[tuple[Swatch, str]]) -> None:
        """Show these rows. Rows are updated in place (the cost chart changes its amounts on
        every key press), and only added or removed when the number of rows changes."""
        entries = [(swatch, capitalise(text)) for swatch, text in entries]
        while len(self._rows) > len(entries):
            for widget in self._rows.pop():
                self._grid.removeWidget(widget)
                widget.hide()
                # Out of the legend first: a label made by Qt (qt_made) keeps its Python
                # object alive as long as its parent's otherwise, after it is deleted.
                widget.setParent(None)
                widget.deleteLater()
        while len(self._rows) < len(entries):
            row = len(self._rows)
            sample = SwatchWidget(entries[row][0], self)
            # A plain label made by Qt (widgets.qt_made): a legend's words are short, and
            # QLabel measures them quicker than a WrappedLabel keeps its sizes.
            label = qt_made("QLabel", self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self._grid.addWidget(sample, row, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(label, row, 1, Qt.AlignmentFlag.AlignVCenter)
            self._rows.append((sample, label))
        for (sample, label), (swatch, text) in zip(self._rows, entries, strict=True):
            sample.set_swatch(swatch)
            if label.text() != text:
                label.setText(text)
        self.setVisible(bool(entries))

    def entries(self) -> list[tuple[Swatch, str]]:
        return [(w.swatch(), label.text()) for w, label in self._rows]

    def texts(self) -> list[str]:
        return [label.text() for _, label in self._rows]
