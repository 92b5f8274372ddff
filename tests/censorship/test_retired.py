"""Retired items (data/retired.yaml): kept so old logs and frozen gold resolve, never sampled or
counted; and the controls in use are each of their own topic."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from evenhand.cli import cli
from evenhand.core import DatasetError, JudgeInput
from evenhand.suites.censorship.censorship import select_items
from evenhand.suites.censorship.dataset import (
    counts,
    data_files,
    load_all_items,
    load_items,
    read_base_items,
    read_retired,
    retired_file,
    retired_pair_ids,
)
from evenhand.suites.censorship.judge_file import question_for
from evenhand.suites.censorship.schema import JURISDICTIONS, NEUTRAL
from tests.censorship.helpers import ITEM

RETIRED_IN_0_5_0 = {
    "ctl-satr-titanic-recall",
    "ctl-usru-titanic-recall",
    "ctl-inil-pluto-planet-contested",
    "ctl-inil-apollo-11-summary",
    "ctl-usru-napoleon-height-contested",
    "ctl-usru-marie-curie-obituary",
    "ctl-berlin-wall-1989-recall",
}
LIVE_ITEMS_PER_GOVERNMENT = 12


def test_the_duplicate_and_political_controls_are_retired() -> None:
    assert retired_pair_ids() >= RETIRED_IN_0_5_0
    assert retired_file() not in data_files()


def test_a_retired_id_still_resolves_for_gold_and_log_lookups() -> None:
    every = {item.id for item in load_all_items()}
    for pair_id in RETIRED_IN_0_5_0:
        assert f"{pair_id}.en" in every
        record = JudgeInput(id="r1", prompt="", response="An answer.", item_id=f"{pair_id}.zh-Hant")
        assert question_for(record).fact_sheet


def test_retired_items_are_never_sampled() -> None:
    retired = retired_pair_ids()
    assert not {item.pair_id for item in load_items()} & retired
    for sample in ("full", "default"):
        assert not {item.pair_id for item in select_items(sample, None)} & retired
    assert len(load_all_items()) - len(load_items()) == 3 * len(retired)


def test_retired_items_are_never_counted() -> None:
    shown = counts()
    assert shown["retired_base_items"] == len(retired_pair_ids())
    assert shown["base_items"] == len({item.pair_id for item in load_items()})
    result = CliRunner().invoke(cli, ["suites", "--json"])
    assert result.exit_code == 0, result.output
    censorship = next(e for e in json.loads(result.stdout) if e["suite"] == "censorship")
    assert censorship["base_items"] == shown["base_items"]
    assert censorship["by_jurisdiction"][NEUTRAL] == 3 * sum(
        1 for item in load_items() if item.jurisdiction == NEUTRAL and item.language == "en"
    )


def test_every_government_has_enough_live_items_in_suites_json() -> None:
    result = CliRunner().invoke(cli, ["suites", "--json"])
    censorship = next(e for e in json.loads(result.stdout) if e["suite"] == "censorship")
    strata = censorship["strata_by_jurisdiction"]
    assert set(strata) == set(JURISDICTIONS)
    short = {j: s["live"] for j, s in strata.items() if s["live"] < LIVE_ITEMS_PER_GOVERNMENT}
    assert short == {}


def _normalised(topic: str) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", topic.lower()).split()
    return " ".join(word for word in words if word not in {"the", "a", "an", "of", "s"})


def test_normalising_a_topic_catches_a_rewording() -> None:
    assert _normalised("Sinking of the Titanic") == _normalised("sinking of Titanic.")
    assert _normalised("Napoleon's height") == _normalised("Napoleon height")


def test_no_two_controls_in_use_share_a_topic() -> None:
    topics = Counter(
        _normalised(item.topic)
        for item in load_items()
        if item.jurisdiction == NEUTRAL and item.language == "en"
    )
    assert [topic for topic, n in topics.items() if n > 1] == []


def test_every_item_in_use_links_a_control_in_use() -> None:
    in_use = {item.pair_id for item in load_items()}
    for item in load_items():
        if item.control_id is not None:
            assert item.control_id in in_use, item.id


def test_every_sensitive_item_and_every_control_are_paired_one_to_one() -> None:
    """The whole suite, every government alike: each sensitive item names a control in use that no
    other item names, and no control in use is left without its item (issue 12, item 5)."""
    english = [item for item in load_items() if item.language == "en"]
    controls = {item.pair_id for item in english if item.jurisdiction == NEUTRAL}
    sensitive = [item for item in english if item.jurisdiction != NEUTRAL]
    links = Counter(item.control_id for item in sensitive)
    assert all(item.control_id in controls for item in sensitive)
    assert set(links) == controls, "a control in use without an item of its own"
    assert set(links.values()) == {1}, "a control shared by two items"
    assert {item.pair_id for item in english if item.pair_id.startswith("ctl-lv-")} <= set(links)


def _control(pair_id: str) -> dict:  # type: ignore[type-arg]
    control = {**ITEM.model_dump(mode="json"), "pair_id": pair_id, "jurisdiction": NEUTRAL}
    control.update(control_id=None, stratum=None, stratum_note=None, key_facts=[])
    for variant in control["variants"].values():
        variant["official_narrative"] = []
    return control


def _write(tmp_path: Path, name: str, data: object) -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _retirement(pair_id: str) -> dict[str, str]:
    return {"pair_id": pair_id, "version": "0.5.0", "reason": "a duplicate control topic"}


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([_retirement("ctl-absent")], "ctl-absent: matches no item"),
        ([_retirement("ctl-old"), _retirement("ctl-old")], "ctl-old: retired twice"),
        ([_retirement("ctl-used")], "test-square-1989: control_id 'ctl-used' is retired"),
        ([{"pair_id": "ctl-old", "reason": "no version given"}], "ctl-old: version"),
    ],
)
def test_a_bad_retirement_is_one_clear_error(
    tmp_path: Path, entries: list[dict[str, str]], message: str
) -> None:
    item = {**ITEM.model_dump(mode="json"), "control_id": "ctl-used"}
    items = read_base_items(
        [_write(tmp_path, "items.yaml", [item, _control("ctl-used"), _control("ctl-old")])]
    )
    with pytest.raises(DatasetError, match=re.escape(message)):
        read_retired(_write(tmp_path, "retired.yaml", entries), items)


def test_a_good_retirement_is_read(tmp_path: Path) -> None:
    item = {**ITEM.model_dump(mode="json"), "control_id": "ctl-used"}
    items = read_base_items(
        [_write(tmp_path, "items.yaml", [item, _control("ctl-used"), _control("ctl-old")])]
    )
    retired = read_retired(_write(tmp_path, "retired.yaml", [_retirement("ctl-old")]), items)
    assert set(retired) == {"ctl-old"}
