"""The coverage benchmark's short run holds the README's claims: every interval covers 93-98% of
the time from the sample size where the full run says it does."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def coverage() -> ModuleType:
    spec = importlib.util.spec_from_file_location("coverage_benchmark", BENCHMARKS / "coverage.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["coverage_benchmark"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def short_rows(coverage: ModuleType) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = coverage.summarise(coverage.simulate(short=True))
    return rows


def test_every_interval_the_report_uses_is_simulated(
    coverage: ModuleType, short_rows: list[dict[str, object]]
) -> None:
    assert {row["interval"] for row in short_rows} == set(coverage.CLAIMS)


def test_the_short_run_holds_the_goal_where_it_is_claimed(
    coverage: ModuleType, short_rows: list[dict[str, object]]
) -> None:
    for row in short_rows:
        claimed_from = coverage.CLAIMS[row["interval"]]
        if claimed_from is not None and int(row["n"]) >= claimed_from:  # type: ignore[call-overload]
            assert row["outside_goal"] == [], row


def test_the_recorded_full_run_holds_the_goal_where_it_is_claimed(coverage: ModuleType) -> None:
    recorded = json.loads((BENCHMARKS / "results.json").read_text("utf-8"))["coverage"]
    assert recorded["reps"] == coverage.FULL["reps"]
    for row in recorded["rows"]:
        claimed_from = coverage.CLAIMS[row["interval"]]
        if claimed_from is not None and row["n"] >= claimed_from:
            assert row["outside_goal"] == [], row
