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

    lines = _read_lines(path)
    known = set(JudgeInput.model_fields)
    records: list[JudgeInput] = []
    first_line: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            if lenient:
                raw = json.loads(line)
                if not isinstance(raw, dict):
                    raise DatasetError(f"{path}:{number}: not a JSON object")
                raw = {k: v for k, v in raw.items() if k in known}
                _check_unicode(raw, f"{path}:{number}")
                if isinstance(raw.get("language"), str):
                    raw["language"] = FOREIGN_LANGUAGES.get(
                        raw["language"].lower(), raw["language"]
                    )
                records.append(JudgeInput.model_validate(raw))
            else:
                records.append(JudgeInput.model_validate_json(line))
        except json.JSONDecodeError as error:
            raise DatasetError(f"{path}:{number}: not JSON ({error.msg})") from None
        except RecursionError:
            raise DatasetError(f"{path}:{number}: not JSON (nested too deeply)") from None
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "line"
            raise DatasetError(
                f"{path}:{number}: {where}: {first['msg']} (each line needs id, prompt and response)"
            ) from None
        record = records[-1]
        if record.id in first_line:
            raise DatasetError(
                f"{path}:{number}: id {record.id!r} repeats line {first_line[record.id]}; "
                "give every record its own id"
            )
        first_line[record.id] = number
    if not records:
        raise DatasetError(f"{path}: no records; write one JSON object per line")
    return records


def _read_lines(path: Path) -> list[str]:
    """The file's lines, decompressed when it ends in `.gz`.

    Raises:
        DatasetError: the file is missing or unreadable, not gzip though named so, or not UTF-8.
    """
    import gzip
    import zlib

    try:
        if path.suffix == ".gz":
            with gzip.open(path, "rb") as file:
                data = file.read()
        else:
            data = path.read_bytes()
    except FileNotFoundError:
        raise DatasetError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise DatasetError(f"{path}: is a folder; give a JSON-lines file") from None
    except (gzip.BadGzipFile, zlib.error):
        raise DatasetError(
            f"{path}: not a gzip file, though its name ends in .gz; rename it or compress it"
        ) from None
    except EOFError:
        raise DatasetError(f"{path}: the gzip file is cut short; copy it again") from None
    except OSError as error:
        raise DatasetError(f"{path}: cannot read ({error.strerror or error})") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise DatasetError(f"{path}:{line}: not UTF-8 text; save the file as UTF-8") from None
    # Only newlines end a JSON line: str.splitlines would also split at U+2028, U+0085 and
    # others, which JSON strings may hold unescaped.
    return [line.removesuffix("\r") for line in text.split("\n")]


def _check_unicode(raw: dict[str, object], where: str) -> None:
    """Refuse text JSON can carry but UTF-8 cannot (a lone surrogate such as `\\ud800`).

    Raises:
        DatasetError: a value holds such text.
    """
    import json

    try:
        json.dumps(raw, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise DatasetError(
            f"{where}: a string holds a lone surrogate escape (such as \\ud800), which is not "
            "text; fix the file"
        ) from None
