"""Throughput and CPU of `evenhand run` (one process, 2 workers, 2 Ray nodes) and of bare Inspect.

An OpenAI-compatible server answers every request at once from its own process on 127.0.0.1. The
audit is `--models` models (2 by default) x two suites (censorship and misuse, `--sample full
--limit N`): one shard per model and suite, of N samples or the suite's whole sample when it has
fewer (misuse has 800), heuristic judge, no report, in a fresh log directory each time; each run's
logs must hold exactly the samples planned. Four modes run as
child processes, one after the other, in each of `--rounds` rounds:

- `single`: `evenhand run` in one process;
- `workers_2`: `evenhand run --workers 2`, the shards in two local worker processes;
- `ray_2_nodes`: `evenhand run --ray ADDRESS`, the shards as tasks on a local Ray cluster of two
  nodes of one CPU each (`evenhand.testing.local_ray_cluster`), started once for the whole
  benchmark; `--no-ray` skips this mode;
- `bare_inspect`: the reference, a bare Inspect task of as many single-turn samples (generic
  prompts of two sentences, `includes()` scorer) run by `eval(...)` on the audit's first model,
  with default logging and no display.

Measured per run: wall time (samples per second, end to end: imports, task set-up, the runs, the
logs, the summary) and CPU per sample. A run's CPU is that of the child and of every process it
started and waited for (`RUSAGE_CHILDREN`). The Ray mode's shards run in the nodes' worker
processes, which are not children of `evenhand run`, so its CPU also counts the user and system
CPU of every process of the nodes, read from /proc. A node is `ray start --block` in a session of
its own, and everything it starts stays in that session, the workers included (each worker is
the leader of its own process group, so the nodes' process groups would miss them). A job's
workers exit when it ends, and the raylet does not wait for them, so their CPU is not added to
any parent's: the nodes' processes are read every `POLL_SECONDS` during the run, and each counts
with the last reading it had (at most one interval of an exiting worker, idle by then, is lost).
That includes what the Ray daemons spend while idle, a real cost of running on Ray; their idle
rate while the other modes run is recorded apart (`ray_idle_cpu_ms_per_second`), as is the
server's CPU, since both share the machine's cores.

A second, half-size audit of each mode in each round separates the fixed cost of a run (imports,
checks, spawning the workers, joining the cluster) from the marginal throughput (the added samples
over the added seconds); speedups over one process are given at both sizes, since the fixed cost
weighs more on a small audit. `cpu_ratio_single_to_bare` (one process's CPU per sample over the
bare task's) is what the issue's goal bounds (`goal_cpu_ratio`, 1.5). The machine's load average
is recorded before and after, since the cores are shared.

    .venv/bin/python benchmarks/workers.py [--limit 240] [--models 2] [--rounds 2] [--no-ray]
        [--record [--key workers]]
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import NamedTuple

from evenhand.testing import server_process_script

SERVER = server_process_script("I cannot help with that.")
BARE_TASK = (
    "import json, sys\n"
    "from inspect_ai import Task, eval\n"
    "from inspect_ai.dataset import Sample\n"
    "from inspect_ai.scorer import includes\n"
    "base_url, log_dir, model = sys.argv[1:4]\n"
    "prompts = json.load(sys.stdin)\n"
    "dataset = [Sample(input=p, target='cannot', id=i) for i, p in enumerate(prompts, 1)]\n"
    "[log] = eval(\n"
    "    Task(dataset=dataset, scorer=includes()),\n"
    "    model=model, model_base_url=base_url, log_dir=log_dir, display='none',\n"
    ")\n"
    "done = log.results.completed_samples if log.results is not None else 0\n"
    "print(json.dumps({'status': log.status, 'completed_samples': done}))\n"
)
"""The reference run: `python -c BARE_TASK BASE_URL LOG_DIR MODEL`, the prompts as JSON on stdin."""
REQUESTS = (
    "summarise the history of the printing press in two sentences. Name one person involved.",
    "explain how the gears of a bicycle make a hill easier to climb. Keep it short and plain.",
    "describe what happens to bread dough as it rises. Say which ingredient matters most.",
    "give three causes of the fall of the Western Roman Empire. Use one sentence for each.",
    "compare a train and a bus for a journey of fifty kilometres. Say which you would take.",
)
"""Generic single-turn requests for the bare task, about as long as the audit's prompts."""
MODELS = ["openai-api/fake/model-a", "openai-api/fake/model-b"]
"""The audit's models (`--models` more: model-c, model-d, ...)."""
SUITES = ["censorship", "misuse"]
RAY_NODES = 2
POLL_SECONDS = 0.1
"""How often the Ray nodes' processes are read during a run of the Ray mode."""
GOAL_CPU_RATIO = 1.5
"""The issue's goal: one process's CPU per sample at most this many times the bare task's."""
RESULTS = Path(__file__).with_name("results.json")
KEY = "workers"


