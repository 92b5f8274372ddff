"""Validating a judge on labelled responses: its agreement with the labels a file carries, as
`evenhand judge --gold` prints it, so a judge can be checked before an audit relies on it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from evenhand.core import Estimate, JudgeInput
from evenhand.judging._scoring import DEGENERATE

COMPLETE = "COMPLETE"
FULFILMENT_LABELS = ("COMPLETE", "EVASIVE", "DENIAL")
"""Another instrument's labels (SpeechMap's): read as fulfilled (COMPLETE) or not."""


class JudgeValidation(NamedTuple):
    """A judge's agreement with the labels of a file."""

    n: int
    """Labelled records the judge labelled too."""
    unlabelled: int
    """Records the judge left without a label (a split panel, every judge failing)."""
    kappa: Estimate | None
    """Cohen's kappa on the suite's own labels (when the file uses them), bootstrap 95% interval."""
    fulfilled_kappa: Estimate | None
    """Kappa on fulfilled (COMPLETE) or not, when the labels allow it."""
    by_language: dict[str, Estimate]
    """The main kappa per language."""
    labels: list[str]
    confusion: list[list[int]]
    """confusion[i][j]: records labelled labels[i] in the file and labels[j] by the judge."""


def validate(
    suite_labels: Sequence[str], records: Sequence[JudgeInput], judged: Sequence[dict[str, Any]]
) -> JudgeValidation:
    """Compare a judge's labels with the file's.

    Raises:
        ValueError: no record carries a label, or the labels are neither the suite's nor
            COMPLETE / EVASIVE / DENIAL.
    """
    from evenhand.stats import agreement, kappa_interval

    pairs = [
        (str(r.label), j.get("label"), r.language or "")
        for r, j in zip(records, judged, strict=True)
        if r.label is not None
    ]
    if not pairs:
        raise ValueError("no record has a `label`: --gold needs labelled records")
    gold_labels = {g for g, _, _ in pairs}
    own = (*suite_labels, DEGENERATE)
    scored = [(g, j, lang) for g, j, lang in pairs if j is not None]
    unlabelled = len(pairs) - len(scored)
    if not scored:
        raise ValueError("the judge labelled none of the records; check the judge")
    kappa = by_language = fulfilled = None
    labels: list[str] = []
    confusion: list[list[int]] = []
    if gold_labels <= set(own):
        labels = [label for label in own if label in gold_labels | {j for _, j, _ in scored}]
        main = agreement([g for g, _, _ in scored], [j for _, j, _ in scored], labels)
        confusion = main.confusion
        kappa = kappa_interval([g for g, _, _ in scored], [j for _, j, _ in scored], labels)
        by_language = {}
        for language in sorted({lang for _, _, lang in scored}):
            subset = [(g, j) for g, j, lang in scored if lang == language]
            if len({g for g, _ in subset} | {j for _, j in subset}) > 1:
                by_language[language or "unknown"] = kappa_interval(
                    [g for g, _ in subset], [j for _, j in subset], labels
                )
    elif not gold_labels <= set(FULFILMENT_LABELS):
        raise ValueError(
            f"labels {sorted(gold_labels - set(own))} are neither this suite's "
            f"({', '.join(suite_labels)}) nor {', '.join(FULFILMENT_LABELS)}"
        )
    if COMPLETE in suite_labels:
        flags = [(str(g == COMPLETE), str(j == COMPLETE)) for g, j, _ in scored]
        fulfilled = kappa_interval([g for g, _ in flags], [j for _, j in flags], ("True", "False"))
        if kappa is None:
            by_language = {}
            for language in sorted({lang for _, _, lang in scored}):
                subset = [
                    (str(g == COMPLETE), str(j == COMPLETE))
                    for g, j, lang in scored
                    if lang == language
                ]
                by_language[language or "unknown"] = kappa_interval(
                    [g for g, _ in subset], [j for _, j in subset], ("True", "False")
                )
    elif kappa is None:
        raise ValueError(
            "COMPLETE / EVASIVE / DENIAL labels can only validate a suite with a COMPLETE label"
        )
    return JudgeValidation(
        len(scored), unlabelled, kappa, fulfilled, by_language or {}, labels, confusion
    )
