"""Small, exact statistics for honest numbers: intervals, natural frequencies, allocation odds.

Pure Python on purpose (no numpy/scipy), so the PDF export and the command line stay fast
and this module can be imported anywhere. No Qt.

- `clopper_pearson(x, n)`: the exact 95% interval for x events out of n people.
- `natural_frequency(x, n)` / `per_100(p)`: "18 of 100 responded; 82 of 100 did not", with
  rounding that keeps both framings adding up to the denominator, and never "0 of 100" or
  "100 of 100" for a rate that is really in between.
- `allocation_chances(ratio)`: 2:1 -> [2/3, 1/3].
- `rule_of_three(n)`: with 0 events in n people the rate could still be up to about 3/n.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from decisionaid.i18n import _

__all__ = [
    "NaturalFrequency",
    "allocation_chances",
    "betainc",
    "beta_ppf",
    "clopper_pearson",
    "natural_frequency",
    "per_100",
    "percent_text",
    "reduce_ratio",
    "rule_of_three",
]

_TOLERANCE = 1e-13  # bisection stops when the bracket is this narrow (well below 1e-10)


# --- the regularized incomplete beta function and its inverse ---------------------------------


def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    """Continued fraction for I_x(a, b) (modified Lentz; Numerical Recipes `betacf`)."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c = 1.0
    d = 1.0 - qab * x / qap
    if abs(d) < tiny:
        d = tiny
    d = 1.0 / d
    h = d
    # Converges in O(sqrt(max(a, b))) steps; the cap is generous for n up to millions.
    for m in range(1, 100_000):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        if abs(d) < tiny:
            d = tiny
        c = 1.0 + aa / c
        if abs(c) < tiny:
            c = tiny
        d = 1.0 / d
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        if abs(d) < tiny:
            d = tiny
        c = 1.0 + aa / c
        if abs(c) < tiny:
            c = tiny
        d = 1.0 / d
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-16:
            return h
    raise ArithmeticError(f"incomplete beta did not converge for a={a}, b={b}, x={x}")


def betainc(a: float, b: float, x: float) -> float:
    """The regularized incomplete beta function I_x(a, b), for a, b > 0 and 0 <= x <= 1."""
    if a <= 0 or b <= 0:
        raise ValueError("a and b must be positive")
    if not 0.0 <= x <= 1.0:
        raise ValueError("x must be between 0 and 1")
    if x == 0.0 or x == 1.0:
        return x
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    front = math.exp(log_front)
    # The continued fraction converges fast for x < (a + 1) / (a + b + 2); use symmetry above.
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_continued_fraction(a, b, x) / a
    return 1.0 - front * _beta_continued_fraction(b, a, 1.0 - x) / b


def beta_ppf(q: float, a: float, b: float) -> float:
    """The inverse of I_x(a, b) in x: the q-quantile of a Beta(a, b) distribution.

    Bisection, because I_x is monotonic in x: slower than Newton but cannot diverge. The result
    is within 1e-13 of the true quantile, far inside the 1e-10 we need.
    """
    if not 0.0 <= q <= 1.0:
        raise ValueError("q must be between 0 and 1")
    if q == 0.0:
        return 0.0
    if q == 1.0:
        return 1.0
    lo, hi = 0.0, 1.0
    while hi - lo > _TOLERANCE:
        mid = (lo + hi) / 2.0
        if mid in (lo, hi):  # no more floating-point room between them
            break
        if betainc(a, b, mid) < q:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2.0


# --- intervals --------------------------------------------------------------------------------


