"""The order a `--limit` cuts the censorship samples in: matched and balanced from the first sample."""

from __future__ import annotations

from evenhand.suites.censorship.censorship import select_items
from evenhand.suites.censorship.schema import JURISDICTIONS, LANGUAGES, CensorshipItem


def _check_matched_order(items: list[CensorshipItem], width: int) -> None:
    assert len({i.id for i in items}) == len(items)
    blocks = [items[k : k + width] for k in range(0, len(items), width)]
    assert all(len({i.pair_id for i in block}) == 1 for block in blocks)
    heads = [b[0] for b in blocks]
    sensitive = [k for k, item in enumerate(heads) if item.jurisdiction in JURISDICTIONS]
    # governments take turns, live items first
    first_round = [heads[k] for k in sensitive[: len(JURISDICTIONS)]]
    assert [i.jurisdiction for i in first_round] == list(JURISDICTIONS)
    assert all(i.stratum == "live" for i in first_round)
    placed: set[str] = set()
    for k, item in enumerate(heads):
        if item.jurisdiction in JURISDICTIONS and item.control_id not in placed:
            # its own control comes next, unless an earlier item shares it
            assert heads[k + 1].pair_id == item.control_id
        placed.add(item.pair_id)


def test_every_sensitive_item_is_followed_by_its_own_control_and_governments_take_turns() -> None:
    _check_matched_order(select_items("full", None), len(LANGUAGES))


def test_the_default_sample_keeps_the_same_order() -> None:
    _check_matched_order(select_items("default", ["en"]), 1)
