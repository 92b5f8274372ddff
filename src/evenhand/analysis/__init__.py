"""From Inspect logs to numbers with intervals."""

from evenhand.analysis._agreement import Agreement, agreement, panel_alpha
from evenhand.analysis._compare import Comparison, compare_logs, compare_rows
from evenhand.analysis._export import FORMATS, export, export_rows
from evenhand.analysis._rows import group_rows, is_number, rate_of
from evenhand.analysis._stats import (
    CONFIDENCE,
    Estimate,
    mean_interval,
    paired_mean_difference,
    rate_difference,
    wilson_rate,
)
from evenhand.analysis._table import read_logs, score_rows, suite_of

__all__ = [
    "CONFIDENCE",
    "FORMATS",
    "Agreement",
    "Comparison",
    "Estimate",
    "agreement",
    "compare_logs",
    "compare_rows",
    "export",
    "export_rows",
    "group_rows",
    "is_number",
    "mean_interval",
    "paired_mean_difference",
    "panel_alpha",
    "rate_difference",
    "rate_of",
    "read_logs",
    "score_rows",
    "suite_of",
    "wilson_rate",
]
