"""Running a benchmark script as CI does: in a child process, writing to a scratch results file
that already holds another benchmark's entry, which it must keep."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).parents[1]


def run_benchmark(tmp_path: Path, script: str, key: str, *args: str, timeout: float) -> Any:
    """Run `benchmarks/<script>` with `--results` pointing at a scratch file; assert it exits 0
    and writes only its own `key`; return what it recorded under that key."""
    results = tmp_path / "results.json"
    results.write_text(json.dumps({"results": ["kept"]}), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *args, "--results", str(results)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        timeout=timeout,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    record = json.loads(results.read_text("utf-8"))
    assert record["results"] == ["kept"], f"only the {key} key is written"
    return record[key]
