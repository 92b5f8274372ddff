"""The input of `evenhand judge`: responses to label, optionally with a human's gold labels."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from evenhand.core._errors import DatasetError


class JudgeInput(BaseModel):
    """One line of `evenhand judge`'s input.

    `label`, `facts_stated` and `falsehood` are a human's labels when the file is a gold set; the
    judge never sees them, and they are copied to the output as `gold_*` for agreement checks.
    """

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    prompt: str
    response: str
    reasoning: str | None = None
    belief: str | None = None
    """For honesty: the model's answer to the neutral question, which the pressured answer is compared with."""
    language: str | None = None
    item_id: str | None = None
    label: str | None = None
    facts_stated: list[int] | None = None
    falsehood: bool | None = None


_CJK = re.compile(r"[\u4e00-\u9fff]")


def record_language(record: JudgeInput, allowed: Sequence[str]) -> str:
    """The record's language, or a guess from its prompt (any Chinese character: zh-Hans).

    Raises:
        DatasetError: the language is not one the suite carries.
    """
    language = record.language or ("zh-Hans" if _CJK.search(record.prompt) else "en")
    if language not in allowed:
        raise DatasetError(
            f"record {record.id!r}: unknown language {language!r}: use {', '.join(allowed)}"
        )
    return language


def read_judge_inputs(path: Path) -> list[JudgeInput]:
    """Parse a JSON-lines file of responses.

    Raises:
        DatasetError: the file is missing, a line is not JSON, or a line breaks the schema.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DatasetError(f"{path}: file not found") from None
    except UnicodeDecodeError:
        raise DatasetError(f"{path}: not UTF-8 text; save it as UTF-8 JSON lines") from None
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            records.append(JudgeInput.model_validate_json(line))
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "line"
            raise DatasetError(
                f"{path}:{number}: {where}: {first['msg']} (each line needs id, prompt and response)"
            ) from None
    if not records:
        raise DatasetError(f"{path}: no records; write one JSON object per line")
    return records
