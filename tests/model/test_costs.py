"""Out-of-pocket costs: totals, pay-back, unknowns, rounding and input checks."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from decisionaid.model.costs import (
    CATEGORIES,
    MAX_AMOUNT,
    MONEY_FIELDS,
    CostInputError,
    CostInputs,
    compute,
    validate,
)
from decisionaid.schema import from_data, to_data

D = Decimal


def test_typical_month_and_total():
    r = compute(
        CostInputs(
            currency="USD",
            visits_per_month=2,
            months=6,
            travel=30,
            parking=12.5,
            meals=15,
            lost_income=120,
            caregiver=0,
            lodging=80,
            reimbursement_per_visit=25,
            subsidy_per_month=40,
        )
    )
    assert r.per_visit == D("177.50")
    assert r.monthly == {
        "travel": D("60.00"),
        "parking": D("25.00"),
        "meals": D("30.00"),
        "lost_income": D("240.00"),
        "caregiver": D("0.00"),
        "lodging": D("80.00"),
    }
    assert list(r.monthly) == list(CATEGORIES)
    assert r.monthly_costs == D("435.00")
    assert r.monthly_back == D("90.00")
    assert r.monthly_net == D("345.00")
    assert r.total_costs == D("2610.00")
    assert r.total_back == D("540.00")
    assert r.total_net == D("2070.00")
    assert r.pays_back_more is False
    assert r.monthly_surplus == 0 and r.total_surplus == 0
    assert r.currency == "USD"


def test_zero_visits():
    r = compute(
        CostInputs(visits_per_month=0, months=12, travel=50, lodging=0, subsidy_per_month=0)
    )
    assert r.monthly["travel"] == 0
    assert r.monthly_costs == 0 and r.monthly_back == 0 and r.monthly_net == 0
    assert r.total_net == 0
    assert r.pays_back_more is False


def test_zero_visits_but_a_monthly_subsidy_pays_back_more():
    r = compute(CostInputs(visits_per_month=0, months=3, subsidy_per_month=100))
    assert r.monthly_net == D("-100.00")
    assert r.total_net == D("-300.00")
    assert r.pays_back_more is True
    assert r.total_surplus == D("300.00")


def test_reimbursement_larger_than_costs():
    r = compute(
        CostInputs(
            visits_per_month=4,
            months=5,
            travel=10,
            parking=5,
            reimbursement_per_visit=50,
            subsidy_per_month=20,
        )
    )
    assert r.monthly_costs == D("60.00")
    assert r.monthly_back == D("220.00")
    assert r.monthly_net == D("-160.00")
    assert r.total_net == D("-800.00")
    assert r.pays_back_more is True
    assert r.monthly_surplus == D("160.00")
    assert r.total_surplus == D("800.00")


def test_unknown_visits_or_months_give_no_totals():
    no_visits = compute(CostInputs(months=6, travel=20, lodging=300))
    assert no_visits.monthly["travel"] is None
    assert no_visits.monthly["lodging"] == D("300.00")  # per month: known anyway
    assert no_visits.per_visit == D("20.00")
    assert no_visits.monthly_costs is None and no_visits.monthly_net is None
    assert no_visits.total_costs is None and no_visits.total_net is None
    assert no_visits.pays_back_more is False
    assert no_visits.monthly_surplus is None and no_visits.total_surplus is None

    no_months = compute(CostInputs(visits_per_month=2, travel=20, reimbursement_per_visit=30))
    assert no_months.monthly_net == D("-20.00")
    assert no_months.total_costs is None and no_months.total_back is None
    assert no_months.total_net is None
    assert no_months.pays_back_more is True  # judged per month when the length is unknown


def test_empty_inputs():
    r = compute(CostInputs())
    assert r.per_visit == 0
    assert r.monthly_costs is None and r.total_net is None


def test_very_large_numbers_stay_exact():
    r = compute(
        CostInputs(
            visits_per_month=31,
            months=120,
            **dict.fromkeys(CATEGORIES, float(MAX_AMOUNT)),
        )
    )
    assert r.per_visit == D("5000000.00")
    assert r.monthly_costs == D(31 * 5 * MAX_AMOUNT + MAX_AMOUNT)
    assert r.total_costs == D(120 * (31 * 5 * MAX_AMOUNT + MAX_AMOUNT))
    assert r.total_net == D("18720000000.00")


def test_rounding_to_cents_half_up():
    # 0.1 + 0.2 is 0.30000000000000004 in floats; here it is exactly 0.30.
    r = compute(CostInputs(visits_per_month=1, months=1, travel=0.1, parking=0.2))
    assert r.per_visit == D("0.30") and r.total_costs == D("0.30")
    # 1.005 x 1 rounds half up to 1.01 (a float would give 1.00).
    r = compute(CostInputs(visits_per_month=1, months=1, travel=1.005))
    assert r.monthly["travel"] == D("1.01")
    # 3 visits of 3.333 = 9.999 -> 10.00; over 1.5 months: 15.00.
    r = compute(CostInputs(visits_per_month=3, months=1.5, meals=3.333))
    assert r.monthly["meals"] == D("10.00")
    assert r.total_costs == D("15.00")
    # Every money value has exactly two decimals.
    for value in (r.per_visit, r.monthly_costs, r.monthly_back, r.total_net):
        assert value.as_tuple().exponent == -2


@given(
    visits=st.one_of(st.none(), st.floats(0, 31)),
    months=st.one_of(st.none(), st.floats(0, 120)),
    amounts=st.lists(
        st.floats(0, MAX_AMOUNT), min_size=len(MONEY_FIELDS), max_size=len(MONEY_FIELDS)
    ),
)
def test_parts_always_add_up(visits, months, amounts):
    inputs = CostInputs(
        visits_per_month=visits, months=months, **dict(zip(MONEY_FIELDS, amounts, strict=True))
    )
    assert validate(inputs) == {}
    r = compute(inputs)
    if r.monthly_costs is not None:
        assert r.monthly_costs == sum(r.monthly.values())
        assert r.monthly_net == r.monthly_costs - r.monthly_back
    if r.total_net is not None:
        assert r.total_net == r.total_costs - r.total_back
        assert r.pays_back_more == (r.total_net < 0)


# --- validation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "fragment"),
    [
        ("visits_per_month", -1, "less than 0"),
        ("visits_per_month", 32, "at most 31"),
        ("visits_per_month", float("nan"), "a number"),
        ("months", 121, "at most 120"),
        ("months", -0.5, "less than 0"),
        ("months", float("inf"), "a number"),
        ("travel", -5, "less than 0"),
        ("lodging", MAX_AMOUNT + 1, "1,000,000 or less"),
        ("reimbursement_per_visit", 1e300, "1,000,000 or less"),
        ("subsidy_per_month", float("nan"), "amount of money"),
        ("meals", "12", "amount of money"),
        ("parking", True, "amount of money"),
        ("currency", "dollars", "3-letter code"),
        ("currency", "usd", "3-letter code"),
    ],
)
def test_validate_names_the_field_with_a_message(field, value, fragment):
    inputs = CostInputs(**{field: value})
    problems = validate(inputs)
    assert list(problems) == [field]
    assert fragment in problems[field]
    assert "\n" not in problems[field]
    with pytest.raises(CostInputError) as info:
        compute(inputs)
    assert info.value.problems == problems


def test_validate_accepts_limits_and_empty():
    inputs = CostInputs(
        currency="CNY",
        visits_per_month=31,
        months=120,
        **dict.fromkeys(MONEY_FIELDS, float(MAX_AMOUNT)),
    )
    assert validate(inputs) == {}
    assert validate(CostInputs()) == {}


def test_validate_country_against_the_content_pack():
    assert validate(CostInputs(country="US"), countries=["US", "CN", "UK", "other"]) == {}
    assert validate(CostInputs(country=""), countries=["US"]) == {}
    assert "country" in validate(CostInputs(country="FR"), countries=["US", "other"])
    assert validate(CostInputs(country="FR")) == {}  # no list given: not checked


def test_cost_inputs_round_trip_through_session_data():
    inputs = CostInputs(country="CN", currency="CNY", visits_per_month=2.5, months=None, meals=30)
    data = to_data(inputs)
    assert from_data(CostInputs, data) == inputs
    # Files written before any new field still load.
    assert from_data(CostInputs, {"travel": 5}) == CostInputs(travel=5.0)
