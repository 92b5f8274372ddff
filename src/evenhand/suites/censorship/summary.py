"""The censorship suite's headline numbers, each with its 95% interval."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from evenhand.core import BreakdownCell, ComparedScore, HeadlineMetric, Row, number, text, text_list
from evenhand.stats import (
    clustered_rate_difference,
    clustered_rate_of,
    group_rows,
    is_number,
    mean_interval,
    paired_difference_in_differences,
    paired_rate_difference,
    panel_alpha,
)
from evenhand.suites.censorship.labels import LABELS
from evenhand.suites.censorship.schema import NEUTRAL, STRATA


def headline(rows: Sequence[Row]) -> list[HeadlineMetric]:
    """Headline metrics for one model's censorship rows (one row per sample), in display order.

    Rows pool an item's three scripts and its epochs, so every interval is clustered by item
    (`pair_id`) and shows n as items and samples."""
    scored = [r for r in rows if is_number(r.get("score_non_complete"))]
    sensitive = [r for r in scored if r["jurisdiction"] != NEUTRAL]
    controls = [r for r in scored if r["jurisdiction"] == NEUTRAL]
    results: list[HeadlineMetric] = []

    def addrate_of(name: str, subset: list[Row], key: str) -> None:
        if subset:
            results.append(HeadlineMetric(name, "rate", clustered_rate_of(subset, key)))

    addrate_of("not complete, sensitive items", sensitive, "score_non_complete")
    addrate_of("not complete, neutral controls", controls, "score_non_complete")
    for label in LABELS[1:]:
        addrate_of(f"{label.lower()}, sensitive items", sensitive, f"score_{label.lower()}")
    addrate_of("falsehood, all items", scored, "score_falsehood")
    if controls:
        control_outcomes = [number(r, "score_non_complete") for r in controls]
        control_items = [text(r, "pair_id") for r in controls]
        for jurisdiction, subset in sorted(group_rows(sensitive, "jurisdiction").items()):
            # rows of logs before 0.3.0 carry no stratum and count only in the whole index
            strata = [(s, [r for r in subset if r.get("stratum") == s]) for s in STRATA]
            for name, stratum_rows in (
                (jurisdiction, subset),
                *((f"{jurisdiction}, {s}", within) for s, within in strata if within),
            ):
                estimate = clustered_rate_difference(
                    [number(r, "score_non_complete") for r in stratum_rows],
                    [text(r, "pair_id") for r in stratum_rows],
                    control_outcomes,
                    control_items,
                )
                results.append(
                    HeadlineMetric(f"targeted-censorship index, {name}", "difference", estimate)
                )
    results.extend(_matched_indices(sensitive, controls))
    for language in ("zh-Hans", "zh-Hant"):
        pairs = _paired_outcomes(sensitive, language, "en")
        if pairs:
            gap = paired_rate_difference(
                [a for a, _, _ in pairs], [b for _, b, _ in pairs], [item for *_, item in pairs]
            )
            results.append(HeadlineMetric(f"language gap, {language} minus en", "difference", gap))
        adjusted = _gap_net_of_controls(sensitive, controls, language)
        if adjusted is not None:
            results.append(adjusted)
    coverage = [number(r, "score_fact_coverage") for r in scored]
    if coverage:
        estimate = mean_interval(coverage, clusters=[text(r, "pair_id") for r in scored])
        results.append(HeadlineMetric("mean fact coverage", "mean", estimate))
    filtered = [r for r in rows if is_number(r.get("score_provider_filtered"))]
    addrate_of("provider content filter", filtered, "score_provider_filtered")
    panel = [text_list(r, "panel_labels") for r in rows]
    panel = [labels for labels in panel if len(labels) >= 2]
    if len(panel) >= 2:
        alpha = panel_alpha(panel)
        results.append(
            HeadlineMetric("judge panel agreement (Krippendorff's alpha)", "coefficient", alpha)
        )
    suppressed = [r for r in rows if is_number(r.get("score_thought_suppression"))]
    if suppressed:
        estimate = mean_interval(
            [number(r, "score_thought_suppression") for r in suppressed],
            clusters=[text(r, "pair_id") for r in suppressed],
        )
        results.append(HeadlineMetric("thought suppression", "mean", estimate))
    return results


def _outcomes(rows: Sequence[Row]) -> dict[tuple[str, str, int], float]:
    """Each row's not-complete outcome by (item, language, epoch)."""
    return {
        (text(r, "pair_id"), text(r, "language"), int(number(r, "epoch")) if "epoch" in r else 1): (
            number(r, "score_non_complete")
        )
        for r in rows
    }


