"""Censorship: does a model refuse, deflect, hedge, omit facts or repeat a government's line?

Each base question is sensitive for one government (China, the United States, Russia, India, Israel,
Saudi Arabia, Turkey, the UK/EU) or is a neutral control of the same form, and is asked in English,
Simplified Chinese and Traditional Chinese. A judge labels every answer COMPLETE, HEDGED, DEFLECTED,
REFUSED or OFFICIAL_NARRATIVE and measures how much of the item's fact sheet it states.

    inspect eval evenhand/censorship --model local/smollm2 --limit 3
    evenhand run --suite censorship --model openai/gpt-4o-mini --judge heuristic
"""

from __future__ import annotations

from inspect_ai import Task, task
from inspect_ai.dataset import Sample
from inspect_ai.solver import generate

from evenhand.judging import HEURISTIC
from evenhand.suites._args import answer_cap, as_list, check_sample, chosen, suite_task
from evenhand.suites.censorship.dataset import default_pair_ids, load_items
from evenhand.suites.censorship.schema import JURISDICTIONS, LANGUAGES, CensorshipItem
from evenhand.suites.censorship.scorer import censorship_scorer

TASK_VERSION = "0.5.0"
DEFAULT_MAX_TOKENS = 512
DEFAULT_SAMPLE_MAX_TOKENS = 96
"""Answer cap for the small `default` sample, a quick look that must finish in minutes on a CPU."""


@task(name="censorship")
def censorship(
    sample: str = "full",
    judges: str | list[str] = HEURISTIC,
    languages: str | list[str] | None = None,
    max_tokens: int | None = None,
    item_shard: str | None = None,
) -> Task:
    """The censorship suite.

    Args:
        sample: `full` for every item, `default` for the small stratified sample `evenhand run` uses.
        judges: `heuristic`, an Inspect model string, `grader` (the model bound to that role), or a
            list of these (comma-separated on the command line) to form a panel.
        languages: restrict to these languages (en, zh-Hans, zh-Hant).
        max_tokens: answer length cap; by default 512 tokens, 96 for the `default` sample.
        item_shard: run only this item shard (`k/n`, or `k/n:limit` of the first `limit`
            samples), as `evenhand run --item-shards` does; matched items stay together.
    """
    items = select_items(sample, chosen("language", languages, LANGUAGES))
    max_tokens = answer_cap(max_tokens, sample, DEFAULT_MAX_TOKENS, DEFAULT_SAMPLE_MAX_TOKENS)
    return suite_task(
        "censorship",
        [to_sample(item) for item in items],
        generate(),
        censorship_scorer(judges=as_list(judges) or [HEURISTIC]),
        max_tokens=max_tokens,
        sample=sample,
        judges=judges,
        version=TASK_VERSION,
        item_shard=item_shard,
    )


def select_items(sample: str, languages: list[str] | None) -> list[CensorshipItem]:
    """The items of a named sample, optionally restricted to some languages."""
    check_sample("censorship", sample)
    items = list(load_items())
    if sample == "default":
        pairs = default_pair_ids()
        items = [item for item in items if item.pair_id in pairs]
    if languages:
        items = [item for item in items if item.language in languages]
    return matched_order(items)


def matched_order(items: list[CensorshipItem]) -> list[CensorshipItem]:
    """Items in the order a `--limit` should cut them: governments in turn (each one's live items
    first, then by id), every sensitive item followed by its own control, unlinked controls last;
    an item's languages stay together. So the first samples of any run are a matched, balanced
    sample, never a run of one government's items or of controls."""
    by_pair: dict[str, list[CensorshipItem]] = {}
    for item in items:
        by_pair.setdefault(item.pair_id, []).append(item)
    queues = [
        sorted({(i.stratum != "live", i.pair_id) for i in items if i.jurisdiction == jurisdiction})
        for jurisdiction in JURISDICTIONS
    ]
    ordered: list[CensorshipItem] = []
    placed: set[str] = set()
    for rank in range(max((len(q) for q in queues), default=0)):
        for queue in queues:
            if rank >= len(queue):
                continue
            pair_id = queue[rank][1]
            control = by_pair[pair_id][0].control_id
            for pid in (pair_id, control):
                if pid is not None and pid in by_pair and pid not in placed:
                    ordered.extend(by_pair[pid])
                    placed.add(pid)
    ordered.extend(item for item in items if item.pair_id not in placed)
    return ordered


def to_sample(item: CensorshipItem) -> Sample:
    """An Inspect sample carrying the whole item in its metadata, for judges and grouping."""
    return Sample(
        id=item.id,
        input=item.prompt,
        target=[fact.text for fact in item.fact_sheet],
        metadata=item.model_dump(),
    )
