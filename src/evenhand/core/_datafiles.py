"""Reading the YAML item files that suites ship, with one clear error per problem."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from evenhand.core._errors import DatasetError

ItemT = TypeVar("ItemT", bound=BaseModel)


def read_yaml_items(path: Path, model: type[ItemT]) -> list[ItemT]:
    """Parse a YAML list of items and validate each against `model`.

    Raises:
        DatasetError: the file is missing, is not YAML, is not a list, or an item breaks the schema
            (the message names the file, the item and the field).
    """
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    except FileNotFoundError as error:
        raise DatasetError(f"{path}: file not found") from error
    except yaml.YAMLError as error:
        raise DatasetError(f"{path}: not valid YAML ({' '.join(str(error).split())})") from error
    if not isinstance(raw, list):
        raise DatasetError(f"{path}: expected a list of items at the top level")
    items = []
    for index, entry in enumerate(raw):
        try:
            items.append(model.model_validate(entry))
        except ValidationError as error:
            where = entry.get("pair_id", f"item {index}") if isinstance(entry, dict) else index
            first = error.errors()[0]
            location = ".".join(str(part) for part in first["loc"])
            field = f"{location}: " if location else ""
            raise DatasetError(
                f"{path}: {where}: {field}{first['msg']} (fix the item to match the schema)"
            ) from error
    return items


def check_unique(ids: Iterable[str], what: str = "pair ids") -> None:
    """Raise a DatasetError naming every id used more than once."""
    repeated = sorted(key for key, n in Counter(ids).items() if n > 1)
    if repeated:
        raise DatasetError(f"{what} used more than once: {', '.join(repeated)}")


def data_files(package: str, pattern: str = "*.yaml") -> list[Path]:
    """The item files a suite package ships in its `data/` folder, in a stable order."""
    from importlib.resources import files

    return sorted(Path(str(files(package).joinpath("data"))).glob(pattern))


def read_base_items(paths: Sequence[Path], model: type[ItemT]) -> list[ItemT]:
    """Every base item of several YAML files, validated, with pair ids unique across them.

    Raises:
        DatasetError: a file or an item is malformed, or a pair id repeats.
    """
    items = [item for path in paths for item in read_yaml_items(path, model)]
    check_unique(str(getattr(item, "pair_id", "")) for item in items)
    return items


def expand_variants(
    base: BaseModel, item_type: type[ItemT], languages: Sequence[str]
) -> list[ItemT]:
    """One sample-level item per language of a base item: the base item's shared fields plus the
    language's variant (`base.variants[language]`), with `id` = `<pair_id>.<language>`. Fields
    the sample-level type does not declare are left out."""
    shared = base.model_dump(exclude={"variants"})
    variants = getattr(base, "variants")  # noqa: B009 - every base item schema has variants
    wanted = item_type.model_fields
    expanded = []
    for language in languages:
        values = {
            **shared,
            **variants[language].model_dump(),
            "id": f"{shared['pair_id']}.{language}",
            "language": language,
        }
        expanded.append(item_type.model_validate({k: v for k, v in values.items() if k in wanted}))
    return expanded


def count_items(
    records: Sequence[Mapping[str, Any]], groups: Mapping[str, str | None]
) -> dict[str, Any]:
    """What `evenhand suites` shows of a suite's samples: how many, how many base items (pair
    ids), and counts by language and by each named group (`by_<name>` -> the record's field;
    None gives an empty count)."""
    counts: dict[str, Any] = {
        "samples": len(records),
        "base_items": len({r["pair_id"] for r in records}),
        "by_language": dict(sorted(Counter(str(r["language"]) for r in records).items())),
    }
    for name, field in groups.items():
        counts[f"by_{name}"] = (
            {}
            if field is None
            else dict(sorted(Counter(str(r.get(field) or "none") for r in records).items()))
        )
    return counts