class Run(NamedTuple):
    """One run of a mode: its wall time, and its throughput and CPU per sample."""

    seconds: float
    samples_per_second: float
    cpu_ms_per_sample: float


Mode = Callable[[int, int], Run]
"""Runs a mode at a limit per shard (the audit's `--limit`) for that many samples in all."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=240, help="samples per shard")
    parser.add_argument("--models", type=int, default=len(MODELS), help="models in the audit")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-ray", action="store_true", help="skip the Ray mode")
    parser.add_argument("--record", action="store_true", help="write the figures in results.json")
    parser.add_argument(
        "--key", default=KEY, help=f"where --record writes them in results.json [{KEY}]"
    )
    args = parser.parse_args()
    if not 1 <= args.models <= 26:
        parser.error(f"--models must be 1 to 26 (model-a to model-z), got {args.models}")
    if args.limit < 2 or args.rounds < 1:
        parser.error(
            "--limit must be at least 2 (the half-size run needs 1), and --rounds at least 1"
        )
    if not args.no_ray and importlib.util.find_spec("ray") is None:
        sys.exit("workers.py: Ray is not installed (pip install 'evenhand[ray]'); or pass --no-ray")

    MODELS[:] = [f"openai-api/fake/model-{chr(ord('a') + i)}" for i in range(args.models)]
    samples = _planned(args.limit)
    half = args.limit // 2
    small = _planned(half)
    ray_mode = f"ray_{RAY_NODES}_nodes"
    load_before = os.getloadavg()
    with contextlib.ExitStack() as stack:
        server = subprocess.Popen([sys.executable, "-c", SERVER], stdout=subprocess.PIPE, text=True)
        stack.callback(_stop, server)
        assert server.stdout is not None
        base_url = server.stdout.readline().strip()
        modes: dict[str, Mode] = {
            "single": lambda limit, n: _audit(base_url, limit, n, ["--workers", "1"]),
            "workers_2": lambda limit, n: _audit(base_url, limit, n, ["--workers", "2"]),
        }
        sessions: list[int] = []  # the Ray nodes': each node's process leads its own session
        if not args.no_ray:
            from evenhand.testing import local_ray_cluster

            cluster = stack.enter_context(local_ray_cluster(nodes=RAY_NODES, cpus_per_node=1))
            sessions = cluster.pids
            modes[ray_mode] = lambda limit, n: _audit(
                base_url, limit, n, ["--ray", cluster.address], sessions
            )
        modes["bare_inspect"] = lambda _limit, n: _bare(base_url, n)
        runs: dict[str, list[Run]] = {mode: [] for mode in modes}
        halves: dict[str, list[Run]] = {mode: [] for mode in modes}
        idle_cpu = idle_seconds = 0.0  # the Ray nodes' while the other modes run
        server_cpu_start = _process_cpu(server.pid)
        for _ in range(args.rounds):
            for mode, run in modes.items():
                for limit, n, into in ((args.limit, samples, runs), (half, small, halves)):
                    if mode == ray_mode:
                        into[mode].append(run(limit, n))
                        continue
                    with SessionCpu(sessions) as idle:
                        into[mode].append(run(limit, n))
                    idle_cpu, idle_seconds = idle_cpu + idle.cpu, idle_seconds + idle.seconds
        server_cpu = _process_cpu(server.pid) - server_cpu_start
    served = (samples + small) * len(modes) * args.rounds
    load_after = os.getloadavg()

    result: dict[str, object] = {
        "benchmark": args.key,
        "measured": datetime.now(UTC).isoformat(timespec="seconds"),
        "cores": os.cpu_count(),
        "audit": f"{len(MODELS)} models x {len(SUITES)} suites ({', '.join(SUITES)}), "
        f"--sample full --limit {args.limit}: {samples} samples in {_shards()} shards "
        f"(and --limit {half}: {small} samples, for the marginal figures)",
        "bare_task": f"{samples} (and {small}) single-turn samples of {MODELS[0]}, includes() "
        "scorer, eval(display='none'), default logging",
        "samples": samples,
        "rounds": args.rounds,
    }
    for mode in modes:
        result[mode] = _figures(runs[mode], halves[mode], samples, small)
    for suffix, mode in (("", "workers_2"), ("_ray", ray_mode)):
        if mode not in modes:
            continue
        result[f"speedup{suffix}"] = _ratio(_rates(runs[mode]), _rates(runs["single"]))
        result[f"marginal_speedup{suffix}"] = _ratio(
            _marginal(runs[mode], halves[mode], samples - small),
            _marginal(runs["single"], halves["single"], samples - small),
        )
        result[f"speedup{suffix}_half"] = _ratio(_rates(halves[mode]), _rates(halves["single"]))
    result["cpu_ratio_single_to_bare"] = _ratio(
        [r.cpu_ms_per_sample for r in runs["single"]],
        [r.cpu_ms_per_sample for r in runs["bare_inspect"]],
    )
    result["goal_cpu_ratio"] = GOAL_CPU_RATIO
    result["server_cpu_ms_per_sample"] = round(server_cpu * 1000 / served, 2)
    if ray_mode in modes:
        result["ray_idle_cpu_ms_per_second"] = round(idle_cpu * 1000 / idle_seconds, 1)
    result["load_average_before"] = [round(x, 2) for x in load_before]
    result["load_average_after"] = [round(x, 2) for x in load_after]
    print(json.dumps(result, indent=2))
    if args.record:
        data = json.loads(RESULTS.read_text())
        data[args.key] = result
        RESULTS.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def _audit(
    base_url: str, limit: int, samples: int, where: list[str], sessions: list[int] | None = None
) -> Run:
    """`evenhand run` of the audit at `limit` samples per shard, its shards where `where` says
    (`--workers N` or `--ray ADDRESS`); `sessions`: the Ray nodes' sessions, whose processes'
    CPU the run also uses."""
    log_dir = Path(tempfile.mkdtemp(prefix="evenhand-workers-"))
    command = [
        *(sys.executable, "-c", "from evenhand.cli import main; main()", "run"),
        *("--model-base-url", base_url, "--sample", "full", "--limit", str(limit)),
        *("--log-dir", str(log_dir), "--no-report", "--json", "--display", "none", *where),
    ]
    for model in MODELS:
        command += ["--model", model]
    for suite in SUITES:
        command += ["--suite", suite]
    try:
        run, output = _child(f"evenhand run {' '.join(where)}", command, samples, sessions or [])
        payload = json.loads(output)
        if len(payload["logs"]) != _shards() or not payload["success"]:
            sys.exit(f"evenhand run {' '.join(where)} did not finish {_shards()} shards: {payload}")
        done = _completed(payload["logs"])
        if done != samples:
            sys.exit(f"evenhand run {' '.join(where)} scored {done} samples, not {samples}")
    finally:
        shutil.rmtree(log_dir, ignore_errors=True)
    return run


def _planned(limit: int) -> int:
    """Samples of the audit at `limit` per shard: each suite's sample, cut to the limit, on each
    model."""
    from evenhand.suites import get_suite

    sizes = [len(get_suite(name).task(sample="full").dataset) for name in SUITES]
    return len(MODELS) * sum(min(limit, size) for size in sizes)


def _shards() -> int:
    return len(MODELS) * len(SUITES)


def _completed(logs: list[str]) -> int:
    """Samples the logs completed, by their headers."""
    from inspect_ai.log import read_eval_log

    headers = [read_eval_log(log, header_only=True) for log in logs]
    return sum(h.results.completed_samples if h.results else 0 for h in headers)


def _bare(base_url: str, samples: int) -> Run:
    """A bare Inspect task of `samples` single-turn samples on the first model."""
    log_dir = Path(tempfile.mkdtemp(prefix="evenhand-bare-"))
    command = [sys.executable, "-c", BARE_TASK, base_url, str(log_dir), MODELS[0]]
    try:
        prompts = json.dumps(_prompts(samples))
        run, output = _child("the bare Inspect task", command, samples, [], prompts)
    finally:
        shutil.rmtree(log_dir, ignore_errors=True)
    outcome = json.loads(output.strip().splitlines()[-1])
    if outcome != {"status": "success", "completed_samples": samples}:
        sys.exit(f"the bare Inspect task did not complete {samples} samples: {outcome}")
    return run


def _prompts(n: int) -> list[str]:
    return [f"Question {i}: {REQUESTS[i % len(REQUESTS)]}" for i in range(1, n + 1)]


def _child(
    what: str, command: list[str], samples: int, sessions: list[int], stdin: str = ""
) -> tuple[Run, str]:
    """Run a child process (`what` it is, for an error) to its end; its figures and its standard
    output. CPU: the child's and its waited-for descendants' (`RUSAGE_CHILDREN`), plus that of
    the processes of the `sessions` (read every `POLL_SECONDS` meanwhile)."""
    env = {**os.environ, "FAKE_API_KEY": "benchmark"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with SessionCpu(sessions, POLL_SECONDS) as nodes:
        started = time.perf_counter()
        done = subprocess.run(
            command, input=stdin, env=env, capture_output=True, text=True, check=False
        )
        seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{what} failed: {done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime) + nodes.cpu
    run = Run(round(seconds, 2), round(samples / seconds, 1), round(cpu * 1000 / samples, 1))
    return run, done.stdout


def _figures(full: list[Run], half: list[Run], samples: int, small: int) -> dict[str, object]:
    """A mode's figures over the rounds, medians and each run's: throughput and CPU at `samples`,
    the marginal throughput (the samples added over the seconds added beyond the half size,
    `small`) and the fixed seconds per run it leaves."""
    rates = _rates(full)
    cpus = [r.cpu_ms_per_sample for r in full]
    marginal = _marginal(full, half, samples - small)
    fixed = [
        round(run.seconds - samples / rate, 1)
        for run, rate in zip(full, marginal, strict=True)
        if rate is not None
    ]
    return {
        "samples_per_second": _median(rates),
        "samples_per_second_runs": rates,
        "cpu_ms_per_sample": _median(cpus),
        "cpu_ms_per_sample_runs": cpus,
        "wall_seconds_runs": [r.seconds for r in full],
        "half_size_samples_per_second": _median(_rates(half)),
        "half_size_wall_seconds_runs": [r.seconds for r in half],
        "marginal_samples_per_second": _median(marginal),
        "marginal_samples_per_second_runs": marginal,
        "fixed_seconds_per_run": _median(fixed),
    }


def _rates(runs: list[Run]) -> list[float]:
    return [r.samples_per_second for r in runs]


def _marginal(full: list[Run], half: list[Run], added: int) -> list[float | None]:
    """Per round, the added samples per added second; None when the full size was not slower
    (noise on a tiny audit)."""
    return [
        round(added / (f.seconds - h.seconds), 1) if f.seconds > h.seconds else None
        for f, h in zip(full, half, strict=True)
    ]


def _median(values: list[float] | list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return round(statistics.median(known), 1) if known else None


def _ratio(
    numerators: list[float] | list[float | None], denominators: list[float] | list[float | None]
) -> float | None:
    """The ratio of two medians; None when either is unknown or the denominator zero."""
    top, bottom = _median(numerators), _median(denominators)
    return None if top is None or not bottom else round(top / bottom, 2)


class SessionCpu:
    """The user and system CPU seconds spent by the processes of some sessions while the block
    runs (`cpu`), and the block's wall seconds (`seconds`).

    Every process of the sessions is read when the block starts and ends, and every `poll`
    seconds in between when given: a process counts the CPU between its first reading (zero
    when it started meanwhile) and its last one, so one that exits meanwhile keeps what it
    spent up to its last reading. Nothing is read without sessions.
    """

    def __init__(self, sessions: list[int], poll: float | None = None) -> None:
        self._sessions = set(sessions)
        self._poll = poll
        self._first: dict[int, int] = {}
        self._last: dict[int, int] = {}
        self._outside: set[int] = set()  # pids seen in other sessions, not read again
        self._stop = threading.Event()
        self._sampler: threading.Thread | None = None
        self._started = 0.0
        self.cpu = 0.0
        self.seconds = 0.0

    def __enter__(self) -> SessionCpu:
        self._read()
        self._first = dict(self._last)
        if self._poll is not None and self._sessions:
            self._sampler = threading.Thread(target=self._sample, daemon=True)
            self._sampler.start()
        self._started = time.perf_counter()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.seconds = time.perf_counter() - self._started
        self._stop.set()
        if self._sampler is not None:
            self._sampler.join()
        self._read()
        ticks = sum(last - self._first.get(pid, 0) for pid, last in self._last.items())
        self.cpu = ticks / os.sysconf("SC_CLK_TCK")

    def _sample(self) -> None:
        assert self._poll is not None
        while not self._stop.wait(self._poll):
            self._read()

    def _read(self) -> None:
        if not self._sessions:
            return
        for name in os.listdir("/proc"):
            if not name.isdigit() or int(name) in self._outside:
                continue
            try:
                stat = Path(f"/proc/{name}/stat").read_text()
            except OSError:  # it has exited since the listing
                continue
            # After the command name, which may hold spaces and parentheses: state, ppid, pgrp,
            # session, ..., utime and stime (fields 14 and 15 of proc(5)), in clock ticks.
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[3]) in self._sessions:
                self._last[int(name)] = int(fields[11]) + int(fields[12])
            else:
                self._outside.add(int(name))


def _process_cpu(pid: int) -> float:
    """A live process's user and system CPU seconds, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    process.wait()


if __name__ == "__main__":
    main()
