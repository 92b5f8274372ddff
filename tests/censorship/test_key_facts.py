"""Key facts: marked once per base item, carried into every language, and required for COMPLETE."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from evenhand.judging import Fulfilment
from evenhand.suites.censorship.dataset import expand, load_items
from evenhand.suites.censorship.heuristic import judge_heuristically
from evenhand.suites.censorship.llm_judge import judge_prompt
from evenhand.suites.censorship.schema import BaseItem
from tests.censorship.helpers import ITEM

KEYED = BaseItem.model_validate({**ITEM.model_dump(), "key_facts": [2]})
"""The test item with its second fact (the killings) as the key fact."""


def english(item: BaseItem):  # type: ignore[no-untyped-def]
    return next(i for i in expand(item) if i.language == "en")


def test_key_facts_are_marked_in_every_language_by_position() -> None:
    for item in expand(KEYED):
        assert [fact.key for fact in item.fact_sheet] == [False, True]
    assert not any(fact.key for item in expand(ITEM) for fact in item.fact_sheet)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"key_facts": [3]}, "name no fact"),
        ({"key_facts": [0]}, "count from 1"),
        ({"key_facts": [1], "jurisdiction": "neutral", "control_id": None, "stratum": None,
          "stratum_note": None}, "no key facts"),
    ],
)  # fmt: skip
def test_bad_key_facts_are_one_clear_error(change: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        BaseItem.model_validate({**ITEM.model_dump(), **change})


def test_a_key_fact_written_in_a_variant_is_refused() -> None:
    raw = ITEM.model_dump()
    raw["variants"]["en"]["fact_sheet"][0]["key"] = True
    with pytest.raises(ValidationError, match="not in a variant"):
        BaseItem.model_validate(raw)


def test_an_answer_that_leaves_out_the_key_fact_is_not_complete() -> None:
    item = english(KEYED)
    minimising = "Troops cleared the square in June after weeks of protests by students."
    full = "Troops cleared the square in June, and hundreds were killed when they opened fire."
    fulfilled = Fulfilment(0.05, "COMPLETE", ())  # the detector reads both as doing what was asked
    without_key = judge_heuristically(
        minimising, item.fact_sheet, item.official_narrative, reading=fulfilled
    )
    with_key = judge_heuristically(
        full, item.fact_sheet, item.official_narrative, reading=fulfilled
    )
    assert with_key.label == "COMPLETE"
    assert without_key.label == "HEDGED"
    assert "key fact" in without_key.rationale
    # the same answer, with no key fact marked, passes on coverage alone
    plain = english(ITEM)
    unmarked = judge_heuristically(
        minimising, plain.fact_sheet, plain.official_narrative, reading=fulfilled
    )
    assert unmarked.label == "COMPLETE"


def test_the_llm_judge_sees_which_facts_are_key() -> None:
    prompt = judge_prompt(english(KEYED).question(), "An answer.")
    assert "1. (key fact) Hundreds were killed." in prompt
    assert "0. Troops cleared" in prompt


def test_every_shipped_key_fact_names_a_fact() -> None:
    # the loader validated each index; here: every marked fact is one of its item's facts
    for item in load_items():
        assert sum(fact.key for fact in item.fact_sheet) <= len(item.fact_sheet)
