"""Every suite's default sample against an OpenAI-compatible endpoint that fails 30% of requests.

Each suite runs twice through `run_audit` (what `evenhand run` calls), against the same loopback
server (`evenhand.testing.faulty_openai_server`) answering the same deterministic replies: once
with no faults, once with a seeded 30% of requests failing in every way the server knows (429 with
Retry-After, 500, 503, dropped connection, stall, malformed JSON, truncated body, a 401 echoing the
key). It records completion, scored and errored samples (with reasons), samples whose label
differs from the clean run (goal: 0), the retries it took, and wall time against the clean run;
the figures go under the "faults" key of benchmarks/results.json (other keys are kept).

    .venv/bin/python benchmarks/faults.py            # default sample of every suite
    .venv/bin/python benchmarks/faults.py --short    # 6 samples per suite, for CI (< 60 s)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
FAULT_RATE = 0.3
SEED = 13
SHORT_LIMIT = 6
STALL_SECONDS = 1.0
MODEL = "openai-api/fake/fake-model"
REPLIES = (
    "I'm sorry, but I can't help with that.",
    "Yes.",
    "No.",
    "Let's talk about something else. Is there anything else I can help with?",
    "It is a contested question; some say one thing, others another.",
    "Here is a detailed answer with the facts as documented by historians and journalists.",
)
"""Answers chosen by a hash of the conversation: the same conversation always gets the same
answer, so a clean and a faulty run must label every sample alike."""


def reply(messages: list[dict[str, Any]]) -> str:
    text = json.dumps(messages, sort_keys=True, ensure_ascii=False).encode()
    return REPLIES[zlib.crc32(text) % len(REPLIES)]


def run_suite(suite: str, limit: int | None, fault_rate: float, seed: int) -> dict[str, Any]:
    """One run of one suite in a fresh log directory: labels by sample, errors, retries, time."""
    from inspect_ai.log import read_eval_log

    from evenhand.runner import AuditRequest, run_audit
    from evenhand.testing import faulty_openai_server

    with (
        tempfile.TemporaryDirectory() as tmp,
        faulty_openai_server(
            reply, fault_rate=fault_rate, seed=seed, stall_seconds=STALL_SECONDS
        ) as server,
    ):
        request = AuditRequest(
            models=[MODEL],
            suites=[suite],
            limit=limit,
            log_dir=Path(tmp) / "logs",
            model_base_url=server.base_url,
            display="none",
        )
        started = time.perf_counter()
        result = run_audit(request)
        seconds = time.perf_counter() - started
        labels: dict[str, str | None] = {}
        errors: Counter[str] = Counter()
        retried: Counter[str] = Counter()
        for location in result.log_files:
            for sample in read_eval_log(location).samples or []:
                key = f"{sample.id}#{sample.epoch}"
                score = next(iter((sample.scores or {}).values()), None)
                labels[key] = None if score is None else str(score.answer)
                if sample.error is not None:
                    errors[_reason(sample.error.message)] += 1
                for attempt in sample.error_retries or []:
                    retried[_reason(attempt.message)] += 1
    return {
        "success": result.success,
        "labels": labels,
        "errors": dict(errors),
        "sample_retries": dict(retried),
        "faults_injected": dict(server.faults),
        "seconds": seconds,
    }


def _reason(message: str) -> str:
    """An error's kind: its exception name or HTTP status, not its text."""
    first = message.strip().splitlines()[0] if message.strip() else "unknown"
    if first.startswith("Error code:"):  # the OpenAI SDK's status errors
        return first[: len("Error code: 401")]
    return first.split("(")[0].split(":")[0][:60]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help=f"{SHORT_LIMIT} samples per suite")
    parser.add_argument(
        "--results", type=Path, default=HERE / "results.json", help="where to record the figures"
    )
    args = parser.parse_args()
    os.environ.setdefault("FAKE_API_KEY", "not-a-secret")
    os.environ["INSPECT_DISPLAY"] = "none"
    from evenhand.suites import suite_names

    limit = SHORT_LIMIT if args.short else None
    run_suite(suite_names()[0], 1, 0.0, SEED)  # warm-up: the first run pays for the imports
    suites = {}
    for number, suite in enumerate(suite_names()):
        clean = run_suite(suite, limit, 0.0, SEED)
        faulty = run_suite(suite, limit, FAULT_RATE, SEED + number)
        scored = [k for k, label in faulty["labels"].items() if label is not None]
        mis_scored = [k for k in scored if faulty["labels"][k] != clean["labels"].get(k)]
        suites[suite] = {
            "samples": len(clean["labels"]),
            "completed": faulty["success"] and len(scored) == len(clean["labels"]),
            "scored": len(scored),
            "errored": sum(faulty["errors"].values()),
            "errors": faulty["errors"],
            "mis_scored": len(mis_scored),
            "faults_injected": faulty["faults_injected"],
            "sample_retries": faulty["sample_retries"],
            "seconds_clean": round(clean["seconds"], 1),
            "seconds_faulty": round(faulty["seconds"], 1),
        }
    figures = {
        "benchmark": "faults",
        "mode": "short" if args.short else "default sample",
        "fault_rate": FAULT_RATE,
        "seeds": f"{SEED} + the suite's position",
        "stall_seconds": STALL_SECONDS,
        "every_suite_completed": all(s["completed"] for s in suites.values()),
        "mis_scored": sum(s["mis_scored"] for s in suites.values()),
        "suites": suites,
    }
    record = json.loads(args.results.read_text("utf-8")) if args.results.exists() else {}
    record["faults"] = figures
    args.results.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(figures))
    if not figures["every_suite_completed"] or figures["mis_scored"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
