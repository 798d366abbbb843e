"""Bar charts of evidence: small-study intervals and the drug-development funnel. No Qt.

An interval bar shows what was seen, its whiskers the exact 95% range, on one 0 to 100% axis
for every study. The funnel's bars shrink stage by stage, under a banner that says the odds
are for a drug, not for a person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Line, Rect
from reportlab.lib.colors import HexColor

from decisionaid.report.drawings.base import ChartContext, Figure, pct, rule


# --- intervals --------------------------------------------------------------------------------
@dataclass
class IntervalRow:
    label: str
    events: int
    total: int
    low: float  # fractions of 1
    high: float
    text: str  # the row in words


def interval_chart(ctx: ChartContext, rows: Sequence[IntervalRow], title: str) -> Figure:
    """Horizontal bars (what was seen) with whiskers (the exact 95% range), 0 to 100%."""
    pal = ctx.style.palette
    label_h = ctx.font * 1.35
    bar_h = ctx.font * 1.5
    row_h = label_h + bar_h + ctx.font * 0.9
    axis_h = ctx.small * 2.6
    legend_h = ctx.small * 1.8
    height = axis_h + row_h * len(rows) + legend_h
    d = ctx.drawing(ctx.width, height)
    value_w = ctx.width * 0.34
    plot_x = 0.0
    plot_w = ctx.width - value_w - ctx.font
    top = height - legend_h

    # Legend on top
    ly = height - ctx.small * 1.2
    d.add(
        Rect(
            0,
            ly - 1,
            ctx.small * 1.6,
            ctx.small,
            fillColor=HexColor(pal.okabe("sky_blue")),
            strokeColor=HexColor(pal.okabe("blue")),
            strokeWidth=0.5,
        )
    )
    d.add(ctx.string(ctx.small * 2.1, ly, ctx.words["interval_legend"], ctx.small))

    # Grid and axis
    for tick in (0, 25, 50, 75, 100):
        gx = plot_x + plot_w * tick / 100
        d.add(
            Line(
                gx,
                axis_h - ctx.small * 0.4,
                gx,
                top,
                strokeColor=HexColor(pal.faint),
                strokeWidth=0.8,
            )
        )
        d.add(
            ctx.string(
                gx,
                axis_h - ctx.small * 1.4,
                f"{tick}%",
                ctx.small,
                anchor="middle",
                color=pal.muted,
            )
        )
    d.add(rule(plot_x, plot_x + plot_w, axis_h - ctx.small * 0.4, pal.rule))
    d.add(
        ctx.string(
            plot_x + plot_w / 2,
            0,
            ctx.words["interval_axis"],
            ctx.small,
            anchor="middle",
            color=pal.muted,
        )
    )

    for i, row in enumerate(rows):
        y_top = top - i * row_h - ctx.font * 0.3
        d.add(ctx.string(plot_x, y_top - ctx.font, ctx.fit(row.label, ctx.width), bold=True))
        by = y_top - label_h - bar_h
        p = row.events / row.total
        d.add(
            Rect(
                plot_x,
                by,
                max(plot_w * p, 0.5),
                bar_h,
                fillColor=HexColor(pal.okabe("sky_blue")),
                strokeColor=HexColor(pal.okabe("blue")),
                strokeWidth=0.6,
            )
        )
        lo_x, hi_x = plot_x + plot_w * row.low, plot_x + plot_w * row.high
        cy = by + bar_h / 2
        cap = bar_h * 0.42
        ink = HexColor(pal.okabe("black"))
        lw = 1.6 * ctx.scale
        d.add(Line(lo_x, cy, hi_x, cy, strokeColor=ink, strokeWidth=lw))
        d.add(Line(lo_x, cy - cap, lo_x, cy + cap, strokeColor=ink, strokeWidth=lw))
        d.add(Line(hi_x, cy - cap, hi_x, cy + cap, strokeColor=ink, strokeWidth=lw))
        value = ctx.words["count_of"].format(n=row.events, d=row.total)
        rng = ctx.words["range_95"].format(low=pct(row.low * 100), high=pct(row.high * 100))
        vx = plot_x + plot_w + ctx.font
        d.add(ctx.string(vx, cy + ctx.font * 0.15, value, ctx.font, bold=True))
        d.add(ctx.string(vx, cy - ctx.font * 1.05, rng, ctx.small, color=pal.muted))
    return Figure(title, d, ctx.words["sentence_sep"].join(r.text for r in rows))


# --- funnel -----------------------------------------------------------------------------------
@dataclass
class FunnelData:
    title: str
    unit: str
    start: str
    stages: list[str]  # names of the stages reached, in order
    cumulative: list[float]  # [100, 62.8, ...], one more than stages
    # Of those at the stage before, the percentage that reached each stage: [62.8, 24.6, ...]
    step_percents: list[float]
    overall_percent: float
    time_frame: str
    source: str


def funnel_chart(ctx: ChartContext, data: FunnelData) -> Figure:
    """Centred bars that shrink stage by stage: what share of 100 drugs gets how far."""
    pal = ctx.style.palette
    names = [data.start, *data.stages]
    bar_h = ctx.font * 1.9
    # Between two bars: what share of the stage before reached this one.
    gap = ctx.small * 2.0
    banner_h = ctx.font * 2.4
    height = banner_h + len(names) * (bar_h + gap)
    d = ctx.drawing(ctx.width, height)
    label_w = ctx.width * 0.30
    value_w = ctx.width * 0.22
    plot_w = ctx.width - label_w - value_w
    # Banner: this is about drugs, not people.
    bw = ctx.text_width(ctx.words["funnel_drug_not_person"], ctx.font, bold=True) + ctx.font * 1.4
    d.add(
        Rect(
            0,
            height - banner_h + ctx.font * 0.35,
            bw,
            ctx.font * 1.75,
            fillColor=HexColor("#FFF4D6"),
            strokeColor=HexColor(pal.okabe("orange")),
            strokeWidth=1,
        )
    )
    d.add(
        ctx.string(
            ctx.font * 0.7,
            height - banner_h + ctx.font * 0.9,
            ctx.words["funnel_drug_not_person"],
            ctx.font,
            bold=True,
        )
    )
    unit_text = ctx.words["funnel_axis"].format(unit=data.unit)
    for i, (name, value) in enumerate(zip(names, data.cumulative, strict=False)):
        y = height - banner_h - (i + 1) * (bar_h + gap) + gap
        w = max(plot_w * value / 100.0, 1.0)
        x = label_w + (plot_w - w) / 2
        last = i == len(names) - 1
        color = pal.okabe("bluish_green") if last else pal.okabe("sky_blue")
        if i:
            step = ctx.words["funnel_step_rate"].format(step=pct(data.step_percents[i - 1]))
            d.add(
                ctx.string(
                    label_w + plot_w / 2,
                    y + bar_h + gap * 0.3,
                    ctx.fit(step, plot_w + value_w),
                    ctx.small,
                    anchor="middle",
                    color=pal.muted,
                )
            )
        d.add(
            Rect(
                x,
                y,
                w,
                bar_h,
                fillColor=HexColor(color),
                strokeColor=HexColor(pal.ink),
                strokeWidth=0.5,
            )
        )
        for k, line in enumerate(ctx.wrap(name, label_w - ctx.font * 0.5, ctx.font, lines=2)):
            d.add(ctx.string(0, y + bar_h * 0.62 - k * ctx.font * 1.1, line, ctx.font, bold=last))
        d.add(
            ctx.string(
                label_w + plot_w + ctx.font * 0.6,
                y + bar_h * 0.55,
                f"{pct(value)}",
                ctx.font,
                bold=True,
            )
        )
        d.add(
            ctx.string(
                label_w + plot_w + ctx.font * 0.6,
                y + bar_h * 0.55 - ctx.small * 1.1,
                ctx.fit(unit_text, value_w - ctx.font),
                ctx.small,
                color=pal.muted,
            )
        )
    steps = ctx.words["list_sep"].join(
        ctx.words["funnel_step"].format(n=pct(v), reached=s.lower(), step=pct(p))
        for s, v, p in zip(data.stages, data.cumulative[1:], data.step_percents, strict=True)
    )
    text = ctx.words["funnel_text"].format(
        unit=data.unit,
        start=data.start.lower(),
        steps=steps,
        overall=pct(data.overall_percent),
        time_frame=data.time_frame,
        source=data.source,
    )
    return Figure(data.title, d, text)
