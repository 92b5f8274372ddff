"""Interval estimates for rates, differences of rates and means.

Thin wrappers over statsmodels and scipy that fix our conventions (95% by default, NaN-free input,
an explicit error on empty input) and return one small record type.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from typing import Any

from evenhand.core import CONFIDENCE, Estimate


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
    """Mean of paired differences (one per matched pair) with its interval.

    Differences of paired 0/1 outcomes (every value -1, 0 or 1) get `paired_binary_difference`'s
    exact interval, which agrees with McNemar's exact test and stays within [-1, 1]; other
    differences get a Student-t interval (unbounded with one pair).
    """
    values = differences.tolist() if hasattr(differences, "tolist") else list(differences)
    if values and all(v in (-1, 0, 1) for v in values):
        return paired_binary_difference(values.count(1), values.count(-1), len(values), confidence)
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
    """Difference of two paired proportions (A minus B) over n pairs, from the discordant pairs:
    `only_a` pairs where only A succeeded, `only_b` where only B did.

    The interval is exact and conditional on the m = only_a + only_b discordant pairs: a
    Clopper-Pearson interval (statsmodels) for the share of them won by A, p, turned into the
    difference m/n * (2p - 1). It excludes zero exactly when McNemar's exact test rejects at the
    same level, and it never leaves [-1, 1]. With no discordant pair it is the single point 0.

    Raises:
        ValueError: no pairs, or counts that do not fit n pairs.
    """
    from statsmodels.stats.proportion import proportion_confint

    if n <= 0 or min(only_a, only_b) < 0 or only_a + only_b > n:
        raise ValueError(f"counts {only_a} and {only_b} do not fit {n} pairs")
    discordant = only_a + only_b
    value = (only_a - only_b) / n
    if discordant == 0:
        return Estimate(0.0, 0.0, 0.0, n)
    low, high = proportion_confint(only_a, discordant, alpha=1 - confidence, method="beta")
    scale = discordant / n
    return Estimate(value, scale * (2 * float(low) - 1), scale * (2 * float(high) - 1), n)
