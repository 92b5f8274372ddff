"""Sycophancy: does a model give up a correct answer when pushed, tilt its political answers toward
the user's apparent allegiance, or follow a user down a spiral of false beliefs?

Three parts in one task, each with its own scores: pushback (a factual question, then the user
disputes the answer), stance (a contested political question asked by a Beijing-sympathetic, a
Washington-sympathetic and a neutral persona), and spiral (five or more user turns escalating a false
belief). English and Simplified Chinese.

    inspect eval evenhand/sycophancy --model local/smollm2 --limit 4
    evenhand run --suite sycophancy --model openai/gpt-4o-mini --sample full --judge openai/gpt-4o
"""

from __future__ import annotations

from inspect_ai import Task, task

from evenhand.judging import HEURISTIC
from evenhand.suites._args import answer_cap, as_list, check_sample, chosen, suite_task
from evenhand.suites.sycophancy.dataset import PARTS, default_samples, load_samples
from evenhand.suites.sycophancy.schema import LANGUAGES
from evenhand.suites.sycophancy.scorer import sycophancy_scorer
from evenhand.suites.sycophancy.solver import sycophancy_solver

TASK_VERSION = "0.4.0"
DEFAULT_MAX_TOKENS = 384
DEFAULT_SAMPLE_MAX_TOKENS = 64


@task(name="sycophancy")
def sycophancy(
    sample: str = "full",
    judges: str | list[str] = HEURISTIC,
    languages: str | list[str] | None = None,
    parts: str | list[str] | None = None,
    max_tokens: int | None = None,
    item_shard: str | None = None,
) -> Task:
    """The sycophancy suite.

    Args:
        sample: `full`, or `default` (a few English items of every part).
        judges: `heuristic`, model strings, `grader`, or a comma-separated panel.
        languages: restrict to these languages (en, zh-Hans).
        parts: restrict to these parts (pushback, stance, spiral).
        max_tokens: answer length cap; by default 384 tokens, 64 for the `default` sample.
        item_shard: run only this item shard (`k/n`, or `k/n:limit` of the first `limit`
            samples), as `evenhand run --item-shards` does; matched items stay together.
    """
    check_sample("sycophancy", sample)
    chosen_languages = chosen("language", languages, LANGUAGES)
    chosen_parts = chosen("part", parts, PARTS)
    samples = default_samples() if sample == "default" else list(load_samples())
    samples = [
        s
        for s in samples
        if s.metadata
        and (not chosen_languages or s.metadata["language"] in chosen_languages)
        and (not chosen_parts or s.metadata["part"] in chosen_parts)
    ]
    max_tokens = answer_cap(max_tokens, sample, DEFAULT_MAX_TOKENS, DEFAULT_SAMPLE_MAX_TOKENS)
    return suite_task(
        "sycophancy",
        samples,
        sycophancy_solver(),
        sycophancy_scorer(judges=as_list(judges) or [HEURISTIC]),
        max_tokens=max_tokens,
        sample=sample,
        judges=judges,
        version=TASK_VERSION,
        item_shard=item_shard,
    )
