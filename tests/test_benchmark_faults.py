"""benchmarks/faults.py --short, as CI runs it: every suite completes at 30% faults, 0 mis-scored."""

from __future__ import annotations

from pathlib import Path

from tests.benchmark_runs import run_benchmark


def test_every_suite_completes_at_30_percent_faults_with_none_mis_scored(tmp_path: Path) -> None:
    faults = run_benchmark(tmp_path, "faults.py", "faults", "--short", timeout=120)
    assert faults["every_suite_completed"] is True
    assert faults["mis_scored"] == 0
    assert sum(sum(s["faults_injected"].values()) for s in faults["suites"].values()) > 0
