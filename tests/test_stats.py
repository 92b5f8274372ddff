"""Interval estimates checked against values computed independently by hand from textbook formulas."""

import math

import pytest

from evenhand.stats import mean_interval, paired_mean_difference, rate_difference, wilson_rate

Z95 = 1.959963984540054


def _wilson(k: int, n: int) -> tuple[float, float]:
    p = k / n
    centre = (p + Z95**2 / (2 * n)) / (1 + Z95**2 / n)
    half = Z95 * math.sqrt(p * (1 - p) / n + Z95**2 / (4 * n * n)) / (1 + Z95**2 / n)
    return centre - half, centre + half


@pytest.mark.parametrize(("k", "n"), [(0, 10), (3, 10), (10, 10), (57, 240)])
def test_wilson_rate_matches_the_formula(k: int, n: int) -> None:
    low, high = _wilson(k, n)
    estimate = wilson_rate(k, n)
    assert estimate.value == pytest.approx(k / n)
    assert estimate.low == pytest.approx(low, abs=1e-9)
    assert estimate.high == pytest.approx(high, abs=1e-9)
    assert estimate.n == n


def test_wilson_rate_rejects_empty_input() -> None:
    with pytest.raises(ValueError, match="at least one"):
        wilson_rate(0, 0)


def test_rate_difference_is_newcombes_hybrid_score_interval() -> None:
    k1, n1, k2, n2 = 30, 60, 10, 50
    l1, u1 = _wilson(k1, n1)
    l2, u2 = _wilson(k2, n2)
    p1, p2 = k1 / n1, k2 / n2
    low = p1 - p2 - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    high = p1 - p2 + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    estimate = rate_difference(k1, n1, k2, n2)
    assert estimate.value == pytest.approx(p1 - p2)
    assert estimate.low == pytest.approx(low, abs=1e-9)
    assert estimate.high == pytest.approx(high, abs=1e-9)


def test_mean_interval_uses_student_t() -> None:
    values = [0.0, 0.5, 1.0, 1.0]
    mean = 0.625
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / 3)
    t_975_df3 = 3.182446305284263
    estimate = mean_interval(values)
    assert estimate.value == pytest.approx(mean)
    assert estimate.high - estimate.value == pytest.approx(t_975_df3 * sd / 2)


def test_paired_difference_of_one_continuous_pair_has_unbounded_interval() -> None:
    estimate = paired_mean_difference([0.5])
    assert math.isinf(estimate.low) and math.isinf(estimate.high)


@pytest.mark.parametrize(
    ("only_a", "only_b", "same"), [(4, 0, 1), (9, 2, 20), (0, 0, 5), (30, 12, 3)]
)
def test_paired_0_1_differences_get_the_exact_interval_that_agrees_with_mcnemar(
    only_a: int, only_b: int, same: int
) -> None:
    from scipy.stats import binomtest

    differences = [1.0] * only_a + [-1.0] * only_b + [0.0] * same
    n = len(differences)
    estimate = paired_mean_difference(differences)
    assert estimate.value == pytest.approx((only_a - only_b) / n)
    assert -1 <= estimate.low <= estimate.value <= estimate.high <= 1
    m = only_a + only_b
    if m == 0:
        assert (estimate.low, estimate.high) == (0.0, 0.0)
        return
    test = binomtest(only_a, m, 0.5)
    ci = test.proportion_ci(confidence_level=0.95, method="exact")
    assert estimate.low == pytest.approx(m / n * (2 * ci.low - 1))
    assert estimate.high == pytest.approx(m / n * (2 * ci.high - 1))
    # the interval excludes zero exactly when McNemar's exact test rejects at 5%
    assert (estimate.low > 0 or estimate.high < 0) == (test.pvalue < 0.05)


def test_mean_interval_rejects_empty_input() -> None:
    with pytest.raises(ValueError, match="at least one value"):
        mean_interval([])


def test_mean_interval_of_an_array_equals_that_of_a_list() -> None:
    import numpy as np

    values = [0.0, 1.0, 1.0, 0.5, -1.0, 2.0, 0.25]
    assert mean_interval(np.array(values)) == pytest.approx(mean_interval(values))
