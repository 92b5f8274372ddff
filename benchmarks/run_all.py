"""Run every benchmark and record the results in benchmarks/results.json (one entry per benchmark).

python benchmarks/run_all.py                       # all of them (report_scale alone takes
                                                   # ~20 min the first time: it builds 1M samples)
python benchmarks/run_all.py --only report_scale.py   # rerun some; keep the others' results
"""

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
    ["report_scale.py"],
]
"""Each prints one JSON line, collected under "results"; benchmarks/faults.py records itself
under "faults" (run it alone), and other keys of results.json are kept."""


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", metavar="SCRIPT", help="run only this script")
    only = parser.parse_args().only
    unknown = set(only or []) - {script for script, *_ in BENCHMARKS}
    if unknown:
        sys.exit(f"unknown benchmark {sorted(unknown)}: choose from {[b[0] for b in BENCHMARKS]}")
    previous = {}
    if only and (HERE / "results.json").exists():
        for entry in json.loads((HERE / "results.json").read_text("utf-8"))["results"]:
            previous[(entry["benchmark"], entry.get("suite"))] = entry
    results = []
    for script, *args in BENCHMARKS:
        if only and script not in only:
            name = script.removesuffix(".py")
            suite = args[args.index("--suite") + 1] if "--suite" in args else None
            if (name, suite) in previous:
                results.append(previous[(name, suite)])
            continue
        print(f"running {script} {' '.join(args)} ...", file=sys.stderr, flush=True)
        command = [sys.executable, str(HERE / script), *args]
        completed = subprocess.run(command, capture_output=True, text=True)
        if completed.returncode != 0:
            sys.exit(f"{script} failed: {completed.stderr.strip()[-500:]}")
        results.append(json.loads(completed.stdout.strip().splitlines()[-1]))
    record = (
        json.loads((HERE / "results.json").read_text("utf-8"))
        if (HERE / "results.json").exists()
        else {}
    )
    record |= {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "processor": platform.processor() or platform.machine(),
            "python": platform.python_version(),
        },
        "results": results,
    }
    if (HERE / "results.json").exists():  # coverage.py records its own key; keep it
        kept = json.loads((HERE / "results.json").read_text("utf-8")).get("coverage")
        if kept is not None:
            record["coverage"] = kept
    (HERE / "results.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(record, indent=2))


if __name__ == "__main__":
    main()
