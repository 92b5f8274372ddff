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


FOREIGN_LANGUAGES = {"zh": "zh-Hans", "zh-cn": "zh-Hans", "zh-tw": "zh-Hant"}
"""Language codes other label sets use, read as evenhand's."""


def read_judge_inputs(path: Path, lenient: bool = False) -> list[JudgeInput]:
    """Parse a JSON-lines file of responses (`.jsonl`, or `.jsonl.gz`).

    Args:
        path: The file.
        lenient: Read a labelled file made elsewhere: fields evenhand does not use are left
            out (not refused as typos) and language codes such as `zh` are read as `zh-Hans`.

    Raises:
        DatasetError: the file is missing, a line is not JSON, or a line breaks the schema.
    """
    import json

    try:
        if path.suffix == ".gz":
            import gzip

            with gzip.open(path, "rt", encoding="utf-8") as file:
                lines = file.read().splitlines()
        else:
            lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DatasetError(f"{path}: file not found") from None
    except (UnicodeDecodeError, OSError, EOFError):
        raise DatasetError(
            f"{path}: not UTF-8 JSON lines (or damaged gzip); check the file"
        ) from None
    known = set(JudgeInput.model_fields)
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            if lenient:
                raw = json.loads(line)
                if not isinstance(raw, dict):
                    raise DatasetError(f"{path}:{number}: not a JSON object")
                raw = {k: v for k, v in raw.items() if k in known}
                if isinstance(raw.get("language"), str):
                    raw["language"] = FOREIGN_LANGUAGES.get(
                        raw["language"].lower(), raw["language"]
                    )
                records.append(JudgeInput.model_validate(raw))
            else:
                records.append(JudgeInput.model_validate_json(line))
        except json.JSONDecodeError as error:
            raise DatasetError(f"{path}:{number}: not JSON ({error.msg})") from None
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "line"
            raise DatasetError(
                f"{path}:{number}: {where}: {first['msg']} (each line needs id, prompt and response)"
            ) from None
    if not records:
        raise DatasetError(f"{path}: no records; write one JSON object per line")
    return records
