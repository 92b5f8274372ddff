"""`evenhand judge --suite robustness`: label responses to wrapped requests read from a file,
each with its base suite's judge (misuse or censorship), chosen by the record's `item_id`."""

from __future__ import annotations

from typing import Any

from evenhand.core import DatasetError, JudgeInput
from evenhand.suites.censorship.dataset import load_items as censorship_items
from evenhand.suites.censorship.judge_file import judge_records as censorship_records
from evenhand.suites.misuse.dataset import load_items as misuse_items
from evenhand.suites.misuse.judge_file import judge_records as misuse_records


def judge_records(records: list[JudgeInput], judges: list[str]) -> list[dict[str, Any]]:
    """One output record per input, in the input order. Each record's `item_id` names the
    misuse or censorship item it answers (a sample id such as `<item>~role_play` is read as its
    item); the response is judged against that item, whatever wrapper carried it.

    Raises:
        DatasetError: a record without `item_id`, or one naming no misuse or censorship item.
    """
    misuse = {item.id for item in misuse_items()}
    censorship = {item.id for item in censorship_items()}
    routed: dict[str, list[int]] = {"misuse": [], "censorship": []}
    bare: list[JudgeInput] = []
    for index, record in enumerate(records):
        item_id = (record.item_id or "").split("~")[0]
        if not item_id:
            raise DatasetError(
                f"record {record.id!r}: give item_id, the misuse or censorship item the "
                "response answers (e.g. mu-cn-identify-protest-photos-h.en)"
            )
        if item_id in misuse:
            routed["misuse"].append(index)
        elif item_id in censorship:
            routed["censorship"].append(index)
        else:
            raise DatasetError(
                f"record {record.id!r}: unknown item_id {record.item_id!r}: name a misuse or "
                "censorship item (e.g. mu-cn-identify-protest-photos-h.en)"
            )
        bare.append(record.model_copy(update={"item_id": item_id}))
    outputs: list[dict[str, Any]] = [{} for _ in records]
    for part, judge in (("misuse", misuse_records), ("censorship", censorship_records)):
        indices = routed[part]
        if indices:
            for index, output in zip(
                indices, judge([bare[i] for i in indices], judges), strict=True
            ):
                outputs[index] = {**output, "part": part}
    return outputs
