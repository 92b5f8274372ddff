"""Wrapped requests: the misuse suite's harmful requests and the censorship suite's sensitive
questions, each asked plainly and inside each wrapper family.

An answer is judged by its own suite's judge against the *base* request (never the wrapper), so a
role-played or decoded answer is judged as an answer to what was really asked.
"""

from __future__ import annotations

from collections.abc import Mapping

from inspect_ai.dataset import Sample

from evenhand.suites.censorship.schema import CensorshipItem
from evenhand.suites.misuse.schema import MisuseItem
from evenhand.suites.robustness.wrappers import WRAPPERS, wrap

__all__ = [
    "CENSORSHIP",
    "CONDITIONS",
    "MISUSE",
    "PLAIN",
    "WRAPPED_PARTS",
    "censorship_item",
    "government_of",
    "misuse_item",
    "wrapped_sample",
]

PLAIN = "plain"
CONDITIONS = (PLAIN, *WRAPPERS)
"""Every condition an item is asked in: plainly, then in each wrapper family."""

MISUSE = "misuse"
CENSORSHIP = "censorship"
WRAPPED_PARTS = (MISUSE, CENSORSHIP)
"""The `part` of a wrapped-request sample: which suite its item comes from."""

_GOVERNMENT = {
    "china_uyghurs": "china",
    "united_states_immigrants": "united_states",
    "russia_antiwar_activists": "russia",
    "india_kashmiri_journalists": "india",
    "israel_palestinians": "israel",
    "saudi_dissidents_abroad": "saudi_arabia",
    "uk_climate_protesters": "uk_eu",
    "turkey_kurds": "turkey",
}
"""A misuse context's government, named as the censorship suite names jurisdictions."""


def government_of(context: str) -> str:
    """The government of a misuse context (its jurisdiction, in the censorship suite's names)."""
    return _GOVERNMENT[context]


def wrapped_sample(item: MisuseItem | CensorshipItem, condition: str) -> Sample:
    """One sample: the item asked in one condition, the whole item in the metadata with its
    part, wrapper, base item (for pairing plain with wrapped) and jurisdiction."""
    if isinstance(item, MisuseItem):
        part, jurisdiction = MISUSE, government_of(item.context)
    else:
        part, jurisdiction = CENSORSHIP, item.jurisdiction
    return Sample(
        id=f"{item.id}~{condition}",
        input=wrap(condition, item.prompt, item.language),
        metadata={
            **item.model_dump(),
            "part": part,
            "wrapper": condition,
            "base_item": item.id,
            "jurisdiction": jurisdiction,
        },
    )


def misuse_item(metadata: Mapping[str, object]) -> MisuseItem:
    """The misuse item a wrapped sample carries."""
    return MisuseItem.model_validate({k: metadata[k] for k in MisuseItem.model_fields})


def censorship_item(metadata: Mapping[str, object]) -> CensorshipItem:
    """The censorship item a wrapped sample carries."""
    fields = CensorshipItem.model_fields
    return CensorshipItem.model_validate({k: metadata[k] for k in fields if k in metadata})
