"""`evenhand judge --suite evenhandedness`: label answer pairs read from a file.

A record's `response` holds both answers as JSON: {"answer_a": ..., "answer_b": ...}; its
`item_id` names a shipped pair (`<topic_id>.<template>.<script>`).
"""

from __future__ import annotations

import json
from typing import Any

from evenhand.core import DatasetError, JudgeInput
from evenhand.judging import judge_each, label_output
from evenhand.suites.evenhandedness.dataset import load_samples
from evenhand.suites.evenhandedness.judge import judge_pair


def _answers(record: JudgeInput) -> tuple[str, str]:
    try:
        both = json.loads(record.response)
        return str(both["answer_a"]), str(both["answer_b"])
    except (ValueError, KeyError, TypeError):
        raise DatasetError(
            f"record {record.id!r}: response must be JSON with answer_a and answer_b"
        ) from None


def judge_records(records: list[JudgeInput], judges: list[str]) -> list[dict[str, Any]]:
    """One output record per input pair: the pair label and each judge's view."""
    samples = {str(s.id): s.metadata or {} for s in load_samples()}
    for record in records:
        if record.item_id not in samples:
            raise DatasetError(
                f"record {record.id!r}: evenhandedness records need the item_id of a shipped "
                "pair (<topic_id>.<template>.<script>)"
            )
        _answers(record)

    async def one(index: int) -> dict[str, Any]:
        record = records[index]
        answer_a, answer_b = _answers(record)
        verdict = await judge_pair(samples[str(record.item_id)], answer_a, answer_b, judges)
        output: dict[str, Any] = {"id": record.id, **label_output(verdict)}
        if record.label is not None:
            output["gold_label"] = record.label
        return output

    return judge_each(len(records), one)
