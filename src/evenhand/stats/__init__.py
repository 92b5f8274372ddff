"""Statistics on rows of results: intervals for rates, differences and means (of independent or
clustered samples), and agreement."""

from evenhand.stats._agreement import Agreement, agreement, kappa_interval, panel_alpha
from evenhand.stats._design import EffectiveSize, effective_size
from evenhand.stats._intervals import (
    clustered_rate,
    clustered_rate_difference,
    mean_interval,
    rate_difference,
    wilson_bounds,
    wilson_rate,
)
from evenhand.stats._paired import (
    paired_binary_difference,
    paired_difference_in_differences,
    paired_mean_difference,
    paired_rate_difference,
)
from evenhand.stats._rows import clustered_rate_of, group_rows, is_number, rate_of

__all__ = [
    "Agreement",
    "EffectiveSize",
    "agreement",
    "clustered_rate",
    "clustered_rate_difference",
    "clustered_rate_of",
    "effective_size",
    "group_rows",
    "is_number",
    "kappa_interval",
    "mean_interval",
    "paired_binary_difference",
    "paired_difference_in_differences",
    "paired_mean_difference",
    "paired_rate_difference",
    "panel_alpha",
    "rate_difference",
    "rate_of",
    "wilson_bounds",
    "wilson_rate",
]
