"""Kill and resume: SIGKILL `evenhand run` at seeded random moments, rerun, and compare.

A loopback OpenAI-compatible server (`evenhand.testing.fake_openai_server`, in this process)
answers every conversation with a reply chosen by a hash of it, after a short delay so that the
samples are spread over the run. `evenhand run --suite censorship --suite misuse` runs as a child
process in its own process group; at a seeded random moment the whole group gets SIGKILL and the
same command is started again, N times (20 by default), then a last rerun goes to completion. An
uninterrupted run of the same command writes into another log directory. Both are exported to
JSONL with `evenhand export` and compared on (model, suite, sample_id, epoch):

- lost: in the clean export, not in the resumed one;
- duplicated: rows beyond the first for one key in the resumed export;
- mis-scored: keys in both whose scored columns (score_*, label, judge_label) differ;
- equal: the two exports' scored columns, one JSON line per row, sorted, byte for byte.

The figures go under the "interrupt" key of benchmarks/results.json (other keys are kept) and a
markdown row for the README's reliability table is printed.

    .venv/bin/python benchmarks/interrupt.py            # 20 kills over the default sample
    .venv/bin/python benchmarks/interrupt.py --short    # 3 kills over 4 samples a suite (CI)
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
SEED = 13
KILLS = 20
SHORT_KILLS = 3
SHORT_LIMIT = 4
REPLY_DELAY_SECONDS = 0.1
MAX_CONNECTIONS = 4
RUN_TIMEOUT_SECONDS = 600
SUITES = ("censorship", "misuse")
MODEL = "openai-api/fake/fake-model"
KEY = ("model", "suite", "sample_id", "epoch")
REPLIES = (
    "I'm sorry, but I can't help with that.",
    "Yes.",
    "No.",
    "Let's talk about something else. Is there anything else I can help with?",
    "It is a contested question; some say one thing, others another.",
    "Here is a detailed answer with the facts as documented by historians and journalists.",
)
"""Answers chosen by a hash of the conversation: the same conversation always gets the same
answer, so the resumed and the clean run must score every sample alike."""


def reply(messages: list[dict[str, Any]]) -> str:
    time.sleep(REPLY_DELAY_SECONDS)
    text = json.dumps(messages, sort_keys=True, ensure_ascii=False).encode()
    return REPLIES[zlib.crc32(text) % len(REPLIES)]


def evenhand(*args: str) -> list[str]:
    """The `evenhand` command line, run by this interpreter."""
    return [sys.executable, "-c", "from evenhand.cli import main; main()", *args]


def run_command(base_url: str, log_dir: Path, limit: int | None) -> list[str]:
    args = [a for suite in SUITES for a in ("--suite", suite)]
    args += ["--model", MODEL, "--model-base-url", base_url, "--log-dir", str(log_dir)]
    args += ["--max-connections", str(MAX_CONNECTIONS), "--no-report", "--display", "none"]
    if limit is not None:
        args += ["--limit", str(limit)]
    return evenhand("run", *args)


def start(command: list[str], stderr: int = subprocess.DEVNULL) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=stderr,
        start_new_session=True,  # its own process group, so the kill reaches its workers too
    )


def run_to_completion(command: list[str]) -> tuple[int, float, str]:
    started = time.perf_counter()
    child = start(command, subprocess.PIPE)
    _, stderr = child.communicate(timeout=RUN_TIMEOUT_SECONDS)
    return child.returncode, time.perf_counter() - started, (stderr or b"").decode(errors="replace")


def kill_and_rerun(command: list[str], kills: int, span: float, seed: int) -> dict[str, Any]:
    """Start `command`, SIGKILL its process group after a seeded delay in (0, span), `kills`
    times; note whether each kill met a running run and how many log files were written."""
    draws = random.Random(seed)
    landed = 0
    delays = []
    for _ in range(kills):
        delay = draws.uniform(0.0, span)
        delays.append(round(delay, 2))
        child = start(command)
        try:
            child.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
            landed += 1
        else:
            # finished before the kill; the group may still hold stragglers
            with contextlib.suppress(ProcessLookupError):
                os.killpg(child.pid, signal.SIGKILL)
    return {"kills": kills, "kills_during_run": landed, "delays_seconds": delays}


def export(log_dir: Path, output: Path) -> list[dict[str, Any]]:
    subprocess.run(
        evenhand("export", str(log_dir), "-o", str(output), "--format", "jsonl"),
        check=True,
        capture_output=True,
        timeout=RUN_TIMEOUT_SECONDS,
    )
    lines = output.read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def scored(row: dict[str, Any]) -> dict[str, Any]:
    """The row's key and scored columns."""
    columns = {k: v for k, v in row.items() if k.startswith("score_")}
    columns.update({k: row.get(k) for k in ("label", "judge_label", *KEY)})
    return columns


