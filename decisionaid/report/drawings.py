"""The handout's charts as native reportlab drawings (vector, so they print sharp at any size).

They show the same figures as the app's charts: icon arrays of 100 people, small-study
intervals, the chance of each group, the drug-development funnel, costs against what is paid
back, and the patient's ratings of benefits and risks. Colours are Okabe–Ito, and nothing is
told by colour alone: every part has a label, and risks and paid-back amounts are hatched.

Each function returns a `Figure`: the drawing plus a plain-text equivalent that the builder
prints under it (for screen readers, for colour-blind readers and for a photocopy in grey).
No Qt here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.shapes import Circle, Drawing, Group, Hatching, Line, Polygon, Rect, String
from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from decisionaid.model.stats import NaturalFrequency, allocation_chances, reduce_ratio
from decisionaid.report.fonts import FontSet, clean_text
from decisionaid.report.styles import HandoutStyle


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
        """Greedy word wrap into at most `lines` lines; the last one is shortened with "…"."""
        words = clean_text(text).replace("\n", " ").split()
        out: list[str] = []
        current = ""
        for i, word in enumerate(words):
            trial = f"{current} {word}".strip()
            if self.text_width(trial, size, bold) <= width or not current:
                current = trial
                continue
            out.append(current)
            current = word
            if len(out) == lines - 1:
                current = " ".join(words[i:])
                break
        if current:
            out.append(current)
        if len(out) > lines:
            out = out[: lines - 1] + [" ".join(out[lines - 1 :])]
        if out:
            out[-1] = self.fit(out[-1], width, size, bold)
        return out


# --- small building blocks --------------------------------------------------------------------
def hatch(x: float, y: float, w: float, h: float, color: str, spacing: float = 3.0) -> Hatching:
    """Diagonal lines inside a rectangle (a pattern, so parts differ without colour)."""
    return Hatching(
        spacings=spacing,
        angles=45,
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


# --- icon arrays ------------------------------------------------------------------------------
@dataclass
class IconArrayData:
    title: str
    frequency: NaturalFrequency
    affected_label: str
    other_label: str
    time_frame: str
    source: str
    note: str = ""
    caption: str = ""


def framings(words: dict[str, str], data: IconArrayData) -> tuple[str, str]:
    """Both framings: ("18 of 100 had their tumour shrink", "82 of 100 did not")."""
    f = data.frequency
    below = words["fewer_than_one"]
    above = words["more_than"].format(n=f.denominator - 1)
    if f.fewer_than_one:
        n_affected, n_other = below, above
    elif f.more_than_all_but_one:
        n_affected, n_other = above, below
    else:
        n_affected, n_other = str(f.affected), str(f.others)
    affected = words["icon_legend_affected"].format(
        n=n_affected, d=f.denominator, label=data.affected_label
    )
    other = words["icon_legend_other"].format(n=n_other, d=f.denominator, label=data.other_label)
    return affected, other


def _icon_grid(
    ctx: ChartContext, data: IconArrayData, x0: float, y0: float, width: float
) -> tuple[Group, float]:
    """One 10 x 10 array (or other denominator) with its title and both framings below."""
    pal = ctx.style.palette
    f = data.frequency
    cols = 10
    rows = math.ceil(f.denominator / cols)
    cell_w = width / cols
    cell_h = cell_w * 1.3
    g = Group()
    y = y0
    legend_lines: list[tuple[str, bool]] = []
    affected_text, other_text = framings(ctx.words, data)
    # Legend, bottom up: the "other" line, then the "affected" line, each with a figure key.
    key = ctx.small * 0.95
    for text, is_affected in ((other_text, False), (affected_text, True)):
        for line in reversed(ctx.wrap(text, width - key * 1.8, ctx.small, lines=2)):
            legend_lines.append((line, is_affected))
    line_h = ctx.small * 1.55
    for i, (line, _) in enumerate(legend_lines):
        ly = y + i * line_h
        g.add(ctx.string(x0 + key * 1.8, ly + ctx.small * 0.15, line, ctx.small))
    # Key figures next to the first line of each legend entry.
    first_line_y: dict[bool, float] = {}
    for i, (_, is_affected) in enumerate(legend_lines):
        first_line_y[is_affected] = y + i * line_h
    for is_affected, ly in first_line_y.items():
        g.add(
            person(
                x0,
                ly - ctx.small * 0.2,
                key,
                key * 1.35,
                pal.affected if is_affected else "#FFFFFF",
                pal.ink if is_affected else pal.muted,
            )
        )
    y += len(legend_lines) * line_h + ctx.small * 0.6
    # The grid: affected people first (reading order), grouped together.
    grid_top = y + rows * cell_h
    pad = cell_w * 0.12
    for k in range(f.denominator):
        r, c = divmod(k, cols)
        px = x0 + c * cell_w + pad
        py = grid_top - (r + 1) * cell_h + pad
        w, h = cell_w - 2 * pad, cell_h - 2 * pad
        if k < f.affected:
            g.add(person(px, py, w, h, pal.affected, pal.ink))
        elif k == f.affected and f.partial > 0:
            g.add(person(px, py, w, h, pal.affected, pal.ink, filled_fraction=f.partial))
        else:
            g.add(person(px, py, w, h, "#FFFFFF", pal.rule))
    y = grid_top + ctx.small * 0.5
    for line in reversed(ctx.wrap(data.title, width, ctx.font, bold=True, lines=2)):
        g.add(ctx.string(x0, y, line, ctx.font, bold=True))
        y += ctx.font * 1.25
    return g, y - y0


def icon_arrays(ctx: ChartContext, items: Sequence[IconArrayData]) -> Figure:
    """Up to three icon arrays side by side, same denominator, so they can be compared."""
    n = max(1, len(items))
    gap = ctx.width * 0.06
    each = min((ctx.width - gap * (n - 1)) / n, ctx.width * 0.46)
    groups = []
    height = 0.0
    for i, item in enumerate(items):
        g, h = _icon_grid(ctx, item, i * (each + gap), 0, each)
        groups.append(g)
        height = max(height, h)
    d = ctx.drawing(ctx.width, height)
    for g in groups:
        d.add(g)
    sentences = []
    for item in items:
        both = "; ".join(framings(ctx.words, item))
        note = f" ({item.note})" if item.note else ""
        sentences.append(f"{item.title}: {both}{note}. {item.time_frame}. {item.source}.")
    # Each array carries its own title inside the drawing.
    return Figure("", d, " ".join(sentences))


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
            fillColor=HexColor(pal.sky_blue),
            strokeColor=HexColor(pal.blue),
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
    d.add(
        Line(
            plot_x,
            axis_h - ctx.small * 0.4,
            plot_x + plot_w,
            axis_h - ctx.small * 0.4,
            strokeColor=HexColor(pal.rule),
            strokeWidth=0.8,
        )
    )
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
                fillColor=HexColor(pal.sky_blue),
                strokeColor=HexColor(pal.blue),
                strokeWidth=0.6,
            )
        )
        lo_x, hi_x = plot_x + plot_w * row.low, plot_x + plot_w * row.high
        cy = by + bar_h / 2
        cap = bar_h * 0.42
        ink = HexColor(pal.black)
        lw = 1.6 * ctx.scale
        d.add(Line(lo_x, cy, hi_x, cy, strokeColor=ink, strokeWidth=lw))
        d.add(Line(lo_x, cy - cap, lo_x, cy + cap, strokeColor=ink, strokeWidth=lw))
        d.add(Line(hi_x, cy - cap, hi_x, cy + cap, strokeColor=ink, strokeWidth=lw))
        value = ctx.words["count_of"].format(n=row.events, d=row.total)
        rng = ctx.words["range_95"].format(low=pct(row.low * 100), high=pct(row.high * 100))
        vx = plot_x + plot_w + ctx.font
        d.add(ctx.string(vx, cy + ctx.font * 0.15, value, ctx.font, bold=True))
        d.add(ctx.string(vx, cy - ctx.font * 1.05, rng, ctx.small, color=pal.muted))
    return Figure(title, d, " ".join(r.text for r in rows))


# --- randomisation ----------------------------------------------------------------------------
def randomisation_chart(
    ctx: ChartContext, ratio: Sequence[int], labels: Sequence[str], title: str
) -> Figure:
    """A pictograph: for a 2:1 ratio, 2 of every 3 people get the first group, by chance."""
    pal = ctx.style.palette
    parts = reduce_ratio(list(ratio))
    chances = allocation_chances(parts)
    total = sum(parts)
    # Show a whole number of "rounds" so there are about 12 people.
    rounds = max(1, 12 // total) if total <= 12 else 1
    counts = [p * rounds for p in parts]
    people = sum(counts)
    per_row = min(people, 24)
    gap_groups = ctx.font * 1.4
    n_groups = len(parts)
    fig_w = min(ctx.font * 2.0, (ctx.width - gap_groups * (n_groups - 1)) / max(per_row, 1))
    fig_h = fig_w * 1.35
    colors = pal.series()
    label_h = ctx.font * 2.7
    # Lay groups left to right; wrap to a new band when the width runs out.
    placements: list[tuple[int, float, int]] = []  # (group, x, band)
    x, band = 0.0, 0
    for gi, count in enumerate(counts):
        # Room for the figures, or for the group's name and chance if they are wider.
        width_needed = max(count * fig_w, ctx.font * 6)
        if x > 0 and x + width_needed > ctx.width:
            x, band = 0.0, band + 1
        placements.append((gi, x, band))
        x += width_needed + gap_groups
    rows_needed = band + 1
    band_h = fig_h + label_h + ctx.font * 0.6
    height = band_h * rows_needed
    d = ctx.drawing(ctx.width, height)
    for gi, gx, b in placements:
        count = counts[gi]
        color = colors[gi % len(colors)]
        base_y = height - (b + 1) * band_h + ctx.font * 0.3
        for k in range(count):
            px = gx + k * fig_w
            d.add(person(px + fig_w * 0.1, base_y, fig_w * 0.8, fig_h * 0.9, color, pal.ink))
        group_w = max(count * fig_w, ctx.font * 6)
        label = labels[gi] if gi < len(labels) else f"{gi + 1}"
        chance_text = ctx.words["n_in_d"].format(n=parts[gi], d=total)
        ty = base_y + fig_h + ctx.font * 0.35
        # Letter key under the chance, so the groups differ without colour.
        d.add(ctx.string(gx, ty + ctx.font * 1.2, ctx.fit(label, group_w, bold=True), bold=True))
        d.add(ctx.string(gx, ty, chance_text, ctx.font, color=pal.ink))
    words = ctx.words
    ratio_text = ":".join(str(p) for p in parts)
    part_texts = [
        words["rand_part"].format(n=c.numerator, d=c.denominator, label=clean_text(lab))
        for c, lab in zip(chances, _labels(labels, len(parts)), strict=True)
    ]
    text = words["rand_text"].format(ratio=ratio_text, parts="; ".join(part_texts))
    return Figure(title, d, text)


def _labels(labels: Sequence[str], n: int) -> list[str]:
    return [labels[i] if i < len(labels) else f"{i + 1}" for i in range(n)]


# --- funnel -----------------------------------------------------------------------------------
@dataclass
class FunnelData:
    title: str
    unit: str
    start: str
    stages: list[str]  # names of the stages reached, in order
    cumulative: list[float]  # [100, 62.8, ...], one more than stages
    overall_percent: float
    time_frame: str
    source: str


def funnel_chart(ctx: ChartContext, data: FunnelData) -> Figure:
    """Centred bars that shrink stage by stage: what share of 100 drugs gets how far."""
    pal = ctx.style.palette
    names = [data.start, *data.stages]
    bar_h = ctx.font * 1.9
    gap = ctx.font * 0.55
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
            strokeColor=HexColor(pal.orange),
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
        color = pal.bluish_green if last else pal.sky_blue
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
    steps = "; ".join(
        ctx.words["funnel_step"].format(n=pct(v), reached=s.lower())
        for s, v in zip(data.stages, data.cumulative[1:], strict=True)
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


# --- costs ------------------------------------------------------------------------------------
@dataclass
class CostBarData:
    costs: list[tuple[str, Decimal]]  # (label, amount a month), non-zero parts
    back: list[tuple[str, Decimal]]
    costs_label: str
    back_label: str
    money: object  # callable Decimal -> str
    text: str


def cost_chart(ctx: ChartContext, data: CostBarData, title: str) -> Figure:
    """Two stacked bars: the costs of a month, and what the trial pays back in a month."""
    pal = ctx.style.palette
    money = data.money  # type: ignore[assignment]
    total_costs = sum((a for _, a in data.costs), Decimal(0))
    total_back = sum((a for _, a in data.back), Decimal(0))
    top = max(total_costs, total_back, Decimal(1))
    label_w = ctx.width * 0.30
    plot_w = ctx.width - label_w - ctx.font * 5.5
    bar_h = ctx.font * 2.2
    colors = pal.series()
    # Legend entries: one per non-zero part, hatched for money paid back.
    entries = [(lab, colors[i % len(colors)], False) for i, (lab, _) in enumerate(data.costs)]
    entries += [(lab, pal.bluish_green, True) for lab, _ in data.back]
    legend_cols = 3
    legend_rows = math.ceil(len(entries) / legend_cols) if entries else 0
    legend_h = legend_rows * ctx.small * 1.6
    height = bar_h * 2 + ctx.font * 2.2 + legend_h + ctx.small
    d = ctx.drawing(ctx.width, height)

    def bar(y: float, parts: list[tuple[str, Decimal]], hatched: bool, label: str) -> None:
        d.add(
            ctx.string(
                0, y + bar_h * 0.35, ctx.fit(label, label_w - ctx.font * 0.4, bold=True), bold=True
            )
        )
        x = label_w
        for i, (_, amount) in enumerate(parts):
            w = float(amount / top) * plot_w
            color = pal.bluish_green if hatched else colors[i % len(colors)]
            d.add(
                Rect(
                    x,
                    y,
                    w,
                    bar_h,
                    fillColor=HexColor(color if not hatched else "#FFFFFF"),
                    strokeColor=HexColor(pal.ink),
                    strokeWidth=0.6,
                )
            )
            if hatched:
                d.add(hatch(x, y, w, bar_h, color, spacing=3.2 * ctx.scale))
            x += w
        total = sum((a for _, a in parts), Decimal(0))
        d.add(ctx.string(x + ctx.font * 0.5, y + bar_h * 0.35, money(total), bold=True))

    y_costs = height - bar_h - ctx.font * 0.4
    y_back = y_costs - bar_h - ctx.font * 1.2
    bar(y_costs, data.costs, False, data.costs_label)
    bar(y_back, data.back, True, data.back_label)
    # Legend
    col_w = ctx.width / legend_cols
    sw = ctx.small * 1.5
    for k, (lab, color, hatched) in enumerate(entries):
        r, c = divmod(k, legend_cols)
        lx = c * col_w
        ly = y_back - ctx.font * 1.2 - (r + 1) * ctx.small * 1.6 + ctx.small * 0.4
        d.add(
            Rect(
                lx,
                ly,
                sw,
                ctx.small * 1.05,
                fillColor=HexColor("#FFFFFF" if hatched else color),
                strokeColor=HexColor(pal.ink),
                strokeWidth=0.5,
            )
        )
        if hatched:
            d.add(hatch(lx, ly, sw, ctx.small * 1.05, color, spacing=2.5))
        d.add(
            ctx.string(
                lx + sw + ctx.small * 0.5,
                ly + ctx.small * 0.15,
                ctx.fit(lab, col_w - sw - ctx.small),
                ctx.small,
            )
        )
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
        d.add(
            Line(
                x0,
                height - ctx.font * 1.6,
                x0 + col_w,
                height - ctx.font * 1.6,
                strokeColor=HexColor(color),
                strokeWidth=1.5,
            )
        )
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
        listed = "; ".join(
            f"{clean_text(n)}: {rating_labels[r] if r is not None else ctx.words['not_rated']}"
            for n, r in items
        )
        parts.append(f"{heading}: {listed}.")
    return Figure(title, d, " ".join(parts))
