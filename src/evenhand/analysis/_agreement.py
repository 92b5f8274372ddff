"""Agreement between a judge and human gold labels: Cohen's kappa and the confusion matrix."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple


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
