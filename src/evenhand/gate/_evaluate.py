"""Apply a policy to measurements: a verdict per condition and model, then the level reached.

A condition is decided in this order: a metric the logs lack gets the condition's `missing`
verdict; fewer samples or items than required is not enough evidence; a judge below the required
gold kappa (or never measured) fails; otherwise the chosen bound or the estimate is compared with
the threshold.

Bounds come from two-sided intervals at the policy's confidence (95%), so each bound is a
one-sided bound at 97.5%. With k bound-testing conditions in a level, the chance that at least one
of them passes wrongly can reach k times 2.5%; the corrections recompute the intervals (by
recomputing the suite's headline numbers at another level) so that it stays at most 2.5%:
Bonferroni tests each at 1 - 0.05/k, Holm steps down (1 - 0.05/k for the first to pass, then
1 - 0.05/(k - 1), ...). Conditions on estimates have no error rate and are not corrected.
"""

from __future__ import annotations

import difflib
import math
import operator
from collections.abc import Callable
from typing import Any

from evenhand.core import HeadlineMetric, format_value
from evenhand.gate._policy import Condition, PolicyFile
from evenhand.gate._types import (
    ConditionResult,
    GateResult,
    Measurements,
    ModelOutcome,
    Verdict,
)

_COMPARE: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}
_NATURAL_LIMITS = (-1.0, 0.0, 1.0)
"""Where a rate's or a difference's interval is cut; a bound there need not move with the level."""


def evaluate(policy_file: PolicyFile, measurements: Measurements) -> GateResult:
    """Apply the policy to every model the measurements cover and every model a condition names.

    Raises:
        PolicyError: a threshold that cannot be in the metric's units (a rate above 1).
    """
    policy = policy_file.policy
    named = {c.model for level in policy.levels for c in level.conditions if c.model}
    models = sorted(set(measurements.models()) | named)
    results: list[ConditionResult] = []
    outcomes: list[ModelOutcome] = []
    names = policy.level_names()
    required = names.index(policy.required_level)
    for model in models:
        reached = 0  # levels passed in a row from the first
        for index, level in enumerate(policy.levels):
            applied = [
                (number, c)
                for number, c in enumerate(level.conditions)
                if c.model is None or c.model == model
            ]
            level_results = _level(policy_file, measurements, model, index, applied)
            results.extend(level_results)
            if reached == index and all(r.verdict == "pass" for r in level_results):
                reached += 1
        top = names[reached - 1] if reached else None
        outcomes.append(ModelOutcome(model, top, reached > required))
    return GateResult(
        policy=str(policy_file.path),
        name=policy.name,
        required_level=policy.required_level,
        correction=policy.correction,
        confidence=policy.confidence,
        models=outcomes,
        conditions=results,
        warnings=_unknown_metrics(policy_file, measurements, models),
    )


