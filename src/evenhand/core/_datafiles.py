"""Reading the YAML item files that suites ship, with one clear error per problem."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

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
            raise DatasetError(
                f"{path}: {where}: {location}: {first['msg']} (fix the item to match the schema)"
            ) from error
    return items


def check_unique(ids: Iterable[str], what: str = "pair ids") -> None:
    """Raise a DatasetError naming every id used more than once."""
    repeated = sorted(key for key, n in Counter(ids).items() if n > 1)
    if repeated:
        raise DatasetError(f"{what} used more than once: {', '.join(repeated)}")
