"""Shape of `facts.toml`: the figures on "Your chances, in pictures" (and in the PDF).

Each figure has an id, a title, a plain-words caption, its numbers, the time frame the numbers
cover, and the ids of its sources. The numbers are stored as they were published (counts where
the paper gives counts, percentages where it only gives percentages); everything derived from
them (natural frequencies, exact intervals, cumulative funnel values) is computed by
`decisionaid.model.stats`, so the words and the pictures cannot drift apart.

Any field named `sources` holds source ids that must exist in sources.toml (the loader checks).
No Qt here.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from decisionaid.model.stats import (
    NaturalFrequency,
    allocation_chances,
    clopper_pearson,
    natural_frequency,
    per_100,
)
from decisionaid.schema import require


def _check_interval(interval: list[float], name: str = "interval") -> None:
    require(
        not interval or (len(interval) == 2 and 0.0 <= interval[0] <= interval[1] <= 100.0),
        f"{name} must be empty or [low, high] in percent, with 0 <= low <= high <= 100",
    )


@dataclass(frozen=True)
class FrequencyFact:
    """One rate, shown as an icon array of people: "about 18 in 100 people".

    Give either `percent` (when the paper only reports a percentage) or `count` and `total`.
    """

    id: str
    title: str
    caption: str
    # What happened to the highlighted people, and to the others: "had their tumour shrink" /
    # "did not". Read as "18 of 100 <affected_label>; 82 of 100 <other_label>".
    affected_label: str
    other_label: str
    time_frame: str
    sources: list[str]
    percent: float | None = None
    count: int | None = None
    total: int | None = None
    # The 95% interval as published, in percent ([] when none was published).
    interval: list[float] = field(default_factory=list)
    # How many figures the icon array shows.
    per: int = 100
    # An extra plain-words restatement, e.g. "about 1 in 150".
    note: str = ""

    def __post_init__(self) -> None:
        has_count = self.count is not None or self.total is not None
        require(
            (self.percent is not None) != has_count,
            "give either percent, or count and total (not both)",
        )
        if self.percent is not None:
            require(0.0 <= self.percent <= 100.0, "percent must be between 0 and 100")
        else:
            require(
                self.count is not None and self.total is not None,
                "count and total go together",
            )
            assert self.count is not None and self.total is not None
            require(self.total >= 1, "total must be at least 1")
            require(0 <= self.count <= self.total, "count must be between 0 and total")
        _check_interval(self.interval)
        require(2 <= self.per <= 1000, "per must be between 2 and 1000")

    @property
    def proportion(self) -> float:
        """The rate as a fraction of 1."""
        if self.percent is not None:
            return self.percent / 100.0
        assert self.count is not None and self.total is not None
        return self.count / self.total

    def frequency(self) -> NaturalFrequency:
        """The rate as whole people out of `per`."""
        if self.count is not None and self.total is not None:
            return natural_frequency(self.count, self.total, self.per)
        return per_100(self.proportion, self.per)


@dataclass(frozen=True)
class Study:
    """One study's result as events out of people, for the interval chart."""

    id: str
    # A short name for the bar: "Rectal cancer (2022)".
    label: str
    events: int
    total: int
    # Who the denominator is: "people who finished treatment".
    group: str
    # What happened to them: "had no sign of the tumour".
    outcome: str
    time_frame: str
    sources: list[str]
    # The 95% interval as published, in percent ([] when none was published).
    interval: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        require(self.total >= 1, "total must be at least 1")
        require(0 <= self.events <= self.total, "events must be between 0 and total")
        _check_interval(self.interval)

    @property
    def proportion(self) -> float:
        return self.events / self.total

    def exact_interval(self) -> tuple[float, float]:
        """The exact (Clopper–Pearson) 95% interval, as fractions of 1."""
        return clopper_pearson(self.events, self.total)


@dataclass(frozen=True)
class IntervalFigure:
    """Several studies side by side with their exact 95% intervals."""

    id: str
    title: str
    caption: str
    studies: list[Study]

    def __post_init__(self) -> None:
        require(len(self.studies) >= 1, "an interval figure needs at least 1 study")


@dataclass(frozen=True)
class FunnelStep:
    # The stage reached: "Reach phase 2".
    reached: str
    # Of the drugs at the previous stage, the percentage that reached this one.
    percent: float

    def __post_init__(self) -> None:
        require(0.0 < self.percent <= 100.0, "percent must be above 0 and at most 100")


