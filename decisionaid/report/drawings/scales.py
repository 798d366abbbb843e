"""Scales and bars: the leaning scale of page 1, the cost bars and the ratings chart. No Qt.

The two cost bars (a month's costs, and what the trial pays back) and the two columns of the
ratings chart (benefits solid, risks hatched) use the same scale on both sides, so neither
looks bigger by design.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib.colors import HexColor

from decisionaid.report.drawings.base import ChartContext, Figure, hatch, rule
from decisionaid.report.text import clean_text


# --- the leaning scale (page 1) ----------------------------------------------------------------
def leaning_scale(
    ctx: ChartContext, labels: Sequence[str], value: int | None, width: float
) -> Drawing:
    """Five boxes from "definitely not join" to "definitely join"; the chosen one is filled
    and marked, and the two ends are labelled, so the position reads without colour."""
    pal = ctx.style.palette
    n = len(labels)
    box_h = ctx.small * 1.5
    gap = ctx.small * 0.4
    box_w = (width - gap * (n - 1)) / n
    end_h = ctx.small * 1.4
    d = ctx.drawing(width, box_h + end_h + 2)
    y = end_h + 2
    for i in range(n):
        x = i * (box_w + gap)
        chosen = value == i
        d.add(
            Rect(
                x,
                y,
                box_w,
                box_h,
                fillColor=HexColor(pal.heading if chosen else "#FFFFFF"),
                strokeColor=HexColor(pal.heading if chosen else pal.rule),
                strokeWidth=1.2 if chosen else 0.6,
            )
        )
        if chosen:
            d.add(
                ctx.string(
                    x + box_w / 2, y + box_h * 0.3, "●", ctx.small, anchor="middle", color="#FFFFFF"
                )
            )
    d.add(ctx.string(0, 0, ctx.fit(labels[0], width * 0.45, ctx.small), ctx.small, color=pal.muted))
    d.add(
        ctx.string(
            width,
            0,
            ctx.fit(labels[-1], width * 0.45, ctx.small),
            ctx.small,
            anchor="end",
            color=pal.muted,
        )
    )
    return d


# --- costs ------------------------------------------------------------------------------------
@dataclass
class CostBarData:
    costs: list[tuple[str, Decimal]]  # (label, amount a month), non-zero parts
    back: list[tuple[str, Decimal]]
    costs_label: str
    back_label: str
    money: Callable[[Decimal], str]
    text: str


# The pattern over each cost part (white lines at these angles; None: plain colour), and
# over each part paid back (green lines on white).
COST_PATTERNS: tuple[tuple[float, ...] | None, ...] = (
    None,
    (45,),
    (0,),
    (135,),
    (90,),
    (45, 135),
)
BACK_PATTERNS: tuple[tuple[float, ...] | None, ...] = (
    (45,),
    (45, 135),
    (0,),
    (135,),
    (90,),
    (0, 90),
)


def cost_chart(ctx: ChartContext, data: CostBarData, title: str) -> Figure:
    """Two stacked bars: the costs of a month, and what the trial pays back in a month."""
    pal = ctx.style.palette
    money = data.money
    total_costs = sum((a for _, a in data.costs), Decimal(0))
    total_back = sum((a for _, a in data.back), Decimal(0))
    top = max(total_costs, total_back, Decimal(1))
    label_w = ctx.width * 0.30
    plot_w = ctx.width - label_w - ctx.font * 5.5
    bar_h = ctx.font * 2.2
    colors = pal.series()
    # Legend entries: one per non-zero part. Each part has its own pattern as well as its
    # colour (so a grey photocopy tells them apart); money paid back is hatched on white.
    entries = [(lab, k, False) for k, (lab, _) in enumerate(data.costs)]
    entries += [(lab, k, True) for k, (lab, _) in enumerate(data.back)]
    legend_cols = 3
    legend_rows = math.ceil(len(entries) / legend_cols) if entries else 0
    legend_h = legend_rows * ctx.small * 1.6
    height = bar_h * 2 + ctx.font * 2.2 + legend_h + ctx.small
    d = ctx.drawing(ctx.width, height)

    def swatch(x: float, y: float, w: float, h: float, k: int, back: bool) -> None:
        """Part `k` of the costs (or of what is paid back) in the box (x, y, w, h)."""
        color = pal.okabe("bluish_green") if back else colors[k % len(colors)]
        fill = "#FFFFFF" if back else color
        d.add(
            Rect(
                x, y, w, h, fillColor=HexColor(fill), strokeColor=HexColor(pal.ink), strokeWidth=0.6
            )
        )
        angles = (BACK_PATTERNS if back else COST_PATTERNS)[k % len(COST_PATTERNS)]
        if angles is not None:
            spacing = (3.2 if back else 4.0) * ctx.scale
            d.add(hatch(x, y, w, h, color if back else "#FFFFFF", spacing, angles))

    def bar(y: float, parts: list[tuple[str, Decimal]], back: bool, label: str) -> None:
        name = ctx.fit(label, label_w - ctx.font * 0.4, bold=True)
        d.add(ctx.string(0, y + bar_h * 0.35, name, bold=True))
        x = label_w
        for k, (_, amount) in enumerate(parts):
            w = float(amount / top) * plot_w
            swatch(x, y, w, bar_h, k, back)
            x += w
        total = sum((a for _, a in parts), Decimal(0))
        d.add(ctx.string(x + ctx.font * 0.5, y + bar_h * 0.35, money(total), bold=True))

    y_costs = height - bar_h - ctx.font * 0.4
    y_back = y_costs - bar_h - ctx.font * 1.2
    bar(y_costs, data.costs, False, data.costs_label)
    bar(y_back, data.back, True, data.back_label)
    # Legend
    col_w = ctx.width / legend_cols
    sw = ctx.small * 1.8
    for i, (lab, k, back) in enumerate(entries):
        r, c = divmod(i, legend_cols)
        lx = c * col_w
        ly = y_back - ctx.font * 1.2 - (r + 1) * ctx.small * 1.6 + ctx.small * 0.4
        swatch(lx, ly, sw, ctx.small * 1.2, k, back)
        text = ctx.fit(lab, col_w - sw - ctx.small)
        d.add(ctx.string(lx + sw + ctx.small * 0.5, ly + ctx.small * 0.2, text, ctx.small))
    return Figure(title, d, data.text)


# --- ratings ----------------------------------------------------------------------------------
def ratings_chart(
    ctx: ChartContext,
    benefits: Sequence[tuple[str, int | None]],
    risks: Sequence[tuple[str, int | None]],
    rating_labels: Sequence[str],
    titles: tuple[str, str],
    title: str,
) -> Figure:
    """Benefits (left, solid blue) and risks (right, hatched vermillion), each 0 to 4, with
    the same scale and the same space, so neither side looks more important by design."""
    pal = ctx.style.palette
    gap = ctx.width * 0.05
    col_w = (ctx.width - gap) / 2
    rows = max(len(benefits), len(risks), 1)
    name_lines = 2
    row_h = ctx.font * 1.2 * name_lines + ctx.font * 1.75
    head_h = ctx.font * 2.0
    height = head_h + rows * row_h
    d = ctx.drawing(ctx.width, height)
    max_rating = len(rating_labels) - 1
    for col, (items, color, hatched, heading) in enumerate(
        ((benefits, pal.benefit, False, titles[0]), (risks, pal.risk, True, titles[1]))
    ):
        x0 = col * (col_w + gap)
        d.add(
            ctx.string(x0, height - ctx.font * 1.2, heading, ctx.font * 1.1, bold=True, color=color)
        )
        d.add(rule(x0, x0 + col_w, height - ctx.font * 1.6, color, width=1.5))
        bar_w = col_w * 0.58
        for i, (name, rating) in enumerate(items):
            y_top = height - head_h - i * row_h
            lines = ctx.wrap(name, col_w, ctx.font, lines=name_lines)
            for k, line in enumerate(lines):
                d.add(ctx.string(x0, y_top - ctx.font * (1.0 + 1.2 * k), line, ctx.font))
            by = y_top - ctx.font * 1.2 * name_lines - ctx.font * 1.3
            bh = ctx.font * 1.1
            # Track with 4 steps, then the filled part.
            d.add(
                Rect(
                    x0,
                    by,
                    bar_w,
                    bh,
                    fillColor=HexColor("#FFFFFF"),
                    strokeColor=HexColor(pal.rule),
                    strokeWidth=0.5,
                )
            )
            for step in range(1, max_rating):
                sx = x0 + bar_w * step / max_rating
                d.add(Line(sx, by, sx, by + bh, strokeColor=HexColor(pal.faint), strokeWidth=0.5))
            if rating:
                w = bar_w * rating / max_rating
                if hatched:
                    d.add(
                        Rect(
                            x0,
                            by,
                            w,
                            bh,
                            fillColor=HexColor("#FBE3D3"),
                            strokeColor=HexColor(color),
                            strokeWidth=0.8,
                        )
                    )
                    d.add(hatch(x0, by, w, bh, color, spacing=2.8 * ctx.scale))
                else:
                    d.add(
                        Rect(
                            x0,
                            by,
                            w,
                            bh,
                            fillColor=HexColor(color),
                            strokeColor=HexColor(color),
                            strokeWidth=0.8,
                        )
                    )
            label = rating_labels[rating] if rating is not None else ctx.words["not_rated"]
            d.add(
                ctx.string(
                    x0 + bar_w + ctx.small * 0.6,
                    by + bh * 0.2,
                    ctx.fit(label, col_w - bar_w - ctx.small),
                    ctx.small,
                    bold=bool(rating),
                    color=pal.ink if rating is not None else pal.muted,
                )
            )
    parts = []
    for heading, items in ((titles[0], benefits), (titles[1], risks)):
        listed = ctx.words["list_sep"].join(
            ctx.words["label_value"].format(
                label=clean_text(n),
                value=rating_labels[r] if r is not None else ctx.words["not_rated"],
            )
            for n, r in items
        )
        parts.append(ctx.words["rating_text"].format(heading=heading, items=listed))
    return Figure(title, d, ctx.words["sentence_sep"].join(parts))
