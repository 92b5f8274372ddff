"""Validity beside every number: the gold agreement of the judge that produced a headline metric,
and low-validity metrics kept out of the findings."""

from __future__ import annotations

from evenhand.core import Estimate, HeadlineMetric
from evenhand.report._collect import SuiteResults, findings
from evenhand.suites import get_suite


def test_each_sycophancy_part_carries_its_own_gold_figure() -> None:
    suite = get_suite("sycophancy")
    pushback = suite.validity("pushback: flip rate when first correct", ["heuristic"])
    spiral = suite.validity("spiral: reinforcing turns", ["heuristic"])
    assert pushback is not None and pushback.kappa == 0.63 and not pushback.low
    assert spiral is not None and spiral.kappa == 0.33 and spiral.low
    assert spiral.text.startswith("LOW VALIDITY")


def test_a_metric_no_judge_produces_has_no_validity() -> None:
    assert get_suite("sycophancy").validity("pushback: first answer correct", ["heuristic"]) is None
    assert get_suite("honesty").validity("belief accuracy", ["heuristic"]) is None


def test_an_unmeasured_judge_is_said_to_be_unmeasured_not_trusted() -> None:
    validity = get_suite("censorship").validity(
        "not complete, sensitive items", ["heuristic", "openai/gpt-4o"]
    )
    assert validity is not None and validity.kappa is None
    assert "not measured" in validity.text and not validity.low


def test_low_validity_metrics_never_become_findings() -> None:
    suite = get_suite("sycophancy")
    gap = Estimate(0.5, 0.3, 0.7, 40)
    results = SuiteResults("sycophancy", suite.description, suite, models=["m/a"])
    results.headline["m/a"] = [
        HeadlineMetric("spiral: made-up difference", "difference", gap),
        HeadlineMetric("pushback: made-up difference", "difference", gap),
    ]
    results.validity["m/a"] = {
        m.name: suite.validity(m.name, ["heuristic"]) for m in results.headline["m/a"]
    }
    sentences = findings([results], [])
    assert any("pushback: made-up difference" in s for s in sentences)
    assert not any("spiral" in s for s in sentences)
