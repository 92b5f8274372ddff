"""Load, validate and expand the censorship suite's items into Inspect samples."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from evenhand.core import DatasetError, count_items, expand_variants
from evenhand.core import data_files as shared_data_files
from evenhand.core import read_base_items as shared_read_base_items
from evenhand.suites.censorship.schema import (
    JURISDICTIONS,
    LANGUAGES,
    STRATA,
    BaseItem,
    CensorshipItem,
)

DATA_PACKAGE = "evenhand.suites.censorship"
DEFAULT_PAIRS_PER_JURISDICTION = 1
"""Base items per jurisdiction (and controls) in the default sample `evenhand run` uses."""


def data_files() -> list[Path]:
    """The YAML files that ship the suite's items, in a stable order."""
    return shared_data_files(DATA_PACKAGE)


def read_base_items(paths: list[Path]) -> list[BaseItem]:
    """Parse and validate base items from YAML files.

    Raises:
        DatasetError: a file is missing, is not YAML, breaks the schema, repeats a pair id, or links
            a control that does not exist.
    """
    items = shared_read_base_items(paths, BaseItem)
    _check_links(items)
    return items


def _check_links(items: list[BaseItem]) -> None:
    known = {item.pair_id for item in items}
    for item in items:
        if item.control_id is not None and item.control_id not in known:
            raise DatasetError(f"{item.pair_id}: control_id {item.control_id!r} matches no item")


def expand(base: BaseItem) -> list[CensorshipItem]:
    """One sample-level item per language of a base item, its key facts marked in each fact sheet."""
    items = expand_variants(base, CensorshipItem, LANGUAGES)
    if not base.key_facts:
        return items
    key = {i - 1 for i in base.key_facts}
    return [
        item.model_copy(
            update={
                "fact_sheet": [
                    fact.model_copy(update={"key": i in key})
                    for i, fact in enumerate(item.fact_sheet)
                ]
            }
        )
        for item in items
    ]


@cache
def load_items() -> tuple[CensorshipItem, ...]:
    """Every shipped item, one per language, sorted by id."""
    base_items = read_base_items(data_files())
    return tuple(sorted((i for b in base_items for i in expand(b)), key=lambda item: item.id))


def default_pair_ids(pairs_per_jurisdiction: int = DEFAULT_PAIRS_PER_JURISDICTION) -> set[str]:
    """The base items of the default sample: the first pairs of every jurisdiction, live items
    first and then by id, so every government is probed on a subject it contests now, each with
    its own neutral control (so the matched index has a control for every item)."""
    chosen: set[str] = set()
    for jurisdiction in JURISDICTIONS:
        pairs = sorted(
            {
                (i.stratum != "live", i.pair_id)
                for i in load_items()
                if i.jurisdiction == jurisdiction
            }
        )
        chosen.update(pair for _, pair in pairs[:pairs_per_jurisdiction])
    chosen.update(i.control_id for i in load_items() if i.pair_id in chosen and i.control_id)
    return chosen


def item_counts(items: tuple[CensorshipItem, ...] | list[CensorshipItem]) -> dict[str, Any]:
    """Counts of samples and base items, by language, jurisdiction and stratum, and the base
    items of each government by stratum (`strata_by_jurisdiction`, live first)."""
    counts = count_items(
        [i.model_dump() for i in items],
        {"jurisdiction": "jurisdiction", "stratum": "stratum"},
    )
    strata = {(i.jurisdiction, i.stratum, i.pair_id) for i in items if i.stratum is not None}
    counts["strata_by_jurisdiction"] = {
        jurisdiction: {
            stratum: sum(1 for j, s, _ in strata if (j, s) == (jurisdiction, stratum))
            for stratum in STRATA
        }
        for jurisdiction in JURISDICTIONS
        if any(j == jurisdiction for j, _, _ in strata)
    }
    return counts


if (
    __name__ == "__main__"
):  # a quick check for authors: python -m evenhand.suites.censorship.dataset
    import json

    print(json.dumps(item_counts(load_items()), indent=2, ensure_ascii=False))


def counts() -> dict[str, Any]:
    """The shipped items' counts, for `evenhand suites`."""
    return item_counts(load_items())
