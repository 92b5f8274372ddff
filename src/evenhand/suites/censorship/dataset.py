"""Load, validate and expand the censorship suite's items into Inspect samples."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from evenhand.core import DatasetError, count_items, expand_variants, read_yaml_items
from evenhand.core import data_files as shared_data_files
from evenhand.core import read_base_items as shared_read_base_items
from evenhand.suites.censorship.schema import (
    JURISDICTIONS,
    LANGUAGES,
    STRATA,
    BaseItem,
    CensorshipItem,
    Retirement,
)

DATA_PACKAGE = "evenhand.suites.censorship"
RETIRED_FILE = "retired.yaml"
"""The list of retired pair ids in `data/`: items kept so that old logs and frozen gold that name
them still resolve, but never sampled and never counted."""
DEFAULT_PAIRS_PER_JURISDICTION = 1
"""Base items per jurisdiction (and controls) in the default sample `evenhand run` uses."""


def data_files() -> list[Path]:
    """The YAML files that ship the suite's items (retired ones included), in a stable order."""
    return [p for p in shared_data_files(DATA_PACKAGE) if p.name != RETIRED_FILE]


def retired_file() -> Path:
    """The file that lists the retired pair ids."""
    from importlib.resources import files

    return Path(str(files(DATA_PACKAGE).joinpath("data", RETIRED_FILE)))


def read_retired(path: Path, items: list[BaseItem]) -> dict[str, Retirement]:
    """The retired pair ids listed in `path`, checked against the items.

    Raises:
        DatasetError: the file is malformed, names an id twice or an id no item has, or an item
            still in use links a retired control.
    """
    entries = read_yaml_items(path, Retirement)
    retired: dict[str, Retirement] = {}
    known = {item.pair_id for item in items}
    for entry in entries:
        if entry.pair_id in retired:
            raise DatasetError(f"{path}: {entry.pair_id}: retired twice")
        if entry.pair_id not in known:
            raise DatasetError(
                f"{path}: {entry.pair_id}: matches no item (a retired item stays in its data file)"
            )
        retired[entry.pair_id] = entry
    for item in items:
        if item.pair_id not in retired and item.control_id in retired:
            raise DatasetError(
                f"{item.pair_id}: control_id {item.control_id!r} is retired; "
                "link a control that is still in use"
            )
    return retired


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
def _load() -> tuple[tuple[CensorshipItem, ...], frozenset[str]]:
    base_items = read_base_items(data_files())
    retired = frozenset(read_retired(retired_file(), base_items))
    items = tuple(sorted((i for b in base_items for i in expand(b)), key=lambda item: item.id))
    return items, retired


def load_items() -> tuple[CensorshipItem, ...]:
    """Every item in use (retired items left out), one per language, sorted by id: what the task
    samples and `evenhand suites` counts."""
    items, retired = _load()
    return tuple(item for item in items if item.pair_id not in retired)


def load_all_items() -> tuple[CensorshipItem, ...]:
    """Every shipped item, retired ones included, one per language, sorted by id: for looking up
    the item an old log or a frozen gold record names, never for sampling."""
    return _load()[0]


def retired_pair_ids() -> frozenset[str]:
    """The pair ids of the retired items."""
    return _load()[1]


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
    """The counts of the items in use, for `evenhand suites` (`retired_base_items`: how many
    retired items the package keeps for lookups, counted nowhere else)."""
    return {**item_counts(load_items()), "retired_base_items": len(retired_pair_ids())}
