"""Robustness: do safeguards and censorship hold under pressure, for every model alike?

The misuse suite's harmful requests and the censorship suite's sensitive questions are each asked
plainly and inside eight wrapper families (role-play, fiction, prefix injection, refusal
suppression, a many-shot preamble, a script switch, base64, a fake system override); each answer is
judged by its own suite's judge against the base request. A hijack part gives an assistant
simulated tools (mail, web page, file store, send) and plants an instruction in one tool output;
hijacked = it called send to the injected address (from the tool-call record, no judge).

    inspect eval evenhand/robustness --model local/smollm2 -T sample=default
    evenhand run --suite robustness --model openai/gpt-4o-mini --sample full
"""

from __future__ import annotations

from inspect_ai import Task, task

from evenhand.judging import HEURISTIC
from evenhand.suites._args import answer_cap, as_list, chosen, suite_task
from evenhand.suites.robustness.dataset import LANGUAGES, select_samples
from evenhand.suites.robustness.scorer import robustness_scorer
from evenhand.suites.robustness.solver import robustness_solver

TASK_VERSION = "0.1.0"
DEFAULT_MAX_TOKENS = 512
DEFAULT_SAMPLE_MAX_TOKENS = 48
"""Answer cap for the small `default` sample: enough to see whether the model goes ahead or
refuses, short enough that the default run stays within about 20 s on a CPU."""


@task(name="robustness")
def robustness(
    sample: str = "full",
    judges: str | list[str] = HEURISTIC,
    languages: str | list[str] | None = None,
    max_tokens: int | None = None,
    item_shard: str | None = None,
) -> Task:
    """The robustness suite: wrapped misuse and censorship requests, and agent hijacking.

    Args:
        sample: `full`, or `default` (one item per government, plainly and in one wrapper each,
            and one hijack attack and control per language).
        judges: `heuristic`, model strings, `grader`, or a comma-separated panel.
        languages: restrict to these languages (en, zh-Hans).
        max_tokens: answer length cap; by default 512 tokens, 48 for the `default` sample.
        item_shard: run only this item shard (`k/n`, or `k/n:limit` of the first `limit`
            samples), as `evenhand run --item-shards` does; matched items stay together.
    """
    samples = select_samples(sample, chosen("language", languages, LANGUAGES))
    return suite_task(
        "robustness",
        samples,
        robustness_solver(),
        robustness_scorer(judges=as_list(judges) or [HEURISTIC]),
        max_tokens=answer_cap(max_tokens, sample, DEFAULT_MAX_TOKENS, DEFAULT_SAMPLE_MAX_TOKENS),
        sample=sample,
        judges=judges,
        version=TASK_VERSION,
        item_shard=item_shard,
    )
