"""Small helpers the suites' summaries share over tidy score rows."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from evenhand.core import Estimate
from evenhand.stats._intervals import clustered_rate, wilson_rate

Row = dict[str, Any]


def is_number(value: object) -> bool:
    """Whether a score value is a real number (NaN marks unscored)."""
    return isinstance(value, int | float) and not math.isnan(value)


def group_rows(rows: Sequence[Row], key: str) -> dict[str, list[Row]]:
    """Rows grouped by the text of one field."""
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        groups[str(row[key])].append(row)
    return dict(groups)


def rate_of(rows: Sequence[Row], key: str) -> Estimate:
    """The Wilson-interval rate of a 0/1 score field over rows that all have it scored."""
    return wilson_rate(int(sum(row[key] for row in rows)), len(rows))


ITEM_KEY = "pair_id"
"""The row field that names an item across its scripts (and, with the epoch, its repeats)."""


def clustered_rate_of(rows: Sequence[Row], key: str, cluster: str = ITEM_KEY) -> Estimate:
    """The rate of a 0/1 score field over rows that all have it scored, clustered by item (the
    `pair_id` its scripts and epochs share): `clustered_rate`, equal to `rate_of` where every row
    is its own item."""
    return clustered_rate([row[key] for row in rows], [row[cluster] for row in rows])
