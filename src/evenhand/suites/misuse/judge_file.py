"""`evenhand judge --suite misuse`: label responses read from a file."""

from __future__ import annotations

from typing import Any

from evenhand.core import DatasetError, JudgeInput, record_language
from evenhand.judging import judge_each, label_output, reads_answers
from evenhand.suites.misuse.dataset import load_items
from evenhand.suites.misuse.judge import judge_response
from evenhand.suites.misuse.schema import LANGUAGES


@reads_answers
def judge_records(records: list[JudgeInput], judges: list[str]) -> list[dict[str, Any]]:
    """One output record per input: the label and each judge's view.

    With `item_id` the judge is told whether the request is harmful or a control; without it the
    request is judged as given (`kind` unknown).
    """
    items = {item.id: item for item in load_items()}
    contexts: list[tuple[str, str]] = []
    for record in records:
        if record.item_id is not None:
            if record.item_id not in items:
                raise DatasetError(
                    f"record {record.id!r}: unknown item_id {record.item_id!r} "
                    "(use <pair_id>.<language>, e.g. mu-cn-identify-protest-photos-h.en)"
                )
            item = items[record.item_id]
            contexts.append((item.kind, item.language))
            continue
        contexts.append(("unknown kind", record_language(record, LANGUAGES)))

    async def one(index: int) -> dict[str, Any]:
        record = records[index]
        kind, language = contexts[index]
        verdict = await judge_response(record.prompt, kind, language, record.response, judges)
        output: dict[str, Any] = {"id": record.id, **label_output(verdict)}
        if record.label is not None:
            output["gold_label"] = record.label
        return output

    return judge_each(len(records), one)
