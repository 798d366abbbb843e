"""The types of a study's posted results (participant flow, outcomes, side effects): plain
dataclasses, saved in sessions through `decisionaid.schema`. No Qt.

Apart from the reader (`model/registry/results.py`, which re-exports them), so that the trial
in a new session, as the first window makes it, does not load the registry readers. A count
the registry leaves out is None, never 0; a measurement such as "NA" stays "NA".
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ResultGroup:
    id: str = ""
    title: str = ""
    description: str = ""


@dataclass
class FlowReason:
    """Why people stopped early, as the registry words it, with a count per flow group."""

    reason: str = ""
    # adverse_event, own_choice, doctor, lack_of_efficacy, progression, death, lost, other
    kind: str = "other"
    counts: list[int | None] = field(default_factory=list)


@dataclass
class Flow:
    groups: list[ResultGroup] = field(default_factory=list)
    started: list[int | None] = field(default_factory=list)
    finished: list[int | None] = field(default_factory=list)
    not_finished: list[int | None] = field(default_factory=list)
    reasons: list[FlowReason] = field(default_factory=list)
    note: str = ""


@dataclass
class Measurement:
    value: str = ""
    lower: str = ""
    upper: str = ""
    spread: str = ""
    comment: str = ""


@dataclass
class OutcomeRow:
    label: str = ""
    values: list[Measurement | None] = field(default_factory=list)


@dataclass
class Analysis:
    group_ids: list[str] = field(default_factory=list)
    param_type: str = ""
    value: str = ""
    ci_percent: str = ""
    ci_lower: str = ""
    ci_upper: str = ""
    p_value: str = ""
    method: str = ""
    comment: str = ""


@dataclass
class Outcome:
    kind: str = "primary"
    title: str = ""
    description: str = ""
    time_frame: str = ""
    population: str = ""
    param_type: str = ""
    dispersion_type: str = ""
    unit: str = ""
    groups: list[ResultGroup] = field(default_factory=list)
    denoms: list[int | None] = field(default_factory=list)
    rows: list[OutcomeRow] = field(default_factory=list)
    analyses: list[Analysis] = field(default_factory=list)


@dataclass
class Count:
    affected: int | None = None
    at_risk: int | None = None


@dataclass
class Event:
    term: str = ""
    organ_system: str = ""
    counts: list[Count] = field(default_factory=list)


@dataclass
class AdverseEvents:
    groups: list[ResultGroup] = field(default_factory=list)
    deaths: list[Count] = field(default_factory=list)
    serious: list[Count] = field(default_factory=list)
    other: list[Count] = field(default_factory=list)
    serious_events: list[Event] = field(default_factory=list)
    other_events: list[Event] = field(default_factory=list)
    time_frame: str = ""
    description: str = ""
    frequency_threshold: str = ""


@dataclass
class StudyResults:
    flow: Flow | None = None
    primary: list[Outcome] = field(default_factory=list)
    adverse: AdverseEvents | None = None
    limitations: str = ""

    def is_empty(self) -> bool:
        return self.flow is None and not self.primary and self.adverse is None
