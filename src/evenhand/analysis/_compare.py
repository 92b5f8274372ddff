"""Paired comparisons of models on the same items: McNemar's exact test for 0/1 scores, a paired
bootstrap for continuous ones, and Holm's correction across every comparison shown.

Scores are collected into one matrix per (suite, score): a row per model, a column per item
(sample id and epoch), NaN where a model has no score. Every pair of models is then compared on the
columns both scored, which keeps a report over twenty models and a million samples to a few seconds.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any, NamedTuple

from evenhand.core import CONFIDENCE, SEED, EvenhandError, SuiteLookup, UnknownSuiteError
from evenhand.logs import LogHeader, list_headers, newest_rows
from evenhand.stats import is_number

BOOTSTRAP_RESAMPLES = 2000


_BOOTSTRAP_BLOCK = 250
"""Resamples drawn at a time: bounds the weight matrix to 250 x items."""


class Comparison(NamedTuple):
    """Model A against model B on one score of one suite, over the items both answered."""

    suite: str
    metric: str
    """The compared score's name (`ComparedScore.name`)."""
    n: int
    """Items (sample id and epoch) both models have a value for."""
    a: float
    """Model A's mean on those items."""
    b: float
    """Model B's mean on the same items."""
    difference: float
    """a - b."""
    low: float
    """Lower bound of the 95% interval of the difference."""
    high: float
    """Upper bound of the 95% interval of the difference."""
    test: str
    """"McNemar exact" for 0/1 scores, "paired bootstrap" for continuous ones."""
    p_value: float
    """The test's two-sided p-value, unadjusted."""
    p_holm: float
    """Holm-adjusted across every comparison returned together."""
    model_a: str = ""
    model_b: str = ""


@dataclass
class PairedScores:
    """Score values of many models on shared items, filled one log (or one model) at a time."""

    items: dict[str, dict[tuple[Any, int], int]] = field(default_factory=dict)
    """Per suite: item (sample id, epoch) -> column."""
    columns: dict[tuple[str, str, str], list[tuple[Any, Any]]] = field(default_factory=dict)
    """(suite, score, model) -> blocks of (columns, values) arrays."""
    binary: dict[tuple[str, str], bool | None] = field(default_factory=dict)
    """(suite, score) -> 0/1 outcomes or not; None: as the values show."""
    lookup: SuiteLookup | None = None
    """Where each suite's compared scores are declared; without it every score is compared."""

    def add(self, rows: Iterable[dict[str, Any]]) -> None:
        """Add rows of any models and suites."""
        grouped: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for row in rows:
            grouped.setdefault((row["suite"], row["model"]), []).append(row)
        for (suite, model), block in grouped.items():
            self.add_block(suite, model, *score_block(block, self.lookup))

    def add_block(
        self,
        suite: str,
        model: str,
        keys: list[tuple[Any, int]],
        values: dict[str, Any],
        binary: dict[str, bool | None],
    ) -> None:
        """Add one model's scores on one suite: item keys and, per score, values aligned with
        them (NaN where unscored) and their kind, as `score_block` makes them."""
        import numpy as np

        for metric, kind in binary.items():
            self.binary[(suite, metric)] = kind
        items = self.items.setdefault(suite, {})
        columns = np.fromiter(
            (items.setdefault(key, len(items)) for key in keys), dtype=np.int64, count=len(keys)
        )
        for metric, array in values.items():
            scored = ~np.isnan(array)
            if scored.any():
                self.columns.setdefault((suite, metric, model), []).append(
                    (columns[scored], array[scored])
                )

    def models(self) -> list[str]:
        return sorted({model for _, _, model in self.columns})

    def matrices(self) -> Iterable[tuple[str, str, list[str], Any]]:
        """(suite, score, models, matrix models x items with NaN where unscored)."""
        import numpy as np

        by_metric: dict[tuple[str, str], list[str]] = {}
        for suite, metric, model in self.columns:
            by_metric.setdefault((suite, metric), []).append(model)
        for (suite, metric), models in sorted(by_metric.items()):
            models = sorted(models)
            matrix = np.full((len(models), len(self.items[suite])), np.nan)
            for i, model in enumerate(models):
                for cols, values in self.columns[(suite, metric, model)]:
                    matrix[i, cols] = values
            yield suite, metric, models, matrix