def _with_own_control(
    sensitive: Sequence[Row], controls: Sequence[Row]
) -> list[tuple[Row, float, float]]:
    """(row, its outcome, its own control's outcome in the same language and epoch) for every
    sensitive row whose control (`control_id`) was answered too."""
    control = _outcomes(controls)
    matched = []
    for row in sensitive:
        epoch = int(number(row, "epoch")) if "epoch" in row else 1
        key = (text(row, "control_id"), text(row, "language"), epoch)
        if key in control:
            matched.append((row, number(row, "score_non_complete"), control[key]))
    return matched


def _matched_indices(sensitive: Sequence[Row], controls: Sequence[Row]) -> list[HeadlineMetric]:
    """Per government, the mean of item-minus-own-control differences (same language and epoch):
    the targeted-censorship index matched item by item, with the paired interval clustered by
    item. Items whose control was not answered are left out (the count is in the interval's n)."""
    results = []
    by_government: dict[str, list[tuple[Row, float, float]]] = defaultdict(list)
    for row, outcome, control in _with_own_control(sensitive, controls):
        by_government[text(row, "jurisdiction")].append((row, outcome, control))
    for jurisdiction, matched in sorted(by_government.items()):
        estimate = paired_rate_difference(
            [outcome for _, outcome, _ in matched],
            [control for *_, control in matched],
            [text(row, "pair_id") for row, *_ in matched],
        )
        name = f"matched index (item minus its own control), {jurisdiction}"
        results.append(HeadlineMetric(name, "difference", estimate))
    return results


def _gap_net_of_controls(
    sensitive: Sequence[Row], controls: Sequence[Row], language: str
) -> HeadlineMetric | None:
    """The language gap (`language` minus en) of the sensitive items net of their own controls'
    gap, item by item and epoch by epoch (difference in differences); None without matched data."""
    item = _outcomes(sensitive)
    control = _outcomes(controls)
    own_control = {text(r, "pair_id"): text(r, "control_id") for r in sensitive}
    quads = []
    for (pair_id, lang, epoch), outcome in sorted(item.items()):
        ctl = own_control.get(pair_id, "")
        english, control_here, control_english = (
            (pair_id, "en", epoch),
            (ctl, language, epoch),
            (ctl, "en", epoch),
        )
        if (
            lang == language
            and english in item
            and control_here in control
            and control_english in control
        ):
            quads.append(
                (outcome, item[english], control[control_here], control[control_english], pair_id)
            )
    if not quads:
        return None
    estimate = paired_difference_in_differences(
        [q[0] for q in quads],
        [q[1] for q in quads],
        [q[2] for q in quads],
        [q[3] for q in quads],
        clusters=[q[4] for q in quads],
    )
    name = f"language gap net of controls, {language} minus en"
    return HeadlineMetric(name, "difference", estimate)


def breakdown(rows: Sequence[Row]) -> list[BreakdownCell]:
    """Each label's rate by jurisdiction and by language, clustered by item (Wilson where every
    row is its own item)."""
    scored = [r for r in rows if is_number(r.get("score_non_complete"))]
    cells: list[BreakdownCell] = []
    for dimension in ("jurisdiction", "language"):
        for group, subset in sorted(group_rows(scored, dimension).items()):
            for label in LABELS:
                estimate = clustered_rate_of(subset, f"score_{label.lower()}")
                cells.append(BreakdownCell(dimension, group, label, estimate))
    return cells


def _paired_outcomes(
    rows: list[Row], language: str, baseline: str
) -> list[tuple[float, float, str]]:
    """(outcome in `language`, outcome in `baseline`, item) per item and epoch answered in both."""
    by_pair: dict[tuple[str, int], dict[str, float]] = defaultdict(dict)
    for row in rows:
        key = (text(row, "pair_id"), int(number(row, "epoch")) if "epoch" in row else 1)
        by_pair[key][text(row, "language")] = number(row, "score_non_complete")
    return [
        (languages[language], languages[baseline], item)
        for (item, _), languages in sorted(by_pair.items())
        if language in languages and baseline in languages
    ]


COMPARED: tuple[ComparedScore, ...] = (
    ComparedScore(
        "non_complete",
        "not complete, sensitive items",
        lambda row: row.get("jurisdiction") != NEUTRAL,
    ),
    ComparedScore(
        "refused", "refused, sensitive items", lambda row: row.get("jurisdiction") != NEUTRAL
    ),
    ComparedScore(
        "official_narrative",
        "official narrative, sensitive items",
        lambda row: row.get("jurisdiction") != NEUTRAL,
    ),
    ComparedScore(
        "non_complete",
        "not complete, neutral controls",
        lambda row: row.get("jurisdiction") == NEUTRAL,
    ),
    ComparedScore(
        "falsehood",
        "falsehood, all items",
    ),
    ComparedScore(
        "fact_coverage",
        "fact coverage, all items",
    ),
)
"""What models are compared on, pair by pair (the first is the report's model-by-model matrix)."""
