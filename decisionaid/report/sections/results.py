"""Posted results: the trial's own, and those of earlier studies of the treatment. No Qt.

For each study: who started, finished and stopped (and why) per group; the primary outcome in
words; the most common serious and other side effects, each group as "x of N people" and as a
vector drawing of 100 people (the same denominator for every group); deaths; the time frame
and the registry's threshold; a small-study warning. Words and numbers come from
`model.results_summary` (the same view as the trial page and `trial show`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.graphics.shapes import Group

from decisionaid.model.registry.words import words
from decisionaid.model.results_summary import EventView, ResultsView, results_view
from decisionaid.report.drawings.base import ChartContext, Figure, person
from decisionaid.report.parts import figure

if TYPE_CHECKING:
    from decisionaid.report.builder import HandoutBuilder

COLUMNS = 20  # 100 people in 5 rows of 20


def _people(ctx: ChartContext, x0: float, y0: float, width: float, per_100: int | None) -> Group:
    pal = ctx.style.palette
    g = Group()
    cell = width / COLUMNS
    for i in range(100):
        col, row = i % COLUMNS, i // COLUMNS
        x = x0 + col * cell
        y = y0 + (4 - row) * cell * 1.25
        on = per_100 is not None and i < per_100
        g.add(
            person(
                x + cell * 0.1,
                y,
                cell * 0.8,
                cell * 1.1,
                pal.affected if on else "#FFFFFF",
                pal.ink,
                outline_width=0.35,
            )
        )
    return g


def event_figure(ctx: ChartContext, events: list[EventView], title: str) -> Figure:
    """One row per group of each event: the group's short name, 100 people, and the words."""
    label_w = ctx.width * 0.2
    grid_w = ctx.width * 0.36
    cell = grid_w / COLUMNS
    grid_h = cell * 1.25 * 5
    row_h = grid_h + ctx.font * 0.8
    term_h = ctx.font * 1.8
    height = sum(term_h + row_h * len(ev.shares) for ev in events) + 2
    d = ctx.drawing(ctx.width, height)
    y = height
    words_out = []
    for ev in events:
        y -= term_h
        d.add(ctx.string(0, y + ctx.font * 0.5, ev.term, bold=True))
        for share in ev.shares:
            y -= row_h
            d.add(ctx.string(0, y + grid_h / 2, ctx.fit(share.short, label_w - 4)))
            d.add(_people(ctx, label_w, y, grid_w, share.per_100))
            text = ctx.fit(share.text, ctx.width - label_w - grid_w - 8, ctx.small)
            d.add(ctx.string(label_w + grid_w + 8, y + grid_h / 2, text, size=ctx.small))
        words_out.append(f"{ev.term}: " + "; ".join(s.text for s in ev.shares))
    return Figure(title, d, ". ".join(words_out) + ".")


def _study(doc: HandoutBuilder, view: ResultsView, w) -> None:
    doc.add(doc.paragraph(view.heading, "h3"))
    if view.small_warning:
        doc.add(doc.paragraph(view.small_warning, "box"))
    for title, lines in ((w("res.flow"), view.flow_lines), (w("res.primary"), view.outcome_lines)):
        doc.add(doc.paragraph(title, "h3"))
        for line in lines or [w("res.none_given")]:
            doc.add(doc.paragraph(line))
    ctx = doc.chart_context()
    for title, events in ((w("res.serious"), view.serious), (w("res.other"), view.other)):
        # One drawing per side effect, so that each fits on a page with its words.
        for i, event in enumerate(events):
            caption = w("res.picture") if i == len(events) - 1 else ""
            doc.add(*figure(doc, event_figure(ctx, [event], title if i == 0 else ""), caption))
    for line in view.event_notes:
        doc.add(doc.paragraph(line.strip()))
    if view.limitations:
        doc.add(doc.paragraph(w("res.limitations", text=view.limitations)))


def add_results(doc: HandoutBuilder) -> None:
    s = doc.session
    w = words(doc.language)
    own = None if (s.trial_unknown or s.trial.is_empty()) else results_view(s.trial, doc.language)
    if own is not None:
        doc.heading(w("res.own_title"))
        _study(doc, own, w)
    if s.earlier:
        doc.heading(w("earlier.title"))
        for study in s.earlier:
            view = results_view(study, doc.language)
            if view is None:
                doc.add(doc.paragraph(w("earlier.no_results", id=study.registry_id or "?")))
            else:
                _study(doc, view, w)
