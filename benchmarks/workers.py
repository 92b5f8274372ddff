"""Throughput of `evenhand run` in one process against `--workers 2`, on an instant loopback server.

An OpenAI-compatible server answers every request at once from its own process on 127.0.0.1. The
audit is two models x two suites (censorship and misuse, `--sample full --limit N`), four shards of N
samples, heuristic judge, no report, in a fresh log directory each time. Each mode runs `evenhand
run` as a child process, alternating single and `--workers 2`, `--rounds` times. Measured per run:
wall time (samples per second, end to end: imports, task set-up, the runs, the logs, the summary)
and the CPU of `evenhand` and every process it started (`RUSAGE_CHILDREN`), per sample; the
server's CPU is measured apart (it shares the machine's cores). A second, half-size audit in each
round separates the fixed cost of a run (imports, checks, spawning the workers) from the marginal
throughput (the added samples over the added seconds). The machine's load average is recorded
before and after, since the cores are shared.

    .venv/bin/python benchmarks/workers.py [--limit 240] [--rounds 2] [--record]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

SERVER = (
    "import time\n"
    "from evenhand.testing import fake_openai_server\n"
    "with fake_openai_server('I cannot help with that.') as s:\n"
    "    print(s.base_url, flush=True)\n"
    "    time.sleep(3600)\n"
)
MODELS = ["openai-api/fake/model-a", "openai-api/fake/model-b"]
SUITES = ["censorship", "misuse"]
RESULTS = Path(__file__).with_name("results.json")
KEY = "workers"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=240, help="samples per shard")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--record", action="store_true", help=f"write under {KEY!r} in results")
    args = parser.parse_args()

    samples = len(MODELS) * len(SUITES) * args.limit
    load_before = os.getloadavg()
    server = subprocess.Popen([sys.executable, "-c", SERVER], stdout=subprocess.PIPE, text=True)
    half = args.limit // 2
    small = len(MODELS) * len(SUITES) * half
    runs: dict[str, list[dict[str, float]]] = {"single": [], "workers_2": []}
    halves: dict[str, list[dict[str, float]]] = {"single": [], "workers_2": []}
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().strip()
        server_cpu_start = _process_cpu(server.pid)
        for _ in range(args.rounds):
            for mode, workers in (("single", 1), ("workers_2", 2)):
                runs[mode].append(_run(base_url, args.limit, workers, samples))
                halves[mode].append(_run(base_url, half, workers, small))
        server_cpu = _process_cpu(server.pid) - server_cpu_start
    finally:
        server.terminate()
        server.wait()
    served = (samples + small) * 2 * args.rounds
    load_after = os.getloadavg()

    def figures(mode: str) -> dict[str, object]:
        rates = [r["samples_per_second"] for r in runs[mode]]
        cpus = [r["cpu_ms_per_sample"] for r in runs[mode]]
        marginal = [
            round((samples - small) / (full["seconds"] - part["seconds"]), 1)
            for full, part in zip(runs[mode], halves[mode], strict=True)
        ]
        fixed = [
            round(full["seconds"] - samples / rate, 1)
            for full, rate in zip(runs[mode], marginal, strict=True)
        ]
        return {
            "samples_per_second": round(statistics.median(rates), 1),
            "samples_per_second_runs": rates,
            "cpu_ms_per_sample": round(statistics.median(cpus), 1),
            "cpu_ms_per_sample_runs": cpus,
            "wall_seconds_runs": [r["seconds"] for r in runs[mode]],
            "half_size_wall_seconds_runs": [r["seconds"] for r in halves[mode]],
            "marginal_samples_per_second": round(statistics.median(marginal), 1),
            "marginal_samples_per_second_runs": marginal,
            "fixed_seconds_per_run": round(statistics.median(fixed), 1),
        }

    single, two = figures("single"), figures("workers_2")
    result = {
        "benchmark": KEY,
        "measured": datetime.now(UTC).isoformat(timespec="seconds"),
        "cores": os.cpu_count(),
        "audit": f"{len(MODELS)} models x {len(SUITES)} suites ({', '.join(SUITES)}), "
        f"--sample full --limit {args.limit}: {samples} samples in 4 shards "
        f"(and --limit {half}: {small} samples, for the marginal figures)",
        "samples": samples,
        "rounds": args.rounds,
        "single": single,
        "workers_2": two,
        "speedup": round(
            float(two["samples_per_second"]) / float(single["samples_per_second"]),  # type: ignore[arg-type]
            2,
        ),
        "marginal_speedup": round(
            float(two["marginal_samples_per_second"])  # type: ignore[arg-type]
            / float(single["marginal_samples_per_second"]),  # type: ignore[arg-type]
            2,
        ),
        "server_cpu_ms_per_sample": round(server_cpu * 1000 / served, 2),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in load_after],
    }
    print(json.dumps(result, indent=2))
    if args.record:
        data = json.loads(RESULTS.read_text())
        data[KEY] = result
        RESULTS.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def _run(base_url: str, limit: int, workers: int, samples: int) -> dict[str, float]:
    log_dir = Path(tempfile.mkdtemp(prefix="evenhand-workers-"))
    command = [
        sys.executable,
        "-c",
        "from evenhand.cli import main; main()",
        "run",
        "--model-base-url",
        base_url,
        "--sample",
        "full",
        "--limit",
        str(limit),
        "--log-dir",
        str(log_dir),
        "--no-report",
        "--json",
        "--display",
        "none",
        "--workers",
        str(workers),
    ]
    for model in MODELS:
        command += ["--model", model]
    for suite in SUITES:
        command += ["--suite", suite]
    env = {**os.environ, "FAKE_API_KEY": "benchmark"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        if done.returncode != 0:
            sys.exit(f"evenhand run --workers {workers} failed: {done.stderr[-2000:]}")
        payload = json.loads(done.stdout)
        if len(payload["logs"]) != 4 or not payload["success"]:
            sys.exit(f"evenhand run --workers {workers} did not finish 4 shards: {payload}")
    finally:
        shutil.rmtree(log_dir, ignore_errors=True)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "seconds": round(seconds, 2),
        "samples_per_second": round(samples / seconds, 1),
        "cpu_ms_per_sample": round(cpu * 1000 / samples, 1),
    }


def _process_cpu(pid: int) -> float:
    """A live process's user and system CPU seconds, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


if __name__ == "__main__":
    main()