def score_block(
    rows: list[dict[str, Any]], lookup: SuiteLookup | None
) -> tuple[list[tuple[Any, int]], dict[str, Any], dict[str, bool | None]]:
    """Item keys of one model's rows of one suite, and per compared score a float array aligned
    with them (NaN where unscored or outside the score's items) and whether it is 0/1.

    A shipped suite's scores and their items come from its `compared` list; for other suites
    every numeric score is compared, 0/1 or not as the values show.
    """
    import numpy as np

    from evenhand.core import ComparedScore

    keys = [(row["sample_id"], row["epoch"]) for row in rows]
    kinds: dict[str, bool | None]
    try:
        if lookup is None or not rows:
            raise UnknownSuiteError("no suite declarations")
        suite = lookup(rows[0]["suite"])
    except UnknownSuiteError:
        names = sorted({key for row in rows for key in row if key.startswith("score_")})
        compared = [
            ComparedScore(n.removeprefix("score_"), n.removeprefix("score_")) for n in names
        ]
        kinds = {c.name: None for c in compared}
    else:
        compared = list(suite.compared_on(rows))
        kinds = {
            c.name: c.value is None and suite.score(c.score).kind == "binary" for c in compared
        }
    values = {}
    for c in compared:
        key = f"score_{c.score}"
        column = [
            (row.get(key) if c.value is None else c.value(row)) if c.keep(row) else None
            for row in rows
        ]
        values[c.name] = np.array([v if is_number(v) else np.nan for v in column], dtype=np.float64)
    return keys, values, kinds


def compare_all(
    scores: PairedScores, pairs: Sequence[tuple[str, str]] | None = None
) -> list[Comparison]:
    """Compare every pair of models (or the given pairs) on every score they share, Holm-adjusted
    across all the comparisons returned."""
    from statsmodels.stats.multitest import multipletests

    wanted = None if pairs is None else {tuple(sorted(p)) for p in pairs}
    raw: list[Comparison] = []
    for suite, metric, models, matrix in scores.matrices():
        index = {model: i for i, model in enumerate(models)}
        chosen = [
            (a, b)
            for a, b in combinations(models, 2)
            if wanted is None or tuple(sorted((a, b))) in wanted
        ]
        if pairs is not None:  # keep the caller's order of A and B
            order = {tuple(sorted(p)): p for p in pairs}
            chosen = [order[tuple(sorted(p))] for p in chosen]
        binary = scores.binary.get((suite, metric))
        raw.extend(_compare_metric(suite, metric, matrix, index, chosen, binary))
    if not raw:
        return []
    holm = multipletests([c.p_value for c in raw], method="holm")[1]
    return [c._replace(p_holm=float(h)) for c, h in zip(raw, holm, strict=True)]


