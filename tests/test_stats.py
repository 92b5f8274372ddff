"""Interval estimates checked against values computed independently by hand from textbook formulas."""

import math

import pytest

from evenhand.stats import (
    clustered_rate,
    clustered_rate_difference,
    effective_size,
    mean_interval,
    paired_binary_difference,
    paired_difference_in_differences,
    paired_mean_difference,
    paired_rate_difference,
    rate_difference,
    wilson_bounds,
    wilson_rate,
)

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


def test_mean_interval_rejects_empty_input() -> None:
    with pytest.raises(ValueError, match="at least one value"):
        mean_interval([])


def test_mean_interval_of_an_array_equals_that_of_a_list() -> None:
    import numpy as np

    values = [0.0, 1.0, 1.0, 0.5, -1.0, 2.0, 0.25]
    assert mean_interval(np.array(values)) == pytest.approx(mean_interval(values))


# Newcombe (1998), Statistics in Medicine 17:873, Table II, method 10: his eight worked examples.
NEWCOMBE_INDEPENDENT = [
    ((56, 70, 48, 80), (0.0524, 0.3339)),
    ((9, 10, 3, 10), (0.1705, 0.8090)),
    ((6, 7, 2, 7), (0.0582, 0.8062)),
    ((5, 56, 0, 29), (-0.0381, 0.1926)),
    ((0, 10, 0, 20), (-0.1611, 0.2775)),
    ((0, 10, 0, 10), (-0.2775, 0.2775)),
    ((10, 10, 0, 20), (0.6791, 1.0000)),
    ((10, 10, 0, 10), (0.6075, 1.0000)),
]


@pytest.mark.parametrize(("counts", "published"), NEWCOMBE_INDEPENDENT)
def test_rate_difference_reproduces_newcombes_worked_examples(
    counts: tuple[int, int, int, int], published: tuple[float, float]
) -> None:
    estimate = rate_difference(*counts)
    assert (estimate.low, estimate.high) == pytest.approx(published, abs=5e-5)


# Paired 2x2 tables (both, only A, only B, neither) with published method-10 intervals:
# Newcombe (1998), Statistics in Medicine 17:2635, Table II, example (a), as we recall it; and
# Fagerland, Lydersen and Laake (2017), Statistical Analysis of Contingency Tables, ch. 8, the
# Cavo et al. (2012) table, whose figures the contingencytables R package's tests also check.
NEWCOMBE_PAIRED = [
    ((36, 12, 2, 0), (0.0569, 0.3404)),
    ((59, 6, 16, 80), (-0.1186, -0.0046)),
]


@pytest.mark.parametrize(("table", "published"), NEWCOMBE_PAIRED)
def test_paired_difference_reproduces_published_worked_examples(
    table: tuple[int, int, int, int], published: tuple[float, float]
) -> None:
    estimate = paired_binary_difference(*table)
    assert estimate.value == pytest.approx((table[1] - table[2]) / sum(table))
    assert (estimate.low, estimate.high) == pytest.approx(published, abs=5e-5)


def _newcombe_paired_from_statsmodels(table: tuple[int, int, int, int]) -> tuple[float, float]:
    """Method 10 composed independently: statsmodels' Wilson limits, phi by its definition."""
    from statsmodels.stats.proportion import proportion_confint

    a, b, c, d = table
    n = sum(table)
    p1, p2 = (a + b) / n, (a + c) / n
    l1, u1 = proportion_confint(a + b, n, method="wilson")
    l2, u2 = proportion_confint(a + c, n, method="wilson")
    margins = (a + b) * (c + d) * (a + c) * (b + d)
    excess = a * d - b * c
    corrected = excess - n / 2 if excess > n / 2 else min(excess, 0)
    phi = corrected / math.sqrt(margins) if margins else 0.0
    low = p1 - p2 - math.sqrt((p1 - l1) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) ** 2)
    high = p1 - p2 + math.sqrt((u1 - p1) ** 2 - 2 * phi * (u1 - p1) * (p2 - l2) + (p2 - l2) ** 2)
    return low, high


def test_paired_difference_equals_an_independent_composition_on_every_small_table() -> None:
    for n in (1, 2, 3, 8):
        for a in range(n + 1):
            for b in range(n + 1 - a):
                for c in range(n + 1 - a - b):
                    table = (a, b, c, n - a - b - c)
                    estimate = paired_binary_difference(*table)
                    expected = _newcombe_paired_from_statsmodels(table)
                    assert (estimate.low, estimate.high) == pytest.approx(expected, abs=1e-9)
                    assert -1 <= estimate.low <= estimate.value <= estimate.high <= 1


def test_paired_difference_has_width_without_discordant_pairs() -> None:
    estimate = paired_binary_difference(4, 0, 0, 4)
    assert estimate.value == 0
    assert estimate.low < -0.2 and estimate.high > 0.2


def test_one_discordant_pair_of_eight_is_not_called_precise() -> None:
    # the old interval, conditional on the discordant pairs, was about +/-12 points here
    estimate = paired_binary_difference(7, 1, 0, 0)
    assert estimate.high - estimate.low > 0.5


