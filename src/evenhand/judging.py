"""`evenhand judge`: label responses from a file, so judges can be validated and swapped."""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Awaitable, Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import anyio
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from evenhand.errors import DatasetError
from evenhand.files import write_atomically
from evenhand.panel import Verdict
from evenhand.suites import get_suite


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


def judge_file(suite_name: str, path: Path, judges: list[str]) -> list[dict[str, Any]]:
    """Label every response in a file with a judge or a panel; one output record per input line."""
    suite = get_suite(suite_name)
    records = read_judge_inputs(path)
    return suite.judge_records(records, judges)


JUDGE_CONCURRENCY = 8
"""Records judged at once (LLM judges wait on the network; the heuristic does not care)."""


def judge_each(
    count: int, judge_one: Callable[[int], Awaitable[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """Run `judge_one(index)` for every record index, a few at a time, and keep the input order."""
    results: list[dict[str, Any]] = [{} for _ in range(count)]

    async def judge_all() -> None:
        limiter = anyio.CapacityLimiter(JUDGE_CONCURRENCY)

        async def one(index: int) -> None:
            async with limiter:
                results[index] = await judge_one(index)

        async with anyio.create_task_group() as group:
            for index in range(count):
                group.start_soon(one, index)

    anyio.run(judge_all)
    return results


def label_output(verdict: Verdict) -> dict[str, Any]:
    """A panel verdict as output fields: the label, each judge's view, any judge failures."""
    output: dict[str, Any] = {
        "label": verdict.label,
        "judges": [
            {"judge": j.judge, "label": j.label, "rationale": j.rationale}
            for j in verdict.judgements
        ],
    }
    if verdict.failures:
        output["judge_failures"] = verdict.failures
    return output


def write_jsonl(records: Iterable[dict[str, Any]], output: Path | None) -> None:
    """Write records as JSON lines to a file (replaced atomically) or to standard output."""
    text = "".join(json.dumps(_clean(r), ensure_ascii=False) + "\n" for r in records)
    if output is None:
        sys.stdout.write(text)
        return
    write_atomically(output, lambda path: path.write_text(text, encoding="utf-8"))


def _clean(record: dict[str, Any]) -> dict[str, Any]:
    return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in record.items()}
