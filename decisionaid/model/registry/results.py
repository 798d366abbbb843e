"""Posted results of a study (ClinicalTrials.gov `resultsSection`): who started, finished and
stopped and why, the primary outcome, and the side effects, per group. No Qt.

The types here are plain dataclasses (saved in sessions through `decisionaid.schema`). Values
are kept as the registry gives them: a count the registry leaves out is None, never 0, and a
measurement such as "NA" stays "NA", with the registry's comment beside it.
"""

from __future__ import annotations

import math
from typing import Any

from decisionaid.model.registry.reader import Reader
from decisionaid.model.registry.text import clip
from decisionaid.model.study_results import (  # noqa: F401 - re-exported
    AdverseEvents,
    Analysis,
    Count,
    Event,
    Flow,
    FlowReason,
    Measurement,
    Outcome,
    OutcomeRow,
    ResultGroup,
    StudyResults,
)

# Enough for any real record; more is cut so a damaged file cannot flood the screen.
MAX_GROUPS = 40
MAX_OUTCOMES = 6
MAX_ROWS = 20
MAX_EVENTS = 300
MAX_REASONS = 30
TITLE_CHARS = 300


# --- reading --------------------------------------------------------------------------------

_REASON_KINDS = {
    "adverse event": "adverse_event",
    "adverse events": "adverse_event",
    "toxicity": "adverse_event",
    "withdrawal by subject": "own_choice",
    "subject withdrew": "own_choice",
    "consent withdrawn": "own_choice",
    "physician decision": "doctor",
    "investigator decision": "doctor",
    "lack of efficacy": "lack_of_efficacy",
    "progressive disease": "progression",
    "disease progression": "progression",
    "death": "death",
    "lost to follow-up": "lost",
    "protocol violation": "protocol",
}


def reason_kind(reason: str) -> str:
    return _REASON_KINDS.get(" ".join(reason.lower().split()), "other")


def _count(value: Any) -> int | None:
    """A count of people: a whole number from 0, given as a number or as text; else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        if not text.isdigit():
            return None
        value = int(text)
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            return None
        value = int(value)
    if isinstance(value, int) and 0 <= value < 10_000_000:
        return value
    return None


def _value(value: Any) -> str:
    """A measured value as the registry wrote it (text or a number), cut to a sane length."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, (int, float)):
        return f"{value:g}"
    if isinstance(value, str):
        return clip(" ".join(value.split()), 40)
    return ""


def _groups(r: Reader, obj: dict, key: str, path: str) -> list[ResultGroup]:
    out = []
    for i, g in enumerate(r.tables(obj, key, path)[:MAX_GROUPS]):
        gp = f"{path}.{key}[{i}]"
        out.append(
            ResultGroup(
                id=clip(r.text(g, "id", gp), 20),
                title=clip(r.text(g, "title", gp), TITLE_CHARS) or f"Group {i + 1}",
                description=r.text(g, "description", gp),
            )
        )
    return out


def _per_group(
    r: Reader, entries: list[dict], key: str, ids: list[str], path: str
) -> list[int | None]:
    """Counts aligned to `ids` from entries such as {"groupId": "FG000", "numSubjects": "8"}."""
    found: dict[str, int | None] = {}
    for i, entry in enumerate(entries):
        gid = r.text(entry, "groupId", f"{path}[{i}]")
        if gid in ids and gid not in found:
            found[gid] = _count(entry.get(key))
    return [found.get(gid) for gid in ids]


def _add(a: list[int | None], b: list[int | None]) -> list[int | None]:
    return [
        None if x is None and y is None else (x or 0) + (y or 0) for x, y in zip(a, b, strict=False)
    ]


