"""benchmarks/interrupt.py --short, as CI runs it: SIGKILLed runs resumed lose, duplicate and
mis-score no sample, and their export equals an uninterrupted run's on the scored columns."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_killed_and_resumed_runs_lose_duplicate_and_mis_score_nothing(tmp_path: Path) -> None:
    results = tmp_path / "results.json"
    results.write_text(json.dumps({"results": ["kept"]}), encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "interrupt.py"),
            "--short",
            "--results",
            str(results),
        ],
        capture_output=True,
        text=True,
        env=environment,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    record = json.loads(results.read_text("utf-8"))
    assert record["results"] == ["kept"], "only the interrupt key is written"
    interrupt = record["interrupt"]
    assert interrupt["kills"] == 3
    assert interrupt["samples_clean"] > 0
    assert interrupt["lost"] == 0
    assert interrupt["duplicated"] == 0
    assert interrupt["mis_scored"] == 0
    assert interrupt["exports_equal"] is True