def _level(
    policy_file: PolicyFile,
    measurements: Measurements,
    model: str,
    level_index: int,
    applied: list[tuple[int, Condition]],
) -> list[ConditionResult]:
    """The verdicts of one level's conditions for one model, with the level's correction."""
    policy = policy_file.policy
    base = policy.confidence
    level = policy.levels[level_index]
    decided: dict[int, ConditionResult] = {}
    family = [number for number, c in applied if c.bound != "estimate"]
    k = max(len(family), 1)
    pending: list[int] = []
    for number, condition in applied:
        line = policy_file.line(("levels", level_index, "conditions", number))
        metric = _find(measurements.metrics(model, condition.suite, base), condition.metric)
        if metric is None:
            decided[number] = _missing(
                policy_file, measurements, model, level.name, line, condition
            )
            continue
        early = _requirements(
            policy_file, measurements, model, level.name, line, condition, metric, number
        )
        if early is not None:
            decided[number] = early
        elif condition.bound == "estimate":
            decided[number] = _test(model, level.name, line, condition, metric, None, measurements)
        else:
            pending.append(number)

    def test_at(number: int, confidence: float) -> ConditionResult:
        condition = dict(applied)[number]
        line = policy_file.line(("levels", level_index, "conditions", number))
        at_base = _find(measurements.metrics(model, condition.suite, base), condition.metric)
        metric = _find(measurements.metrics(model, condition.suite, confidence), condition.metric)
        assert at_base is not None and metric is not None
        result = _test(model, level.name, line, condition, metric, confidence, measurements)
        if confidence != base and not _moved(at_base, metric, condition.bound):
            return result._replace(
                verdict="not_enough_evidence",
                reason=f"its interval cannot be recomputed at {_percent(confidence)} for the "
                f"{policy.correction} correction (it stays as at {_percent(base)})",
            )
        if policy.correction != "none":
            result = result._replace(
                reason=f"{result.reason} ({policy.correction}, {len(family)} bound conditions)"
            )
        return result

    if policy.correction == "none":
        decided.update({n: test_at(n, base) for n in pending})
    elif policy.correction == "bonferroni":
        decided.update({n: test_at(n, 1 - (1 - base) / k) for n in pending})
    else:  # Holm's step-down: the strongest evidence first at 1 - alpha/k, then relax
        rejected = 0
        while pending:
            confidence = 1 - (1 - base) / (k - rejected)
            tested = {n: test_at(n, confidence) for n in pending}
            decided.update(tested)
            passed = [n for n, r in tested.items() if r.verdict == "pass"]
            if not passed:
                break
            rejected += len(passed)
            pending = [n for n in pending if n not in passed]
    return [decided[number] for number, _ in applied]