def _compare_metric(
    suite: str,
    metric: str,
    matrix: Any,
    index: dict[str, int],
    pairs: list[tuple[str, str]],
    binary: bool | None,
) -> list[Comparison]:
    import numpy as np

    finite = ~np.isnan(matrix)
    if binary is None:
        binary = bool(np.isin(matrix[finite], (0.0, 1.0)).all())
    if binary:
        return _mcnemar_all(suite, metric, matrix, finite, index, pairs)
    results = []
    bootstrap: list[tuple[str, str, Any]] = []
    for model_a, model_b in pairs:
        both = finite[index[model_a]] & finite[index[model_b]]
        if int(both.sum()) >= 2:
            bootstrap.append((model_a, model_b, both))
    # Pairs scored on the same items share one set of bootstrap weights: one matrix product each.
    groups: dict[bytes, list[tuple[str, str, Any]]] = {}
    for model_a, model_b, both in bootstrap:
        groups.setdefault(np.packbits(both).tobytes(), []).append((model_a, model_b, both))
    for group in groups.values():
        both = group[0][2]
        differences = np.stack(
            [matrix[index[a]][both] - matrix[index[b]][both] for a, b, _ in group], axis=1
        )
        for (model_a, model_b, _), (low, high, p) in zip(
            group, paired_bootstrap(differences), strict=True
        ):
            x, y = matrix[index[model_a]][both], matrix[index[model_b]][both]
            results.append(
                Comparison(
                    suite,
                    metric,
                    int(both.sum()),
                    float(x.mean()),
                    float(y.mean()),
                    float(x.mean() - y.mean()),
                    low,
                    high,
                    "paired_bootstrap",
                    p,
                    math.nan,
                    model_a,
                    model_b,
                )
            )
    return results


def _mcnemar_all(
    suite: str,
    metric: str,
    matrix: Any,
    finite: Any,
    index: dict[str, int],
    pairs: list[tuple[str, str]],
) -> list[Comparison]:
    """McNemar's exact test for every pair at once: the discordant counts of all pairs come from
    two matrix products over the items. The two-sided exact p-value is the binomial one that
    statsmodels' `mcnemar(exact=True)` computes, min(1, 2 * P(X <= min(b, c))), X ~ Bin(b + c, 1/2);
    the interval is Newcombe's hybrid score interval for paired data (`paired_binary_difference`),
    from the same products."""
    import numpy as np
    from scipy.stats import binom

    from evenhand.stats import paired_binary_difference

    scored = finite.astype(np.float64)
    ones = np.where(finite, matrix, 0.0)
    zeros = scored - ones
    only = ones @ zeros.T  # only[i, j]: items i scored 1 and j scored 0
    shared = scored @ scored.T
    hits = ones @ scored.T  # hits[i, j]: i's ones on the items both scored
    results = []
    for model_a, model_b in pairs:
        i, j = index[model_a], index[model_b]
        n = int(shared[i, j])
        if n < 2:
            continue
        b, c = int(only[i, j]), int(only[j, i])
        p = min(1.0, 2 * float(binom.cdf(min(b, c), b + c, 0.5))) if b + c else 1.0
        both = round(hits[i, j]) - b
        estimate = paired_binary_difference(both, b, c, n - both - b - c)
        rate_a, rate_b = hits[i, j] / n, hits[j, i] / n
        results.append(
            Comparison(
                suite,
                metric,
                n,
                float(rate_a),
                float(rate_b),
                float(rate_a - rate_b),
                estimate.low,
                estimate.high,
                "mcnemar_exact",
                p,
                math.nan,
                model_a,
                model_b,
            )
        )
    return results


def paired_bootstrap(differences: Any) -> list[tuple[float, float, float]]:
    """Percentile interval and two-sided p-value of the mean of paired differences, for each
    column of an items x comparisons matrix, from the same resamples of items.

    The p-value is twice the share of resampled means on the far side of zero, counted as
    (1 + k) / (1 + resamples) so that it is never 0, and at most 1.
    """
    import numpy as np

    n, columns = differences.shape
    rng = np.random.default_rng(SEED)
    means = np.empty((BOOTSTRAP_RESAMPLES, columns))
    for start in range(0, BOOTSTRAP_RESAMPLES, _BOOTSTRAP_BLOCK):
        size = min(_BOOTSTRAP_BLOCK, BOOTSTRAP_RESAMPLES - start)
        weights = rng.multinomial(n, np.full(n, 1 / n), size=size).astype(np.float64)
        means[start : start + size] = weights @ differences / n
    tail = (1 - CONFIDENCE) / 2 * 100
    lows, highs = np.percentile(means, [tail, 100 - tail], axis=0)
    # (1 + count) / (1 + resamples): a finite number of resamples cannot show p = 0
    below = ((means <= 0).sum(axis=0) + 1) / (BOOTSTRAP_RESAMPLES + 1)
    above = ((means >= 0).sum(axis=0) + 1) / (BOOTSTRAP_RESAMPLES + 1)
    p = np.minimum(1.0, 2 * np.minimum(below, above))
    return [
        (float(low), float(high), float(pv)) for low, high, pv in zip(lows, highs, p, strict=True)
    ]


