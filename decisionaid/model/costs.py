"""Out-of-pocket costs of taking part in a trial. Amounts are in the session currency. No Qt.

`CostInputs` is what the person types (saved in the session). `compute` turns it into a
`CostResult`: money is counted with `Decimal` and rounded to cents (half up) at each shown
step, so the shown parts always add up to the shown totals.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from decisionaid.i18n import N_, _

CENT = Decimal("0.01")
MAX_VISITS_PER_MONTH = 31
MAX_MONTHS = 120
MAX_AMOUNT = 1_000_000

# Cost categories, in the order they are shown. The first five are paid per visit.
PER_VISIT_COSTS = ("travel", "parking", "meals", "lost_income", "caregiver")
PER_MONTH_COSTS = ("lodging",)
CATEGORIES = PER_VISIT_COSTS + PER_MONTH_COSTS
MONEY_FIELDS = (*CATEGORIES, "reimbursement_per_visit", "subsidy_per_month")

_CURRENCY = re.compile(r"[A-Z]{3}")


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


class CostInputError(ValueError):
    """The inputs cannot be computed. `problems` maps field name -> message for a person."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__(" ".join(problems.values()))


@dataclass(frozen=True)
class CostResult:
    """Everything is rounded to cents. None means "not known" (visits or months missing)."""

    currency: str
    visits_per_month: float | None
    months: float | None
    # Sum of the per-visit costs (travel, parking, meals, lost income, caregiver).
    per_visit: Decimal
    # Category -> cost per month. Per-visit categories are None when visits are not known.
    monthly: dict[str, Decimal | None]
    monthly_costs: Decimal | None
    # What the trial pays back in a month: reimbursement per visit x visits + subsidy.
    monthly_back: Decimal | None
    # Costs minus what is paid back. Negative: the trial pays back more than it costs you.
    monthly_net: Decimal | None
    total_costs: Decimal | None
    total_back: Decimal | None
    total_net: Decimal | None
    # True when the trial pays back more than it costs you (net below zero).
    pays_back_more: bool

    @property
    def monthly_surplus(self) -> Decimal | None:
        """How much more the trial pays back than it costs, per month (0 if it does not)."""
        if self.monthly_net is None:
            return None
        return max(-self.monthly_net, Decimal(0))

    @property
    def total_surplus(self) -> Decimal | None:
        if self.total_net is None:
            return None
        return max(-self.total_net, Decimal(0))


def _dec(value: float) -> Decimal:
    # str() gives the shortest repr, so 0.1 becomes Decimal("0.1"), not 0.1000000000000000055.
    return Decimal(str(value))


def _cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def validate(inputs: CostInputs, countries: Iterable[str] | None = None) -> dict[str, str]:
    """Field name -> a message for a person, for every input that cannot be used.

    An empty result means `compute(inputs)` will work. `countries`, when given, are the
    allowed country ids (from the content pack).
    """
    problems: dict[str, str] = {}
    for name, limit, too_many in (
        (
            "visits_per_month",
            MAX_VISITS_PER_MONTH,
            N_("Please enter at most {limit} visits a month."),
        ),
        ("months", MAX_MONTHS, N_("Please enter at most {limit} months (10 years).")),
    ):
        value = getattr(inputs, name)
        if value is None:
            continue
        if not _is_number(value) or not math.isfinite(value):
            problems[name] = _("Please enter a number.")
        elif value < 0:
            problems[name] = _("This cannot be less than 0.")
        elif value > limit:
            problems[name] = _(too_many).format(limit=limit)
    for name in MONEY_FIELDS:
        value = getattr(inputs, name)
        if not _is_number(value) or not math.isfinite(value):
            problems[name] = _("Please enter an amount of money, or 0.")
        elif value < 0:
            problems[name] = _("An amount cannot be less than 0.")
        elif value > MAX_AMOUNT:
            problems[name] = _(
                "This is very large. Please enter an amount of {limit} or less."
            ).format(limit=f"{MAX_AMOUNT:,}")
    if not isinstance(inputs.currency, str) or (
        inputs.currency and not _CURRENCY.fullmatch(inputs.currency)
    ):
        problems["currency"] = _("The currency should be a 3-letter code such as USD, CNY or GBP.")
    known = None if countries is None else set(countries)
    country_ok = isinstance(inputs.country, str) and (
        known is None or not inputs.country or inputs.country in known
    )
    if not country_ok:
        problems["country"] = _("Please choose a country from the list.")
    return problems


def compute(inputs: CostInputs) -> CostResult:
    """Monthly and total costs, what is paid back, and the difference.

    Raises CostInputError (with `problems` from `validate`) if an input cannot be used.
    """
    problems = validate(inputs)
    if problems:
        raise CostInputError(problems)
    visits = None if inputs.visits_per_month is None else _dec(inputs.visits_per_month)
    months = None if inputs.months is None else _dec(inputs.months)

    per_visit = _cents(sum((_dec(getattr(inputs, name)) for name in PER_VISIT_COSTS), Decimal(0)))
    monthly: dict[str, Decimal | None] = {}
    for name in PER_VISIT_COSTS:
        monthly[name] = None if visits is None else _cents(_dec(getattr(inputs, name)) * visits)
    for name in PER_MONTH_COSTS:
        monthly[name] = _cents(_dec(getattr(inputs, name)))

    if visits is None:
        monthly_costs = monthly_back = monthly_net = None
    else:
        monthly_costs = sum((v for v in monthly.values() if v is not None), Decimal(0))
        monthly_back = _cents(_dec(inputs.reimbursement_per_visit) * visits) + _cents(
            _dec(inputs.subsidy_per_month)
        )
        monthly_net = monthly_costs - monthly_back

    if monthly_costs is None or monthly_back is None or months is None:
        total_costs = total_back = total_net = None
    else:
        total_costs = _cents(monthly_costs * months)
        total_back = _cents(monthly_back * months)
        total_net = total_costs - total_back

    net = total_net if total_net is not None else monthly_net
    return CostResult(
        currency=inputs.currency,
        visits_per_month=inputs.visits_per_month,
        months=inputs.months,
        per_visit=per_visit,
        monthly=monthly,
        monthly_costs=monthly_costs,
        monthly_back=monthly_back,
        monthly_net=monthly_net,
        total_costs=total_costs,
        total_back=total_back,
        total_net=total_net,
        pays_back_more=net is not None and net < 0,
    )