def _check_counts(x: int, n: int) -> None:
    for name, value in (("x", x), ("n", n)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be a whole number, not {value!r}")
    if n < 1:
        raise ValueError(f"n must be at least 1, not {n}")
    if not 0 <= x <= n:
        raise ValueError(f"x must be between 0 and n ({n}), not {x}")


def clopper_pearson(x: int, n: int, level: float = 0.95) -> tuple[float, float]:
    """The exact (Clopper–Pearson) interval for a proportion, as fractions of 1.

    `clopper_pearson(12, 12)` -> (0.7354..., 1.0): with 12 of 12, the true rate could be as
    low as 73.5%. Conservative: it covers the true rate at least `level` of the time.
    """
    _check_counts(x, n)
    if not 0.0 < level < 1.0:
        raise ValueError(f"level must be between 0 and 1, not {level}")
    half = (1.0 - level) / 2.0
    if x == 0:
        lower = 0.0
        upper = 1.0 - half ** (1.0 / n)
    elif x == n:
        lower = half ** (1.0 / n)
        upper = 1.0
    else:
        lower = beta_ppf(half, x, n - x + 1)
        upper = beta_ppf(1.0 - half, x + 1, n - x)
    return lower, upper


def rule_of_three(n: int) -> float:
    """Upper limit (about 95%) of a rate when 0 events were seen in `n` people: 3/n, at most 1.

    12 people without a failure: the failure rate could still be up to about 25%.
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"n must be a whole number, not {n!r}")
    if n < 1:
        raise ValueError(f"n must be at least 1, not {n}")
    return min(1.0, 3.0 / n)


def percent_text(p: float) -> str:
    """A proportion as a short percentage without the sign: 0.7354 -> '73.5', 1.0 -> '100',
    0.00538 -> '0.54'. Values under 1% keep two decimals so they are not shown as 0 or 1."""
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be between 0 and 1, not {p}")
    value = p * 100.0
    if value == 0.0 or value == 100.0:
        return f"{value:.0f}"
    digits = 2 if value < 1.0 else 1
    text = f"{value:.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    # Never round a rate that is strictly between into "0" or "100".
    if text == "0":
        return f"{value:.2g}"
    if text == "100":
        return "99.9"
    return text


# --- natural frequencies ----------------------------------------------------------------------


@dataclass(frozen=True)
class NaturalFrequency:
    """A rate as whole people out of a denominator: "18 of 100".

    `affected + others == denominator` always. When the true count per denominator is strictly
    between 0 and 1 the rate is "fewer than 1 in 100": `fewer_than_one` is set, `affected` is 0
    and `partial` holds the fraction of one figure (0 < partial < 1) that a picture may shade.
    Likewise "more than 99 in 100" sets `more_than_all_but_one`, `affected` is denominator - 1
    and `partial` is the shaded fraction of the last figure. Otherwise `partial` is 0.
    """

    exact: float
    affected: int
    others: int
    denominator: int
    fewer_than_one: bool = False
    more_than_all_but_one: bool = False

    @property
    def partial(self) -> float:
        if self.fewer_than_one or self.more_than_all_but_one:
            return self.exact - self.affected
        return 0.0

    def affected_count_text(self) -> str:
        """'18', 'fewer than 1' or 'more than 99'."""
        if self.fewer_than_one:
            return _("fewer than 1")
        if self.more_than_all_but_one:
            return _("more than {n}").format(n=self.denominator - 1)
        return str(self.affected)

    def others_count_text(self) -> str:
        """'82', 'more than 99' or 'fewer than 1'."""
        if self.fewer_than_one:
            return _("more than {n}").format(n=self.denominator - 1)
        if self.more_than_all_but_one:
            return _("fewer than 1")
        return str(self.others)

    def sentence(self, affected_label: str, other_label: str) -> str:
        """Both framings: '18 of 100 responded; 82 of 100 did not'."""
        d = self.denominator
        return _(
            "{affected} of {total} {affected_label}; {others} of {total} {other_label}"
        ).format(
            affected=self.affected_count_text(),
            others=self.others_count_text(),
            total=d,
            affected_label=affected_label,
            other_label=other_label,
        )


def _round_half_up(value: Fraction) -> int:
    return math.floor(value + Fraction(1, 2))


def _frequency(exact: Fraction, denominator: int) -> NaturalFrequency:
    if exact == 0 or exact == denominator:
        whole = int(exact)
        return NaturalFrequency(float(exact), whole, denominator - whole, denominator)
    if exact < 1:
        return NaturalFrequency(float(exact), 0, denominator, denominator, fewer_than_one=True)
    if exact > denominator - 1:
        return NaturalFrequency(
            float(exact), denominator - 1, 1, denominator, more_than_all_but_one=True
        )
    # Here 1 <= exact <= denominator - 1, so the rounded count stays inside 1..denominator-1.
    affected = _round_half_up(exact)
    return NaturalFrequency(float(exact), affected, denominator - affected, denominator)


def _check_denominator(denominator: int) -> None:
    if isinstance(denominator, bool) or not isinstance(denominator, int):
        raise TypeError(f"denominator must be a whole number, not {denominator!r}")
    if denominator < 2:
        raise ValueError(f"denominator must be at least 2, not {denominator}")


def natural_frequency(x: int, n: int, denominator: int = 100) -> NaturalFrequency:
    """x events out of n people, restated out of `denominator` people.

    `natural_frequency(93, 13847)` -> fewer than 1 of 100 (exact 0.67);
    `natural_frequency(93, 13847, 1000)` -> 7 of 1000.
    """
    _check_counts(x, n)
    _check_denominator(denominator)
    return _frequency(Fraction(x * denominator, n), denominator)


def per_100(p: float, denominator: int = 100) -> NaturalFrequency:
    """A proportion (0..1) as a natural frequency: `per_100(0.18)` -> 18 of 100."""
    if isinstance(p, bool) or not isinstance(p, (int, float)):
        raise TypeError(f"p must be a number, not {p!r}")
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be between 0 and 1, not {p}")
    _check_denominator(denominator)
    # Go through the shortest decimal form so 0.18 * 100 is exactly 18, not 18.000000000000004.
    exact = Fraction(repr(float(p))) * denominator
    return _frequency(exact, denominator)


# --- randomisation ----------------------------------------------------------------------------


def _check_ratio(ratio: list[int]) -> None:
    if not isinstance(ratio, (list, tuple)):
        raise TypeError("ratio must be a list of whole numbers, like [2, 1]")
    if len(ratio) < 2:
        raise ValueError("a ratio needs at least 2 groups")
    for part in ratio:
        if isinstance(part, bool) or not isinstance(part, int):
            raise TypeError(f"each part of the ratio must be a whole number, not {part!r}")
        if part < 1:
            raise ValueError(f"each part of the ratio must be at least 1, not {part}")


def reduce_ratio(ratio: list[int]) -> list[int]:
    """[2, 2] -> [1, 1]; [4, 2, 2] -> [2, 1, 1]. The sum is the smallest common denominator."""
    _check_ratio(ratio)
    divisor = math.gcd(*ratio)
    return [part // divisor for part in ratio]


def allocation_chances(ratio: list[int]) -> list[Fraction]:
    """The chance of being put in each group: [2, 1] -> [2/3, 1/3]; [1, 1, 1] -> 1/3 each."""
    _check_ratio(ratio)
    total = sum(ratio)
    return [Fraction(part, total) for part in ratio]
