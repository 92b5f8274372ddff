"""Intervals for paired differences: the same items answered twice (two scripts, two contexts,
two models), compared item by item.

Differences of 0/1 outcomes use Newcombe's hybrid score interval for paired data (Newcombe 1998,
Statistics in Medicine 17:2635, method 10): unconditional, so that it has width with no discordant
pair and honest coverage with few. Other differences use a Student-t interval. Both take clusters
(an item's scripts and epochs) through the effective sample size (`effective_size`).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from typing import Any

from evenhand.core import Estimate
from evenhand.stats._design import effective_size
from evenhand.stats._intervals import (
    _binary,
    degrees_of_freedom_adjusted,
    mean_interval,
    wilson_bounds,
)


def paired_binary_difference(
    both: float, only_a: float, only_b: float, neither: float, confidence: float | None = None
) -> Estimate:
    """Difference of two paired proportions (A minus B) from the paired 2x2 table, with Newcombe's
    hybrid score interval for paired data (method 10 of Newcombe 1998).

    `both`: pairs where A and B both succeeded, `only_a`: only A, `only_b`: only B, `neither`.
    Counts may be effective (fractional) counts, as `paired_rate_difference` makes them for
    clustered pairs. The interval combines the Wilson intervals of A's and B's rates with the
    correlation between them (phi, with Newcombe's continuity correction to its numerator). It
    has width whatever the number of discordant pairs, stays within [-1, 1], and is meant to be
    reported with McNemar's exact test, which it does not replace.

    Raises:
        ValueError: no pairs, or a negative count.
    """
    n = both + only_a + only_b + neither
    if min(both, only_a, only_b, neither) < 0 or n <= 0:
        raise ValueError(
            f"a paired difference needs pairs and counts >= 0 (got {both}, {only_a}, {only_b}, "
            f"{neither}); run both conditions on the same items"
        )
    rate_a, rate_b = (both + only_a) / n, (both + only_b) / n
    low_a, high_a = wilson_bounds(both + only_a, n, confidence)
    low_b, high_b = wilson_bounds(both + only_b, n, confidence)
    phi = _phi(both, only_a, only_b, neither)
    value = rate_a - rate_b
    down_a, up_a, down_b, up_b = rate_a - low_a, high_a - rate_a, rate_b - low_b, high_b - rate_b
    low = value - math.sqrt(max(down_a**2 - 2 * phi * down_a * up_b + up_b**2, 0.0))
    high = value + math.sqrt(max(up_a**2 - 2 * phi * up_a * down_b + down_b**2, 0.0))
    return Estimate(value, max(low, -1.0), min(high, 1.0), round(n))


def _phi(both: float, only_a: float, only_b: float, neither: float) -> float:
    """Newcombe's estimate of the correlation between the paired outcomes: the phi coefficient
    with N/2 taken off a positive numerator (0 if that leaves it negative), 0 for an empty margin."""
    n = both + only_a + only_b + neither
    margins = (both + only_a) * (only_b + neither) * (both + only_b) * (only_a + neither)
    if margins <= 0:
        return 0.0
    numerator = both * neither - only_a * only_b
    if numerator > n / 2:
        numerator -= n / 2
    elif numerator >= 0:
        numerator = 0.0
    return numerator / math.sqrt(margins)


def paired_rate_difference(
    outcomes_a: Sequence[float] | Any,
    outcomes_b: Sequence[float] | Any,
    clusters: Sequence[Hashable] | None = None,
    confidence: float | None = None,
) -> Estimate:
    """Difference of paired proportions (A minus B) from 0/1 outcomes aligned pair by pair, with
    `paired_binary_difference`'s interval.

    With `clusters` (one id per pair: the pairs of one item's scripts and epochs share one) the
    2x2 table is shrunk to the effective sample size of the pairs' differences before the
    interval is computed, so n pairs of k items count as between k and n independent pairs.
    This also serves matched comparisons such as an item against its own control.

    Raises:
        ValueError: no pairs, sequences of different lengths, or outcomes other than 0 and 1.
    """
    a = _binary(outcomes_a, "a paired difference")
    b = _binary(outcomes_b, "a paired difference")
    if len(a) != len(b):
        raise ValueError(f"{len(a)} outcomes of A but {len(b)} of B; pair them item by item")
    pairs = list(zip(a, b, strict=True))
    both = sum(1 for x, y in pairs if x and y)
    only_a = sum(1 for x, y in pairs if x and not y)
    only_b = sum(1 for x, y in pairs if y and not x)
    neither = len(pairs) - both - only_a - only_b
    if clusters is None:
        return paired_binary_difference(both, only_a, only_b, neither, confidence)
    size = effective_size([x - y for x, y in pairs], clusters)
    effective_n = degrees_of_freedom_adjusted(size.effective_n, size.items, size.n, confidence)
    shrink = effective_n / size.n
    estimate = paired_binary_difference(
        both * shrink, only_a * shrink, only_b * shrink, neither * shrink, confidence
    )
    return estimate._replace(n=size.n, items=size.items)


def paired_mean_difference(
    differences: Sequence[float] | Any,
    clusters: Sequence[Hashable] | None = None,
    confidence: float | None = None,
) -> Estimate:
    """Mean of paired differences of scores other than 0/1 (one per matched pair) with a Student-t
    interval (`mean_interval`, clustered if `clusters` is given); unbounded with one pair or one
    item. Differences of 0/1 outcomes belong in `paired_rate_difference`, which needs the
    outcomes themselves and not only their differences.

    Raises:
        ValueError: no differences.
    """
    return mean_interval(differences, confidence, clusters)


def paired_difference_in_differences(
    outcomes_a: Sequence[float],
    outcomes_b: Sequence[float],
    control_a: Sequence[float],
    control_b: Sequence[float],
    clusters: Sequence[Hashable] | None = None,
    confidence: float | None = None,
) -> Estimate:
    """Mean over matched items of (A minus B on the item) minus (A minus B on its own control):
    for example the language gap of a sensitive item net of the language gap of its control.

    Each position is one item with its control; the interval is the (clustered) Student-t
    interval of the per-item differences in differences, cut to their natural bounds [-2, 2] for
    0/1 outcomes.

    Raises:
        ValueError: no items, or sequences of different lengths.
    """
    lengths = {len(outcomes_a), len(outcomes_b), len(control_a), len(control_b)}
    if len(lengths) != 1:
        raise ValueError("give one outcome per item for A, B and both controls, item by item")
    values = [
        (xa - xb) - (ca - cb)
        for xa, xb, ca, cb in zip(outcomes_a, outcomes_b, control_a, control_b, strict=True)
    ]
    estimate = mean_interval(values, confidence, clusters)
    return estimate._replace(low=max(estimate.low, -2.0), high=min(estimate.high, 2.0))
