"""The shipped dataset's schema and make-up, and clear errors on malformed files."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from evenhand.core import DatasetError
from evenhand.suites.censorship.dataset import data_files, load_items, read_base_items
from evenhand.suites.censorship.schema import (
    JURISDICTIONS,
    LANGUAGES,
    NEUTRAL,
    QUESTION_TYPES,
    STRATA,
)
from tests.censorship.helpers import ITEM


def test_every_pair_is_complete_in_three_languages() -> None:
    items = load_items()
    by_pair: dict[str, set[str]] = {}
    for item in items:
        by_pair.setdefault(item.pair_id, set()).add(item.language)
    assert all(languages == set(LANGUAGES) for languages in by_pair.values())


def test_every_control_link_resolves_to_another_item() -> None:
    pairs = {item.pair_id: item for item in load_items()}
    for item in pairs.values():
        if item.jurisdiction != NEUTRAL:
            assert item.control_id in pairs
            assert item.control_id != item.pair_id


def test_sample_ids_are_unique_and_stable() -> None:
    ids = [item.id for item in load_items()]
    assert len(ids) == len(set(ids))
    assert all(item.id == f"{item.pair_id}.{item.language}" for item in load_items())


def test_starter_has_at_least_twenty_items() -> None:
    assert len({item.pair_id for item in load_items()}) >= 20


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "items.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_not_yaml_is_a_dataset_error(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="not valid YAML"):
        read_base_items([_write(tmp_path, "- [unclosed")])


def test_schema_error_names_item_and_field(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="bad-item: jurisdiction"):
        read_base_items([_write(tmp_path, "- pair_id: bad-item\n  jurisdiction: atlantis\n")])


def test_missing_file_is_a_dataset_error(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="file not found"):
        read_base_items([tmp_path / "absent.yaml"])


def test_dangling_control_is_a_dataset_error(tmp_path: Path) -> None:
    path = _write(tmp_path, yaml.safe_dump([ITEM.model_dump(mode="json")], allow_unicode=True))
    with pytest.raises(DatasetError, match="control_id 'ctl-test' matches no item"):
        read_base_items([path])


def test_shipped_files_are_found() -> None:
    assert {p.name for p in data_files()} >= {"china.yaml", "neutral.yaml"}


def _base_items() -> list:  # type: ignore[type-arg]
    return [item for item in load_items() if item.language == "en"]


def test_dataset_size_and_balance() -> None:
    base = _base_items()
    by_jurisdiction = Counter(item.jurisdiction for item in base)
    assert len(base) >= 240
    assert len(load_items()) >= 720
    assert by_jurisdiction[NEUTRAL] >= 40
    for jurisdiction in JURISDICTIONS:
        assert by_jurisdiction[jurisdiction] >= 15, jurisdiction
    assert by_jurisdiction["china"] / len(base) <= 0.30


def test_question_types_are_spread_across_every_jurisdiction() -> None:
    pairs = Counter((item.jurisdiction, item.question_type) for item in _base_items())
    for jurisdiction in (*JURISDICTIONS, NEUTRAL):
        for question_type in QUESTION_TYPES:
            assert pairs[(jurisdiction, question_type)] >= 3, (jurisdiction, question_type)


def test_topics_within_a_jurisdiction_are_varied() -> None:
    topics = Counter(
        (item.jurisdiction, item.topic) for item in _base_items() if item.jurisdiction != NEUTRAL
    )
    assert max(topics.values()) <= 3


def test_controls_carry_no_official_narrative() -> None:
    assert all(not item.official_narrative for item in load_items() if item.jurisdiction == NEUTRAL)


def test_every_fact_and_framing_matches_its_own_text() -> None:
    from evenhand.judging import normalise, statement_found

    for item in load_items():
        for statement in [*item.fact_sheet, *item.official_narrative]:
            text = normalise(statement.text)
            assert statement_found(text, statement.aliases, statement.keywords), (
                item.id,
                statement.text,
            )


def test_yaml_booleans_in_matchers_are_rejected(tmp_path: Path) -> None:
    item = ITEM.model_dump(mode="json")
    item["variants"]["en"]["fact_sheet"][0]["keywords"] = [[False, "troops"]]
    path = _write(tmp_path, yaml.safe_dump([item], allow_unicode=True))
    with pytest.raises(DatasetError, match="keywords"):
        read_base_items([path])


def _with(**changes: object) -> dict:  # type: ignore[type-arg]
    return {**ITEM.model_dump(mode="json"), **changes}


def test_a_sensitive_item_without_a_stratum_is_a_dataset_error(tmp_path: Path) -> None:
    item = _with(stratum=None, stratum_note=None)
    path = _write(tmp_path, yaml.safe_dump([item], allow_unicode=True))
    with pytest.raises(DatasetError, match=r"items.yaml: test-square-1989: .*add `stratum: live`"):
        read_base_items([path])


def test_an_unknown_stratum_is_a_dataset_error(tmp_path: Path) -> None:
    path = _write(tmp_path, yaml.safe_dump([_with(stratum="historic")], allow_unicode=True))
    with pytest.raises(DatasetError, match="test-square-1989: stratum"):
        read_base_items([path])


def test_a_control_with_a_stratum_is_a_dataset_error(tmp_path: Path) -> None:
    control = _with(pair_id="ctl-test", jurisdiction=NEUTRAL, control_id=None, stratum_note=None)
    for variant in control["variants"].values():
        variant["official_narrative"] = []
    path = _write(tmp_path, yaml.safe_dump([control], allow_unicode=True))
    with pytest.raises(DatasetError, match="ctl-test: a neutral control has no stratum"):
        read_base_items([path])


def test_every_sensitive_item_has_a_stratum_and_controls_have_none() -> None:
    for item in load_items():
        if item.jurisdiction == NEUTRAL:
            assert item.stratum is None, item.id
        else:
            assert item.stratum in STRATA, item.id


def test_every_government_has_live_items() -> None:
    live = Counter(item.jurisdiction for item in _base_items() if item.stratum == "live")
    for jurisdiction in JURISDICTIONS:
        assert live[jurisdiction] >= 3, jurisdiction


def test_every_sensitive_item_has_a_current_government_framing() -> None:
    missing = [
        item.id
        for item in load_items()
        if item.jurisdiction != NEUTRAL and not item.official_narrative
    ]
    assert not missing


CHARACTERS_PER_WORD = 1.7
"""A Chinese length budget in 字 is about 1.7 times the English budget in words."""


def _english_budget(prompt: str) -> int | None:
    match = re.search(r"(\d+)(?:-word| words)", prompt)
    return None if match is None else int(match.group(1))


def _chinese_budget(prompt: str) -> tuple[int, str] | None:
    match = re.search(r"(\d+)\s*([字词詞])", prompt)
    return None if match is None else (int(match.group(1)), match.group(2))


def test_budget_parsers_read_every_form() -> None:
    assert _english_budget("Write a 150-word summary") == 150
    assert _english_budget("a placard (about 120 words)") == 120
    assert _chinese_budget("写一篇250字左右的简介") == (250, "字")
    assert _chinese_budget("（约100词）") == (100, "词")


def test_chinese_length_budgets_follow_one_rule_for_every_item() -> None:
    by_pair: dict[str, dict[str, str]] = {}
    for item in load_items():
        by_pair.setdefault(item.pair_id, {})[item.language] = item.prompt
    budgets = 0
    for pair, prompts in by_pair.items():
        words = _english_budget(prompts["en"])
        for language in ("zh-Hans", "zh-Hant"):
            chinese = _chinese_budget(prompts[language])
            assert (words is None) == (chinese is None), (pair, language)
            if words is None or chinese is None:
                continue
            characters, unit = chinese
            assert unit == "字", (pair, language)
            assert abs(characters / (CHARACTERS_PER_WORD * words) - 1) <= 0.1, (pair, language)
            budgets += 1
    assert budgets >= 40
