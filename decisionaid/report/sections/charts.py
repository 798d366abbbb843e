"""The numbers in pictures: each chart with its words, time frame and source. No Qt.

The chance of each group in the patient's own trial (or an example when there is none), icon
arrays of what happened in phase 1 trials, small-study intervals, and the drug-development
funnel. The randomisation pictures and the funnel also serve the blank handout (`learn`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.platypus import KeepTogether

from decisionaid.model import labels, trial_summary
from decisionaid.model.registry.words import words
from decisionaid.report import drawings, parts

if TYPE_CHECKING:
    from decisionaid.report.builder import HandoutBuilder
    from decisionaid.report.document import Document

# Icon arrays drawn side by side, so that they can be compared.
FREQUENCY_PAIRS = (
    ("phase1_response_overall", "phase1_response_recent"),
    ("phase1_death", "phase1_later_approved"),
)


def add_charts(doc: HandoutBuilder) -> None:
    facts = doc.content.facts
    doc.heading(doc.text("charts_title"))
    doc.add(doc.paragraph(doc.text("charts_intro"), "body"))
    t = doc.session.trial
    known = not (doc.session.trial_unknown or t.is_empty())
    own_ratio = known and t.randomised is not False and len(t.ratio) >= 2
    # The chance of each group in the patient's own trial, when it is randomised.
    if known and (t.randomised is False or len(t.arms) == 1):
        key = "rand_single" if len(t.arms) == 1 else "rand_not_randomised"
        doc.add(
            doc.paragraph(doc.text("rand_title_trial"), "chart_title"),
            doc.paragraph(doc.text(key)),
        )
    elif own_ratio:
        full = [c.label for c in doc.summary.chances]
        # Short names that stay different under the figures; the full names in the caption.
        short = trial_summary.short_group_names(full)
        fig = drawings.randomisation_chart(
            doc.chart_context(), t.ratio, short, doc.text("rand_title_trial")
        )
        w = words(doc.language)
        ratio = trial_summary.ratio_text(t.ratio)
        caption = w("ratio.caption.assumed" if t.ratio_assumed else "ratio.caption", ratio=ratio)
        if short != full:
            caption += w.sp + w.items.join(
                f"{a} = {b}" for a, b in zip(short, full, strict=True) if a != b
            )
        caption = (caption + " " + randomisation_caption(doc)).strip()
        doc.add(*parts.figure(doc, fig, caption))
    add_phase_note(doc, t.phases if known else [])
    add_frequency_figures(doc)
    for interval in facts.intervals:
        add_interval_figure(doc, interval)
    one_plan = known and (t.randomised is False or len(t.arms) == 1)
    if not own_ratio and not one_plan and facts.randomisation.examples:
        # The same example, under the same title, as the screen (model/labels.py).
        example = labels.example_ratio(doc.content)
        title = facts.randomisation.title
        add_randomisation_example(doc, example, randomisation_caption(doc), title)
    add_funnel_figure(doc)


def randomisation_caption(doc: Document) -> str:
    """How often trials give each group an equal chance, with its time frame and source."""
    r = doc.content.facts.randomisation
    return doc.text(
        "rand_common",
        total=r.total,
        equal=r.equal_count,
        time_frame=r.time_frame,
        source=doc.cite(r.sources),
    )


def add_randomisation_example(
    doc: Document, ratio: list[int], caption: str = "", title: str = ""
) -> None:
    """The chance of each group for an example ratio (the content's group names)."""
    r = doc.content.facts.randomisation
    title = title or doc.text("rand_title_example")
    fig = drawings.randomisation_chart(doc.chart_context(), ratio, r.labels_for(len(ratio)), title)
    doc.add(*parts.figure(doc, fig, caption))


def add_phase_note(doc: Document, phases: list[str]) -> None:
    """What the phase 1 pictures mean for this trial, in the screen's words (facts.toml)."""
    notes = doc.content.facts.phase_notes
    note = notes.for_phases(phases)
    if note == notes.later:
        see = doc.text("phase_note_see", section=doc.content.options.title)
        note = doc.text("sentence_sep").join((note, see))
    # A short box: never split over two pages.
    doc.add(KeepTogether([doc.paragraph(note, "box")]))


def add_frequency_figures(doc: Document) -> None:
    facts = doc.content.facts
    for ids in FREQUENCY_PAIRS:
        items = []
        for fid in ids:
            try:
                fact = facts.frequency(fid)
            except KeyError:
                continue
            items.append(
                drawings.IconArrayData(
                    title=fact.title,
                    frequency=fact.frequency(),
                    affected_label=fact.affected_label,
                    other_label=fact.other_label,
                    time_frame=fact.time_frame,
                    source=doc.cite(fact.sources),
                    note=fact.note,
                    interval=range_note(doc, fact.interval),
                )
            )
        if items:
            doc.add(*parts.figure(doc, drawings.icon_arrays(doc.chart_context(), items)))


def range_note(doc: Document, interval: list[float]) -> str:
    """The published 95% interval in words ("" when none was published)."""
    if not interval:
        return ""
    low, high = interval
    return doc.content.facts.range_note.format(low=f"{low:g}", high=f"{high:g}")


def add_interval_figure(doc: Document, figure: Any) -> None:
    """Small studies: what was seen and the exact 95% range of each."""
    rows = []
    for study in figure.studies:
        low, high = study.exact_interval()
        text = doc.text(
            "interval_text",
            label=study.label,
            events=study.events,
            total=study.total,
            group=study.group,
            outcome=study.outcome,
            time_frame=study.time_frame,
            low=drawings.pct(low * 100),
            high=drawings.pct(high * 100),
            source=doc.cite(study.sources),
        )
        rows.append(drawings.IntervalRow(study.label, study.events, study.total, low, high, text))
    fig = drawings.interval_chart(doc.chart_context(), rows, figure.title)
    doc.add(*parts.figure(doc, fig, figure.caption))


def funnel_data(doc: Document) -> drawings.FunnelData:
    """The content's drug-development funnel, as the chart draws it."""
    funnel = doc.content.facts.funnel
    return drawings.FunnelData(
        title=funnel.title,
        unit=funnel.unit,
        start=funnel.start,
        stages=[s.reached for s in funnel.steps],
        cumulative=funnel.cumulative(),
        step_percents=[s.percent for s in funnel.steps],
        overall_percent=funnel.overall_percent,
        time_frame=funnel.time_frame,
        source=doc.cite(funnel.sources),
    )


def add_funnel_figure(doc: Document) -> None:
    fig = drawings.funnel_chart(doc.chart_context(), funnel_data(doc))
    doc.add(*parts.figure(doc, fig, doc.content.facts.funnel.caption))
