"""Paired comparison of two models on the same items: McNemar's exact test for 0/1 scores, a paired
bootstrap for continuous ones, and Holm's correction across every comparison shown."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from evenhand.analysis._rows import is_number
from evenhand.analysis._table import read_logs, score_rows
from evenhand.errors import EvenhandError

BOOTSTRAP_RESAMPLES = 2000
BOOTSTRAP_SEED = 20261122
CONFIDENCE = 0.95


class Comparison(NamedTuple):
    """Model A against model B on one score of one suite, over the items both answered."""

    suite: str
    metric: str
    n: int
    a: float
    b: float
    difference: float
    low: float
    high: float
    test: str
    p_value: float
    p_holm: float


def compare_rows(rows: Sequence[dict[str, Any]], model_a: str, model_b: str) -> list[Comparison]:
    """Compare two models on every score both have on the same (suite, sample id, epoch).

    Raises:
        ValueError: a model has no rows, or the two share no scored items.
    """
    from statsmodels.stats.multitest import multipletests

    scores: dict[tuple[str, str], dict[tuple[Any, ...], dict[str, float]]] = defaultdict(dict)
    for row in rows:
        if row["model"] not in (model_a, model_b):
            continue
        for key, value in row.items():
            if key.startswith("score_") and is_number(value):
                scores[(row["suite"], key.removeprefix("score_"))].setdefault(
                    (row["sample_id"], row["epoch"]), {}
                )[row["model"]] = float(value)
    models = {row["model"] for row in rows}
    for model in (model_a, model_b):
        if model not in models:
            raise ValueError(
                f"no scored samples for model {model!r}; models in the logs: {sorted(models)}"
            )
    raw: list[tuple[str, str, list[float], list[float]]] = []
    for (suite, metric), by_item in sorted(scores.items()):
        pairs = [
            (v[model_a], v[model_b]) for v in by_item.values() if model_a in v and model_b in v
        ]
        if len(pairs) >= 2:
            raw.append((suite, metric, [a for a, _ in pairs], [b for _, b in pairs]))
    if not raw:
        raise ValueError(
            f"{model_a!r} and {model_b!r} share no scored items; run both on the same suites"
        )
    tested = [_test(a, b) for _, _, a, b in raw]
    holm = multipletests([t[3] for t in tested], method="holm")[1]
    return [
        Comparison(
            suite,
            metric,
            len(a),
            _mean(a),
            _mean(b),
            _mean(a) - _mean(b),
            low,
            high,
            name,
            p,
            float(h),
        )
        for (suite, metric, a, b), (name, low, high, p), h in zip(raw, tested, holm, strict=True)
    ]


def _test(a: list[float], b: list[float]) -> tuple[str, float, float, float]:
    if all(v in (0.0, 1.0) for v in (*a, *b)):
        return ("mcnemar_exact", *_mcnemar(a, b))
    return ("paired_bootstrap", *_paired_bootstrap(a, b))


def _mcnemar(a: list[float], b: list[float]) -> tuple[float, float, float]:
    from statsmodels.stats.contingency_tables import mcnemar

    from evenhand.analysis._stats import paired_mean_difference

    table = [
        [
            sum(x == 1 and y == 1 for x, y in zip(a, b, strict=True)),
            sum(x == 1 and y == 0 for x, y in zip(a, b, strict=True)),
        ],
        [
            sum(x == 0 and y == 1 for x, y in zip(a, b, strict=True)),
            sum(x == 0 and y == 0 for x, y in zip(a, b, strict=True)),
        ],
    ]
    estimate = paired_mean_difference([x - y for x, y in zip(a, b, strict=True)])
    return estimate.low, estimate.high, float(mcnemar(table, exact=True).pvalue)


def _paired_bootstrap(a: list[float], b: list[float]) -> tuple[float, float, float]:
    import numpy as np

    differences = np.asarray(a) - np.asarray(b)
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    draws = rng.integers(0, len(differences), size=(BOOTSTRAP_RESAMPLES, len(differences)))
    means = differences[draws].mean(axis=1)
    tail = (1 - CONFIDENCE) / 2 * 100
    low, high = np.percentile(means, [tail, 100 - tail])
    # two-sided: how often the resampled mean lands on the other side of zero
    p = min(1.0, 2 * min(float((means <= 0).mean()), float((means >= 0).mean())))
    return float(low), float(high), p


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


def compare_logs(
    log_dir: Path, model_a: str, model_b: str, suite: str | None = None
) -> list[Comparison]:
    """Paired comparisons of two models over every log in a directory (optionally one suite)."""
    rows = [row for _, log in read_logs(log_dir) for row in score_rows(log)]
    if suite is not None:
        rows = [row for row in rows if row["suite"] == suite]
    try:
        return compare_rows(rows, model_a, model_b)
    except ValueError as error:
        raise EvenhandError(str(error)) from error
