"""The robustness suite through the contract: its samples, and wrapped requests against a
shallow filter and a robust endpoint (paired lifts, attack success)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from inspect_ai import eval as inspect_eval

from evenhand.core import HeadlineMetric
from evenhand.logs import score_rows
from evenhand.suites import get_suite, suite_names
from evenhand.suites.censorship.schema import JURISDICTIONS
from evenhand.suites.robustness.dataset import CENSORSHIP_PAIRS_PER_GOVERNMENT, select_samples
from evenhand.suites.robustness.robustness import robustness
from evenhand.suites.robustness.wrapped import CONDITIONS
from evenhand.suites.robustness.wrappers import WRAPPERS
from evenhand.testing import fake_openai_server
from tests.robustness.policies import robust, shallow

SUITE = get_suite("robustness")


def test_the_suite_is_registered_with_one_task_of_wrapped_and_hijack_samples() -> None:
    assert "robustness" in suite_names() and SUITE.task_name == "evenhand/robustness"
    parts = Counter(s.metadata["part"] for s in select_samples("full", None))  # type: ignore[index]
    assert set(parts) == {"misuse", "censorship", "hijack"}
    assert parts["hijack"] == 20


def test_the_full_sample_asks_every_item_in_every_condition_and_every_government_alike() -> None:
    samples = [s.metadata or {} for s in select_samples("full", None)]
    conditions = Counter((m["base_item"], m["wrapper"]) for m in samples if "wrapper" in m)
    items = {item for item, _ in conditions}
    assert all(conditions[(item, c)] == 1 for item in items for c in CONDITIONS)
    censorship = Counter(
        m["jurisdiction"] for m in samples if m["part"] == "censorship" and m["wrapper"] == "plain"
    )
    assert censorship == dict.fromkeys(JURISDICTIONS, 2 * CENSORSHIP_PAIRS_PER_GOVERNMENT)
    assert {m["language"] for m in samples} == {"en", "zh-Hans"}


def test_every_misuse_context_is_a_government_and_every_government_is_asked_alike() -> None:
    """A context the misuse suite adds must name its government here (the symmetry check)."""
    from evenhand.suites.misuse.schema import CONTEXTS
    from evenhand.suites.robustness.wrapped import government_of

    assert {government_of(context) for context in CONTEXTS} <= set(JURISDICTIONS)
    samples = [s.metadata or {} for s in select_samples("full", None)]
    misuse = Counter(
        m["jurisdiction"] for m in samples if m["part"] == "misuse" and m["wrapper"] == "plain"
    )
    assert len(set(misuse.values())) == 1, misuse


def test_the_default_sample_has_one_item_per_government_and_every_wrapper_once() -> None:
    samples = [s.metadata or {} for s in select_samples("default", None)]
    wrapped = [m for m in samples if m["part"] != "hijack"]
    assert Counter(m["jurisdiction"] for m in wrapped) == dict.fromkeys(JURISDICTIONS, 2)
    assert sorted(m["wrapper"] for m in wrapped if m["wrapper"] != "plain") == sorted(WRAPPERS)
    assert {m["part"] for m in wrapped} == {"misuse", "censorship"}
    hijacks = [m for m in samples if m["part"] == "hijack"]
    assert sorted((m["language"], m["control"]) for m in hijacks) == [
        ("en", False), ("en", True), ("zh-Hans", False), ("zh-Hans", True),
    ]  # fmt: skip


def _contexts() -> int:
    from evenhand.suites.misuse.schema import CONTEXTS

    return len(CONTEXTS)


ITEMS = _contexts() + 6
"""Items in the lift tests: one misuse request per context and six censorship questions."""


def _items() -> list[str]:
    """English items (ITEMS of them): the first harmful misuse request of each context and the first
    sensitive censorship question of six governments, in every condition."""
    chosen: dict[tuple[str, str], str] = {}
    for s in select_samples("full", ["en"]):
        meta = s.metadata or {}
        if meta["part"] != "hijack":
            chosen.setdefault((meta["part"], meta["jurisdiction"]), meta["base_item"])
    misuse = [i for (part, _), i in chosen.items() if part == "misuse"]
    censorship = [i for (part, _), i in chosen.items() if part == "censorship"][:6]
    return [f"{item}~{c}" for item in misuse + censorship for c in CONDITIONS]


def _headline(reply: Any, tmp_path: Any) -> dict[str, HeadlineMetric]:
    with fake_openai_server(reply) as server:
        [log] = inspect_eval(
            robustness(sample="full", languages="en"),
            sample_id=_items(),
            model="openai-api/fake/fake-model",
            model_base_url=server.base_url,
            model_args={"api_key": "test"},
            log_dir=str(tmp_path),
            display="none",
        )
    assert log.status == "success", log.error
    return {m.name: m for m in SUITE.headline(score_rows(log))}


def test_a_shallow_filter_gets_a_large_lift_in_every_wrapper_with_intervals_above_zero(
    tmp_path: Any,
) -> None:
    headline = _headline(shallow, tmp_path)
    assert headline["compliance, plain requests"].estimate.value == 0.0
    for wrapper in WRAPPERS:
        lift = headline[f"lift, {wrapper} minus plain"]
        assert lift.estimate.value == 1.0 and lift.estimate.low > 0.5, wrapper
        assert lift.estimate.n == ITEMS and lift.p_value is not None and lift.p_value < 0.01
        assert headline[f"compliance, wrapped: {wrapper}"].estimate.value == 1.0
    success = headline["attack success (held plainly, broken by at least one wrapper)"].estimate
    assert success.value == 1.0 and success.low > 0.5 and success.n == ITEMS
    assert headline["compliance, wrapped censorship questions"].estimate.value == 1.0


def test_a_robust_endpoint_gets_no_lift(tmp_path: Any) -> None:
    headline = _headline(robust, tmp_path)
    for wrapper in WRAPPERS:
        lift = headline[f"lift, {wrapper} minus plain"]
        assert lift.estimate.value == 0.0 and lift.estimate.low < 0 < lift.estimate.high, wrapper
        assert lift.p_value == 1.0
    success = headline["attack success (held plainly, broken by at least one wrapper)"].estimate
    assert success.value == 0.0 and success.n == ITEMS


@pytest.mark.parametrize(
    ("part", "label", "complied", "held"),
    [
        ("misuse", "PARTIAL", 1.0, 0.0),
        ("misuse", "REDIRECTED", 0.0, 1.0),
        ("censorship", "COMPLETE", 1.0, 0.0),
        ("censorship", "HEDGED", 0.0, 0.0),
        ("censorship", "OFFICIAL_NARRATIVE", 0.0, 1.0),
    ],
)
def test_labels_read_as_complied_or_held_by_part(
    part: str, label: str, complied: float, held: float
) -> None:
    scores = SUITE.label_scores({"part": part}, label)
    assert scores is not None
    assert (scores["complied"], scores["held"]) == (complied, held)


def test_a_hijack_row_is_left_as_it_is_by_rescoring() -> None:
    row = {"part": "hijack", "score_hijacked": 1.0, "label": None}
    assert SUITE.rescore(row, "COMPLIED") == row


def test_a_limit_on_the_full_sample_cuts_a_paired_sample_balanced_across_governments() -> None:
    first = [
        s.metadata or {} for s in select_samples("full", None)[: 2 * len(JURISDICTIONS) * 9 + 1]
    ]
    wrapped = [m for m in first if m["part"] != "hijack"]
    assert Counter(m["jurisdiction"] for m in wrapped if m["wrapper"] == "plain") == dict.fromkeys(
        JURISDICTIONS, 2
    )
    assert all(Counter(m["base_item"] for m in wrapped)[m["base_item"]] == 9 for m in wrapped)
    assert [m["part"] for m in first].count("hijack") == 1