def _missing(
    policy_file: PolicyFile,
    measurements: Measurements,
    model: str,
    level: str,
    line: int | None,
    condition: Condition,
) -> ConditionResult:
    """The condition's `missing` verdict, saying what is missing (and the closest name)."""
    present = measurements.metrics(model, condition.suite, policy_file.policy.confidence)
    if present is None:
        why = f"no {condition.suite} results for {model} in the logs"
    else:
        close = difflib.get_close_matches(condition.metric, [m.name for m in present], n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        why = f"{condition.suite} has no metric {condition.metric!r} for {model}{hint}"
    return _result(
        model,
        level,
        line,
        condition,
        condition.missing,
        f"missing: {why}; the policy counts that as {condition.missing.replace('_', ' ')}",
    )


def _requirements(
    policy_file: PolicyFile,
    measurements: Measurements,
    model: str,
    level: str,
    line: int | None,
    condition: Condition,
    metric: HeadlineMetric,
    number: int,
) -> ConditionResult | None:
    """The verdict when a requirement on the metric (n, items, judge validity) is not met; else
    None.

    Raises:
        PolicyError: a threshold beyond -1..1 for a metric printed in percent or points.
    """
    index = policy_file.policy.level_names().index(level)
    if metric.scale in ("percent", "points") and abs(condition.threshold) > 1:
        raise policy_file.error(
            ("levels", index, "conditions", number, "threshold"),
            f"threshold {condition.threshold:g} for {metric.name!r}, a {metric.kind} between "
            f"-1 and 1; write {condition.threshold / 100:g} or '{condition.threshold:g}%'",
        )
    validity = measurements.validity(model, condition.suite, metric.name)
    estimate = metric.estimate
    unmet = _result(
        model,
        level,
        line,
        condition,
        "not_enough_evidence",
        "",
        scale=metric.scale,
        estimate=estimate,
        validity=validity,
        judged=validity is not None,
    )
    items = estimate.n if estimate.items is None else estimate.items
    if estimate.n < condition.min_n:
        return unmet._replace(reason=f"n = {estimate.n} < min_n {condition.min_n}")
    if condition.min_items is not None and items < condition.min_items:
        return unmet._replace(reason=f"{items} items < min_items {condition.min_items}")
    if condition.min_kappa is not None and validity is not None:
        # a judge never measured against gold labels cannot show the validity required
        if validity.kappa is None:
            return unmet._replace(
                verdict="fail",
                reason=f"judge validity required (kappa >= {condition.min_kappa:g}) but "
                f"{validity.text}",
            )
        if validity.kappa < condition.min_kappa:
            return unmet._replace(
                verdict="fail",
                reason=f"judge kappa {validity.kappa:.2f} < min_kappa {condition.min_kappa:g}",
            )
    if math.isnan(estimate.value):
        return unmet._replace(reason="the metric has no value (n/a)")
    return None


def _test(
    model: str,
    level: str,
    line: int | None,
    condition: Condition,
    metric: HeadlineMetric,
    confidence: float | None,
    measurements: Measurements,
) -> ConditionResult:
    """Compare the chosen bound (or the estimate) with the threshold."""
    estimate = metric.estimate
    tested = {"upper": estimate.high, "lower": estimate.low, "estimate": estimate.value}[
        condition.bound
    ]
    verdict: Verdict = (
        "pass" if _COMPARE[condition.compare](tested, condition.threshold) else "fail"
    )
    what = condition.bound if condition.bound == "estimate" else f"{condition.bound} bound"
    if confidence is not None:
        what = f"{what} of the {_percent(confidence)} interval"
    sign = condition.compare if verdict == "pass" else _negated(condition.compare)
    reason = (
        f"{what} {format_value(tested, metric.scale)} {sign} "
        f"{format_value(condition.threshold, metric.scale)}"
    )
    validity = measurements.validity(model, condition.suite, metric.name)
    return _result(
        model,
        level,
        line,
        condition,
        verdict,
        reason,
        scale=metric.scale,
        tested=tested,
        estimate=estimate,
        confidence=confidence,
        validity=validity,
        judged=validity is not None,
    )


def _result(
    model: str,
    level: str,
    line: int | None,
    condition: Condition,
    verdict: Verdict,
    reason: str,
    **measured: Any,
) -> ConditionResult:
    """A condition's result for one model, with what was measured (scale, estimate, validity...)."""
    return ConditionResult(
        model,
        level,
        line,
        condition.suite,
        condition.metric,
        condition.bound,
        condition.compare,
        condition.threshold,
        verdict,
        reason,
        **measured,
    )


def _find(metrics: list[HeadlineMetric] | None, name: str) -> HeadlineMetric | None:
    return next((m for m in metrics or [] if m.name == name), None)


def _moved(base: HeadlineMetric, other: HeadlineMetric, bound: str) -> bool:
    """Whether the tested bound was recomputed at the other level: it moved, or it sits where
    no level can move it (unbounded, or cut at a rate's natural limits)."""
    before = base.estimate.high if bound == "upper" else base.estimate.low
    after = other.estimate.high if bound == "upper" else other.estimate.low
    if before != after:
        return True
    cut = base.scale in ("percent", "points") and before in _NATURAL_LIMITS
    return math.isinf(before) or cut


def _negated(compare: str) -> str:
    return {"<": ">=", "<=": ">", ">": "<=", ">=": "<"}[compare]


def _percent(confidence: float) -> str:
    return f"{confidence * 100:.4g}%"


def _unknown_metrics(
    policy_file: PolicyFile, measurements: Measurements, models: list[str]
) -> list[str]:
    """A warning for each condition whose metric no model's results of its suite have, which is
    most often a misspelt name."""
    warnings = []
    base = policy_file.policy.confidence
    for index, level in enumerate(policy_file.policy.levels):
        for number, condition in enumerate(level.conditions):
            found = [measurements.metrics(m, condition.suite, base) for m in models]
            present = [metrics for metrics in found if metrics is not None]
            names = {m.name for metrics in present for m in metrics}
            if present and condition.metric not in names:
                close = difflib.get_close_matches(condition.metric, sorted(names), n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                where = policy_file.where(("levels", index, "conditions", number, "metric"))
                warnings.append(
                    f"{where}: no model's {condition.suite} results have a metric "
                    f"{condition.metric!r}{hint}"
                )
    return warnings
