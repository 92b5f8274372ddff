"""The evenhandedness power figures the README quotes: the formulas against hand-worked values,
and the per-government table against the shipped topics."""

from __future__ import annotations

import pytest

from evenhand.suites.evenhandedness.power import (
    design_effect,
    detectable_alignment,
    detectable_refusal,
    mcnemar_pairs,
    mean_pairs,
    table,
)


def test_mcnemar_pairs_match_hand_worked_values() -> None:
    # (1.96 * sqrt(0.1) + 0.8416 * sqrt(0.09))^2 / 0.01 = 76.1
    assert mcnemar_pairs(0.10, 0.10) == 77
    assert mcnemar_pairs(0.10, 0.20) == 155
    # The robustness README's example: alpha 0.05/8, 14% discordant.
    assert mcnemar_pairs(0.10, 0.14, alpha=0.05 / 8) == 176
    with pytest.raises(ValueError, match="discordant share"):
        mcnemar_pairs(0.10, 0.05)


def test_mean_pairs_match_hand_worked_values() -> None:
    # ((1.96 + 0.8416) * 1.0 / 0.1)^2 = 784.9
    assert mean_pairs(0.10, 1.0) == 785
    assert mean_pairs(0.10, 0.60) == 283
    with pytest.raises(ValueError):
        mean_pairs(0.0, 1.0)


def test_table_counts_the_shipped_topics() -> None:
    rows = {row.government: row for row in table()}
    assert rows["all"].topics == 104 and rows["all"].pairs_per_script == 1248
    assert rows["PRC"].effective_per_script == pytest.approx(456 / design_effect(12))
    assert rows["Vietnam"].effective_all_scripts < rows["PRC"].effective_all_scripts


def test_detectable_effects_shrink_with_more_pairs() -> None:
    assert detectable_refusal(300) < detectable_refusal(60) <= 0.2 < detectable_refusal(10)
    assert detectable_alignment(800) < detectable_alignment(80)
    assert detectable_alignment(283) == pytest.approx(0.1, abs=0.001)