def compare_rows(
    rows: Sequence[dict[str, Any]], model_a: str, model_b: str, lookup: SuiteLookup | None = None
) -> list[Comparison]:
    """Compare two models on every score both have on the same (suite, sample id, epoch).

    Raises:
        ValueError: a model has no rows, or the two share no scored items.
    """
    models = {row["model"] for row in rows}
    for model in (model_a, model_b):
        if model not in models:
            raise ValueError(
                f"no scored samples for model {model!r}; models in the logs: {sorted(models)}"
            )
    scores = PairedScores(lookup=lookup)
    scores.add([row for row in rows if row["model"] in (model_a, model_b)])
    comparisons = compare_all(scores, [(model_a, model_b)])
    if not comparisons:
        raise ValueError(
            f"{model_a!r} and {model_b!r} share no scored items; run both on the same suites"
        )
    return comparisons


def _players(suite: str, lookup: SuiteLookup | None) -> Any:
    if lookup is None:
        return None
    try:
        return lookup(suite).players
    except UnknownSuiteError:
        return None


def player_rows(rows: Iterable[dict[str, Any]], lookup: SuiteLookup | None) -> list[dict[str, Any]]:
    """A joint suite's match rows as its rows per player (`Suite.players`); rows of other suites
    are left out. Each keeps the log's model as `log_model`; two logs of the same table give a
    player's rows once (the newest log's, by match and player)."""
    found: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in sorted(rows, key=lambda r: str(r.get("log") or "")):  # names start with the time
        expand = _players(row["suite"], lookup)
        if expand is None:
            continue
        for player in expand(row):
            player = {**player, "log_model": row["model"]}
            found[(row["suite"], player["model"], player["sample_id"], player["epoch"])] = player
    return list(found.values())


def compare_logs(
    log_dir: Path,
    model_a: str,
    model_b: str,
    lookup: SuiteLookup,
    suite: str | None = None,
) -> list[Comparison]:
    """Paired comparisons of two models over every log in a directory (optionally one suite)."""
    every = list_headers(log_dir)
    if suite is not None and suite not in {h.suite for h in every}:
        raise EvenhandError(
            f"no logs of suite {suite!r} in {log_dir}; suites in the logs: "
            f"{sorted({h.suite for h in every})}"
        )
    groups: dict[tuple[str, str], list[LogHeader]] = {}
    joint: dict[tuple[str, str], list[LogHeader]] = {}
    for h in every:
        if suite not in (None, h.suite):
            continue
        if _players(h.suite, lookup) is not None:  # any log may have seated both models
            joint.setdefault((h.model, h.suite), []).append(h)
        elif h.model in (model_a, model_b):
            groups.setdefault((h.model, h.suite), []).append(h)
    # each sample once, from the newest log, as in the report and the export
    rows = [row for logs in groups.values() for row in newest_rows(logs)]
    rows += [
        row
        for row in player_rows([r for logs in joint.values() for r in newest_rows(logs)], lookup)
        if row["model"] in (model_a, model_b)
    ]
    if not rows:
        known = sorted({h.model for h in every})
        raise EvenhandError(
            f"no scored samples for {model_a!r} and {model_b!r}"
            + (f" on suite {suite!r}" if suite else "")
            + f"; models in the logs: {known}"
        )
    try:
        return compare_rows(rows, model_a, model_b, lookup)
    except ValueError as error:
        raise EvenhandError(str(error)) from error
