"""Run every benchmark and record the results in benchmarks/results.json (one entry per benchmark)."""

from __future__ import annotations

import json
import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).parent
BENCHMARKS: list[list[str]] = [
    ["tokens_per_second.py"],
    ["default_run_wall_time.py"],
    ["harness_overhead.py"],
    ["judge_agreement.py", "--suite", "censorship"],
    ["judge_agreement.py", "--suite", "honesty"],
    ["judge_agreement.py", "--suite", "misuse"],
]


def main() -> None:
    results = []
    for script, *args in BENCHMARKS:
        print(f"running {script} {' '.join(args)} ...", file=sys.stderr, flush=True)
        command = [sys.executable, str(HERE / script), *args]
        completed = subprocess.run(command, capture_output=True, text=True)
        if completed.returncode != 0:
            sys.exit(f"{script} failed: {completed.stderr.strip()[-500:]}")
        results.append(json.loads(completed.stdout.strip().splitlines()[-1]))
    record = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "processor": platform.processor() or platform.machine(),
            "python": platform.python_version(),
        },
        "results": results,
    }
    (HERE / "results.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(record, indent=2))


if __name__ == "__main__":
    main()
