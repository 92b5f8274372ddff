"""benchmarks/interrupt.py --short, as CI runs it: SIGKILLed runs resumed lose, duplicate and
mis-score no sample, and their export equals an uninterrupted run's on the scored columns."""

from __future__ import annotations

from pathlib import Path

from tests.benchmark_runs import run_benchmark


def test_killed_and_resumed_runs_lose_duplicate_and_mis_score_nothing(tmp_path: Path) -> None:
    interrupt = run_benchmark(tmp_path, "interrupt.py", "interrupt", "--short", timeout=180)
    assert interrupt["kills"] == 3
    assert interrupt["samples_clean"] > 0
    assert interrupt["lost"] == 0
    assert interrupt["duplicated"] == 0
    assert interrupt["mis_scored"] == 0
    assert interrupt["exports_equal"] is True
