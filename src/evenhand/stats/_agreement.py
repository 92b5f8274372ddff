"""Agreement between a judge and human gold labels: Cohen's kappa and the confusion matrix."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from evenhand.core import SEED, Estimate, confidence_level


class Agreement(NamedTuple):
    """How well one judge's labels agree with gold labels on the same responses."""

    kappa: float
    accuracy: float
    n: int
    labels: list[str]
    confusion: list[list[int]]
    """confusion[i][j]: responses with gold label labels[i] that the judge labelled labels[j]."""


def agreement(
    gold: Sequence[str], judged: Sequence[str | None], labels: Sequence[str]
) -> Agreement:
    """Cohen's kappa (statsmodels) and the confusion matrix over responses the judge labelled.

    Raises:
        ValueError: the sequences differ in length, nothing was labelled, or a label is unknown.
    """
    import numpy as np
    from statsmodels.stats.inter_rater import cohens_kappa

    if len(gold) != len(judged):
        raise ValueError(f"gold ({len(gold)}) and judged ({len(judged)}) labels differ in number")
    pairs = [(g, j) for g, j in zip(gold, judged, strict=True) if j is not None]
    if not pairs:
        raise ValueError("the judge labelled none of the responses; check its output")
    index = {label: i for i, label in enumerate(labels)}
    unknown = sorted({label for pair in pairs for label in pair} - set(index))
    if unknown:
        raise ValueError(f"labels outside the suite's label set: {unknown}")
    confusion = [[0] * len(labels) for _ in labels]
    for g, j in pairs:
        confusion[index[g]][index[j]] += 1
    with np.errstate(invalid="ignore", divide="ignore"):  # statsmodels' unused kappa_max on 1 label
        kappa = float(cohens_kappa(confusion, return_results=False))
    accuracy = sum(confusion[i][i] for i in range(len(labels))) / len(pairs)
    return Agreement(kappa, accuracy, len(pairs), list(labels), confusion)


ALPHA_BOOTSTRAP_RESAMPLES = 500


def panel_alpha(units: Sequence[Sequence[str]], confidence: float | None = None) -> Estimate:
    """Krippendorff's alpha (nominal) among a judge panel, with a percentile bootstrap interval.

    Each unit is one response's labels from the judges that produced one; units with fewer than two
    labels are left out. Uses Inspect's `krippendorff_alpha` metric for the coefficient itself.

    Raises:
        ValueError: fewer than two units with at least two labels.
    """
    import numpy as np
    from inspect_ai.scorer import SampleScore, Score, krippendorff_alpha

    rated = [list(unit) for unit in units if len(unit) >= 2]
    if len(rated) < 2:
        raise ValueError(
            "panel agreement needs at least two responses labelled by two or more judges"
        )
    alpha = krippendorff_alpha()

    def compute(sample: list[list[str]]) -> float:
        scores = [
            SampleScore(score=Score(value=unit), sample_id=i) for i, unit in enumerate(sample)
        ]
        return float(alpha(scores))  # type: ignore[arg-type]

    value = compute(rated)
    rng = np.random.default_rng(SEED)
    draws = [
        compute([rated[i] for i in rng.integers(0, len(rated), len(rated))])
        for _ in range(ALPHA_BOOTSTRAP_RESAMPLES)
    ]
    finite = [d for d in draws if not np.isnan(d)]
    tail = (1 - confidence_level(confidence)) / 2 * 100
    low, high = np.percentile(finite, [tail, 100 - tail]) if finite else (np.nan, np.nan)
    return Estimate(value, float(low), float(high), len(rated))


KAPPA_BOOTSTRAP_RESAMPLES = 1000


def kappa_interval(
    gold: Sequence[str],
    judged: Sequence[str | None],
    labels: Sequence[str],
    resamples: int = KAPPA_BOOTSTRAP_RESAMPLES,
    confidence: float | None = None,
) -> Estimate:
    """Cohen's kappa with a percentile bootstrap interval over responses (seeded; responses the
    judge left unlabelled are dropped first, as in `agreement`).

    Raises:
        ValueError: as `agreement`.
    """
    import numpy as np

    point = agreement(gold, judged, labels)
    pairs = [(g, j) for g, j in zip(gold, judged, strict=True) if j is not None]
    index = {label: i for i, label in enumerate(labels)}
    g = np.array([index[a] for a, _ in pairs])
    j = np.array([index[b] for _, b in pairs])
    k = len(labels)
    rng = np.random.default_rng(SEED)
    values = []
    for _ in range(resamples):
        pick = rng.integers(0, len(pairs), len(pairs))
        table = np.zeros((k, k))
        np.add.at(table, (g[pick], j[pick]), 1)
        n = table.sum()
        observed = np.trace(table) / n
        expected = float((table.sum(axis=1) @ table.sum(axis=0)) / n**2)
        if expected < 1:
            values.append((observed - expected) / (1 - expected))
    tail = (1 - confidence_level(confidence)) / 2
    low, high = np.quantile(values, [tail, 1 - tail]) if values else (np.nan, np.nan)
    return Estimate(point.kappa, float(low), float(high), point.n)
