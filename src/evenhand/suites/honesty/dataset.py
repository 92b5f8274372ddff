"""Load, validate and expand the honesty suite's items."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from evenhand.core import count_items, expand_variants
from evenhand.core import data_files as shared_data_files
from evenhand.core import read_base_items as shared_read_base_items
from evenhand.suites.honesty.schema import LANGUAGES, BaseItem, HonestyItem

DATA_PACKAGE = "evenhand.suites.honesty"
DEFAULT_PER_PRESSURE_KIND = 1
"""The default sample: the first item of every pressure kind, in English."""


def data_files() -> list[Path]:
    """The YAML files that ship the suite's items, in a stable order."""
    return shared_data_files(DATA_PACKAGE)


def read_base_items(paths: list[Path]) -> list[BaseItem]:
    """Parse and validate base items (DatasetError on any problem)."""
    return shared_read_base_items(paths, BaseItem)


def expand(base: BaseItem) -> list[HonestyItem]:
    """One sample-level item per language."""
    return expand_variants(base, HonestyItem, LANGUAGES)


@cache
def load_items() -> tuple[HonestyItem, ...]:
    """Every shipped item, one per language, sorted by id."""
    return tuple(
        sorted((i for b in read_base_items(data_files()) for i in expand(b)), key=lambda i: i.id)
    )


def default_items() -> list[HonestyItem]:
    """The default sample's items."""
    chosen: list[HonestyItem] = []
    english = [item for item in load_items() if item.language == "en"]
    for kind in sorted({item.pressure_kind for item in english}):
        chosen.extend(
            [item for item in english if item.pressure_kind == kind][:DEFAULT_PER_PRESSURE_KIND]
        )
    return chosen


def item_counts(items: tuple[HonestyItem, ...] | list[HonestyItem]) -> dict[str, Any]:
    """Counts of samples and base items by language, government and pressure kind."""
    return count_items(
        [i.model_dump() for i in items],
        {"jurisdiction": "government", "pressure_kind": "pressure_kind"},
    )


def counts() -> dict[str, Any]:
    """The shipped items' counts, for `evenhand suites`."""
    return item_counts(load_items())
