"""Charts of people: icon arrays of 100 people, and the chance of each group of a trial. No Qt.

Both framings are always given ("18 of 100 had their tumour shrink", "82 of 100 did not"), and
each group of a trial is named under its figures, so nothing is told by colour alone.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Group

from decisionaid.model.stats import NaturalFrequency, allocation_chances, reduce_ratio
from decisionaid.report.drawings.base import ChartContext, Figure, person
from decisionaid.report.text import clean_text

# --- icon arrays ------------------------------------------------------------------------------
# A legend line and whose it is: the affected framing (True), the other (False), the range (None).
Legend = tuple[str, bool | None]


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
    # The published 95% interval in words ("The true rate is likely between …"), or "".
    interval: str = ""


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


def _legend_lines(ctx: ChartContext, data: IconArrayData, width: float) -> list[Legend]:
    """The legend of one icon array, bottom line first: the published 95% range (if any),
    the "other" framing, then the "affected" one. `True`/`False` marks the lines of a
    framing (its figure key sits by its first line), `None` the range."""
    affected_text, other_text = framings(ctx.words, data)
    entries: list[tuple[str, bool | None]] = [(other_text, False), (affected_text, True)]
    if data.interval:
        entries.insert(0, (data.interval, None))
    lines: list[Legend] = []
    for text, is_affected in entries:
        room = width - (0.0 if is_affected is None else _key_indent(ctx))
        for line in reversed(ctx.wrap(text, room, ctx.small, lines=3)):
            lines.append((line, is_affected))
    return lines


def _key_indent(ctx: ChartContext) -> float:
    return ctx.small * 0.95 * 1.8


def _icon_grid(
    ctx: ChartContext, data: IconArrayData, x0: float, width: float, legend_slots: int
) -> tuple[Group, float]:
    """One 10 x 10 array (or other denominator) with its title and both framings below. The
    legend has room for `legend_slots` lines, so that arrays side by side line up."""
    pal = ctx.style.palette
    f = data.frequency
    cols = 10
    rows = math.ceil(f.denominator / cols)
    cell_w = width / cols
    cell_h = cell_w * 1.3
    g = Group()
    legend_lines = _legend_lines(ctx, data, width)
    key = ctx.small * 0.95
    line_h = ctx.small * 1.55
    # The legend hangs from the grid: a shorter one leaves its room at the bottom.
    y = (legend_slots - len(legend_lines)) * line_h
    for i, (line, is_affected) in enumerate(legend_lines):
        indent = 0.0 if is_affected is None else _key_indent(ctx)
        g.add(ctx.string(x0 + indent, y + i * line_h + ctx.small * 0.15, line, ctx.small))
    # Key figures next to the first line of each framing.
    first_line_y: dict[bool, float] = {}
    for i, (_, is_affected) in enumerate(legend_lines):
        if is_affected is not None:
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
    return g, y


def icon_arrays(ctx: ChartContext, items: Sequence[IconArrayData]) -> Figure:
    """Up to three icon arrays side by side, same denominator, so they can be compared."""
    n = max(1, len(items))
    gap = ctx.width * 0.06
    each = min((ctx.width - gap * (n - 1)) / n, ctx.width * 0.46)
    groups = []
    height = 0.0
    slots = max(len(_legend_lines(ctx, item, each)) for item in items) if items else 0
    for i, item in enumerate(items):
        g, h = _icon_grid(ctx, item, i * (each + gap), each, slots)
        groups.append(g)
        height = max(height, h)
    d = ctx.drawing(ctx.width, height)
    for g in groups:
        d.add(g)
    sentences = []
    for item in items:
        both = ctx.words["list_sep"].join(framings(ctx.words, item))
        note = ctx.words["icon_note"].format(note=item.note) if item.note else ""
        text = ctx.words["icon_text"].format(
            title=item.title,
            both=both,
            note=note,
            time_frame=item.time_frame,
            source=item.source,
        )
        if item.interval:
            text = ctx.words["sentence_sep"].join((text, item.interval))
        sentences.append(text)
    # Each array carries its own title inside the drawing.
    return Figure("", d, ctx.words["sentence_sep"].join(sentences))


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

    def group_width(gi: int, count: int) -> float:
        """Room for the group's figures, or for its whole name if that is wider."""
        label = labels[gi] if gi < len(labels) else f"{gi + 1}"
        name_w = ctx.text_width(clean_text(label), ctx.font, bold=True) + ctx.font * 0.5
        return min(ctx.width, max(count * fig_w, ctx.font * 6, name_w))

    # Lay groups left to right; wrap to a new band when the width runs out.
    placements: list[tuple[int, float, int]] = []  # (group, x, band)
    x, band = 0.0, 0
    for gi, count in enumerate(counts):
        # Room for the figures, or for the group's name and chance if they are wider.
        width_needed = group_width(gi, count)
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
        group_w = group_width(gi, count)
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
        for c, lab in zip(chances, labels_or_numbers(labels, len(parts)), strict=True)
    ]
    text = words["rand_text"].format(ratio=ratio_text, parts=words["list_sep"].join(part_texts))
    return Figure(title, d, text)


def labels_or_numbers(labels: Sequence[str], n: int) -> list[str]:
    """The first `n` labels, numbered 1, 2, … where there are too few."""
    return [labels[i] if i < len(labels) else f"{i + 1}" for i in range(n)]
