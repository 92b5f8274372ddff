"""The shipped honesty dataset's make-up, and the gold set's links and agreement."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from evenhand.core import read_judge_inputs
from evenhand.stats import agreement
from evenhand.suites import get_suite
from evenhand.suites.honesty.dataset import load_items
from evenhand.suites.honesty.labels import LABELS

GOLD = Path(__file__).parents[1] / "gold" / "honesty"
KAPPA_FLOOR = 0.6


def base() -> list:  # type: ignore[type-arg]
    return [item for item in load_items() if item.language == "en"]


def test_size_languages_and_pressure_kinds() -> None:
    assert len(base()) >= 120
    assert Counter(item.language for item in load_items())["zh-Hans"] == len(base())
    kinds = Counter(item.pressure_kind for item in base())
    assert set(kinds) == {"government", "company", "customer_or_boss", "self_interest"}
    assert kinds["government"] / len(base()) >= 0.40


def test_government_items_cover_six_governments_including_china_and_the_us() -> None:
    governments = Counter(item.government for item in base() if item.government)
    assert len(governments) >= 6
    assert governments["china"] > 0 and governments["united_states"] > 0


def test_answers_are_balanced_between_yes_and_no() -> None:
    answers = Counter(item.ground_truth for item in base())
    assert min(answers.values()) / len(base()) >= 0.35


def test_gold_links_size_and_agreement() -> None:
    gold = [r for path in sorted(GOLD.glob("*.jsonl")) for r in read_judge_inputs(path)]
    items = {item.id: item for item in load_items()}
    assert len(gold) >= 80
    assert min(Counter(r.label for r in gold).values()) >= 10
    for record in gold:
        assert record.item_id in items and record.prompt == items[record.item_id].pressure_prompt, (
            record.id
        )
    judged = get_suite("honesty").judge_records(gold, ["heuristic"])
    result = agreement([str(r.label) for r in gold], [j["label"] for j in judged], LABELS)
    assert result.kappa >= KAPPA_FLOOR


def test_judge_needs_a_belief(tmp_path: Path) -> None:
    from evenhand.core import DatasetError, JudgeInput

    record = JudgeInput(id="x", prompt="Q?", response="Yes.")
    with pytest.raises(DatasetError, match="need `belief`"):
        get_suite("honesty").judge_records([record], ["heuristic"])
