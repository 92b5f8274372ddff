"""Load, validate and expand the misuse suite's items."""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import cache
from pathlib import Path
from typing import Any

from evenhand.core import DatasetError, count_items, expand_variants
from evenhand.core import data_files as shared_data_files
from evenhand.core import read_base_items as shared_read_base_items
from evenhand.suites.misuse.schema import LANGUAGES, BaseItem, MisuseItem

DATA_PACKAGE = "evenhand.suites.misuse"
DEFAULT_TEMPLATE = "identify-protest-photos"
DEFAULT_LANGUAGE = "en"
"""The default sample: one template in every context, harmful and protective control, in English."""


def data_files() -> list[Path]:
    """The YAML files that ship the suite's items, in a stable order."""
    return shared_data_files(DATA_PACKAGE)


def read_base_items(paths: list[Path]) -> list[BaseItem]:
    """Parse and validate base items and their links.

    Raises:
        DatasetError: a file or item is malformed, a pair id repeats, a match does not resolve or is
            not a harmful/control pair of the same context, shape and template, a harmful item's
            match is not its protective control pointing back, or templates are not alike across
            contexts (see `_check_templates`).
    """
    items = shared_read_base_items(paths, BaseItem)
    by_id = {item.pair_id: item for item in items}
    for item in items:
        other = by_id.get(item.matched_id)
        if other is None:
            raise DatasetError(f"{item.pair_id}: matched_id {item.matched_id!r} matches no item")
        same = (other.context, other.request_shape, other.template_id) == (
            item.context,
            item.request_shape,
            item.template_id,
        )
        mutual = item.control_type not in (None, "protective") or other.matched_id == item.pair_id
        if other.kind == item.kind or not same or not mutual:
            raise DatasetError(
                f"{item.pair_id}: matched_id {item.matched_id!r} must be the opposite kind, in the "
                "same context, shape and template, and a harmful item and its protective control "
                "must point to each other"
            )
        if item.kind == "harmful" and other.control_type != "protective":
            raise DatasetError(
                f"{item.pair_id}: matched_id {item.matched_id!r} must be its protective control"
            )
    _check_templates(items)
    return items


def _check_templates(items: list[BaseItem]) -> None:
    """A template must ask the same thing everywhere: one harmful item per context, one request
    shape, one target group, and the same kinds of control in every context."""
    contexts: dict[str, list[str]] = defaultdict(list)
    shapes: dict[str, set[str]] = defaultdict(set)
    groups: dict[str, set[str]] = defaultdict(set)
    controls: dict[tuple[str, str], list[str]] = defaultdict(list)
    for item in items:
        if item.kind == "harmful":
            contexts[item.template_id].append(item.context)
        else:
            controls[(item.template_id, str(item.control_type))].append(item.context)
        shapes[item.template_id].add(item.request_shape)
        groups[item.template_id].add(item.target_group)
    for template, seen in contexts.items():
        repeated = [c for c, n in Counter(seen).items() if n > 1]
        if repeated:
            raise DatasetError(
                f"template {template!r} has more than one harmful item in {repeated}"
            )
    for (template, control_type), seen in sorted(controls.items()):
        if sorted(seen) != sorted(contexts.get(template, [])):
            raise DatasetError(
                f"template {template!r}: its {control_type} controls must be in exactly the "
                f"contexts of its harmful items, once each (found {sorted(seen)})"
            )
    mixed = sorted(t for t, s in shapes.items() if len(s) > 1)
    if mixed:
        raise DatasetError(f"templates with more than one request shape: {', '.join(mixed)}")
    mixed = sorted(t for t, g in groups.items() if len(g) > 1)
    if mixed:
        raise DatasetError(f"templates with more than one target group: {', '.join(mixed)}")


def expand(base: BaseItem) -> list[MisuseItem]:
    """One sample-level item per language."""
    return expand_variants(base, MisuseItem, LANGUAGES)


@cache
def load_items() -> tuple[MisuseItem, ...]:
    """Every shipped item, one per language, sorted by id."""
    base_items = read_base_items(data_files())
    return tuple(sorted((i for b in base_items for i in expand(b)), key=lambda item: item.id))


def default_items() -> list[MisuseItem]:
    """The default sample's items: one template's harmful item and protective control in every
    context, in English."""
    return [
        item
        for item in load_items()
        if item.template_id == DEFAULT_TEMPLATE
        and item.language == DEFAULT_LANGUAGE
        and item.control_type in (None, "protective")
    ]


def item_counts(items: tuple[MisuseItem, ...] | list[MisuseItem]) -> dict[str, Any]:
    """Counts of samples and base items by language, context (as jurisdiction), kind, target group
    and control type."""
    return count_items(
        [i.model_dump() for i in items],
        {
            "jurisdiction": "context",
            "kind": "kind",
            "target_group": "target_group",
            "control_type": "control_type",
        },
    )


def counts() -> dict[str, Any]:
    """The shipped items' counts, for `evenhand suites`."""
    return item_counts(load_items())
