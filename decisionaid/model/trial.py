"""The trial the patient was offered. Empty text or None always means "not known yet"."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

from decisionaid.i18n import _
from decisionaid.model.study_results import StudyResults

# Limits that every way in (typing, trial files, sessions, registry records) must respect.
MAX_GROUPS = 12
MAX_RATIO_PART = 20
MAX_VISITS_PER_MONTH = 31
MAX_MONTHS = 120
MAX_DISTANCE_KM = 20_000
MAX_ENROLLMENT = 10_000_000

ArmType = Literal[
    "",
    "experimental",
    "active_comparator",
    "placebo_comparator",
    "sham_comparator",
    "no_intervention",
    "other",
]
Phase = Literal["early1", "1", "2", "3", "4", "na"]
Blinding = Literal["", "none", "single", "double", "triple", "quadruple"]
# The registry's overall status, as a code ("" = not known). ICTRP and ChiCTR files give only
# "recruiting" / "not recruiting" / "completed"; "not_recruiting" keeps that vagueness.
StatusCode = Literal[
    "",
    "recruiting",
    "not_yet_recruiting",
    "active_not_recruiting",
    "enrolling_by_invitation",
    "not_recruiting",
    "completed",
    "suspended",
    "terminated",
    "withdrawn",
    "unknown",
    "available",
    "no_longer_available",
    "temporarily_not_available",
    "approved_for_marketing",
    "withheld",
]
# Statuses in which a person can still join (or soon can).
OPEN_STATUSES = frozenset(
    {"recruiting", "not_yet_recruiting", "enrolling_by_invitation", "available"}
)


@dataclass
class Arm:
    label: str = ""
    type: ArmType = ""
    description: str = ""
    interventions: list[str] = field(default_factory=list)


@dataclass
class TrialInfo:
    title: str = ""
    registry_id: str = ""
    phases: list[Phase] = field(default_factory=list)
    study_type: Literal["", "interventional", "observational", "expanded_access"] = ""
    randomised: bool | None = None
    arms: list[Arm] = field(default_factory=list)
    # One whole number per arm, e.g. [2, 1]. Empty: not known.
    ratio: list[int] = field(default_factory=list)
    # True when the ratio was not given and 1:1 is assumed until the user says otherwise.
    ratio_assumed: bool = False
    blinding: Blinding = ""
    # A placebo given on top of standard care (never instead of it, in cancer trials).
    placebo: bool | None = None
    visits_per_month: float | None = None
    months: float | None = None
    site: str = ""
    distance_km: float | None = None
    covers: str = ""
    contact: str = ""
    enrollment: int | None = None
    enrollment_type: Literal["", "actual", "estimated"] = ""
    status: str = ""
    status_code: StatusCode = ""
    # The registry's reason for stopping (terminated, withdrawn, suspended).
    why_stopped: str = ""
    # When the registry record was last updated: "2019-09-10" or "2019-09" ("" = not known).
    last_update: str = ""
    start_date: str = ""
    completion_date: str = ""
    sponsor: str = ""
    conditions: list[str] = field(default_factory=list)
    interventions: list[str] = field(default_factory=list)
    # The registry's kinds of intervention, lower case: drug, device, procedure, behavioral,
    # biological, radiation, genetic, dietary_supplement, combination_product, ...
    intervention_types: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    # How many places the registry lists (the list above is cut at 100). None: not counted.
    site_count: int | None = None
    eligibility_include: list[str] = field(default_factory=list)
    eligibility_exclude: list[str] = field(default_factory=list)
    # Posted results (ClinicalTrials.gov resultsSection), when the record has them.
    results: StudyResults | None = None
    # Where the details came from.
    origin: Literal["", "manual", "ctgov", "prepared", "ictrp", "chictr"] = ""

    def __post_init__(self) -> None:
        if self.ratio:
            if len(self.ratio) != len(self.arms):
                raise ValueError(
                    _("ratio has {len} parts but the trial has {len2} groups").format(
                        len=len(self.ratio), len2=len(self.arms)
                    )
                )
            if len(self.ratio) > MAX_GROUPS:
                raise ValueError(
                    _("a trial can have at most {max_groups} groups here").format(
                        max_groups=MAX_GROUPS
                    )
                )
            for part in self.ratio:
                if not 1 <= part <= MAX_RATIO_PART:
                    raise ValueError(
                        _("each ratio part must be from 1 to {max_ratio_part}").format(
                            max_ratio_part=MAX_RATIO_PART
                        )
                    )
        for name, limit in (
            ("visits_per_month", MAX_VISITS_PER_MONTH),
            ("months", MAX_MONTHS),
            ("distance_km", MAX_DISTANCE_KM),
            ("enrollment", MAX_ENROLLMENT),
        ):
            value = getattr(self, name)
            if value is not None and not (math.isfinite(value) and 0 <= value <= limit):
                raise ValueError(
                    _("{name} must be a number from 0 to {limit:,}").format(name=name, limit=limit)
                )

    def is_empty(self) -> bool:
        return self == TrialInfo()

    def is_open(self) -> bool | None:
        """True when people can join now or soon, False when not, None when not known."""
        if not self.status_code or self.status_code == "unknown":
            return None
        return self.status_code in OPEN_STATUSES
