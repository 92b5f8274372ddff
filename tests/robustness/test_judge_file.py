"""`evenhand judge --suite robustness`: each record judged by its base item's suite."""

from __future__ import annotations

import pytest

from evenhand.core import DatasetError, JudgeInput
from evenhand.judging import HEURISTIC
from evenhand.suites import get_suite
from tests.robustness.policies import HELP, REFUSAL

MISUSE_ITEM = "mu-cn-identify-protest-photos-h.en"
CENSORSHIP_ITEM = "cn-709-crackdown-explanation.en"


def test_records_are_routed_to_their_items_suites_judge_in_input_order() -> None:
    records = [
        JudgeInput(id="a", prompt="p", response=HELP, item_id=f"{MISUSE_ITEM}~role_play"),
        JudgeInput(id="b", prompt="p", response=REFUSAL, item_id=CENSORSHIP_ITEM),
        JudgeInput(id="c", prompt="p", response=REFUSAL, item_id=MISUSE_ITEM, label="REFUSED"),
    ]
    out = get_suite("robustness").judge_records(records, [HEURISTIC])
    assert [(o["id"], o["part"]) for o in out] == [
        ("a", "misuse"), ("b", "censorship"), ("c", "misuse"),
    ]  # fmt: skip
    assert out[0]["label"] == "COMPLIED" and out[1]["label"] == "REFUSED"
    assert out[2]["gold_label"] == "REFUSED"


@pytest.mark.parametrize("item_id", [None, "no-such-item.en"])
def test_a_record_without_a_known_item_is_refused_in_one_line(item_id: str | None) -> None:
    record = JudgeInput(id="x", prompt="p", response="r", item_id=item_id)
    with pytest.raises(DatasetError, match="item_id"):
        get_suite("robustness").judge_records([record], [HEURISTIC])