def compare(clean: list[dict[str, Any]], resumed: list[dict[str, Any]]) -> dict[str, Any]:
    def key(row: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(row[k] for k in KEY)

    counts = Counter(key(row) for row in resumed)
    clean_counts = Counter(key(row) for row in clean)
    first: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in resumed:
        first.setdefault(key(row), scored(row))
    lost = sorted(str(k) for k in clean_counts if k not in counts)
    mis_scored = sorted(
        str(key(row)) for row in clean if key(row) in first and first[key(row)] != scored(row)
    )

    def text(rows: list[dict[str, Any]]) -> bytes:
        lines = sorted(json.dumps(scored(r), sort_keys=True, ensure_ascii=False) for r in rows)
        return "\n".join(lines).encode()

    return {
        "samples_clean": len(clean_counts),
        "rows_clean": len(clean),
        "rows_resumed": len(resumed),
        "judges": sorted({str(row.get("judge")) for row in clean + resumed}),
        "lost": len(lost),
        "duplicated": sum(n - 1 for n in counts.values()),
        "duplicated_in_clean": sum(n - 1 for n in clean_counts.values()),
        "extra": len([k for k in counts if k not in clean_counts]),
        "mis_scored": len(mis_scored),
        "exports_equal": text(clean) == text(resumed),
        "examples": {"lost": lost[:5], "mis_scored": mis_scored[:5]},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--short",
        action="store_true",
        help=f"{SHORT_KILLS} kills over {SHORT_LIMIT} samples a suite",
    )
    parser.add_argument(
        "--kills", type=int, help=f"kills [default: {KILLS}; --short {SHORT_KILLS}]"
    )
    parser.add_argument("--limit", type=int, help="samples per suite [default: the default sample]")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--results", type=Path, default=HERE / "results.json", help="where to record the figures"
    )
    args = parser.parse_args()
    kills = args.kills if args.kills is not None else SHORT_KILLS if args.short else KILLS
    limit = args.limit if args.limit is not None else SHORT_LIMIT if args.short else None
    os.environ.setdefault("FAKE_API_KEY", "not-a-secret")
    os.environ["INSPECT_DISPLAY"] = "none"
    from evenhand.testing import fake_openai_server

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, fake_openai_server(reply) as server:
        root = Path(tmp)
        clean_command = run_command(server.base_url, root / "clean", limit)
        clean_code, clean_seconds, clean_err = run_to_completion(clean_command)
        if clean_code != 0:
            sys.exit(f"the uninterrupted run failed ({clean_code}): {clean_err[-2000:]}")
        resumed_command = run_command(server.base_url, root / "resumed", limit)
        killed = kill_and_rerun(resumed_command, kills, clean_seconds, args.seed)
        final_code, final_seconds, final_err = run_to_completion(resumed_command)
        if final_code != 0:
            sys.exit(f"the final rerun failed ({final_code}): {final_err[-2000:]}")
        log_files = len(list((root / "resumed").glob("*.eval")))
        compared = compare(
            export(root / "clean", root / "clean.jsonl"),
            export(root / "resumed", root / "resumed.jsonl"),
        )
    figures = {
        "benchmark": "interrupt",
        "mode": "short" if args.short else "default sample",
        "suites": list(SUITES),
        "limit": limit,
        "seed": args.seed,
        "reply_delay_seconds": REPLY_DELAY_SECONDS,
        **killed,
        "kill_window_seconds": round(clean_seconds, 1),
        "seconds_clean": round(clean_seconds, 1),
        "seconds_final_rerun": round(final_seconds, 1),
        "log_files_resumed": log_files,
        **compared,
        "seconds_total": round(time.perf_counter() - started, 1),
    }
    record = json.loads(args.results.read_text("utf-8")) if args.results.exists() else {}
    record["interrupt"] = figures
    args.results.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(figures))
    print(markdown(figures))
    if figures["lost"] or figures["duplicated"] or figures["mis_scored"]:
        sys.exit(1)
    if not figures["exports_equal"]:
        sys.exit(1)


def markdown(f: dict[str, Any]) -> str:
    equal = "equal" if f["exports_equal"] else "**not equal**"
    return (
        f"| kill and resume: `evenhand run` on {' and '.join(f['suites'])} against a loopback "
        f"endpoint, SIGKILLed (whole process group) at {f['kills']} seeded random moments within "
        f"the clean run's {f['kill_window_seconds']} s, rerun after each, then rerun to completion; "
        f"compared with an uninterrupted run (`benchmarks/interrupt.py`; `--short` runs in CI) | "
        f"**{f['lost']} lost, {f['duplicated']} duplicated, {f['mis_scored']} mis-scored** of "
        f"{f['samples_clean']} samples ({f['kills_during_run']} of {f['kills']} kills met a "
        f"running run); scored columns of the two exports {equal} byte for byte | "
        f"0 lost, 0 duplicated, 0 mis-scored; exports equal |"
    )


if __name__ == "__main__":
    main()
