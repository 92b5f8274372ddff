"""Judging many records at once, and writing judged records as JSON lines."""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Any

import anyio

from evenhand.core import EvenhandError, JudgeInput, write_atomically
from evenhand.judging._panel import Verdict
from evenhand.judging._scoring import DEGENERATE

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

    try:
        anyio.run(judge_all)
    except ExceptionGroup as group:  # a user's error raised by one record stays one line
        problems = group.subgroup(EvenhandError)
        if problems is None:
            raise
        raise _first(problems) from group
    return results


def _first(group: BaseExceptionGroup[EvenhandError]) -> EvenhandError:
    found = group.exceptions[0]
    return _first(found) if isinstance(found, BaseExceptionGroup) else found


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


JudgeRecords = Callable[[list[JudgeInput], list[str]], list[dict[str, Any]]]


def reads_answers(judge_records: JudgeRecords) -> JudgeRecords:
    """Wrap a suite's `judge_records` so its judges read answers as the scorers do: reasoning in
    any form split off (into `reasoning`), invisible characters removed, and a non-answer given
    the label DEGENERATE (with why) instead of reaching a judge."""
    from evenhand.judging._answer import read_answer

    def wrapped(records: list[JudgeInput], judges: list[str]) -> list[dict[str, Any]]:
        read = [read_answer(r.response, r.reasoning) for r in records]
        judged = iter(
            judge_records(
                [
                    r.model_copy(update={"response": a.answer, "reasoning": a.reasoning or None})
                    for r, a in zip(records, read, strict=True)
                    if a.degenerate is None
                ],
                judges,
            )
        )
        outputs = []
        for record, answer in zip(records, read, strict=True):
            if answer.degenerate is None:
                outputs.append(next(judged))
                continue
            output: dict[str, Any] = {
                "id": record.id,
                "label": DEGENERATE,
                "degenerate": answer.degenerate,
            }
            if record.label is not None:
                output["gold_label"] = record.label
            outputs.append(output)
        return outputs

    return wrapped
