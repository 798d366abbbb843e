"""Exact intervals, natural frequencies and allocation odds (decisionaid.model.stats)."""

from __future__ import annotations

import math
import subprocess
import sys
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from decisionaid.model.stats import (
    allocation_chances,
    beta_ppf,
    betainc,
    clopper_pearson,
    natural_frequency,
    per_100,
    percent_text,
    reduce_ratio,
    rule_of_three,
)

# Published or textbook exact 95% intervals, in percent, as printed (one decimal; two under 1%).
REFERENCE = [
    (12, 12, "73.5", "100"),  # Cercek NEJM 2022
    (14, 14, "76.8", "100"),  # ASCO 2022
    (42, 42, "91.6", "100"),  # ASCO 2024
    (41, 41, "91.4", "100"),  # ASCO 2024 abstract
    (49, 49, "92.7", "100"),  # Cercek NEJM 2025, rectal
    (35, 54, "50.6", "77.3"),  # Cercek NEJM 2025, other dMMR tumours
    (84, 103, "72.7", "88.5"),
    (93, 13847, "0.54", "0.82"),  # Chihara Lancet 2022, treatment-related deaths
    (0, 1, "0", "97.5"),
    (1, 1, "2.5", "100"),
    (5000, 10000, "49", "51"),
]


def _log_pmf(k: int, n: int, p: float) -> float:
    return (
        math.lgamma(n + 1)
        - math.lgamma(k + 1)
        - math.lgamma(n - k + 1)
        + k * math.log(p)
        + (n - k) * math.log1p(-p)
    )


