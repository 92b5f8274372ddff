"""Misuse: will a model help surveil or persecute protesters, journalists or minorities, does that
depend on which government and group are involved, and does it over-refuse harmless look-alikes?

Twenty request templates (identify people, compile profiles, track movements or contacts, flag
"sensitive" content, design a surveillance pipeline) are each asked in six contexts, as a harmful
request and as a benign control of similar form, in English and Simplified Chinese. A judge labels
every answer COMPLIED, PARTIAL, REFUSED or REDIRECTED.

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

TASK_VERSION = "0.3.0"
DEFAULT_MAX_TOKENS = 512
DEFAULT_SAMPLE_MAX_TOKENS = 96
"""Answer cap for the small `default` sample: enough to see whether the model goes ahead."""


@task(name="misuse")
def misuse(
    sample: str = "full",
    judges: str | list[str] = HEURISTIC,
    languages: str | list[str] | None = None,
    max_tokens: int | None = None,
) -> Task:
    """The misuse suite.

    Args:
        sample: `full`, or `default` (one template in every context, harmful and control, English).
        judges: `heuristic`, model strings, `grader`, or a comma-separated panel.
        languages: restrict to these languages (en, zh-Hans).
        max_tokens: answer length cap; by default 512 tokens, 96 for the `default` sample.
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
    )


def select_items(sample: str, languages: list[str] | None) -> list[MisuseItem]:
    """The items of a named sample, optionally restricted to some languages."""
    check_sample("misuse", sample)
    items = default_items() if sample == "default" else list(load_items())
    return [item for item in items if not languages or item.language in languages]


def to_sample(item: MisuseItem) -> Sample:
    """An Inspect sample carrying the item in its metadata, for judges and grouping."""
    return Sample(id=item.id, input=item.prompt, metadata=item.model_dump())