@dataclass(frozen=True)
class FunnelFigure:
    """How often a drug moves from one phase to the next. Odds for a DRUG, not a person."""

    id: str
    title: str
    caption: str
    # Who is counted: "drugs". The chart says "of 100 drugs".
    unit: str
    # The first stage: "Start phase 1".
    start: str
    steps: list[FunnelStep]
    # The published overall chance from the first to the last stage, in percent.
    overall_percent: float
    time_frame: str
    sources: list[str]

    def __post_init__(self) -> None:
        require(len(self.steps) >= 1, "a funnel needs at least 1 step")
        require(0.0 < self.overall_percent <= 100.0, "overall_percent must be above 0")
        product = math.prod(s.percent / 100.0 for s in self.steps) * 100.0
        require(
            abs(product - self.overall_percent) < 0.1,
            f"the steps multiply to {product:.2f}%, not overall_percent {self.overall_percent}%",
        )

    def cumulative(self) -> list[float]:
        """Out of 100 at the start, how many reach each stage: [100, 62.8, 15.4, 6.2, 5.1]."""
        values = [100.0]
        for step in self.steps:
            values.append(values[-1] * step.percent / 100.0)
        return values


@dataclass(frozen=True)
class RandomisationFigure:
    """The chance of each group from an allocation ratio, and how common 1:1 is."""

    id: str
    title: str
    caption: str
    # Ratios to show when the patient's trial gives none, e.g. [[1, 1], [2, 1], [1, 1, 1]].
    examples: list[list[int]]
    # Names for the groups when the trial's own are not known. The first is the new treatment.
    group_labels: list[str]
    # Trials that used 1:1 out of all the trials looked at.
    equal_count: int
    total: int
    time_frame: str
    sources: list[str]

    def __post_init__(self) -> None:
        require(len(self.examples) >= 1, "give at least 1 example ratio")
        for ratio in self.examples:
            try:
                allocation_chances(ratio)
            except (TypeError, ValueError) as exc:
                raise ValueError(f"example ratio {ratio}: {exc}") from None
        longest = max(len(r) for r in self.examples)
        require(
            len(self.group_labels) >= longest,
            f"group_labels needs at least {longest} names (the longest example ratio)",
        )
        require(self.total >= 1, "total must be at least 1")
        require(0 <= self.equal_count <= self.total, "equal_count must be between 0 and total")

    def labels_for(self, groups: int) -> list[str]:
        """Default names for a ratio with `groups` parts."""
        if groups <= len(self.group_labels):
            return list(self.group_labels[:groups])
        return [
            *self.group_labels,
            *(f"Group {i + 1}" for i in range(len(self.group_labels), groups)),
        ]


@dataclass(frozen=True)
class PhaseNotes:
    """What the phase 1 pictures mean for the patient's own trial, said the same on the screen
    and in the handout: `for_phases(trial.phases)` picks the words."""

    # A phase 1 (or early phase 1) trial: the figures fit it best.
    early: str
    # A phase 2 or 3 trial: these are not its chances.
    later: str
    # Another phase (4, "not applicable"): these figures only explain early trials.
    other: str
    # No phase known.
    unknown: str

    def for_phases(self, phases: Iterable[str]) -> str:
        found = set(phases)
        if found & {"1", "early1"}:
            return self.early
        if found & {"2", "3"}:
            return self.later
        return self.other if found else self.unknown


@dataclass(frozen=True)
class Facts:
    """All figures of the "Your chances" page. Look figures up by id with `figure(id)`."""

    title: str
    intro: str
    frequencies: list[FrequencyFact]
    intervals: list[IntervalFigure]
    funnel: FunnelFigure
    randomisation: RandomisationFigure
    phase_notes: PhaseNotes
    # A rate's published 95% interval in words, e.g. beside the deaths picture: {low}, {high}.
    range_note: str

    def frequency(self, fact_id: str) -> FrequencyFact:
        for fact in self.frequencies:
            if fact.id == fact_id:
                return fact
        raise KeyError(fact_id)

    def interval(self, figure_id: str) -> IntervalFigure:
        for figure in self.intervals:
            if figure.id == figure_id:
                return figure
        raise KeyError(figure_id)

    def figure(
        self, figure_id: str
    ) -> FrequencyFact | IntervalFigure | FunnelFigure | RandomisationFigure:
        for item in (*self.frequencies, *self.intervals, self.funnel, self.randomisation):
            if item.id == figure_id:
                return item
        raise KeyError(figure_id)
