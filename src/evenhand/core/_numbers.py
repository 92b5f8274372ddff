"""The number type every result uses, how numbers are printed, and the constants every statistic
shares (one confidence level, one seed)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Literal, NamedTuple

CONFIDENCE = 0.95
"""The confidence level of every interval evenhand reports."""

_CONFIDENCE_LEVEL: ContextVar[float] = ContextVar("evenhand_confidence", default=CONFIDENCE)


def confidence_level(confidence: float | None = None) -> float:
    """`confidence` where given, else the level in force: `CONFIDENCE` unless a caller chose
    another with `at_confidence`. Every interval function in `evenhand.stats` reads its default
    level here, so a suite's headline numbers can be recomputed at another level unchanged."""
    return _CONFIDENCE_LEVEL.get() if confidence is None else confidence


@contextmanager
def at_confidence(confidence: float) -> Iterator[None]:
    """Compute every interval at `confidence` within the block (for example the Bonferroni level
    1 - 0.05/k of a deployment gate's family of k conditions).

    Raises:
        ValueError: a level outside (0, 1).
    """
    if not 0 < confidence < 1:
        raise ValueError(f"a confidence level lies strictly between 0 and 1, got {confidence}")
    token = _CONFIDENCE_LEVEL.set(confidence)
    try:
        yield
    finally:
        _CONFIDENCE_LEVEL.reset(token)


SEED = 20261122
"""The seed of every random choice evenhand makes (bootstraps, subsamples), so results repeat."""

Scale = Literal["percent", "points", "plain"]
"""How a number is printed: a rate in %, a difference of rates in points, anything else as is."""


class Estimate(NamedTuple):
    """A point estimate with its interval and the number of observations behind it."""

    value: float
    low: float
    high: float
    n: int
    """Observations (samples) behind the estimate."""
    items: int | None = None
    """Independent items (clusters: an item's scripts and epochs) behind the n samples, where the
    interval accounts for them; None where every sample is its own item."""


def format_value(value: float, scale: Scale) -> str:
    """One number on its scale: `12.5%`, `+3.0 pts` or `0.42`."""
    if math.isinf(value):
        return "-inf" if value < 0 else "inf"
    if math.isnan(value):
        return "n/a"
    if scale == "percent":
        return f"{value * 100:.1f}%"
    if scale == "points":
        return f"{value * 100:+.1f} pts"
    return f"{value:.2f}"


def format_interval(estimate: Estimate, scale: Scale) -> str:
    """The interval of an estimate on its scale: `[10.0%, 15.2%]`."""
    return f"[{format_value(estimate.low, scale)}, {format_value(estimate.high, scale)}]"


def describe(estimate: Estimate, scale: Scale) -> str:
    """A value with its interval and n, as every table prints it."""
    return (
        f"{format_value(estimate.value, scale)} ({format_value(estimate.low, scale)} to "
        f"{format_value(estimate.high, scale)}), n = {describe_n(estimate)}"
    )


def describe_n(estimate: Estimate) -> str:
    """The observations behind an estimate: `108`, or `36 items, 108 samples` where clustered."""
    if estimate.items is None or estimate.items == estimate.n:
        return f"{estimate.n:,}"
    return f"{estimate.items:,} items, {estimate.n:,} samples"
