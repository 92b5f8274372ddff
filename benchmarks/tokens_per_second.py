"""Tokens per second of `local/smollm2` through evenhand against raw llama-cpp-python.

Same prompts, same settings (greedy, fixed seed, same max tokens, same context size and threads),
both in one process, interleaved in rounds so that neither side gets a warmer machine. Prints one JSON
object; the goal is a ratio of at least 0.95.

    .venv/bin/python benchmarks/tokens_per_second.py [--rounds 3] [--max-tokens 128]
"""

from __future__ import annotations

import argparse
import json
import os
import time

import anyio

PROMPTS = [
    "Explain in a paragraph why the sky is blue.",
    "Write a short poem about the sea.",
    "What were the main causes of the First World War?",
    "Describe how a bicycle works.",
    "Summarise the water cycle for a ten-year-old.",
    "Why do leaves change colour in autumn?",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--max-tokens", type=int, default=128)
    args = parser.parse_args()

    from inspect_ai.model import GenerateConfig, get_model
    from llama_cpp import Llama

    from evenhand.model import resolve_weights
    from evenhand.model._local import DEFAULT_CONTEXT_TOKENS, DEFAULT_SEED

    weights = resolve_weights("smollm2")
    threads = os.cpu_count() or 1  # evenhand's default; llama-cpp-python's own is half the cores
    raw = Llama(
        model_path=str(weights.path),
        n_ctx=DEFAULT_CONTEXT_TOKENS,
        n_threads=threads,
        n_threads_batch=threads,
        seed=DEFAULT_SEED,
        verbose=False,
    )
    model = get_model("local/smollm2")
    config = GenerateConfig(max_tokens=args.max_tokens, temperature=0.0, seed=DEFAULT_SEED)

    def raw_round() -> tuple[int, float]:
        tokens, started = 0, time.perf_counter()
        for prompt in PROMPTS:
            raw.reset()
            response = raw.create_chat_completion(
                messages=[{"role": "user", "content": prompt}],
                max_tokens=args.max_tokens,
                temperature=0.0,
                seed=DEFAULT_SEED,
            )
            tokens += response["usage"]["completion_tokens"]
        return tokens, time.perf_counter() - started

    async def evenhand_round() -> tuple[int, float]:
        tokens, started = 0, time.perf_counter()
        for prompt in PROMPTS:
            output = await model.generate(prompt, config=config)
            tokens += output.usage.output_tokens if output.usage else 0
        return tokens, time.perf_counter() - started

    raw_round()  # warm both paths once: page cache, thread pools
    anyio.run(evenhand_round)
    totals = {"raw": [0, 0.0], "evenhand": [0, 0.0]}
    for _ in range(args.rounds):
        for name, run in (("raw", raw_round), ("evenhand", lambda: anyio.run(evenhand_round))):
            tokens, seconds = run()
            totals[name][0] += tokens
            totals[name][1] += seconds
    raw_tps = totals["raw"][0] / totals["raw"][1]
    evenhand_tps = totals["evenhand"][0] / totals["evenhand"][1]
    print(
        json.dumps(
            {
                "benchmark": "tokens_per_second",
                "prompts": len(PROMPTS),
                "rounds": args.rounds,
                "max_tokens": args.max_tokens,
                "threads": threads,
                "raw_tokens_per_second": round(raw_tps, 1),
                "evenhand_tokens_per_second": round(evenhand_tps, 1),
                "ratio": round(evenhand_tps / raw_tps, 3),
                "tokens": {"raw": totals["raw"][0], "evenhand": totals["evenhand"][0]},
            }
        )
    )


if __name__ == "__main__":
    main()
