"""What every chart of the handout is drawn with: the figure, the chart context, patterns.

`ChartContext` knows the handout's style, fonts and words and the width to draw in; it makes
strings in our fonts, measures them, shortens them with "…" (`fit`) and wraps them into a
few lines (`wrap`, on reportlab's `simpleSplit`). `person()` draws one person of an icon
array, `hatch()` a pattern that tells parts apart without colour. No Qt.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Group,
    Hatching,
    Line,
    Polygon,
    Rect,
    String,
)
from reportlab.lib.colors import HexColor, white
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from decisionaid.report.fonts import FontSet
from decisionaid.report.styles import HandoutStyle
from decisionaid.report.text import clean_text, is_cjk


@dataclass
class Figure:
    """A drawing and what it shows, in words."""

    title: str
    drawing: Drawing
    text: str


@dataclass
class ChartContext:
    style: HandoutStyle
    fonts: FontSet
    words: dict[str, str]
    width: float

    @property
    def font(self) -> float:
        return self.style.chart_font

    @property
    def small(self) -> float:
        return self.style.chart_small_font

    @property
    def scale(self) -> float:
        return self.style.chart_scale

    def drawing(self, width: float, height: float) -> Drawing:
        """An empty drawing whose initial font is ours (reportlab's default, Helvetica, is
        never embedded, so it must not appear in the PDF even unused)."""
        d = Drawing(width, height)
        d.initialFontName = self.fonts.regular
        d.initialFontSize = self.font
        return d

    def string(
        self,
        x: float,
        y: float,
        text: str,
        size: float | None = None,
        bold: bool = False,
        anchor: str = "start",
        color: str | None = None,
    ) -> String:
        text = clean_text(text).replace("\n", " ")
        return String(
            x,
            y,
            text,
            fontName=self.fonts.font_for(text, bold=bold),
            fontSize=size or self.font,
            fillColor=HexColor(color or self.style.palette.ink),
            textAnchor=anchor,
        )

    def text_width(self, text: str, size: float | None = None, bold: bool = False) -> float:
        return stringWidth(text, self.fonts.font_for(text, bold=bold), size or self.font)

    def fit(self, text: str, width: float, size: float | None = None, bold: bool = False) -> str:
        """`text` shortened with "…" so that it fits `width`."""
        text = clean_text(text).replace("\n", " ")
        if self.text_width(text, size, bold) <= width:
            return text
        lo, hi = 0, len(text)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.text_width(text[:mid].rstrip() + "…", size, bold) <= width:
                lo = mid
            else:
                hi = mid - 1
        return text[:lo].rstrip() + "…"

    def wrap(
        self, text: str, width: float, size: float | None = None, bold: bool = False, lines: int = 2
    ) -> list[str]:
        """`text` in at most `lines` lines of `width`; the last one is shortened with "…"."""
        text = " ".join(clean_text(text).split())
        font = self.fonts.font_for(text, bold=bold)
        if any(is_cjk(c) for c in text):
            out = self._wrap_chars(text, width, size, bold)
        else:
            out = simpleSplit(text, font, size or self.font, width)
        if len(out) > lines:
            out = out[: lines - 1] + [" ".join(out[lines - 1 :])]
        if out:
            out[-1] = self.fit(out[-1], width, size, bold)
        return out

    def _wrap_chars(self, text: str, width: float, size: float | None, bold: bool) -> list[str]:
        """Chinese has no spaces between words: break between any two Chinese characters,
        but not inside a number or a Latin word, never before a closing mark (，。）) and
        never after an opening one (（“)."""
        units = re.findall(r"[\u0020-\u007e]+|.", text)  # runs of Latin, or one character
        units = [u for u in (x.strip() if x.isspace() else x for x in units) if u]
        glued: list[str] = []
        for unit in units:
            if glued and (unit[0] in NO_LINE_START or glued[-1][-1] in NO_LINE_END):
                glued[-1] += unit
            else:
                glued.append(unit)
        lines: list[str] = []
        line = ""
        for unit in glued:
            if line and self.text_width(line + unit, size, bold) > width:
                lines.append(line.strip())
                line = unit.lstrip()
            else:
                line += unit
        if line.strip():
            lines.append(line.strip())
        return lines


# Chinese line breaking in drawings: no line starts with these, none ends with those.
NO_LINE_START = "，。、；：？！）」』”%"
NO_LINE_END = "（「『“"


# --- small building blocks --------------------------------------------------------------------
def rule(x0: float, x1: float, y: float, color: str, width: float = 0.8) -> Line:
    """A horizontal line from x0 to x1 at height y."""
    return Line(x0, y, x1, y, strokeColor=HexColor(color), strokeWidth=width)


def hatch(
    x: float,
    y: float,
    w: float,
    h: float,
    color: str,
    spacing: float = 3.0,
    angles: float | tuple[float, ...] = 45,
) -> Hatching:
    """Lines inside a rectangle, diagonal by default (a pattern, so parts differ without
    colour); `angles` of several directions cross-hatch."""
    return Hatching(
        spacings=spacing,
        angles=angles,
        xyLists=[x, y, x + w, y, x + w, y + h, x, y + h],
        strokeColor=HexColor(color),
        strokeWidth=0.8,
    )


def person(
    x: float,
    y: float,
    w: float,
    h: float,
    fill: str,
    stroke: str,
    filled_fraction: float = 1.0,
    outline_width: float = 0.6,
) -> Group:
    """A person figure in the box (x, y, w, h): a round head over a body with round shoulders.

    `filled_fraction` below 1 fills only the lower part of the body (a part of one person).
    """
    g = Group()
    head_r = min(w * 0.2, h * 0.16)
    head_cy = y + h - head_r - h * 0.02
    body_w = w * 0.66
    body_x = x + (w - body_w) / 2
    body_top = head_cy - head_r - h * 0.06
    body_h = body_top - y
    r = body_w * 0.32
    pts: list[float] = [body_x, y, body_x + body_w, y]
    # Right shoulder, then left shoulder, as quarter circles.
    for cx, start in ((body_x + body_w - r, 0.0), (body_x + r, 90.0)):
        for k in range(7):
            a = math.radians(start + k * 15)
            pts += [cx + r * math.cos(a), body_top - r + r * math.sin(a)]
    stroke_c = HexColor(stroke)
    if filled_fraction >= 1.0:
        fill_c = HexColor(fill)
        g.add(Polygon(pts, fillColor=fill_c, strokeColor=stroke_c, strokeWidth=outline_width))
        g.add(
            Circle(
                x + w / 2,
                head_cy,
                head_r,
                fillColor=fill_c,
                strokeColor=stroke_c,
                strokeWidth=outline_width,
            )
        )
        return g
    g.add(Polygon(pts, fillColor=white, strokeColor=stroke_c, strokeWidth=outline_width))
    g.add(
        Circle(
            x + w / 2,
            head_cy,
            head_r,
            fillColor=white,
            strokeColor=stroke_c,
            strokeWidth=outline_width,
        )
    )
    if filled_fraction > 0:
        part_h = max(1.0, (body_h - r) * filled_fraction)
        g.add(Rect(body_x, y, body_w, part_h, fillColor=HexColor(fill), strokeColor=None))
    return g


def pct(value: float) -> str:
    """73.54 -> '73.5', 100.0 -> '100'."""
    return f"{value:.1f}".rstrip("0").rstrip(".")