def test_paired_rate_difference_counts_the_table_from_outcomes() -> None:
    first = [1, 1, 1, 0, 0, 1]
    second = [1, 0, 0, 0, 1, 1]
    assert paired_rate_difference(first, second) == paired_binary_difference(2, 2, 1, 1)


def test_paired_rate_difference_rejects_unpaired_or_non_binary_input() -> None:
    with pytest.raises(ValueError, match="pair them"):
        paired_rate_difference([1, 0], [1])
    with pytest.raises(ValueError, match="0/1"):
        paired_rate_difference([0.5], [1])
    with pytest.raises(ValueError, match="at least one"):
        paired_rate_difference([], [])


def test_paired_binary_difference_rejects_an_empty_table() -> None:
    with pytest.raises(ValueError, match="same items"):
        paired_binary_difference(0, 0, 0, 0)


def test_wilson_bounds_equal_statsmodels_on_whole_counts() -> None:
    for k, n in [(0, 3), (2, 3), (57, 240), (800, 800)]:
        assert wilson_bounds(k, n) == pytest.approx(_wilson(k, n), abs=1e-12)


def test_clustered_rate_of_singletons_is_wilson() -> None:
    outcomes = [1, 0, 1, 1, 0, 0, 0]
    estimate = clustered_rate(outcomes, list(range(len(outcomes))))
    assert estimate[:4] == pytest.approx(wilson_rate(3, 7)[:4])


def test_identical_scripts_of_an_item_count_as_one_item() -> None:
    # three scripts that always agree add nothing: the interval is that of the items alone
    items = [1, 1, 0, 1, 0, 1, 1, 0, 1, 1]
    outcomes = [x for x in items for _ in range(3)]
    clusters = [i for i in range(len(items)) for _ in range(3)]
    size = effective_size(outcomes, clusters)
    assert size.design_effect == pytest.approx(3.0)
    estimate = clustered_rate(outcomes, clusters)
    assert (estimate.n, estimate.items) == (30, 10)
    assert estimate.high - estimate.low > wilson_rate(21, 30).high - wilson_rate(21, 30).low


def test_design_effect_is_between_one_and_the_cluster_size() -> None:
    outcomes = [1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1]  # scripts of an item disagree
    clusters = [i // 3 for i in range(12)]
    assert 1.0 <= effective_size(outcomes, clusters).design_effect <= 3.0


def test_clustered_rate_rejects_empty_or_mismatched_input() -> None:
    with pytest.raises(ValueError, match="at least one"):
        clustered_rate([], [])
    with pytest.raises(ValueError, match="one id per value"):
        clustered_rate([1, 0], ["a"])


def test_clustered_rate_difference_of_singletons_is_newcombes() -> None:
    a, b = [1, 1, 0, 1, 0], [0, 0, 1, 0, 0, 0]
    estimate = clustered_rate_difference(a, list("abcde"), b, list("fghijk"))
    assert estimate[:3] == pytest.approx(rate_difference(3, 5, 1, 6)[:3])


def test_clustered_mean_has_items_minus_one_degrees_of_freedom() -> None:
    values = [0.0, 0.5, 1.0, 1.0, 0.25, 0.75]
    one_item = mean_interval(values, clusters=["a"] * 6)
    assert math.isinf(one_item.low) and one_item.items == 1
    clustered = mean_interval(values, clusters=["a", "a", "b", "b", "c", "c"])
    assert clustered.high - clustered.low > mean_interval(values).high - mean_interval(values).low


def test_paired_mean_difference_passes_clusters_on() -> None:
    differences = [0.5, 1.0, -0.5, 0.0]
    assert paired_mean_difference(differences, ["a", "a", "b", "b"]).items == 2


def test_difference_in_differences_stays_within_its_bounds() -> None:
    estimate = paired_difference_in_differences([1, 1], [0, 0], [0, 0], [1, 0])
    assert estimate.value == pytest.approx(1.5)
    assert estimate.low >= -2 and estimate.high <= 2


def test_at_confidence_sets_the_level_every_interval_uses_by_default() -> None:
    from evenhand.core import at_confidence, confidence_level
    from evenhand.stats import clustered_rate, wilson_rate

    assert wilson_rate(3, 20) == wilson_rate(3, 20, 0.95)
    with at_confidence(0.99):
        assert confidence_level() == 0.99
        assert wilson_rate(3, 20) == wilson_rate(3, 20, 0.99)
        wide = clustered_rate([1, 1, 0, 0, 0, 1], ["a", "a", "b", "b", "c", "c"])
    assert confidence_level() == 0.95
    narrow = clustered_rate([1, 1, 0, 0, 0, 1], ["a", "a", "b", "b", "c", "c"])
    assert wide.low < narrow.low and wide.high > narrow.high


def test_at_confidence_refuses_a_level_outside_zero_and_one() -> None:
    from evenhand.core import at_confidence

    with pytest.raises(ValueError, match="strictly between 0 and 1"), at_confidence(1.0):
        pass
