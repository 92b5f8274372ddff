"""Wall time of the default `evenhand run` (bundled model, default sample, offline judge), from
start to the HTML report written.

Runs the real command in a fresh log directory, as a new user would, and prints one JSON object.
Goal: under 3 minutes on the 2-core reference machine.

    .venv/bin/python benchmarks/default_run_wall_time.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    evenhand = Path(sys.executable).with_name("evenhand")
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "INSPECT_DISPLAY": "none"}
        started = time.perf_counter()
        result = subprocess.run(
            [str(evenhand), "run", "--log-dir", str(Path(tmp) / "logs"), "--json"],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        seconds = time.perf_counter() - started
        report = Path(tmp) / "logs" / "report.html"
        report_bytes = report.stat().st_size if report.exists() else None
        # the report's share: the same page again, from the same logs, by `evenhand report`
        started = time.perf_counter()
        subprocess.run(
            [str(evenhand), "report", str(Path(tmp) / "logs"), "-o", str(Path(tmp) / "r.html")],
            capture_output=True,
            env=env,
            check=True,
        )
        report_seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"evenhand run failed ({result.returncode}): {result.stderr.strip()[-500:]}")
    summary = json.loads(result.stdout)
    print(
        json.dumps(
            {
                "benchmark": "default_run_wall_time",
                "seconds": round(seconds, 1),
                "cores": os.cpu_count(),
                "logs": len(summary["logs"]),
                "summary_rows": len(summary["summary"]),
                "report_bytes": report_bytes,
                "report_seconds_alone": round(report_seconds, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
