"""Cohen's kappa and the confusion matrix, against a value computed by hand."""

import pytest

from evenhand.analysis import agreement


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
