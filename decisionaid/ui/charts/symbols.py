"""Shapes for the pictographs: a person figure, and part of one.

Paths fit a 1 x 1 box centred on (0, 0) with y pointing down, the convention pyqtgraph uses
for custom scatter symbols (it scales them by the symbol size). Qt only.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath

# The figure's vertical extent inside the unit box.
TOP, BOTTOM = -0.47, 0.5


@cache
def person() -> QPainterPath:
    """A simple person: round head, rounded shoulders and body, two legs."""
    head = QPainterPath()
    head.addEllipse(QRectF(-0.15, TOP, 0.30, 0.30))
    body = QPainterPath()
    body.addRoundedRect(QRectF(-0.29, -0.13, 0.58, 0.42), 0.13, 0.13)
    legs = QPainterPath()
    legs.addRect(QRectF(-0.2, 0.2, 0.17, BOTTOM - 0.2))
    legs.addRect(QRectF(0.03, 0.2, 0.17, BOTTOM - 0.2))
    shape = head.united(body.united(legs))
    return shape.simplified()


def partial_person(fraction: float) -> QPainterPath:
    """The lower `fraction` (0..1) of a person, by height: shades part of one figure."""
    fraction = min(1.0, max(0.0, fraction))
    height = (BOTTOM - TOP) * fraction
    clip = QPainterPath()
    clip.addRect(QRectF(-0.5, BOTTOM - height, 1.0, height))
    return person().intersected(clip).simplified()
