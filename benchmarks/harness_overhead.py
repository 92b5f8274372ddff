"""CPU milliseconds of harness overhead per sample: evenhand against a plain asyncio HTTP client.

A trivial OpenAI-compatible server answers instantly from a separate process on 127.0.0.1. Both sides
send the same chat requests (the censorship suite's prompts); we measure the CPU time of the client
process only (`time.process_time`), so the server's own cost is excluded. evenhand's figure includes
everything it does per sample: Inspect's eval loop, the heuristic judge, metrics and the log file.

    .venv/bin/python benchmarks/harness_overhead.py [--samples 240]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

from evenhand.testing import server_process_script

SERVER = server_process_script("I cannot help with that.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=240)
    args = parser.parse_args()

    server = subprocess.Popen([sys.executable, "-c", SERVER], stdout=subprocess.PIPE, text=True)
    half = args.samples // 2
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().strip()
        plain = plain_client_cpu(base_url, args.samples)
        evenhand_cpu(
            base_url, 2
        )  # pay the one-off imports and first-use set-up outside the figures
        harness_half = evenhand_cpu(base_url, half)
        harness = evenhand_cpu(base_url, args.samples)
    finally:
        server.terminate()
        server.wait()
    # Two run sizes separate evenhand's per-run cost (task set-up, opening and closing the log)
    # from its cost per added sample.
    marginal = (harness - harness_half) / (args.samples - half)
    result = {
        "benchmark": "harness_overhead",
        "samples": args.samples,
        "plain_client_cpu_ms_per_sample": round(plain * 1000 / args.samples, 2),
        "evenhand_cpu_ms_per_sample": round(harness * 1000 / args.samples, 2),
        "evenhand_marginal_cpu_ms_per_sample": round(marginal * 1000, 2),
        "evenhand_fixed_cpu_ms_per_run": round((harness - marginal * args.samples) * 1000),
        "ratio": round(harness / plain, 1),
        "marginal_ratio": round(marginal * args.samples / plain, 1),
    }
    print(json.dumps(result))


def prompts(n: int) -> list[str]:
    from evenhand.suites.censorship.dataset import load_items

    items = load_items()
    return [items[i % len(items)].prompt for i in range(n)]


def plain_client_cpu(base_url: str, n: int) -> float:
    import asyncio

    import httpx

    async def send_all() -> None:
        limits = httpx.Limits(max_connections=10)
        async with httpx.AsyncClient(base_url=base_url, limits=limits) as client:
            semaphore = asyncio.Semaphore(10)

            async def one(prompt: str) -> None:
                async with semaphore:
                    body = {
                        "model": "fake-model",
                        "messages": [{"role": "user", "content": prompt}],
                    }
                    response = await client.post("/chat/completions", json=body)
                    response.json()

            await asyncio.gather(*(one(p) for p in prompts(n)))

    started = time.process_time()
    asyncio.run(send_all())
    return time.process_time() - started


def evenhand_cpu(base_url: str, n: int) -> float:
    from inspect_ai import eval

    from evenhand.suites.censorship.censorship import censorship

    os.environ["FAKE_API_KEY"] = "benchmark"
    task = censorship(sample="full")
    with tempfile.TemporaryDirectory() as log_dir:
        started = time.process_time()
        [log] = eval(
            task,
            model="openai-api/fake/fake-model",
            model_base_url=base_url,
            limit=n,
            log_dir=log_dir,
            display="none",
            max_connections=10,
        )
        spent = time.process_time() - started
    if log.status != "success" or log.results is None or log.results.completed_samples != n:
        sys.exit(f"evenhand eval did not complete {n} samples: {log.status}")
    return spent


if __name__ == "__main__":
    main()
