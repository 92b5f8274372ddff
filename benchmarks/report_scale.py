"""Wall time, peak memory and output size of `evenhand export` and `evenhand report` at scale.

For each size, synthetic logs over 20 models and the four suites (benchmarks/synthetic_logs.py) are
generated once, untimed, and kept in the cache directory; each command then runs as a child process.
Its peak memory is the largest sum of resident memory over the child and its own worker processes,
sampled every 20 ms (psutil), since export and report read large directories on every core.
A failing command is recorded with its exit code and the end of its stderr.

    .venv/bin/python benchmarks/report_scale.py [--sizes 10000,100000,1000000] [--cache DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import synthetic_logs
import synthetic_templates
from synthetic_logs import DEFAULT_MODELS, DEFAULT_SEED, make_logs

HERE = Path(__file__).parent
DEFAULT_SIZES = "10000,100000,1000000"
DEFAULT_CACHE = HERE / ".cache" / "report_scale"
DEFAULT_TIMEOUT_SECONDS = 1800
GOAL = "export and report each < 60 s and < 4 GB peak at 1M samples over 20 models; report < 20 MB"
COMMANDS: dict[str, list[str]] = {
    "export": ["export", "{logs}", "-o", "{out}/export.parquet", "--format", "parquet"],
    "report": ["report", "{logs}", "-o", "{out}/report.html"],
}
MARKER = "complete.json"
"""Written last into a log directory: what it holds and how long it took to generate."""
POLL_SECONDS = 0.02
STDERR_TAIL_CHARS = 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help="comma-separated sample counts")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--models", type=int, default=DEFAULT_MODELS)
    parser.add_argument("--commands", default=",".join(COMMANDS))
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_SECONDS)
    parser.add_argument(
        "--baseline-src",
        type=Path,
        help="another checkout's src/ (e.g. a git worktree of an earlier commit): each command is "
        "also run with that code, alternating with this one on the same logs, for a fair before "
        "and after on a machine whose speed drifts",
    )
    parser.add_argument("--rounds", type=int, default=1, help="repeat each command this often")
    args = parser.parse_args()
    versions: list[tuple[str, Path | None]] = [("current", None)]
    if args.baseline_src is not None:
        versions.insert(0, ("baseline", args.baseline_src.resolve()))

    results, logs = [], []
    for samples in (int(size) for size in args.sizes.split(",")):
        log_dir = cached_logs(args.cache, samples, args.models)
        logs.append(
            {
                "samples": samples,
                "logs_mb": round(_megabytes(log_dir), 1),
                "generation_seconds": json.loads((log_dir / MARKER).read_text())["seconds"],
            }
        )
        for _ in range(args.rounds):
            for command in args.commands.split(","):
                for version, src in versions:
                    print(f"{command} at {samples} samples ({version}) ...", file=sys.stderr)
                    timed = time_command(command, log_dir, args.timeout, src)
                    results.append({"samples": samples, "code": version, **timed})
                    print(f"  {results[-1]}", file=sys.stderr, flush=True)
    print(json.dumps({"benchmark": "report_scale", "goal": GOAL, "logs": logs, "results": results}))


def cached_logs(cache: Path, samples: int, models: int) -> Path:
    """Synthetic logs of this size, generated unless the cache already holds a complete set made by
    the same version of the generator."""
    log_dir = cache / f"{samples}-samples-{models}-models"
    marker = log_dir / MARKER
    expected = {
        "samples": samples,
        "models": models,
        "seed": DEFAULT_SEED,
        "generator_sha256": generator_fingerprint(),
    }
    recorded = json.loads(marker.read_text()) if marker.exists() else {}
    if {key: recorded.get(key) for key in expected} == expected:
        return log_dir
    marker.unlink(missing_ok=True)
    if log_dir.exists():
        for stale in log_dir.glob("*.eval*"):
            stale.unlink()
    print(f"generating {samples} samples in {log_dir} ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    make_logs(log_dir, samples, models, DEFAULT_SEED)
    seconds = round(time.perf_counter() - started, 1)
    print(f"  generated in {seconds} s", file=sys.stderr, flush=True)
    marker.write_text(json.dumps({**expected, "seconds": seconds}))
    return log_dir


def generator_fingerprint() -> str:
    """SHA-256 of the generator's sources: synthetic_logs.py, then synthetic_templates.py."""
    digest = hashlib.sha256()
    for source in (synthetic_logs.__file__, synthetic_templates.__file__):
        digest.update(Path(source).read_bytes())
    return digest.hexdigest()


def time_command(
    command: str, log_dir: Path, timeout: float, src: Path | None = None
) -> dict[str, Any]:
    """Run one evenhand command as a child (with the code in `src` first on its path, when
    given); its wall time, peak RSS and output size, or its failure."""
    evenhand = Path(sys.executable).with_name("evenhand")
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryFile() as stderr:
        argv = [a.format(logs=log_dir, out=out) for a in COMMANDS[command]]
        env = {**os.environ, "INSPECT_DISPLAY": "none"}
        if src is not None:
            env["PYTHONPATH"] = str(src)
        started = time.perf_counter()
        child = subprocess.Popen(
            [str(evenhand), *argv], stdout=subprocess.DEVNULL, stderr=stderr, env=env
        )
        status, peak, timed_out = _wait(child, timeout)
        seconds = time.perf_counter() - started
        output = Path(argv[argv.index("-o") + 1])
        result: dict[str, Any] = {
            "command": command,
            "seconds": round(seconds, 2),
            "peak_mb": round(peak / 2**20, 1),
            "output_mb": round(output.stat().st_size / 2**20, 2) if output.exists() else None,
        }
        exit_code = os.waitstatus_to_exitcode(status)
        if exit_code != 0 or timed_out:
            stderr.seek(0)
            tail = stderr.read().decode(errors="replace")[-STDERR_TAIL_CHARS:]
            result.update({"exit_code": exit_code, "timed_out": timed_out, "stderr_tail": tail})
    return result


def _wait(child: subprocess.Popen[bytes], timeout: float) -> tuple[int, int, bool]:
    """Wait for the child, sampling the resident memory of it and its descendants; kill it after
    `timeout` seconds. Returns its wait status, the peak of the summed memory in bytes, and
    whether it timed out."""
    import psutil

    deadline = time.monotonic() + timeout
    timed_out = False
    peak = 0
    process = psutil.Process(child.pid)
    while True:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree))
        except psutil.Error:  # a worker ended between listing and reading
            pass
        pid, status, _ = os.wait4(child.pid, os.WNOHANG)
        if pid:
            child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
            return status, peak, timed_out
        if not timed_out and time.monotonic() > deadline:
            child.send_signal(signal.SIGKILL)
            timed_out = True
        time.sleep(POLL_SECONDS)


def _megabytes(directory: Path) -> float:
    return sum(p.stat().st_size for p in directory.glob("*.eval")) / 2**20


if __name__ == "__main__":
    main()