def _cdf(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p), by summing the probabilities one by one."""
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    if k <= n // 2:
        return math.fsum(math.exp(_log_pmf(i, n, p)) for i in range(k + 1))
    return 1.0 - math.fsum(math.exp(_log_pmf(i, n, p)) for i in range(k + 1, n + 1))


def _bisect(f, target: float, increasing: bool) -> float:
    lo, hi = 1e-15, 1.0 - 1e-15
    for _ in range(200):
        mid = (lo + hi) / 2
        if (f(mid) < target) == increasing:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def brute_force_interval(x: int, n: int, alpha: float = 0.05) -> tuple[float, float]:
    """The Clopper–Pearson definition itself, without any beta function.

    lower: the p where P(X >= x) = alpha/2; upper: the p where P(X <= x) = alpha/2.
    """
    lower = 0.0 if x == 0 else _bisect(lambda p: 1.0 - _cdf(x - 1, n, p), alpha / 2, True)
    upper = 1.0 if x == n else _bisect(lambda p: _cdf(x, n, p), alpha / 2, False)
    return lower, upper


@pytest.mark.parametrize(("x", "n", "low", "high"), REFERENCE)
def test_reference_intervals(x: int, n: int, low: str, high: str) -> None:
    lower, upper = clopper_pearson(x, n)
    assert (percent_text(lower), percent_text(upper)) == (low, high)


@pytest.mark.parametrize(("x", "n", "low", "high"), REFERENCE)
def test_reference_intervals_match_brute_force(x: int, n: int, low: str, high: str) -> None:
    expected = brute_force_interval(x, n)
    actual = clopper_pearson(x, n)
    assert actual[0] == pytest.approx(expected[0], abs=1e-9)
    assert actual[1] == pytest.approx(expected[1], abs=1e-9)


@pytest.mark.parametrize(("x", "n"), [(0, 5), (3, 7), (1, 20), (19, 20), (17, 300), (250, 1000)])
def test_more_intervals_match_brute_force(x: int, n: int) -> None:
    expected = brute_force_interval(x, n)
    actual = clopper_pearson(x, n)
    assert actual == pytest.approx(expected, abs=1e-9)


def test_closed_forms_at_the_edges() -> None:
    assert clopper_pearson(12, 12) == (pytest.approx(0.025 ** (1 / 12), abs=1e-15), 1.0)
    assert clopper_pearson(0, 12) == (0.0, pytest.approx(1 - 0.025 ** (1 / 12), abs=1e-15))
    assert clopper_pearson(0, 1) == (0.0, pytest.approx(0.975))
    assert clopper_pearson(1, 1) == (pytest.approx(0.025), 1.0)


def test_other_levels() -> None:
    lo90, hi90 = clopper_pearson(35, 54, level=0.90)
    lo95, hi95 = clopper_pearson(35, 54)
    assert lo95 < lo90 < 35 / 54 < hi90 < hi95
    assert (lo90, hi90) == pytest.approx(brute_force_interval(35, 54, alpha=0.10), abs=1e-9)


def test_large_n_is_fast_and_symmetric() -> None:
    lower, upper = clopper_pearson(500_000, 1_000_000)
    assert lower == pytest.approx(1 - upper, abs=1e-12)
    assert 0.4990 < lower < 0.4991


@pytest.mark.parametrize(
    ("x", "n", "level", "error"),
    [
        (-1, 5, 0.95, ValueError),
        (6, 5, 0.95, ValueError),
        (0, 0, 0.95, ValueError),
        (1, 5, 1.0, ValueError),
        (1, 5, 0.0, ValueError),
        (1.0, 5, 0.95, TypeError),
        (True, 5, 0.95, TypeError),
    ],
)
def test_interval_rejects_bad_input(x, n, level, error) -> None:
    with pytest.raises(error):
        clopper_pearson(x, n, level)


def test_betainc_known_values() -> None:
    # I_x(1, 1) = x; I_x(a, 1) = x^a; I_0.5(a, a) = 0.5.
    assert betainc(1, 1, 0.3) == pytest.approx(0.3, abs=1e-14)
    assert betainc(3, 1, 0.4) == pytest.approx(0.4**3, abs=1e-14)
    assert betainc(7.5, 7.5, 0.5) == pytest.approx(0.5, abs=1e-14)
    assert betainc(2, 3, 0.0) == 0.0
    assert betainc(2, 3, 1.0) == 1.0
    q = betainc(4, 9, 0.25)
    assert beta_ppf(q, 4, 9) == pytest.approx(0.25, abs=1e-10)


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=1, max_value=2000).flatmap(
        lambda n: st.tuples(st.just(n), st.integers(0, n))
    )
)
def test_interval_contains_the_observed_rate(case: tuple[int, int]) -> None:
    n, x = case
    lower, upper = clopper_pearson(x, n)
    assert 0.0 <= lower <= x / n <= upper <= 1.0
    assert lower < upper


@settings(max_examples=100, deadline=None)
@given(
    st.integers(min_value=2, max_value=500).flatmap(
        lambda n: st.tuples(st.just(n), st.integers(0, n - 1))
    )
)
def test_interval_moves_up_with_more_events(case: tuple[int, int]) -> None:
    n, x = case
    lo1, hi1 = clopper_pearson(x, n)
    lo2, hi2 = clopper_pearson(x + 1, n)
    assert lo1 < lo2
    assert hi1 < hi2 or hi1 == hi2 == 1.0


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=1, max_value=400).flatmap(
        lambda n: st.tuples(st.just(n), st.integers(0, n))
    )
)
def test_wider_level_gives_wider_interval(case: tuple[int, int]) -> None:
    n, x = case
    lo95, hi95 = clopper_pearson(x, n)
    lo99, hi99 = clopper_pearson(x, n, level=0.99)
    assert lo99 <= lo95 and hi95 <= hi99


# --- natural frequencies ------------------------------------------------------------------


def test_natural_frequency_both_framings() -> None:
    nf = per_100(0.18)
    assert (nf.affected, nf.others, nf.denominator) == (18, 82, 100)
    assert nf.sentence("responded", "did not") == "18 of 100 responded; 82 of 100 did not"
    assert per_100(0.122).affected == 12
    assert per_100(0.096).affected == 10
    assert per_100(0.125).affected == 13  # half rounds up, exactly
    assert per_100(0.0).sentence("a", "b") == "0 of 100 a; 100 of 100 b"
    assert per_100(1.0).sentence("a", "b") == "100 of 100 a; 0 of 100 b"


def test_rare_rate_is_fewer_than_one_not_zero() -> None:
    nf = natural_frequency(93, 13847)
    assert nf.fewer_than_one and not nf.more_than_all_but_one
    assert nf.affected == 0 and nf.others == 100
    assert nf.partial == pytest.approx(0.6716, abs=1e-4)
    text = nf.sentence("died from the treatment", "did not")
    assert text == "fewer than 1 of 100 died from the treatment; more than 99 of 100 did not"
    assert "0 of 100" not in text and " 100 of 100" not in text
    # The same rate out of 150 or 1000 people is a whole count.
    assert natural_frequency(93, 13847, 150).affected == 1
    assert natural_frequency(93, 13847, 1000).sentence("a", "b") == "7 of 1000 a; 993 of 1000 b"


def test_almost_everyone_is_more_than_99_not_100() -> None:
    nf = natural_frequency(996, 1000)
    assert nf.more_than_all_but_one
    assert (nf.affected, nf.others) == (99, 1)
    assert nf.partial == pytest.approx(0.6)
    assert nf.sentence("a", "b") == "more than 99 of 100 a; fewer than 1 of 100 b"


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=1, max_value=100_000).flatmap(
        lambda n: st.tuples(st.just(n), st.integers(0, n))
    ),
    st.sampled_from([10, 100, 150, 1000]),
)
def test_natural_frequency_adds_up_and_never_lies_at_the_ends(
    case: tuple[int, int], denominator: int
) -> None:
    n, x = case
    nf = natural_frequency(x, n, denominator)
    assert nf.affected + nf.others == denominator
    assert 0 <= nf.partial < 1
    if 0 < x < n:
        sentence = nf.sentence("a", "b")
        assert not sentence.startswith("0 of") and f"; 0 of {denominator}" not in sentence
        assert f"{denominator} of {denominator}" not in sentence
    if x == 0:
        assert nf.affected == 0 and not nf.fewer_than_one
    if x == n:
        assert nf.affected == denominator and not nf.more_than_all_but_one
    # Rounding is to the nearest whole person.
    if not (nf.fewer_than_one or nf.more_than_all_but_one):
        assert abs(nf.affected - x * denominator / n) <= 0.5 + 1e-12


def test_natural_frequency_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        natural_frequency(5, 4)
    with pytest.raises(ValueError):
        natural_frequency(1, 4, denominator=1)
    with pytest.raises(TypeError):
        natural_frequency(1, 4, denominator=100.0)
    with pytest.raises(ValueError):
        per_100(1.2)
    with pytest.raises(TypeError):
        per_100("0.5")


def test_percent_text() -> None:
    assert percent_text(0.7354) == "73.5"
    assert percent_text(1.0) == "100"
    assert percent_text(0.0) == "0"
    assert percent_text(0.5) == "50"
    assert percent_text(0.0067) == "0.67"
    assert percent_text(0.00001) == "0.001"
    assert percent_text(0.99999) == "99.9"


# --- randomisation and the rule of three --------------------------------------------------


def test_allocation_chances() -> None:
    assert allocation_chances([1, 1]) == [Fraction(1, 2), Fraction(1, 2)]
    assert allocation_chances([2, 1]) == [Fraction(2, 3), Fraction(1, 3)]
    assert allocation_chances([1, 1, 1]) == [Fraction(1, 3)] * 3
    assert allocation_chances([3, 2, 1]) == [Fraction(1, 2), Fraction(1, 3), Fraction(1, 6)]
    assert sum(allocation_chances([5, 3, 2, 7])) == 1
    assert reduce_ratio([2, 2]) == [1, 1]
    assert reduce_ratio([4, 2, 2]) == [2, 1, 1]


@pytest.mark.parametrize(
    ("ratio", "error"),
    [
        ([1], ValueError),
        ([], ValueError),
        ([1, 0], ValueError),
        ([2, -1], ValueError),
        ([1.5, 1], TypeError),
        ([True, 1], TypeError),
        ("2:1", TypeError),
    ],
)
def test_allocation_rejects_bad_ratios(ratio, error) -> None:
    with pytest.raises(error):
        allocation_chances(ratio)


def test_rule_of_three() -> None:
    assert rule_of_three(12) == pytest.approx(0.25)
    assert rule_of_three(300) == pytest.approx(0.01)
    assert rule_of_three(2) == 1.0
    # It approximates the exact one-sided 95% upper limit for 0 events (two-sided 90%).
    assert rule_of_three(100) == pytest.approx(clopper_pearson(0, 100, level=0.90)[1], rel=0.03)
    with pytest.raises(ValueError):
        rule_of_three(0)


def test_module_imports_nothing_heavy() -> None:
    code = (
        "import sys, decisionaid.model.stats; "
        "print(sorted(m for m in ('numpy', 'scipy', 'PySide6', 'pyqtgraph') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
