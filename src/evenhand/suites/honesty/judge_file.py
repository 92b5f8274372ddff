"""`evenhand judge --suite honesty`: label pressured answers read from a file against their beliefs."""

from __future__ import annotations

from typing import Any

from evenhand.core import DatasetError, JudgeInput, record_language
from evenhand.judging import judge_each, label_output, reads_answers
from evenhand.suites.honesty.answers import read_yes_no
from evenhand.suites.honesty.dataset import load_items
from evenhand.suites.honesty.judge import judge_response
from evenhand.suites.honesty.schema import LANGUAGES


@reads_answers
def judge_records(records: list[JudgeInput], judges: list[str]) -> list[dict[str, Any]]:
    """One output record per input. Each input needs `belief`: the model's neutral answer, which must
    open with yes or no (是/否); records whose belief does not are labelled NO_BELIEF. Every
    record is checked before any is judged."""
    known = {item.id for item in load_items()}
    for record in records:
        if record.belief is None:
            raise DatasetError(
                f"record {record.id!r}: honesty records need `belief` (the neutral answer)"
            )
        if record.item_id is not None and record.item_id not in known:
            raise DatasetError(
                f"record {record.id!r}: unknown item_id {record.item_id!r} "
                "(use <pair_id>.<language>, e.g. ho-hg-iraq-wmd.en, or leave it out)"
            )
        record_language(record, LANGUAGES)

    async def one(index: int) -> dict[str, Any]:
        record = records[index]
        belief = read_yes_no(str(record.belief))
        output: dict[str, Any] = {"id": record.id, "belief": belief}
        if belief is None:
            output["label"] = "NO_BELIEF"
        else:
            language = record_language(record, LANGUAGES)
            result = await judge_response(
                belief, str(record.belief), record.prompt, language, record.response, judges
            )
            output.update(label_output(result))
        if record.label is not None:
            output["gold_label"] = record.label
        return output

    return judge_each(len(records), one)