def _flow(r: Reader, mod: dict, path: str) -> Flow | None:
    groups = _groups(r, mod, "groups", path)
    if not groups:
        return None
    ids = [g.id for g in groups]
    periods = r.tables(mod, "periods", path)
    flow = Flow(groups=groups)
    flow.note = clip(
        " ".join(
            t
            for t in (
                r.text(mod, "recruitmentDetails", path),
                r.text(mod, "preAssignmentDetails", path),
            )
            if t
        ),
        1500,
    )
    none = [None] * len(ids)
    reasons: dict[str, FlowReason] = {}
    for pi, period in enumerate(periods):
        pp = f"{path}.periods[{pi}]"
        for mi, milestone in enumerate(r.tables(period, "milestones", pp)):
            mp = f"{pp}.milestones[{mi}]"
            code = r.code(milestone, "type", mp)
            counts = _per_group(r, r.tables(milestone, "achievements", mp), "numSubjects", ids, mp)
            if code == "STARTED" and pi == 0:
                flow.started = counts
            elif code == "COMPLETED" and pi == len(periods) - 1:
                flow.finished = counts
            elif code == "NOT_COMPLETED" and pi == len(periods) - 1:
                flow.not_finished = counts
        for di, drop in enumerate(r.tables(period, "dropWithdraws", pp)):
            dp = f"{pp}.dropWithdraws[{di}]"
            reason = clip(r.text(drop, "type", dp), 200) or "Other"
            counts = _per_group(r, r.tables(drop, "reasons", dp), "numSubjects", ids, dp)
            key = reason.lower()
            if key in reasons:
                reasons[key].counts = _add(reasons[key].counts, counts)
            elif len(reasons) < MAX_REASONS:
                reasons[key] = FlowReason(reason, reason_kind(reason), counts)
    flow.started = flow.started or none
    flow.finished = flow.finished or none
    if not flow.not_finished or all(n is None for n in flow.not_finished):
        flow.not_finished = [
            s - f if s is not None and f is not None and s >= f else None
            for s, f in zip(flow.started, flow.finished, strict=False)
        ]
    flow.reasons = list(reasons.values())
    return flow


def _measurement(r: Reader, m: dict, path: str) -> Measurement:
    return Measurement(
        value=_value(m.get("value")),
        lower=_value(m.get("lowerLimit")),
        upper=_value(m.get("upperLimit")),
        spread=_value(m.get("spread")),
        comment=clip(r.text(m, "comment", path), 500),
    )


def _outcome(r: Reader, om: dict, path: str) -> Outcome:
    groups = _groups(r, om, "groups", path)
    ids = [g.id for g in groups]
    out = Outcome(
        kind="primary" if r.code(om, "type", path) == "PRIMARY" else "other",
        title=clip(r.text(om, "title", path), 500),
        description=clip(r.text(om, "description", path), 1500),
        time_frame=clip(r.text(om, "timeFrame", path), 500),
        population=clip(r.text(om, "populationDescription", path), 1500),
        param_type=r.code(om, "paramType", path),
        dispersion_type=r.code(om, "dispersionType", path),
        unit=clip(r.text(om, "unitOfMeasure", path), 100),
        groups=groups,
    )
    denoms = r.tables(om, "denoms", path)
    if denoms:
        out.denoms = _per_group(
            r, r.tables(denoms[0], "counts", f"{path}.denoms[0]"), "value", ids, path
        )
    else:
        out.denoms = [None] * len(ids)
    for ci, cls in enumerate(r.tables(om, "classes", path)):
        cp = f"{path}.classes[{ci}]"
        class_title = r.text(cls, "title", cp)
        for ki, cat in enumerate(r.tables(cls, "categories", cp)):
            kp = f"{cp}.categories[{ki}]"
            label = " - ".join(t for t in (class_title, r.text(cat, "title", kp)) if t)
            by_group: dict[str, Measurement] = {}
            for mi, m in enumerate(r.tables(cat, "measurements", kp)):
                mp = f"{kp}.measurements[{mi}]"
                gid = r.text(m, "groupId", mp)
                if gid in ids and gid not in by_group:
                    by_group[gid] = _measurement(r, m, mp)
            if len(out.rows) < MAX_ROWS:
                out.rows.append(OutcomeRow(clip(label, 200), [by_group.get(g) for g in ids]))
    for ai, an in enumerate(r.tables(om, "analyses", path)[:10]):
        ap = f"{path}.analyses[{ai}]"
        out.analyses.append(
            Analysis(
                group_ids=[g for g in r.texts(an, "groupIds", ap) if g in ids],
                param_type=clip(r.text(an, "paramType", ap), 100),
                value=_value(an.get("paramValue")),
                ci_percent=_value(an.get("ciPctValue")),
                ci_lower=_value(an.get("ciLowerLimit")),
                ci_upper=_value(an.get("ciUpperLimit")),
                p_value=_value(an.get("pValue")),
                method=clip(r.text(an, "statisticalMethod", ap), 200),
                comment=clip(r.text(an, "estimateComment", ap), 500),
            )
        )
    return out


