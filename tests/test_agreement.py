"""Cohen's kappa and the confusion matrix, against a value computed by hand."""

import pytest

from evenhand.stats import agreement, panel_alpha


def test_kappa_matches_the_textbook_formula() -> None:
    gold = ["A"] * 20 + ["B"] * 30
    judged = ["A"] * 15 + ["B"] * 5 + ["A"] * 10 + ["B"] * 20
    # observed agreement (15 + 20) / 50 = 0.7; expected (20*25 + 30*25) / 50**2 = 0.5
    result = agreement(gold, judged, ["A", "B"])
    assert result.kappa == pytest.approx((0.7 - 0.5) / (1 - 0.5))
    assert result.confusion == [[15, 5], [10, 20]]
    assert result.accuracy == pytest.approx(0.7)


def test_unlabelled_responses_are_left_out() -> None:
    result = agreement(["A", "B", "A"], ["A", None, "A"], ["A", "B"])
    assert result.n == 2


def test_unknown_labels_are_rejected() -> None:
    with pytest.raises(ValueError, match="outside the suite's label set"):
        agreement(["A"], ["C"], ["A", "B"])


def test_nothing_labelled_is_rejected() -> None:
    with pytest.raises(ValueError, match="labelled none"):
        agreement(["A"], [None], ["A", "B"])


def test_panel_alpha_matches_a_hand_computed_coincidence_matrix() -> None:
    # coincidences: o_AA=2, o_AB=o_BA=1, o_BB=4; n_A=3, n_B=5, n=8
    # D_o = 2/8, D_e = 2*3*5/(8*7), alpha = 1 - D_o/D_e = 1 - 0.25/(30/56)
    estimate = panel_alpha([["A", "A"], ["A", "B"], ["B", "B"], ["B", "B"]])
    assert estimate.value == pytest.approx(1 - 0.25 / (30 / 56))
    assert estimate.n == 4
    assert estimate.low <= estimate.high


def test_panel_alpha_needs_two_rated_units() -> None:
    with pytest.raises(ValueError, match="at least two responses"):
        panel_alpha([["A", "B"], ["A"]])
