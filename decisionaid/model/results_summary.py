"""What a study's posted results say, in plain words and numbers for pictures. No Qt.

One view model for the trial page, `decisionaid trial show` and the handout, so the three
cannot disagree: who took part per group; who started, finished and stopped, and why; the
primary outcome with its intervals and comparison; the most common serious and other side
effects as "x of N people"; deaths; the time frame and the registry's frequency threshold;
and a warning when groups are small. Words come from the content pack (registry.toml).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from decisionaid.model.registry.results import (
    AdverseEvents,
    Count,
    Event,
    Flow,
    Outcome,
    StudyResults,
)
from decisionaid.model.registry.words import Words, words
from decisionaid.model.trial import TrialInfo
from decisionaid.model.trial_summary import phase_lines, short_group_names, status_code

SMALL_GROUP = 30
TOP_EVENTS = 5
# Pictures compare groups out of the same number of people.
PICTURE_DENOMINATOR = 100
_RATIO_WORDS = re.compile(r"hazard|odds|risk ratio|rate ratio|relative risk|ratio", re.I)
_DIFFERENCE_WORDS = re.compile(r"difference|mean diff", re.I)


@dataclass(frozen=True)
class GroupShare:
    """'1 of 8 people' for one group, with the same picture denominator for every group."""

    group: str
    short: str
    affected: int | None
    at_risk: int | None
    text: str
    # Out of PICTURE_DENOMINATOR (rounded); None when the counts are missing.
    per_100: int | None


@dataclass(frozen=True)
class EventView:
    term: str
    serious: bool
    shares: list[GroupShare]


@dataclass(frozen=True)
class FlowView:
    group: str
    short: str
    started: int | None
    finished: int | None
    stopped: int | None
    reasons: list[tuple[str, int]]
    text: str


@dataclass(frozen=True)
class ResultsView:
    heading: str
    flow: list[FlowView]
    flow_lines: list[str]
    outcome_lines: list[str]
    serious: list[EventView]
    other: list[EventView]
    deaths: list[GroupShare]
    event_lines: list[str]
    # The side-effect lines without the per-event rows (for a page that draws those).
    event_notes: list[str]
    small_warning: str
    limitations: str
    lines: list[str] = field(default_factory=list)


def _share(w: Words, group: str, short: str, count: Count) -> GroupShare:
    a, n = count.affected, count.at_risk
    if a is None or n is None or n == 0 or a > n:
        return GroupShare(group, short, a, n, w("res.share.unknown", group=group), None)
    per = math.floor(a * PICTURE_DENOMINATOR / n + 0.5)
    if a and not per:
        per = 1  # one person in 300 is still shown as someone
    return GroupShare(
        group,
        short,
        a,
        n,
        w(
            "res.share",
            group=group,
            a=f"{a:,}",
            people=w.people(n),
            pct=math.floor(100 * a / n + 0.5),
        ),
        per,
    )


def _top(events: list[Event], n: int) -> list[Event]:
    def key(ev: Event) -> tuple[float, int]:
        rates = [c.affected / c.at_risk for c in ev.counts if c.affected is not None and c.at_risk]
        total = sum(c.affected or 0 for c in ev.counts)
        return (max(rates, default=0.0), total)

    ranked = sorted(
        (e for e in events if any((c.affected or 0) > 0 for c in e.counts)), key=key, reverse=True
    )
    return ranked[:n]


def _flow(flow: Flow, w: Words) -> tuple[list[FlowView], list[str]]:
    names = [g.title for g in flow.groups]
    shorts = short_group_names(names)
    views, lines = [], []
    for i, name in enumerate(names):
        started = flow.started[i] if i < len(flow.started) else None
        finished = flow.finished[i] if i < len(flow.finished) else None
        stopped = flow.not_finished[i] if i < len(flow.not_finished) else None
        reasons = []
        for r in flow.reasons:
            n = r.counts[i] if i < len(r.counts) else None
            if n:
                label = w(f"res.reason.{r.kind}") if r.kind != "other" else r.reason
                if r.kind != "other" and r.reason.lower() != label.lower():
                    label = w("res.reason.as_said", plain=label, said=r.reason)
                reasons.append((label, n))
        parts = [w("res.flow.started", n=_n(started, w))]
        parts.append(w("res.flow.finished", n=_n(finished, w)))
        if stopped:
            why = w.items.join(w("res.flow.reason", n=n, why=label) for label, n in reasons)
            parts.append(
                w("res.flow.stopped_why", n=stopped, why=why)
                if why
                else w("res.flow.stopped", n=stopped)
            )
        elif stopped == 0:
            parts.append(w("res.flow.none_stopped"))
        text = w("res.flow.group", group=name, parts=w.sp.join(parts))
        views.append(FlowView(name, shorts[i], started, finished, stopped, reasons, text))
        lines.append(text)
    if flow.note:
        lines.append(w("res.registry_says", text=flow.note))
    return views, lines


def _n(value: int | None, w: Words) -> str:
    return w("res.not_given") if value is None else f"{value:,}"


def _number(text: str) -> float | None:
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _measurement_text(m, w: Words, unit: str, dispersion: str) -> str:
    if m is None or not m.value:
        return w("res.value.missing")
    value = m.value
    text = w("res.value.na") if value.upper() in ("NA", "N/A") else f"{value} {unit}".strip()
    if m.lower and m.upper and "CONFIDENCE" in dispersion:
        pct = re.search(r"(\d+)", dispersion)
        text += w.sp + w("res.value.ci", pct=pct.group(1) if pct else "95", lo=m.lower, hi=m.upper)
    elif m.lower and m.upper:
        text += w.sp + w("res.value.range", lo=m.lower, hi=m.upper)
    elif m.spread:
        text += w.sp + w("res.value.spread", spread=m.spread)
    if m.comment:
        text += w.sp + w("res.registry_says", text=m.comment)
    return text


def _analysis_line(an, names: dict[str, str], w: Words) -> str:
    lo, hi = _number(an.ci_lower), _number(an.ci_upper)
    groups = [names.get(g, g) for g in an.group_ids]
    between = (
        w("res.cmp.between", groups=w("list.join", items=", ".join(groups[:-1]), last=groups[-1]))
        if len(groups) >= 2
        else ""
    )
    measure = an.param_type or w("res.cmp.measure")
    null = None
    if _RATIO_WORDS.search(measure):
        null = 1.0
    elif _DIFFERENCE_WORDS.search(measure):
        null = 0.0
    interval = (
        w("res.value.ci", pct=an.ci_percent or "95", lo=an.ci_lower, hi=an.ci_upper)
        if an.ci_lower and an.ci_upper
        else ""
    )
    head = w("res.cmp.line", measure=measure, between=between, value=an.value or "?", ci=interval)
    if an.p_value:
        head += w.sp + w("res.cmp.p", p=an.p_value)
    if null is not None and lo is not None and hi is not None:
        if lo <= null <= hi:
            head += w.sp + w("res.cmp.no_difference", null=f"{null:g}")
        else:
            head += w.sp + w("res.cmp.difference")
    if an.comment:
        head += w.sp + w("res.registry_says", text=an.comment)
    return head


def _outcome_lines(o: Outcome, w: Words) -> list[str]:
    lines = [w("res.outcome", title=o.title)]
    if o.time_frame:
        lines.append(w("res.time_frame", text=o.time_frame))
    names = {g.id: g.title for g in o.groups}
    has_numbers = any(m is not None and m.value for row in o.rows for m in row.values)
    if not has_numbers:
        lines.append(w("res.outcome.no_numbers"))
    else:
        for row in o.rows:
            for g, m, d in zip(
                o.groups, row.values, o.denoms + [None] * len(o.groups), strict=False
            ):
                label = f"{g.title} ({row.label})" if row.label and len(o.rows) > 1 else g.title
                who = w("res.outcome.of", people=w.people(d)) if d else ""
                lines.append(
                    w(
                        "res.outcome.group",
                        group=label,
                        who=who,
                        value=_measurement_text(m, w, o.unit, o.dispersion_type),
                    )
                )
    for an in o.analyses:
        lines.append(_analysis_line(an, names, w))
    if o.analyses == [] and has_numbers and len(o.groups) >= 2:
        lines.append(w("res.cmp.none"))
    if o.population:
        lines.append(w("res.registry_says", text=o.population))
    return lines


def _events(
    ae: AdverseEvents, w: Words
) -> tuple[list[EventView], list[EventView], list[GroupShare], list[str], list[str]]:
    names = [g.title for g in ae.groups]
    shorts = short_group_names(names)

    def views(events: list[Event], serious: bool) -> list[EventView]:
        return [
            EventView(
                ev.term,
                serious,
                [_share(w, names[i], shorts[i], c) for i, c in enumerate(ev.counts)],
            )
            for ev in _top(events, TOP_EVENTS)
        ]

    serious = views(ae.serious_events, True)
    other = views(ae.other_events, False)
    deaths = [_share(w, names[i], shorts[i], c) for i, c in enumerate(ae.deaths)]
    lines: list[str] = []
    notes: list[str] = []
    for title_key, counts, top in (
        ("res.serious", ae.serious, serious),
        ("res.other", ae.other, other),
    ):
        lines.append(w(title_key))
        notes.append(w(title_key))
        for i, c in enumerate(counts):
            lines.append("  " + _share(w, names[i], shorts[i], c).text)
            notes.append("  " + _share(w, names[i], shorts[i], c).text)
        if top:
            lines.append("  " + w("res.top"))
            for ev in top:
                lines.append(
                    "  - "
                    + w("res.event", term=ev.term, shares=w.items.join(s.text for s in ev.shares))
                )
        else:
            lines.append("  " + w("res.none_listed"))
    tail_start = len(lines)
    if deaths:
        lines.append(w("res.deaths", shares=w.items.join(d.text for d in deaths)))
    if ae.time_frame:
        lines.append(w("res.ae.time_frame", text=ae.time_frame))
    if ae.frequency_threshold:
        zero = _number(ae.frequency_threshold) == 0
        lines.append(
            w("res.threshold.zero") if zero else w("res.threshold", pct=ae.frequency_threshold)
        )
    if ae.description:
        lines.append(w("res.registry_says", text=ae.description))
    return serious, other, deaths, lines, notes + lines[tail_start:]


def results_view(trial: TrialInfo, language: str = "en") -> ResultsView | None:
    """The view of `trial`'s posted results; None when the record has none."""
    res: StudyResults | None = trial.results
    if res is None or res.is_empty():
        return None
    w = words(language)
    phase = ", ".join(p for p in trial.phases if p != "na")
    heading = w(
        "res.heading",
        id=trial.registry_id or w("res.no_number"),
        title=trial.title or "",
        status=trial.status or w("res.not_given"),
    )
    flow, flow_lines = _flow(res.flow, w) if res.flow else ([], [])
    outcome_lines: list[str] = []
    for o in res.primary:
        outcome_lines.extend(_outcome_lines(o, w))
    serious: list[EventView] = []
    other: list[EventView] = []
    deaths: list[GroupShare] = []
    event_lines: list[str] = []
    event_notes: list[str] = []
    if res.adverse:
        serious, other, deaths, event_lines, event_notes = _events(res.adverse, w)
    sizes = [v.started for v in flow if v.started is not None]
    if res.adverse:
        sizes += [c.at_risk for c in res.adverse.serious if c.at_risk is not None]
    small = (
        w("res.small", n=SMALL_GROUP, smallest=min(sizes))
        if sizes and min(sizes) < SMALL_GROUP
        else ""
    )
    lines = [heading]
    if phase or trial.phases:
        lines.append(phase_lines(trial, language)[0])
    if small:
        lines.append(small)
    lines.append(w("res.flow"))
    lines.extend("  " + line for line in flow_lines or [w("res.none_given")])
    lines.append(w("res.primary"))
    lines.extend("  " + line for line in outcome_lines or [w("res.none_given")])
    lines.append(w("res.side_effects"))
    lines.extend("  " + line for line in event_lines or [w("res.none_given")])
    if res.limitations:
        lines.append(w("res.limitations", text=res.limitations))
    _ = status_code  # the status is part of the heading
    return ResultsView(
        heading=heading,
        flow=flow,
        flow_lines=flow_lines,
        outcome_lines=outcome_lines,
        serious=serious,
        other=other,
        deaths=deaths,
        event_lines=event_lines,
        event_notes=event_notes,
        small_warning=small,
        limitations=res.limitations,
        lines=lines,
    )


