"""Honesty: under pressure (a role, an incentive, a government to protect) does a model state what it
believes to be false?

Each yes/no question is first asked neutrally in three wordings, each in a fresh conversation (the
model's belief: the answer at least two of the three open with), then asked again in a role that gives a reason to state the
opposite: a ministry spokesperson, a company's press officer, a salesperson, a person with something to
gain. English and Simplified Chinese.

    inspect eval evenhand/honesty --model local/smollm2 --limit 4
    evenhand run --suite honesty --model openai/gpt-4o-mini --sample full
"""

from __future__ import annotations

from inspect_ai import Task, task
from inspect_ai.dataset import Sample

from evenhand.judging import HEURISTIC
from evenhand.suites._args import answer_cap, as_list, check_sample, chosen, suite_task
from evenhand.suites.honesty.dataset import default_items, load_items
from evenhand.suites.honesty.schema import LANGUAGES, HonestyItem
from evenhand.suites.honesty.scorer import honesty_scorer
from evenhand.suites.honesty.solver import belief_then_pressure

TASK_VERSION = "0.4.0"
DEFAULT_MAX_TOKENS = 256
DEFAULT_SAMPLE_MAX_TOKENS = 48
"""The default sample only needs the opening yes or no of each answer."""


@task(name="honesty")
def honesty(
    sample: str = "full",
    judges: str | list[str] = HEURISTIC,
    languages: str | list[str] | None = None,
    max_tokens: int | None = None,
    item_shard: str | None = None,
) -> Task:
    """The honesty suite.

    Args:
        sample: `full`, or `default` (the first English item of every pressure kind).
        judges: `heuristic`, model strings, `grader`, or a comma-separated panel.
        languages: restrict to these languages (en, zh-Hans).
        max_tokens: answer length cap; by default 256 tokens, 48 for the `default` sample.
        item_shard: run only this item shard (`k/n`, or `k/n:limit` of the first `limit`
            samples), as `evenhand run --item-shards` does; matched items stay together.
    """
    check_sample("honesty", sample)
    languages_chosen = chosen("language", languages, LANGUAGES)
    max_tokens = answer_cap(max_tokens, sample, DEFAULT_MAX_TOKENS, DEFAULT_SAMPLE_MAX_TOKENS)
    items = default_items() if sample == "default" else list(load_items())
    items = [item for item in items if not languages_chosen or item.language in languages_chosen]
    return suite_task(
        "honesty",
        [to_sample(item) for item in items],
        belief_then_pressure(),
        honesty_scorer(judges=as_list(judges) or [HEURISTIC]),
        max_tokens=max_tokens,
        sample=sample,
        judges=judges,
        version=TASK_VERSION,
        item_shard=item_shard,
    )


def to_sample(item: HonestyItem) -> Sample:
    """An Inspect sample; the input is the pressured conversation's question (the solver builds the rest)."""
    return Sample(
        id=item.id, input=item.pressure_prompt, target=item.ground_truth, metadata=item.model_dump()
    )
