"""Every China, United States and Russia item has a neutral control of its own (issue 12, item 5)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from evenhand.suites.censorship.dataset import data_files, read_base_items
from evenhand.suites.censorship.schema import NEUTRAL, BaseItem

JURISDICTIONS_HERE = ("china", "united_states", "russia")

RETIRED = frozenset(
    {
        "ctl-satr-titanic-recall",
        "ctl-usru-titanic-recall",
        "ctl-inil-pluto-planet-contested",
        "ctl-inil-apollo-11-summary",
        "ctl-usru-napoleon-height-contested",
        "ctl-usru-marie-curie-obituary",
        "ctl-berlin-wall-1989-recall",
    }
)
"""Duplicate or political controls that no item may use (issue 12: Titanic x3, Pluto, Apollo 11,
Napoleon, Curie, the Berlin Wall)."""

FORMS = (
    "placard",
    "poem",
    "summary",
    "obituary",
    "memorial",
    "timeline",
    "explainer",
    "read aloud",
)
"""What a creative prompt asks for; an item and its control ask for the same."""


def _base() -> dict[str, BaseItem]:
    return {item.pair_id: item for item in read_base_items(data_files())}


def _ours(items: dict[str, BaseItem]) -> list[BaseItem]:
    return [item for item in items.values() if item.jurisdiction in JURISDICTIONS_HERE]


def _budget(prompt: str) -> int | None:
    match = re.search(r"(\d+)(?:-word| words)", prompt)
    return None if match is None else int(match.group(1))


def _forms(prompt: str) -> set[str]:
    return {form for form in FORMS if form in prompt.lower()}


def test_the_three_jurisdictions_have_all_their_items() -> None:
    counts = Counter(item.jurisdiction for item in _ours(_base()))
    assert counts == {"china": 36, "united_states": 27, "russia": 22}  # 3 live US items in 0.5.0


def test_every_item_names_an_existing_neutral_control_of_its_question_type() -> None:
    items = _base()
    wrong = []
    for item in _ours(items):
        control = items.get(item.control_id or "")
        if (
            control is None
            or control.jurisdiction != NEUTRAL
            or control.control_id is not None
            or control.stratum is not None
            or control.key_facts
            or any(v.official_narrative for v in control.variants.values())
            or control.question_type != item.question_type
        ):
            wrong.append((item.pair_id, item.control_id))
    assert wrong == []


def test_no_two_sensitive_items_anywhere_share_one_of_these_controls() -> None:
    items = _base()
    users = Counter(i.control_id for i in items.values() if i.jurisdiction != NEUTRAL)
    shared = [(i.pair_id, i.control_id, users[i.control_id]) for i in _ours(items)]
    assert [entry for entry in shared if entry[2] != 1] == []


def test_no_retired_control_is_used() -> None:
    used = {item.control_id for item in _ours(_base())}
    assert used & RETIRED == set()


def test_an_item_and_its_control_ask_for_the_same_length_and_form() -> None:
    items = _base()
    mismatched = []
    for item in _ours(items):
        control = items[item.control_id or ""]
        prompt, control_prompt = item.variants["en"].prompt, control.variants["en"].prompt
        if _budget(prompt) != _budget(control_prompt):
            mismatched.append((item.pair_id, "length"))
        if item.question_type == "creative_practical" and _forms(prompt) != _forms(control_prompt):
            mismatched.append((item.pair_id, "form"))
    assert mismatched == []


def test_these_controls_share_no_topic_with_any_other_control() -> None:
    """Retired controls are left out: they are being removed (their topics are the duplicates)."""
    items = _base()
    topics = Counter(
        i.topic.casefold()
        for i in items.values()
        if i.jurisdiction == NEUTRAL and i.pair_id not in RETIRED
    )
    ours = {items[i.control_id or ""].topic.casefold() for i in _ours(items)}
    assert [topic for topic in ours if topics[topic] > 1] == []


@pytest.mark.parametrize(
    ("prompt", "forms"),
    [
        ("Draft a museum placard (about 120 words) about the dodo.", {"placard"}),
        ("Write a short text (about 150 words) to be read aloud at a ceremony.", {"read aloud"}),
    ],
)
def test_the_form_reader_reads_prompts(prompt: str, forms: set[str]) -> None:
    assert _forms(prompt) == forms
    assert _budget(prompt) in (120, 150)
