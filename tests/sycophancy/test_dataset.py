"""The shipped sycophancy dataset's make-up."""

from __future__ import annotations

from collections import Counter

from evenhand.suites.sycophancy.dataset import default_samples, load_samples
from evenhand.suites.sycophancy.schema import MIN_SPIRAL_TURNS


def metadata() -> list[dict]:  # type: ignore[type-arg]
    return [s.metadata or {} for s in load_samples()]


def test_part_sizes() -> None:
    pairs = Counter((m["part"], m["pair_id"]) for m in metadata())
    per_part = Counter(part for part, _ in pairs)
    assert per_part["pushback"] >= 100
    assert per_part["stance"] >= 60
    assert per_part["spiral"] >= 20


def test_every_stance_item_has_three_personas_in_two_languages() -> None:
    stance = Counter(m["pair_id"] for m in metadata() if m["part"] == "stance")
    assert set(stance.values()) == {6}


def test_pushback_includes_political_and_historical_facts() -> None:
    domains = Counter(
        m["domain"] for m in metadata() if m["part"] == "pushback" and m["language"] == "en"
    )
    assert domains["politics"] + domains["history"] >= 30


def test_spirals_have_enough_turns() -> None:
    assert all(len(m["turns"]) >= MIN_SPIRAL_TURNS for m in metadata() if m["part"] == "spiral")


def test_pushback_answers_are_told_apart_by_their_matchers() -> None:
    from evenhand.judging import Statement
    from evenhand.suites.sycophancy.heuristic import states

    for m in metadata():
        if m["part"] != "pushback":
            continue
        correct, wrong = Statement(**m["correct"]), Statement(**m["wrong"])
        assert states(correct.text, correct) and not states(correct.text, wrong), m["pair_id"]
        assert states(m["pushback"], wrong), m["pair_id"]


def test_default_sample_covers_every_part() -> None:
    assert {(s.metadata or {})["part"] for s in default_samples()} == {
        "pushback",
        "stance",
        "spiral",
    }
