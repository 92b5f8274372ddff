"""The report's view of a gate's outcome: the level each model reaches and every verdict."""

from __future__ import annotations

from typing import Any

from evenhand.core import describe_n, format_value
from evenhand.gate import ConditionResult, GateResult


def gate_view(result: GateResult) -> dict[str, Any]:
    """What the gate section of the report shows, as strings."""
    met = sum(m.meets_required for m in result.models)
    correction = {
        "none": "no correction for the number of conditions",
        "bonferroni": "Bonferroni: each of a level's k bounds from a (1 - alpha/k) interval",
        "holm": "Holm's step-down across each level's bounds",
    }[result.correction]
    return {
        "title": result.name or result.policy,
        "required": result.required_level,
        "outcome": f"{'Passed' if result.passed else 'Not passed'}: {met} of "
        f"{len(result.models)} model(s) reach the required level {result.required_level}.",
        "models": result.models,
        "conditions": [_condition(c) for c in result.conditions],
        "warnings": result.warnings,
        "meaning": f"Policy {result.policy}. A bound condition passes when that bound of the "
        f"metric's {result.confidence * 100:g}% interval lies on the required side of the "
        f"threshold ({correction}); an estimate condition compares the point estimate alone. "
        "A model reaches a level when every condition of it and of every level below passes.",
    }


def _condition(c: ConditionResult) -> dict[str, Any]:
    scale = c.scale or "plain"
    threshold = format_value(c.threshold, scale) if c.scale else f"{c.threshold:g}"
    estimate = ""
    if c.estimate is not None:
        e = c.estimate
        level = "" if c.confidence is None else f"{c.confidence * 100:.4g}%: "
        estimate = (
            f"{format_value(e.value, scale)} ({level}{format_value(e.low, scale)} to "
            f"{format_value(e.high, scale)}), n = {describe_n(e)}"
        )
    if c.validity is not None:
        validity = c.validity.text.split(";")[0]
    else:
        validity = "not judged" if c.estimate is not None else ""
    return {
        "model": c.model,
        "level": c.level,
        "line": "" if c.line is None else c.line,
        "condition": f"{c.suite}: {c.metric}, {c.bound} {c.compare} {threshold}",
        "estimate": estimate,
        "validity": validity,
        "verdict": c.verdict,
        "verdict_text": c.verdict.replace("_", " "),
        "reason": c.reason,
    }
