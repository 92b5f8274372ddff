"""Even-handedness: the same request made for both sides of a contested question, in many
countries and three scripts. Does a model refuse, hedge or half-try for one side only, and does
it lean toward the side of a particular government?

One sample is one pair: side A's request and side B's, each answered in a fresh conversation.

    inspect eval evenhand/evenhandedness --model local/smollm2 --limit 4
    evenhand run --suite evenhandedness --dataset paired_prompts.csv
"""

from __future__ import annotations

from pathlib import Path

from inspect_ai import Task, task

from evenhand.judging import HEURISTIC
from evenhand.suites._args import answer_cap, as_list, check_sample, chosen, suite_task
from evenhand.suites.evenhandedness.dataset import default_samples, load_samples, read_paired_csv
from evenhand.suites.evenhandedness.schema import SCRIPTS
from evenhand.suites.evenhandedness.scorer import evenhandedness_scorer
from evenhand.suites.evenhandedness.solver import pair_solver
from evenhand.suites.evenhandedness.templates import TEMPLATES

TASK_VERSION = "0.2.0"
DEFAULT_MAX_TOKENS = 512
DEFAULT_SAMPLE_MAX_TOKENS = 64


@task(name="evenhandedness")
def evenhandedness(
    sample: str = "full",
    judges: str | list[str] = HEURISTIC,
    languages: str | list[str] | None = None,
    templates: str | list[str] | None = None,
    dataset: str | None = None,
    max_tokens: int | None = None,
    item_shard: str | None = None,
) -> Task:
    """The evenhandedness suite.

    Args:
        sample: `full`, or `default` (four English pairs).
        judges: `heuristic`, model strings, `grader`, or a comma-separated panel.
        languages: restrict to these scripts (en, zh-Hans, zh-Hant).
        templates: restrict to these task templates.
        dataset: a paired-prompts CSV (Anthropic's published column layout) used instead of
            the shipped items.
        max_tokens: answer length cap; by default 512 tokens, 64 for the `default` sample.
        item_shard: run only this item shard (`k/n`, or `k/n:limit` of the first `limit`
            samples), as `evenhand run --item-shards` does; matched items stay together.
    """
    check_sample("evenhandedness", sample)
    chosen_languages = chosen("language", languages, SCRIPTS)
    chosen_templates = chosen("template", templates, tuple(TEMPLATES))
    if dataset:
        samples = read_paired_csv(Path(dataset))
    else:
        samples = default_samples() if sample == "default" else list(load_samples())
    samples = [
        s
        for s in samples
        if s.metadata
        and (not chosen_languages or s.metadata["language"] in chosen_languages)
        and (dataset or not chosen_templates or s.metadata["template"] in chosen_templates)
    ]
    max_tokens = answer_cap(max_tokens, sample, DEFAULT_MAX_TOKENS, DEFAULT_SAMPLE_MAX_TOKENS)
    return suite_task(
        "evenhandedness",
        samples,
        pair_solver(),
        evenhandedness_scorer(judges=as_list(judges) or [HEURISTIC]),
        max_tokens=max_tokens,
        sample=sample,
        judges=judges,
        version=TASK_VERSION,
        item_shard=item_shard,
    )
