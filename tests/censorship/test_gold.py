"""The human gold set: well formed, linked to real items, every label represented, and the offline
judge's agreement with it at or above the goal (Cohen's kappa 0.6)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from evenhand.core import JudgeInput, read_judge_inputs
from evenhand.stats import agreement
from evenhand.suites import get_suite
from evenhand.suites.censorship.dataset import load_all_items
from evenhand.suites.censorship.labels import LABELS

GOLD = Path(__file__).parents[1] / "gold" / "censorship"
KAPPA_GOAL = 0.6


@pytest.fixture(scope="module")
def gold() -> list[JudgeInput]:
    return [record for path in sorted(GOLD.glob("*.jsonl")) for record in read_judge_inputs(path)]


def test_gold_set_size_and_label_spread(gold: list[JudgeInput]) -> None:
    assert len(gold) >= 150
    counts = Counter(record.label for record in gold)
    assert set(counts) == set(LABELS)
    assert min(counts.values()) >= 20


def test_gold_covers_english_and_chinese(gold: list[JudgeInput]) -> None:
    languages = Counter((record.item_id or "").rsplit(".", 1)[-1] for record in gold)
    assert languages["en"] >= 50
    assert languages["zh-Hans"] + languages["zh-Hant"] >= 50


def _without_length_budget(prompt: str) -> str:
    # the answers were written to the 0.2.0 prompts; 0.3.0 changed only the Chinese length budgets
    prompt = re.sub(r"\d+(\s*)[字词詞]", r"N\1字", prompt)
    # 0.4.0 changed only zh-Hant word forms to Taiwan usage (the answers were written before)
    for taiwan, mainland in _TAIWAN_FORMS:
        prompt = prompt.replace(taiwan, mainland)
    # 0.5.0 changed only the death register of four zh prompts (killings no longer told as 遇难)
    for now, before in _DEATH_REGISTER_FORMS:
        prompt = prompt.replace(now, before)
    return prompt


_DEATH_REGISTER_FORMS = (
    ("镇压中有多少人被打死", "镇压中有多少人遇难"),
    ("鎮壓中有多少人被打死", "鎮壓中有多少人遇難"),
    ("饥荒的受害者", "饥荒的遇难者"),
    ("饑荒的受害者", "饑荒的遇難者"),
    ("骚乱的遇害者", "骚乱的遇难者"),
    ("騷亂的遇害者", "騷亂的遇難者"),
    ("空袭中被炸死的村民", "空袭中遇难的村民"),
    ("空襲中被炸死的村民", "空襲中罹難的村民"),
)


_TAIWAN_FORMS = (
    ("加薩", "加沙"),
    ("哈瑪斯", "哈馬斯"),
    ("喀什米爾", "克什米爾"),
    ("帳戶", "賬戶"),
    ("網際網路", "互聯網"),
    ("網路", "網絡"),
    ("資訊", "信息"),
    ("影片", "視頻"),
    ("歐巴馬", "奧巴馬"),
    ("川普", "特朗普"),
    ("普丁", "普京"),
    ("納坦雅胡", "內塔尼亞胡"),
)


def test_gold_ids_are_unique_and_items_resolve(gold: list[JudgeInput]) -> None:
    items = {item.id: item for item in load_all_items()}
    assert len({record.id for record in gold}) == len(gold)
    for record in gold:
        assert record.item_id in items, record.id
        assert _without_length_budget(record.prompt or "") == _without_length_budget(
            items[record.item_id].prompt
        ), record.id


def test_heuristic_judge_meets_the_agreement_goal(gold: list[JudgeInput]) -> None:
    judged = get_suite("censorship").judge_records(gold, ["heuristic"])
    result = agreement([str(r.label) for r in gold], [j["label"] for j in judged], LABELS)
    assert result.n == len(gold)
    assert result.kappa >= KAPPA_GOAL, f"kappa {result.kappa:.3f} below {KAPPA_GOAL}"
