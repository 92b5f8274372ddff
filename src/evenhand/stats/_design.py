"""Design effects: how much clustering (an item's three scripts, its epochs) shrinks a sample.

The samples of one item are not independent: a model that will not discuss an event in English
seldom discusses it in Chinese. Intervals that pool them use an effective sample size, n divided by
the design effect (Kish), in place of n, as Korn and Graubard (1998) do for proportions from
clustered surveys.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from typing import NamedTuple


class EffectiveSize(NamedTuple):
    """The effective number of independent observations behind a mean of clustered values."""

    n: int
    """Observations (samples)."""
    items: int
    """Clusters (items)."""
    design_effect: float
    """Variance of the mean with clustering over that without, between 1 and n / items."""

    @property
    def effective_n(self) -> float:
        """n / design effect: between the number of items and the number of samples."""
        return self.n / self.design_effect


def effective_size(values: Sequence[float], clusters: Sequence[Hashable]) -> EffectiveSize:
    """The design effect of the mean of `values` whose observations share `clusters`.

    The design effect is the cluster-robust (ratio-estimator) variance of the mean over the
    variance that treats every observation as independent, bounded to [1, n / items]: never
    below 1 (clustering cannot make samples worth more than independent ones) and never above
    the mean cluster size (the samples of an item are worth at least one independent item).
    Where it cannot be estimated (every value equal, or a single item) the upper bound is used:
    with no spread to tell how alike an item's samples are, assume them alike.

    Raises:
        ValueError: no values, or values and clusters of different lengths.
    """
    n = len(values)
    if n == 0:
        raise ValueError("a clustered estimate needs at least one value; run more samples")
    if len(clusters) != n:
        raise ValueError(f"{n} values but {len(clusters)} cluster ids; give one id per value")
    totals: dict[Hashable, list[float]] = {}
    for value, cluster in zip(values, clusters, strict=True):
        total = totals.setdefault(cluster, [0.0, 0.0])
        total[0] += value
        total[1] += 1
    items = len(totals)
    largest = n / items
    if items == n:
        return EffectiveSize(n, items, 1.0)
    mean = math.fsum(values) / n
    independent = math.fsum((v - mean) ** 2 for v in values) / n
    if items == 1 or independent <= 0:
        return EffectiveSize(n, items, largest)
    # Residual totals per cluster around the pooled mean; k / (k - 1) corrects the small-k bias.
    clustered = math.fsum((s - mean * m) ** 2 for s, m in totals.values()) / n * items / (items - 1)
    return EffectiveSize(n, items, min(max(clustered / independent, 1.0), largest))
