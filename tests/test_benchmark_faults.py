"""benchmarks/faults.py --short, as CI runs it: every suite completes at 30% faults, 0 mis-scored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_every_suite_completes_at_30_percent_faults_with_none_mis_scored(tmp_path: Path) -> None:
    results = tmp_path / "results.json"
    results.write_text(json.dumps({"results": ["kept"]}), encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "faults.py"),
            "--short",
            "--results",
            str(results),
        ],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    record = json.loads(results.read_text("utf-8"))
    assert record["results"] == ["kept"], "only the faults key is written"
    faults = record["faults"]
    assert faults["every_suite_completed"] is True
    assert faults["mis_scored"] == 0
    assert sum(sum(s["faults_injected"].values()) for s in faults["suites"].values()) > 0
