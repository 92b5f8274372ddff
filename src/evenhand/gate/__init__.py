"""`evenhand gate`: decide from a log directory whether models meet a deployment policy.

A policy (YAML, see `policies/`) lists levels from lowest to highest, each a list of conditions on
suites' headline metrics: which bound of the 95% interval (or the estimate) must lie on which side
of a threshold, with how many samples and how valid a judge. A model reaches a level when every
condition of it and of every level below passes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evenhand.core import SuiteLookup
from evenhand.gate._evaluate import evaluate
from evenhand.gate._logs import LogMeasurements
from evenhand.gate._policy import (
    Bound,
    Comparison,
    Condition,
    Correction,
    Level,
    Missing,
    Policy,
    PolicyError,
    PolicyFile,
    load_policy,
)
from evenhand.gate._types import (
    ConditionResult,
    GateResult,
    Measurements,
    ModelOutcome,
    Verdict,
)


def gate_logs(policy: PolicyFile, log_dir: Path, lookup: SuiteLookup) -> GateResult:
    """Apply a loaded policy to every model in a log directory.

    Raises:
        EvenhandError: no usable logs in the directory.
        PolicyError: a threshold that cannot be in its metric's units.
    """
    measurements = LogMeasurements(log_dir, lookup)
    result = evaluate(policy, measurements)
    if measurements.notes:
        result.warnings.extend(measurements.notes)
    return result


def gate_json(result: GateResult) -> dict[str, Any]:
    """The result as plain data, one entry per model and per condition and model."""
    return {
        "policy": result.policy,
        "name": result.name,
        "required_level": result.required_level,
        "correction": result.correction,
        "confidence": result.confidence,
        "passed": result.passed,
        "models": [outcome._asdict() for outcome in result.models],
        "conditions": [_condition_json(c) for c in result.conditions],
        "warnings": result.warnings,
    }


def _condition_json(c: ConditionResult) -> dict[str, Any]:
    e = c.estimate
    return {
        "model": c.model,
        "level": c.level,
        "line": c.line,
        "suite": c.suite,
        "metric": c.metric,
        "bound": c.bound,
        "compare": c.compare,
        "threshold": c.threshold,
        "tested": c.tested,
        "value": None if e is None else e.value,
        "low": None if e is None else e.low,
        "high": None if e is None else e.high,
        "n": None if e is None else e.n,
        "items": None if e is None else e.items,
        "confidence": c.confidence,
        "judged": c.judged,
        "judge_kappa": None if c.validity is None else c.validity.kappa,
        "judge_validity": None if c.validity is None else c.validity.text,
        "verdict": c.verdict,
        "reason": c.reason,
    }


__all__ = [
    "Bound",
    "Comparison",
    "Condition",
    "ConditionResult",
    "Correction",
    "GateResult",
    "Level",
    "LogMeasurements",
    "Measurements",
    "Missing",
    "ModelOutcome",
    "Policy",
    "PolicyError",
    "PolicyFile",
    "Verdict",
    "evaluate",
    "gate_json",
    "gate_logs",
    "load_policy",
]
