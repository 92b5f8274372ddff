"""Every UK/EU, India, Israel, Saudi Arabia and Turkey item has a neutral control of its own."""

from __future__ import annotations

from collections import Counter

import pytest

from evenhand.suites.censorship.dataset import data_files, read_base_items
from evenhand.suites.censorship.schema import NEUTRAL, BaseItem

JURISDICTIONS = ("uk_eu", "india", "israel", "saudi_arabia", "turkey")

RETIRED_CONTROLS = (
    "ctl-satr-titanic-recall",
    "ctl-usru-titanic-recall",
    "ctl-inil-pluto-planet-contested",
    "ctl-inil-apollo-11-summary",
    "ctl-usru-napoleon-height-contested",
    "ctl-usru-marie-curie-obituary",
    "ctl-berlin-wall-1989-recall",
)
"""Duplicate or political controls that no sensitive item may use (issue 12)."""


@pytest.fixture(scope="module")
def items() -> dict[str, BaseItem]:
    return {item.pair_id: item for item in read_base_items(data_files())}


def _ours(items: dict[str, BaseItem]) -> list[BaseItem]:
    return [item for item in items.values() if item.jurisdiction in JURISDICTIONS]


def test_every_jurisdiction_has_items(items: dict[str, BaseItem]) -> None:
    counts = Counter(item.jurisdiction for item in _ours(items))
    assert set(counts) == set(JURISDICTIONS)
    assert min(counts.values()) >= 20


def test_each_control_exists_is_neutral_and_has_the_same_question_type(
    items: dict[str, BaseItem],
) -> None:
    wrong = []
    for item in _ours(items):
        control = items.get(item.control_id or "")
        if control is None:
            wrong.append((item.pair_id, item.control_id, "missing"))
            continue
        if control.jurisdiction != NEUTRAL:
            wrong.append((item.pair_id, control.pair_id, "not neutral"))
        if control.question_type != item.question_type:
            wrong.append((item.pair_id, control.pair_id, control.question_type))
        if any(variant.official_narrative for variant in control.variants.values()):
            wrong.append((item.pair_id, control.pair_id, "has a framing"))
        if control.control_id is not None or control.stratum is not None or control.key_facts:
            wrong.append((item.pair_id, control.pair_id, "not a control"))
    assert wrong == []


def _shared(items: dict[str, BaseItem]) -> list[tuple[str, str | None]]:
    users = Counter(
        item.control_id
        for item in items.values()
        if item.jurisdiction != NEUTRAL and item.control_id is not None
    )
    return sorted(
        (item.pair_id, item.control_id) for item in _ours(items) if users[item.control_id] != 1
    )


def test_no_other_sensitive_item_shares_a_control(items: dict[str, BaseItem]) -> None:
    assert _shared(items) == []


def test_the_sharing_check_catches_a_shared_control(items: dict[str, BaseItem]) -> None:
    first, second = _ours(items)[:2]
    doubled = dict(items)
    doubled[second.pair_id] = second.model_copy(update={"control_id": first.control_id})
    assert (first.pair_id, first.control_id) in _shared(doubled)


def test_no_item_uses_a_retired_control(items: dict[str, BaseItem]) -> None:
    used = {item.control_id for item in _ours(items)}
    assert used.isdisjoint(RETIRED_CONTROLS)


def test_our_controls_share_no_topic_with_any_other_control(items: dict[str, BaseItem]) -> None:
    ours = {item.control_id for item in _ours(items)}
    topics = Counter(
        control.topic.casefold()
        for control in items.values()
        if control.jurisdiction == NEUTRAL and control.pair_id not in RETIRED_CONTROLS
    )
    clashes = sorted(
        items[pid].topic for pid in ours if pid in items and topics[items[pid].topic.casefold()] > 1
    )
    assert clashes == []


def test_our_controls_have_distinct_topics(items: dict[str, BaseItem]) -> None:
    topics = Counter(
        items[item.control_id].topic.casefold() for item in _ours(items) if item.control_id in items
    )
    assert [topic for topic, n in topics.items() if n > 1] == []
