"""What every judge panel shares: the majority rule and the combined verdict."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any, NamedTuple, Protocol


def majority(labels: list[str]) -> str | None:
    """The most common label, or None when there are none or the top two tie.

    A tie is reported as no label rather than broken arbitrarily, so that judge disagreement shows
    up as unscored samples instead of hiding in the rates.
    """
    if not labels:
        return None
    ranked = Counter(labels).most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


class Judged(Protocol):
    """Any suite's judgement: a label, a rationale and the judge's name."""

    @property
    def label(self) -> str: ...

    @property
    def rationale(self) -> str: ...

    @property
    def judge(self) -> str: ...


class Verdict(NamedTuple):
    """A panel's combined view of one response: the majority label (None when no judge produced a
    valid judgement or the panel split), every judgement, and every judge that failed."""

    label: str | None
    judgements: Sequence[Judged]
    failures: list[str]

    def explanation(self) -> str:
        """Each judge's label and rationale, and any judge that failed."""
        parts = [f"{j.judge}: {j.label} ({j.rationale})" for j in self.judgements] + self.failures
        prefix = (
            "" if self.label else ("panel split; " if self.judgements else "no valid judgement; ")
        )
        return prefix + " | ".join(parts)


def verdict(judgements: Sequence[Judged], failures: list[str]) -> Verdict:
    """Combine judgements by majority."""
    return Verdict(majority([j.label for j in judgements]), judgements, failures)


def judge_labels(judgements: Sequence[Any]) -> list[list[str]]:
    """Compact [judge, label] pairs: small enough that Inspect keeps them in its sample summaries
    (it drops score metadata over 1 kB, which long judge rationales reach), so the report can read
    every judge's label without loading whole samples."""
    return [[j.judge, j.label] for j in judgements]


def verdict_metadata(verdict: Verdict | None) -> dict[str, Any]:
    """A verdict as score metadata: the label, every judgement and every judge failure."""
    if verdict is None:
        return {"label": None, "judge_labels": [], "judgements": [], "judge_failures": []}
    return {
        "label": verdict.label,
        "judge_labels": judge_labels(verdict.judgements),
        "judgements": [
            {"label": j.label, "rationale": j.rationale, "judge": j.judge}
            for j in verdict.judgements
        ],
        "judge_failures": verdict.failures,
    }
