"""Out-of-pocket cost inputs for taking part in a trial. Amounts are in the session currency."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class CostInputs:
    # "" = not chosen; otherwise a key of the content pack's costs.toml countries.
    country: str = ""
    # ISO 4217 code; "" = use the user's locale.
    currency: str = ""
    visits_per_month: float | None = None
    months: float | None = None
    # Per visit
    travel: float = 0.0
    parking: float = 0.0
    meals: float = 0.0
    lost_income: float = 0.0
    caregiver: float = 0.0
    # Per month
    lodging: float = 0.0
    # What the trial pays back: per visit and per month
    reimbursement_per_visit: float = 0.0
    subsidy_per_month: float = 0.0
