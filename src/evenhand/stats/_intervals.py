"""Interval estimates for rates, differences of rates and means, of independent or clustered
samples.

Thin wrappers over statsmodels and scipy that fix our conventions (95% by default, or the level
`evenhand.core.at_confidence` sets; NaN-free input, an explicit error on empty input) and return
one small record type. Clustered samples (an item's
scripts and epochs) use the same intervals on the effective sample size (`effective_size`).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Hashable, Sequence
from typing import Any

from evenhand.core import Estimate, confidence_level
from evenhand.stats._design import effective_size


def wilson_rate(successes: int, n: int, confidence: float | None = None) -> Estimate:
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
    low, high = proportion_confint(
        successes, n, alpha=1 - confidence_level(confidence), method="wilson"
    )
    return Estimate(successes / n, float(low), float(high), n)


def rate_difference(
    successes_a: int, n_a: int, successes_b: int, n_b: int, confidence: float | None = None
) -> Estimate:
    """Difference of two independent proportions (a minus b) with Newcombe's hybrid score interval
    (Newcombe 1998, Statistics in Medicine 17:873, method 10; statsmodels).

    `n` of the result is the smaller of the two sample sizes.

    Raises:
        ValueError: either side has no observations.
    """
    from statsmodels.stats.proportion import confint_proportions_2indep

    if n_a <= 0 or n_b <= 0:
        raise ValueError("a difference of rates needs samples on both sides; include the controls")
    low, high = confint_proportions_2indep(
        successes_a,
        n_a,
        successes_b,
        n_b,
        method="newcomb",
        compare="diff",
        alpha=1 - confidence_level(confidence),
    )
    return Estimate(successes_a / n_a - successes_b / n_b, float(low), float(high), min(n_a, n_b))


def clustered_rate(
    outcomes: Sequence[float], clusters: Sequence[Hashable], confidence: float | None = None
) -> Estimate:
    """A proportion of 0/1 outcomes that share clusters (an item's scripts and epochs), with the
    Wilson interval on the effective sample size (`effective_size`), as Korn and Graubard (1998)
    do for clustered surveys. Where every outcome is its own cluster it is `wilson_rate`.

    `n` of the result is the number of outcomes, `items` the number of clusters.

    Raises:
        ValueError: no outcomes, outcomes other than 0 and 1, or one cluster id per outcome missing.
    """
    values = _binary(outcomes, "a clustered rate")
    size = effective_size(values, clusters)
    rate = math.fsum(values) / size.n
    effective_n = degrees_of_freedom_adjusted(size.effective_n, size.items, size.n, confidence)
    low, high = wilson_bounds(rate * effective_n, effective_n, confidence)
    return Estimate(rate, low, high, size.n, size.items)


def degrees_of_freedom_adjusted(
    effective_n: float, items: int, n: int, confidence: float | None = None
) -> float:
    """Korn and Graubard's (1998) correction of an effective sample size for a design effect
    estimated from few clusters: times (z / t)^2, t with items - 1 degrees of freedom, so that a
    normal-based interval widens as a t interval would. Not below 1 (one item's worth); unchanged
    where every sample is its own item or there is only one item."""
    if items == n or items < 2:
        return effective_n
    confidence_quantile = 0.5 + confidence_level(confidence) / 2
    ratio = normal_quantile(confidence_quantile) / _t_quantile(confidence_quantile, items - 1)
    return max(effective_n * ratio**2, 1.0)


def clustered_rate_difference(
    outcomes_a: Sequence[float],
    clusters_a: Sequence[Hashable],
    outcomes_b: Sequence[float],
    clusters_b: Sequence[Hashable],
    confidence: float | None = None,
) -> Estimate:
    """Difference of two proportions (a minus b) from disjoint sets of items, each of 0/1 outcomes
    that share clusters: Newcombe's hybrid score interval from each side's clustered Wilson
    interval (`clustered_rate`). With one outcome per cluster it is `rate_difference`.

    `n` and `items` of the result are those of the smaller side.

    Raises:
        ValueError: either side is empty or is not 0/1 outcomes with one cluster id each.
    """
    a = clustered_rate(outcomes_a, clusters_a, confidence)
    b = clustered_rate(outcomes_b, clusters_b, confidence)
    value = a.value - b.value
    low = value - math.hypot(a.value - a.low, b.high - b.value)
    high = value + math.hypot(a.high - a.value, b.value - b.low)
    smaller = a if a.n <= b.n else b
    return Estimate(value, max(low, -1.0), min(high, 1.0), smaller.n, smaller.items)


def wilson_bounds(
    successes: float, n: float, confidence: float | None = None
) -> tuple[float, float]:
    """The Wilson score interval of successes out of n, where both may be effective (fractional)
    counts. Equal to statsmodels' `proportion_confint(method="wilson")` on whole counts."""
    z = normal_quantile(0.5 + confidence_level(confidence) / 2)
    rate = successes / n
    scale = 1 + z * z / n
    centre = (rate + z * z / (2 * n)) / scale
    half = z * math.sqrt(max(rate * (1 - rate), 0.0) / n + z * z / (4 * n * n)) / scale
    return max(centre - half, 0.0), min(centre + half, 1.0)


@functools.lru_cache(maxsize=64)
def normal_quantile(probability: float) -> float:
    """Standard normal quantile, remembered."""
    from statistics import NormalDist

    return NormalDist().inv_cdf(probability)


@functools.lru_cache(maxsize=4096)
def _t_quantile(probability: float, df: int) -> float:
    """Student-t quantile (scipy), remembered: a report asks for the same few thousand times."""
    from scipy import stats

    return float(stats.t.ppf(probability, df))


def mean_interval(
    values: Sequence[float] | Any,
    confidence: float | None = None,
    clusters: Sequence[Hashable] | None = None,
) -> Estimate:
    """Mean with a Student-t interval, of a sequence or a NumPy array (summed by NumPy).

    With `clusters` (one id per value: the values of one item's scripts and epochs share one),
    the standard error is that of the effective sample size (`effective_size`) and the t
    distribution has items - 1 degrees of freedom; one item gives an unbounded interval.

    Raises:
        ValueError: no values, or a cluster id per value missing.
    """
    n = len(values)
    if n == 0:
        raise ValueError("a mean needs at least one value; run more samples or drop the filter")
    numbers: Any = values
    array = hasattr(numbers, "dtype")
    mean = float(numbers.mean()) if array else math.fsum(values) / n
    items, design_effect = n, 1.0
    if clusters is not None:
        size = effective_size(numbers.tolist() if array else values, clusters)
        items, design_effect = size.items, size.design_effect
    reported = None if clusters is None else items
    if items == 1:
        return Estimate(mean, -math.inf, math.inf, n, reported)
    if array:
        variance = float(((numbers - mean) ** 2).sum()) / (n - 1)
    else:
        variance = math.fsum((v - mean) ** 2 for v in values) / (n - 1)
    half = _t_quantile(0.5 + confidence_level(confidence) / 2, items - 1) * math.sqrt(
        design_effect * variance / n
    )
    return Estimate(mean, mean - half, mean + half, n, reported)


def _binary(outcomes: Sequence[float] | Any, what: str) -> list[float]:
    """0/1 outcomes as a list of floats, or a ValueError naming the fix."""
    values = [float(v) for v in (outcomes.tolist() if hasattr(outcomes, "tolist") else outcomes)]
    if not values:
        raise ValueError(f"{what} needs at least one scored sample; run more samples")
    if any(v not in (0.0, 1.0) for v in values):
        raise ValueError(f"{what} takes 0/1 outcomes; use mean_interval for other values")
    return values
