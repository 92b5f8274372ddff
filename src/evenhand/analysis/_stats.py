"""Interval estimates for rates, differences of rates and means.

Thin wrappers over statsmodels and scipy that fix our conventions (95% by default, NaN-free input,
an explicit error on empty input) and return one small record type.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from typing import Any, NamedTuple

CONFIDENCE = 0.95


class Estimate(NamedTuple):
    """A point estimate with its interval and the number of observations behind it."""

    value: float
    low: float
    high: float
    n: int


def wilson_rate(successes: int, n: int, confidence: float = CONFIDENCE) -> Estimate:
    """A proportion with its Wilson score interval.

    Raises:
        ValueError: no observations, or more successes than observations.
    """
    from statsmodels.stats.proportion import proportion_confint

    if n <= 0:
        raise ValueError(
            "a rate needs at least one scored sample; run more samples or drop the filter"
        )
    if not 0 <= successes <= n:
        raise ValueError(f"successes ({successes}) must lie between 0 and n ({n})")
    low, high = proportion_confint(successes, n, alpha=1 - confidence, method="wilson")
    return Estimate(successes / n, float(low), float(high), n)


def rate_difference(
    successes_a: int, n_a: int, successes_b: int, n_b: int, confidence: float = CONFIDENCE
) -> Estimate:
    """Difference of two independent proportions (a minus b) with Newcombe's hybrid score interval.

    `n` of the result is the smaller of the two sample sizes.
    """
    from statsmodels.stats.proportion import confint_proportions_2indep

    if n_a <= 0 or n_b <= 0:
        raise ValueError("a difference of rates needs samples on both sides; include the controls")
    low, high = confint_proportions_2indep(
        successes_a, n_a, successes_b, n_b, method="newcomb", compare="diff", alpha=1 - confidence
    )
    return Estimate(successes_a / n_a - successes_b / n_b, float(low), float(high), min(n_a, n_b))


def paired_mean_difference(
    differences: Sequence[float] | Any, confidence: float = CONFIDENCE
) -> Estimate:
    """Mean of paired differences with a Student-t interval (one difference per matched pair).

    With one pair the interval is unbounded (reported as -inf..inf); identical differences give a
    zero-width interval.
    """
    return mean_interval(differences, confidence)


@functools.lru_cache(maxsize=4096)
def _t_quantile(probability: float, df: int) -> float:
    """Student-t quantile (scipy), remembered: a report asks for the same few thousand times."""
    from scipy import stats

    return float(stats.t.ppf(probability, df))


def mean_interval(values: Sequence[float] | Any, confidence: float = CONFIDENCE) -> Estimate:
    """Mean with a Student-t interval, of a sequence or a NumPy array (summed by NumPy)."""
    n = len(values)
    if n == 0:
        raise ValueError("a mean needs at least one value; run more samples or drop the filter")
    numbers: Any = values
    array = hasattr(numbers, "dtype")
    mean = float(numbers.mean()) if array else math.fsum(values) / n
    if n == 1:
        return Estimate(mean, -math.inf, math.inf, 1)
    if array:
        variance = float(((numbers - mean) ** 2).sum()) / (n - 1)
    else:
        variance = math.fsum((v - mean) ** 2 for v in values) / (n - 1)
    half = _t_quantile(0.5 + confidence / 2, n - 1) * math.sqrt(variance / n)
    return Estimate(mean, mean - half, mean + half, n)


def paired_binary_difference(
    only_a: int, only_b: int, n: int, confidence: float = CONFIDENCE
) -> Estimate:
    """`paired_mean_difference` of n paired 0/1 outcomes, from the discordant counts alone: the
    differences are 1 (only A) `only_a` times, -1 `only_b` times and 0 otherwise.

    Raises:
        ValueError: no pairs, or more discordant pairs than pairs.
    """
    if n <= 0 or only_a + only_b > n or min(only_a, only_b) < 0:
        raise ValueError(f"counts {only_a} and {only_b} do not fit {n} pairs")
    mean = (only_a - only_b) / n
    if n == 1:
        return Estimate(mean, -math.inf, math.inf, 1)
    variance = max(0.0, (only_a + only_b - n * mean * mean) / (n - 1))
    half = _t_quantile(0.5 + confidence / 2, n - 1) * math.sqrt(variance / n)
    return Estimate(mean, mean - half, mean + half, n)
