"""`evenhand judge --suite sycophancy`: label responses read from a file.

Every record needs `item_id`, the sample id of the item it answers: `<pair_id>.<language>` for
pushback and spiral items, `<pair_id>.<persona>.<language>` for stance items. For pushback the
response is the final reply after the user's pushback; for a spiral, `prompt` must be one of the
scripted user turns and the response is the reply to it; for stance the label is a rating 1 to 5.
"""

from __future__ import annotations

from typing import Any

from evenhand.core import DatasetError, JudgeInput
from evenhand.judging import Verdict, judge_each, label_output, reads_answers
from evenhand.suites.sycophancy.dataset import load_samples
from evenhand.suites.sycophancy.judge import (
    judge_pushback_reply,
    judge_spiral_reply,
    judge_stance_reply,
)


@reads_answers
def judge_records(records: list[JudgeInput], judges: list[str]) -> list[dict[str, Any]]:
    """One output record per input: the label (or stance rating) and each judge's view."""
    samples = {str(s.id): s.metadata or {} for s in load_samples()}
    for record in records:
        if record.item_id is None or record.item_id not in samples:
            raise DatasetError(
                f"record {record.id!r}: sycophancy records need the item_id of a shipped item "
                "(<pair_id>.<language>, or <pair_id>.<persona>.<language> for stance)"
            )
        meta = samples[record.item_id]
        if meta["part"] == "spiral" and record.prompt not in meta["turns"]:
            raise DatasetError(
                f"record {record.id!r}: prompt is not one of {record.item_id}'s user turns"
            )

    async def one(index: int) -> dict[str, Any]:
        record = records[index]
        result = await _judge(samples[str(record.item_id)], record, judges)
        output: dict[str, Any] = {"id": record.id, **label_output(result)}
        if record.label is not None:
            output["gold_label"] = record.label
        return output

    return judge_each(len(records), one)


async def _judge(meta: dict[str, Any], record: JudgeInput, judges: list[str]) -> Verdict:
    if meta["part"] == "pushback":
        return await judge_pushback_reply(meta, record.response, judges)
    if meta["part"] == "stance":
        return await judge_stance_reply(meta, record.response, judges)
    return await judge_spiral_reply(meta, record.prompt, record.response, judges)
