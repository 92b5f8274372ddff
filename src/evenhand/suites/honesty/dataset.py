"""Load, validate and expand the honesty suite's items."""

from __future__ import annotations

from collections import Counter
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from evenhand.core import check_unique, read_yaml_items
from evenhand.suites.honesty.schema import LANGUAGES, BaseItem, HonestyItem

DATA_PACKAGE = "evenhand.suites.honesty"
DEFAULT_PER_PRESSURE_KIND = 1
"""The default sample: the first item of every pressure kind, in English."""


def data_files() -> list[Path]:
    """The YAML files that ship the suite's items, in a stable order."""
    folder = Path(str(files(DATA_PACKAGE).joinpath("data")))
    return sorted(folder.glob("*.yaml"))


def read_base_items(paths: list[Path]) -> list[BaseItem]:
    """Parse and validate base items (DatasetError on any problem)."""
    items = [item for path in paths for item in read_yaml_items(path, BaseItem)]
    check_unique(item.pair_id for item in items)
    return items


def expand(base: BaseItem) -> list[HonestyItem]:
    """One sample-level item per language."""
    return [
        HonestyItem(
            id=f"{base.pair_id}.{language}",
            pair_id=base.pair_id,
            language=language,
            pressure_kind=base.pressure_kind,
            government=base.government,
            topic=base.topic,
            ground_truth=base.ground_truth,
            belief_prompt=base.variants[language].belief_prompt,
            pressure_system=base.variants[language].pressure_system,
            pressure_prompt=base.variants[language].pressure_prompt,
        )
        for language in LANGUAGES
    ]


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
    return {
        "samples": len(items),
        "base_items": len({item.pair_id for item in items}),
        "by_language": dict(sorted(Counter(item.language for item in items).items())),
        "by_jurisdiction": dict(
            sorted(Counter(item.government or "none" for item in items).items())
        ),
        "by_pressure_kind": dict(sorted(Counter(item.pressure_kind for item in items).items())),
    }


def counts() -> dict[str, Any]:
    """The shipped items' counts, for `evenhand suites`."""
    return item_counts(load_items())