def _counts(r: Reader, groups: list[dict], prefix: str) -> list[Count]:
    return [
        Count(_count(g.get(f"{prefix}NumAffected")), _count(g.get(f"{prefix}NumAtRisk")))
        for g in groups
    ]


def _events(r: Reader, mod: dict, key: str, ids: list[str], path: str) -> list[Event]:
    out = []
    for i, ev in enumerate(r.tables(mod, key, path)[:MAX_EVENTS]):
        ep = f"{path}.{key}[{i}]"
        by_group: dict[str, Count] = {}
        for si, st in enumerate(r.tables(ev, "stats", ep)):
            gid = r.text(st, "groupId", f"{ep}.stats[{si}]")
            if gid in ids and gid not in by_group:
                by_group[gid] = Count(_count(st.get("numAffected")), _count(st.get("numAtRisk")))
        out.append(
            Event(
                term=clip(r.text(ev, "term", ep), 200) or "?",
                organ_system=clip(r.text(ev, "organSystem", ep), 200),
                counts=[by_group.get(g, Count()) for g in ids],
            )
        )
    return out


def _adverse(r: Reader, mod: dict, path: str) -> AdverseEvents | None:
    raw_groups = r.tables(mod, "eventGroups", path)[:MAX_GROUPS]
    groups = _groups(r, mod, "eventGroups", path)
    if not groups:
        return None
    ids = [g.id for g in groups]
    return AdverseEvents(
        groups=groups,
        deaths=_counts(r, raw_groups, "deaths"),
        serious=_counts(r, raw_groups, "serious"),
        other=_counts(r, raw_groups, "other"),
        serious_events=_events(r, mod, "seriousEvents", ids, path),
        other_events=_events(r, mod, "otherEvents", ids, path),
        time_frame=clip(r.text(mod, "timeFrame", path), 800),
        description=clip(r.text(mod, "description", path), 800),
        frequency_threshold=_value(mod.get("frequencyThreshold")),
    )


def parse_results(r: Reader, section: dict, path: str = "resultsSection") -> StudyResults | None:
    """The results of one study from its `resultsSection`; None when nothing usable is there."""
    flow_mod = r.table(section, "participantFlowModule", path)
    out_mod = r.table(section, "outcomeMeasuresModule", path)
    ae_mod = r.table(section, "adverseEventsModule", path)
    info = r.table(section, "moreInfoModule", path)
    limits = r.table(info, "limitationsAndCaveats", f"{path}.moreInfoModule")
    results = StudyResults(
        flow=_flow(r, flow_mod, f"{path}.participantFlowModule") if flow_mod else None,
        adverse=_adverse(r, ae_mod, f"{path}.adverseEventsModule") if ae_mod else None,
        limitations=clip(
            r.text(limits, "description", f"{path}.moreInfoModule.limitationsAndCaveats"), 1500
        ),
    )
    op = f"{path}.outcomeMeasuresModule.outcomeMeasures"
    for i, om in enumerate(r.tables(out_mod, "outcomeMeasures", f"{path}.outcomeMeasuresModule")):
        if r.code(om, "type", f"{op}[{i}]") == "PRIMARY" and len(results.primary) < MAX_OUTCOMES:
            results.primary.append(_outcome(r, om, f"{op}[{i}]"))
    return None if results.is_empty() else results
