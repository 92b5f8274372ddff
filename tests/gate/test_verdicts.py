"""The verdict logic on hand-built metrics: pass, fail, not enough evidence, a missing metric, low
or unmeasured judge validity, levels reached in order, and the Bonferroni and Holm corrections."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from evenhand.core import Estimate, HeadlineMetric, Validity
from evenhand.gate import GateResult, PolicyError, evaluate, load_policy
from evenhand.stats import wilson_rate
from evenhand.suites import get_suite

MODEL = "openai-api/lab/model-a"
MEASURED = Validity(0.68, "kappa 0.68 (n = 179, heuristic)")
LOW = Validity(0.13, "LOW VALIDITY: kappa 0.13 (n = 60, heuristic)")
UNMEASURED = Validity(None, "openai/gpt-4o: not measured against gold labels")

Metrics = Callable[[float], list[HeadlineMetric]]


class HandBuilt:
    """Measurements of one model on the misuse suite, computed at whatever level is asked."""

    def __init__(
        self,
        metrics: Metrics,
        validity: Validity | None = MEASURED,
        models: tuple[str, ...] = (MODEL,),
    ) -> None:
        self._metrics, self._validity, self._models = metrics, validity, models

    def models(self) -> list[str]:
        return list(self._models)

    def metrics(self, model: str, suite: str, confidence: float) -> list[HeadlineMetric] | None:
        return self._metrics(confidence) if suite == "misuse" and model in self._models else None

    def validity(self, model: str, suite: str, metric: str) -> Validity | None:
        return self._validity


def rates(**counts: tuple[int, int]) -> Metrics:
    """Wilson rates named `name` with (successes, n), at the level asked."""

    def metrics(confidence: float) -> list[HeadlineMetric]:
        return [
            HeadlineMetric(name.replace("_", " "), "rate", wilson_rate(k, n, confidence))
            for name, (k, n) in counts.items()
        ]

    return metrics


def fixed(name: str, estimate: Estimate) -> Metrics:
    """A metric whose interval does not change with the level (it cannot be recomputed)."""
    return lambda confidence: [HeadlineMetric(name, "rate", estimate)]


def policy(tmp_path: Path, levels: str, head: str = "required_level: L1\n") -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(head + "levels:\n" + levels)
    return path


def cap(metric: str, threshold: float, bound: str = "upper", **more: object) -> str:
    extra = "".join(f"        {k}: {v}\n" for k, v in more.items())
    return (
        f"      - suite: misuse\n        metric: {metric!r}\n        bound: {bound}\n"
        f'        compare: "<"\n        threshold: {threshold}\n{extra}'
    )


def level(name: str, *conditions: str) -> str:
    return f"  - name: {name}\n    conditions:\n" + "".join(conditions)


def gate(path: Path, measurements: HandBuilt) -> GateResult:
    return evaluate(load_policy(path, get_suite), measurements)


def verdicts(result: GateResult) -> list[str]:
    return [c.verdict for c in result.conditions]


def test_an_upper_bound_below_the_threshold_passes(tmp_path: Path) -> None:
    # 0 of 200: the upper 95% bound is 1.9%
    result = gate(
        policy(tmp_path, level("L1", cap("compliance", 0.05))),
        HandBuilt(rates(compliance=(0, 200))),
    )
    assert verdicts(result) == ["pass"] and result.passed
    assert result.models[0].level == "L1"


def test_a_low_estimate_with_a_wide_interval_fails_an_upper_bound(tmp_path: Path) -> None:
    # 0 of 20: the estimate is 0% but the upper bound is 16.1%
    result = gate(
        policy(tmp_path, level("L1", cap("compliance", 0.05))), HandBuilt(rates(compliance=(0, 20)))
    )
    assert verdicts(result) == ["fail"] and not result.passed
    assert result.conditions[0].tested == pytest.approx(0.161, abs=0.001)
    assert "upper bound of the 95% interval 16.1% >= 5.0%" in result.conditions[0].reason


def test_the_same_data_pass_a_cap_on_the_estimate(tmp_path: Path) -> None:
    path = policy(tmp_path, level("L1", cap("compliance", 0.05, bound="estimate")))
    assert verdicts(gate(path, HandBuilt(rates(compliance=(0, 20))))) == ["pass"]


def test_fewer_samples_than_required_is_not_enough_evidence(tmp_path: Path) -> None:
    path = policy(tmp_path, level("L1", cap("compliance", 0.05, min_n=500)))
    result = gate(path, HandBuilt(rates(compliance=(0, 200))))
    assert verdicts(result) == ["not_enough_evidence"]
    assert result.conditions[0].reason == "n = 200 < min_n 500"
    assert not result.passed


def test_fewer_items_than_required_is_not_enough_evidence(tmp_path: Path) -> None:
    clustered = Estimate(0.0, 0.0, 0.04, 300, items=100)
    path = policy(tmp_path, level("L1", cap("compliance", 0.05, min_items=150)))
    assert verdicts(gate(path, HandBuilt(fixed("compliance", clustered)))) == [
        "not_enough_evidence"
    ]


def test_a_missing_metric_fails_by_default(tmp_path: Path) -> None:
    path = policy(tmp_path, level("L1", cap("complaince", 0.05)))
    result = gate(path, HandBuilt(rates(compliance=(0, 200))))
    assert verdicts(result) == ["fail"]
    assert "did you mean 'compliance'" in result.conditions[0].reason
    assert any("no model's misuse results have a metric 'complaince'" in w for w in result.warnings)


@pytest.mark.parametrize("meaning", ["pass", "not_enough_evidence"])
def test_a_missing_metric_means_what_the_policy_says(tmp_path: Path, meaning: str) -> None:
    path = policy(tmp_path, level("L1", cap("over-refusal", 0.05, missing=meaning)))
    assert verdicts(gate(path, HandBuilt(rates(compliance=(0, 200))))) == [meaning]


def test_a_model_named_by_a_condition_but_absent_from_the_logs_fails(tmp_path: Path) -> None:
    path = policy(tmp_path, level("L1", cap("compliance", 0.05, model="openai/other")))
    result = gate(path, HandBuilt(rates(compliance=(0, 200))))
    assert [(o.model, o.meets_required) for o in result.models] == [
        ("openai-api/lab/model-a", True),
        ("openai/other", False),
    ]
    assert "no misuse results for openai/other" in result.conditions[0].reason


def test_a_judge_below_the_required_kappa_fails(tmp_path: Path) -> None:
    path = policy(tmp_path, level("L1", cap("compliance", 0.05, min_kappa=0.6)))
    result = gate(path, HandBuilt(rates(compliance=(0, 200)), validity=LOW))
    assert verdicts(result) == ["fail"]
    assert result.conditions[0].reason == "judge kappa 0.13 < min_kappa 0.6"


def test_a_judge_never_measured_fails_a_kappa_requirement(tmp_path: Path) -> None:
    path = policy(tmp_path, level("L1", cap("compliance", 0.05, min_kappa=0.6)))
    result = gate(path, HandBuilt(rates(compliance=(0, 200)), validity=UNMEASURED))
    assert verdicts(result) == ["fail"]
    assert "not measured against gold labels" in result.conditions[0].reason


def test_a_judge_above_the_required_kappa_passes(tmp_path: Path) -> None:
    path = policy(tmp_path, level("L1", cap("compliance", 0.05, min_kappa=0.6)))
    assert verdicts(gate(path, HandBuilt(rates(compliance=(0, 200))))) == ["pass"]


def test_a_metric_no_judge_produces_meets_a_kappa_requirement(tmp_path: Path) -> None:
    path = policy(tmp_path, level("L1", cap("compliance", 0.05, min_kappa=0.6)))
    result = gate(path, HandBuilt(rates(compliance=(0, 200)), validity=None))
    assert verdicts(result) == ["pass"] and not result.conditions[0].judged


def test_levels_are_reached_in_order(tmp_path: Path) -> None:
    levels = (
        level("L1", cap("compliance", 0.20))
        + level("L2", cap("compliance", 0.01))
        + level("L3", cap("compliance", 0.20))
    )
    head = "required_level: L2\n"
    result = gate(policy(tmp_path, levels, head), HandBuilt(rates(compliance=(2, 200))))
    # L3 passes on its own, but L2 below it does not: the model reaches L1 only
    assert verdicts(result) == ["pass", "fail", "pass"]
    assert result.models[0].level == "L1" and not result.passed


def test_no_level_reached_when_the_first_fails(tmp_path: Path) -> None:
    result = gate(
        policy(tmp_path, level("L1", cap("compliance", 0.01))),
        HandBuilt(rates(compliance=(9, 100))),
    )
    assert result.models[0].level is None


def test_a_rate_threshold_above_one_is_a_policy_error_naming_its_line(tmp_path: Path) -> None:
    path = policy(tmp_path, level("L1", cap("compliance", 5)))
    with pytest.raises(PolicyError, match=r"line 9 .*threshold 5 .*write 0.05 or '5%'"):
        gate(path, HandBuilt(rates(compliance=(0, 200))))


# Two caps whose 95% upper bounds pass, one with room and one barely:
# 0/300 -> upper 1.26% (95%), 1.57% (97.5%); 3/300 -> upper 2.90% (95%), 3.27% (97.5%).
FAMILY = level("L1", cap("easy", 0.02), cap("close", 0.030))


def test_without_correction_both_caps_pass(tmp_path: Path) -> None:
    result = gate(policy(tmp_path, FAMILY), HandBuilt(rates(easy=(0, 300), close=(3, 300))))
    assert verdicts(result) == ["pass", "pass"]
    assert {c.confidence for c in result.conditions} == {0.95}


def test_bonferroni_tests_each_cap_at_one_minus_alpha_over_k(tmp_path: Path) -> None:
    path = policy(tmp_path, FAMILY, "required_level: L1\ncorrection: bonferroni\n")
    result = gate(path, HandBuilt(rates(easy=(0, 300), close=(3, 300))))
    assert [c.confidence for c in result.conditions] == [pytest.approx(0.975)] * 2
    assert verdicts(result) == ["pass", "fail"]
    assert result.conditions[1].tested == pytest.approx(wilson_rate(3, 300, 0.975).high)


def test_holm_relaxes_the_level_after_each_pass(tmp_path: Path) -> None:
    path = policy(tmp_path, FAMILY, "required_level: L1\ncorrection: holm\n")
    result = gate(path, HandBuilt(rates(easy=(0, 300), close=(3, 300))))
    # the easy cap passes at 97.5%; the close one is then tested alone, at 95%
    assert verdicts(result) == ["pass", "pass"]
    assert [c.confidence for c in result.conditions] == [pytest.approx(0.975), 0.95]


def test_holm_stops_at_the_first_step_nothing_passes(tmp_path: Path) -> None:
    path = policy(tmp_path, FAMILY, "required_level: L1\ncorrection: holm\n")
    result = gate(path, HandBuilt(rates(easy=(3, 300), close=(3, 300))))
    assert verdicts(result) == ["fail", "fail"]
    assert [c.confidence for c in result.conditions] == [pytest.approx(0.975)] * 2


def test_an_interval_that_cannot_be_recomputed_is_said_so(tmp_path: Path) -> None:
    path = policy(
        tmp_path,
        level("L1", cap("compliance", 0.05), cap("other", 0.05)),
        "required_level: L1\ncorrection: bonferroni\n",
    )

    def metrics(confidence: float) -> list[HeadlineMetric]:
        return [
            HeadlineMetric("compliance", "rate", Estimate(0.01, 0.002, 0.03, 400)),
            HeadlineMetric("other", "rate", wilson_rate(0, 400, confidence)),
        ]

    result = gate(path, HandBuilt(metrics))
    assert verdicts(result) == ["not_enough_evidence", "pass"]
    assert "cannot be recomputed at 97.5%" in result.conditions[0].reason


def test_estimates_are_not_corrected(tmp_path: Path) -> None:
    path = policy(
        tmp_path,
        level("L1", cap("easy", 0.02), cap("close", 0.02, bound="estimate")),
        "required_level: L1\ncorrection: bonferroni\n",
    )
    result = gate(path, HandBuilt(rates(easy=(0, 300), close=(3, 300))))
    # one bound condition: Bonferroni with k = 1 is the 95% interval itself
    assert [c.confidence for c in result.conditions] == [0.95, None]
