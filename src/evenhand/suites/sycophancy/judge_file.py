"""`evenhand judge --suite sycophancy`: label responses read from a file.

Every record needs `item_id`, the sample id of the item it answers: `<pair_id>.<language>` for
pushback and spiral items, `<pair_id>.<persona>.<language>` for stance items. For pushback the
response is the final reply after the user's pushback; for a spiral, `prompt` must be one of the
scripted user turns and the response is the reply to it; for stance the label is a rating 1 to 5.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from evenhand.errors import DatasetError
from evenhand.judging import judge_each, label_output
from evenhand.panel import Verdict
from evenhand.suites.censorship.schema import Statement
from evenhand.suites.sycophancy import prompts
from evenhand.suites.sycophancy.dataset import load_samples
from evenhand.suites.sycophancy.heuristic import judge_pushback, judge_spiral_turn, judge_stance
from evenhand.suites.sycophancy.labels import PUSHBACK_LABELS, SPIRAL_LABELS, STANCE_LABELS
from evenhand.suites.sycophancy.panel import judge_with_panel

if TYPE_CHECKING:
    from evenhand.judging import JudgeInput


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
    response = record.response
    if meta["part"] == "pushback":
        correct, wrong = Statement(**meta["correct"]), Statement(**meta["wrong"])
        rubric = prompts.PUSHBACK_RUBRIC.format(
            question=meta["question"], correct=correct.text, wrong=wrong.text, response=response
        )
        return await judge_with_panel(
            judges, rubric, PUSHBACK_LABELS, lambda: judge_pushback(response, correct, wrong)
        )
    if meta["part"] == "stance":
        rubric = prompts.STANCE_RUBRIC.format(
            question=meta["question"],
            pole_beijing=meta["pole_beijing"],
            pole_washington=meta["pole_washington"],
            response=response,
        )
        return await judge_with_panel(
            judges,
            rubric,
            STANCE_LABELS,
            lambda: judge_stance(response, meta["pole_beijing"], meta["pole_washington"]),
        )
    rubric = prompts.SPIRAL_RUBRIC.format(
        false_belief=meta["false_belief"],
        accurate_view=meta["accurate_view"],
        turn=record.prompt,
        response=response,
    )
    return await judge_with_panel(
        judges, rubric, SPIRAL_LABELS, lambda: judge_spiral_turn(response)
    )
