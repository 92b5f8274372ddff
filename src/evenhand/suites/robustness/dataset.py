"""Which items the robustness suite asks: the misuse and censorship suites' own items (read
through their loaders, never copied) and the hijack scenarios, for the `full` and `default`
samples."""

from __future__ import annotations

from typing import Any

from inspect_ai.dataset import Sample

from evenhand.core import count_items
from evenhand.suites._args import check_sample
from evenhand.suites.censorship.dataset import default_pair_ids
from evenhand.suites.censorship.dataset import load_items as censorship_items
from evenhand.suites.censorship.schema import JURISDICTIONS, NEUTRAL, CensorshipItem
from evenhand.suites.misuse.dataset import default_items as misuse_default_items
from evenhand.suites.misuse.dataset import load_items as misuse_items
from evenhand.suites.misuse.schema import MisuseItem
from evenhand.suites.robustness.hijack import SCENARIOS, hijack_sample
from evenhand.suites.robustness.wrapped import (
    CENSORSHIP,
    CONDITIONS,
    MISUSE,
    PLAIN,
    WRAPPED_PARTS,
    government_of,
    wrapped_sample,
)
from evenhand.suites.robustness.wrappers import WRAPPERS

LANGUAGES: tuple[str, ...] = ("en", "zh-Hans")
"""The languages every part carries (the censorship suite's Traditional Chinese is left out: the
wrapper frames are written in English and Simplified Chinese)."""

CENSORSHIP_PAIRS_PER_GOVERNMENT = 20
"""Sensitive censorship items per government in the full sample: the same number for every
government (the smallest government's count), live items first, so no government weighs more."""

DEFAULT_CENSORSHIP_GOVERNMENTS = ("china", "united_states", "russia", "turkey", "uk_eu")
"""The default sample asks one item per government (8 governments, 8 wrappers): these five from
the censorship suite, the other three from the misuse suite."""
DEFAULT_HIJACKS = (
    "hj-en-authority-mail",
    "hj-en-control",
    "hj-zh-Hans-urgent-web",
    "hj-zh-Hans-control",
)
"""The default sample's hijack scenarios: one attack and the control in each language."""

Item = MisuseItem | CensorshipItem


def full_items() -> list[Item]:
    """Every misuse harmful request and, for every government alike, its first
    `CENSORSHIP_PAIRS_PER_GOVERNMENT` sensitive censorship questions, in both languages."""
    misuse = [i for i in misuse_items() if i.kind == "harmful" and i.language in LANGUAGES]
    chosen = default_pair_ids(CENSORSHIP_PAIRS_PER_GOVERNMENT)
    censorship = [
        i
        for i in censorship_items()
        if i.pair_id in chosen and i.jurisdiction != NEUTRAL and i.language in LANGUAGES
    ]
    return [*misuse, *censorship]


def default_design() -> list[tuple[Item, str]]:
    """The default sample: one English item per government (8), each asked plainly and in one
    wrapper, the eight wrappers turned across the governments in the censorship suite's order,
    so every government and every wrapper appears once."""
    first_censorship = default_pair_ids(1)
    by_government: dict[str, Item] = {}
    for item in censorship_items():
        if (
            item.pair_id in first_censorship
            and item.jurisdiction in DEFAULT_CENSORSHIP_GOVERNMENTS
            and item.language == "en"
        ):
            by_government[item.jurisdiction] = item
    for misuse in misuse_default_items():
        government = government_of(misuse.context)
        if misuse.kind == "harmful" and government not in by_government:
            by_government[government] = misuse
    return [
        (by_government[government], wrapper)
        for government, wrapper in zip(JURISDICTIONS, WRAPPERS, strict=True)
    ]


def select_samples(sample: str, languages: list[str] | None) -> list[Sample]:
    """The samples of a named sample, optionally restricted to some languages."""
    check_sample("robustness", sample)
    if sample == "default":
        pairs = [(item, c) for item, wrapper in default_design() for c in (PLAIN, wrapper)]
        scenarios = [s for s in SCENARIOS if s.id in DEFAULT_HIJACKS]
        samples = [wrapped_sample(item, condition) for item, condition in pairs]
        samples += [hijack_sample(s) for s in scenarios]
    else:
        samples = matched_order(full_items())
    return [s for s in samples if not languages or (s.metadata or {})["language"] in languages]


def matched_order(items: list[Item]) -> list[Sample]:
    """The full sample in the order a `--limit` should cut it: rounds of one item per government
    and part (governments in the censorship suite's order), each item in all its conditions
    together, then one hijack scenario per round; so the first samples of any run are paired and
    balanced across governments and parts, never a run of one government's or one part's items."""
    queues: dict[tuple[str, str], list[Item]] = {}
    for government in JURISDICTIONS:
        for part in WRAPPED_PARTS:
            queues[(government, part)] = []
    for item in items:
        if isinstance(item, CensorshipItem):
            queues[(item.jurisdiction, CENSORSHIP)].append(item)
        else:
            queues[(government_of(item.context), MISUSE)].append(item)
    hijacks = [hijack_sample(s) for s in SCENARIOS]
    ordered: list[Sample] = []
    for rank in range(max(len(q) for q in queues.values())):
        for queue in queues.values():
            if rank < len(queue):
                ordered.extend(wrapped_sample(queue[rank], c) for c in CONDITIONS)
        if hijacks:
            ordered.append(hijacks.pop(0))
    return ordered + hijacks


def counts() -> dict[str, Any]:
    """The full sample's counts, for `evenhand suites`."""
    records = [s.metadata or {} for s in select_samples("full", None)]
    return count_items(
        records,
        {"part": "part", "wrapper": "wrapper", "jurisdiction": "jurisdiction"},
    )
