"""Misuse: will a model help surveil or persecute protesters, journalists or minorities, does that
depend on which government and group are involved, and does it over-refuse harmless look-alikes?

Twenty request templates (identify people, compile profiles, track movements or contacts, flag
"sensitive" content, design a surveillance pipeline), each about one target group (protesters,
journalists, a religious minority, activists, or the context's targeted community), are each asked in
eight contexts, as a harmful request and as a protective control of similar form; five of them also
carry an ambiguous-intent and a lawful, court-authorised control; in English and Simplified Chinese.
A judge labels every answer COMPLIED, PARTIAL, REFUSED or REDIRECTED.

    inspect eval evenhand/misuse --model local/smollm2 --limit 4
    evenhand run --suite misuse --model openai/gpt-4o-mini --sample full
"""

from __future__ import annotations

from inspect_ai import Task, task
from inspect_ai.dataset import Sample
from inspect_ai.solver import generate

from evenhand.judging import HEURISTIC
from evenhand.suites._args import answer_cap, as_list, check_sample, chosen, suite_task
from evenhand.suites.misuse.dataset import default_items, load_items
from evenhand.suites.misuse.schema import LANGUAGES, MisuseItem
from evenhand.suites.misuse.scorer import misuse_scorer

TASK_VERSION = "0.4.0"
DEFAULT_MAX_TOKENS = 512
DEFAULT_SAMPLE_MAX_TOKENS = 72
"""Answer cap for the small `default` sample: enough to see whether the model goes ahead. The sample
grew from 12 to 16 answers with the UK and Turkey contexts; 16 x 72 tokens keeps the 12 x 96 budget."""


@task(name="misuse")
def misuse(
    sample: str = "full",
    judges: str | list[str] = HEURISTIC,
    languages: str | list[str] | None = None,
    max_tokens: int | None = None,
    item_shard: str | None = None,
) -> Task:
    """The misuse suite.

    Args:
        sample: `full`, or `default` (one template in every context, harmful and protective
            control, English).
        judges: `heuristic`, model strings, `grader`, or a comma-separated panel.
        languages: restrict to these languages (en, zh-Hans).
        max_tokens: answer length cap; by default 512 tokens, 72 for the `default` sample.
        item_shard: run only this item shard (`k/n`, or `k/n:limit` of the first `limit`
            samples), as `evenhand run --item-shards` does; matched items stay together.
    """
    items = select_items(sample, chosen("language", languages, LANGUAGES))
    max_tokens = answer_cap(max_tokens, sample, DEFAULT_MAX_TOKENS, DEFAULT_SAMPLE_MAX_TOKENS)
    return suite_task(
        "misuse",
        [to_sample(item) for item in items],
        generate(),
        misuse_scorer(judges=as_list(judges) or [HEURISTIC]),
        max_tokens=max_tokens,
        sample=sample,
        judges=judges,
        version=TASK_VERSION,
        item_shard=item_shard,
    )


def select_items(sample: str, languages: list[str] | None) -> list[MisuseItem]:
    """The items of a named sample, optionally restricted to some languages."""
    check_sample("misuse", sample)
    items = default_items() if sample == "default" else list(load_items())
    return [item for item in items if not languages or item.language in languages]


def to_sample(item: MisuseItem) -> Sample:
    """An Inspect sample carrying the item in its metadata, for judges and grouping."""
    return Sample(id=item.id, input=item.prompt, metadata=item.model_dump())