def _end(text: str, w: Words) -> str:
    """The text as a sentence: with a full stop of the language at the end."""
    stop = w("sep.stop") if w.has("sep.stop") else "."
    return text if text.endswith((".", "。", "!", "?", ":", "：")) else text + stop


def grid_texts(study: TrialInfo, earlier: bool, language: str = "en") -> tuple[str, str] | None:
    """(for the row "the chance that it helps", for the row "side effects") of the option grid,
    from a study's posted results; None when it has none. Short: the full view is on the trial
    page and in the handout."""
    view = results_view(study, language)
    if view is None:
        return None
    w = words(language)
    who = w("grid.earlier" if earlier else "grid.own", id=study.registry_id or w("res.no_number"))
    res = study.results
    chance = w("res.outcome.no_numbers")
    if res is not None and res.primary:
        o = res.primary[0]
        names = {g.id: g.title for g in o.groups}
        parts = [w("res.outcome", title=o.title)]
        if o.analyses:
            parts += [_analysis_line(an, names, w) for an in o.analyses[:2]]
        elif any(m is not None and m.value for row in o.rows for m in row.values):
            parts += [line for line in _outcome_lines(o, w)[1:] if line not in o.population][:4]
        else:
            parts.append(w("res.outcome.no_numbers"))
            if o.population:
                parts.append(w("res.registry_says", text=o.population))
        chance = w.sp.join(_end(p, w) for p in parts)
    side = ""
    if res is not None and res.adverse is not None:
        shares = [
            _share(w, g.title, g.title, c)
            for g, c in zip(res.adverse.groups, res.adverse.serious, strict=False)
        ]
        side = _end(w("res.serious") + w.sp + w.items.join(x.text for x in shares), w)
        if view.serious or view.other:
            top = (view.serious or view.other)[0]
            shown = w.items.join(x.text for x in top.shares)
            side += w.sp + _end(w("res.event", term=top.term, shares=shown), w)
    if view.small_warning:
        side = (side + w.sp + view.small_warning).strip()
        chance = chance + w.sp + view.small_warning
    return who + w.sp + chance, (who + w.sp + side).strip()
