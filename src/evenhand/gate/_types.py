"""What a gate decides: a verdict per condition and model, and the level each model reaches."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple, Protocol

from evenhand.core import Estimate, HeadlineMetric, Scale, Validity

Verdict = Literal["pass", "fail", "not_enough_evidence"]


class Measurements(Protocol):
    """Where a gate's numbers come from: the logs (`LogMeasurements`), or hand-built metrics."""

    def models(self) -> list[str]:
        """Every model the measurements cover."""
        ...

    def metrics(self, model: str, suite: str, confidence: float) -> list[HeadlineMetric] | None:
        """The suite's headline metrics for the model with intervals at `confidence` (two-sided);
        None when there are no results of that suite for that model."""
        ...

    def validity(self, model: str, suite: str, metric: str) -> Validity | None:
        """The gold agreement of the judges behind a metric; None for a metric no judge makes."""
        ...


class ConditionResult(NamedTuple):
    """One condition of the policy applied to one model."""

    model: str
    level: str
    line: int | None
    """The condition's line in the policy file."""
    suite: str
    metric: str
    bound: str
    compare: str
    threshold: float
    verdict: Verdict
    reason: str
    """Why, in words: what was compared, or which requirement was not met."""
    scale: Scale | None = None
    """How the metric, its interval and the threshold are printed (None: metric missing)."""
    tested: float | None = None
    """The number compared with the threshold: the bound or the estimate."""
    estimate: Estimate | None = None
    """The metric with its interval at `confidence`, and its n."""
    confidence: float | None = None
    """The two-sided level of the interval the bound comes from (after any correction)."""
    validity: Validity | None = None
    """The gold agreement of the judges behind the metric; None when no judge makes it."""
    judged: bool = True
    """False for a metric no judge produces (counts, content-filter stops)."""


class ModelOutcome(NamedTuple):
    """The highest level one model reaches: every condition of it and of the levels below pass."""

    model: str
    level: str | None
    """None: not even the first level."""
    meets_required: bool


@dataclass(frozen=True)
class GateResult:
    """A policy applied to a log directory (or to any `Measurements`)."""

    policy: str
    """The policy file."""
    name: str | None
    required_level: str
    correction: str
    confidence: float
    models: list[ModelOutcome]
    conditions: list[ConditionResult]
    warnings: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """Every model reaches the required level (and there is at least one model)."""
        return bool(self.models) and all(m.meets_required for m in self.models)
