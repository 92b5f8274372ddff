"""Statistics on rows of results: intervals for rates, differences and means, and agreement."""

from evenhand.stats._agreement import Agreement, agreement, kappa_interval, panel_alpha
from evenhand.stats._intervals import (
    mean_interval,
    paired_binary_difference,
    paired_mean_difference,
    rate_difference,
    wilson_rate,
)
from evenhand.stats._rows import group_rows, is_number, rate_of

__all__ = [
    "Agreement",
    "agreement",
    "group_rows",
    "is_number",
    "kappa_interval",
    "mean_interval",
    "paired_binary_difference",
    "paired_mean_difference",
    "panel_alpha",
    "rate_difference",
    "rate_of",
    "wilson_rate",
]
