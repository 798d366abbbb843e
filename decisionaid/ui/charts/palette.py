"""Colours and fill patterns shared by every chart (and meant to match the PDF's charts).

The Okabe–Ito palette stays distinguishable for the common kinds of colour blindness. Colour
is never the only cue: each series also gets a fill pattern, and every chart labels its parts
in words. Qt only (no pyqtgraph), so the legend and the tests can use it cheaply.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QPen

from decisionaid.colours import OKABE_ITO, SERIES
from decisionaid.ui.qtenums import Qt

# The colours and their order for series are shared with the handout (decisionaid.colours).
# A pattern drawn over each series' colour, in the same order. None = plain colour.
PATTERNS: tuple[Qt.BrushStyle | None, ...] = (
    None,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.Dense5Pattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.DiagCrossPattern,
)

# Text and lines on the white chart background (contrast above 7:1 for text).
BACKGROUND = "#FFFFFF"
TEXT = "#1A1A1A"
MUTED_TEXT = "#4D4D4D"
OUTLINE = "#333333"
GRID = "#BDBDBD"
TRACK = "#EDEDED"
TRACK_OUTLINE = "#8C8C8C"
FOCUS = "#000000"
# Pattern lines are drawn in near-black at partial opacity over the series colour.
PATTERN_INK = QColor(0, 0, 0, 150)


def color(name: str) -> QColor:
    """An Okabe–Ito colour by name, or any colour Qt understands ('#1A1A1A')."""
    return QColor(OKABE_ITO.get(name, name))


def series_color(index: int) -> QColor:
    return color(SERIES[index % len(SERIES)])


def series_pattern(index: int) -> Qt.BrushStyle | None:
    return PATTERNS[index % len(PATTERNS)]


def pattern_brush(style: Qt.BrushStyle | None) -> QBrush:
    """The overlay brush for a pattern (transparent when there is none)."""
    if style is None:
        return QBrush(Qt.BrushStyle.NoBrush)
    return QBrush(PATTERN_INK, style)


def pen(name: str, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A cosmetic pen (its width is in screen pixels, whatever the scaling)."""
    p = QPen(color(name), width, style)
    p.setCosmetic(True)
    p.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return p
