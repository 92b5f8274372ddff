"""From Inspect logs to tables and paired comparisons of models.

The analysis imports no suite: what it needs of one (which scores to compare, and how) it asks of
the `SuiteLookup` it is given.
"""

from evenhand.analysis._compare import (
    BOOTSTRAP_RESAMPLES,
    Comparison,
    PairedScores,
    compare_all,
    compare_logs,
    compare_rows,
    player_rows,
    score_block,
)
from evenhand.analysis._export import FORMATS, export, export_rows, rows_table

__all__ = [
    "BOOTSTRAP_RESAMPLES",
    "FORMATS",
    "Comparison",
    "PairedScores",
    "compare_all",
    "compare_logs",
    "compare_rows",
    "export",
    "export_rows",
    "player_rows",
    "rows_table",
    "score_block",
]
