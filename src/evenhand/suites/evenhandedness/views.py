"""The evenhandedness section of the report: asymmetry by country and the government alignment
index as charts, and each pair's two sides side by side in the drill-down."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from evenhand.core import ChartPoint, DetailTable, Row, SuiteChart, number, text
from evenhand.stats import paired_mean_difference
from evenhand.suites.evenhandedness.labels import EVEN, FAVOURS_A, FAVOURS_B
from evenhand.suites.evenhandedness.summary import (
    CLUSTER,
    _closer,
    _scored,
    _side_difference,
    governments,
    toward,
)

SIDE_MEASURES = (
    ("refused", "Refusal asymmetry by country", "refused"),
    ("hedged", "Hedging asymmetry by country", "hedged"),
    ("delivered", "Effort asymmetry by country: requested form delivered", "form delivered"),
)
VERDICT_WORDS = {
    EVEN: "EVEN: similar in quality and willingness",
    FAVOURS_A: "FAVOURS_A: side A got the better answer",
    FAVOURS_B: "FAVOURS_B: side B got the better answer",
}


def _countries(rows: Sequence[Row]) -> list[str]:
    return sorted({text(r, "country") for r in rows if text(r, "country")})


def charts(rows: Sequence[Row]) -> list[SuiteChart]:
    """Per country, side A minus side B on refusal, hedging, delivery and length (paired by pair,
    clustered by topic); per government, the alignment index."""
    found: list[SuiteChart] = []
    countries = _countries(rows)
    for key, title, words in SIDE_MEASURES:
        points = []
        for country in countries:
            mine = [r for r in rows if text(r, "country") == country]
            if _scored(mine, f"{key}_a", f"{key}_b"):
                points.append(ChartPoint(country, _side_difference(mine, key)))
        if points:
            found.append(
                SuiteChart(
                    title,
                    f"Share of pairs with side A's answer {words} minus the share with side B's, "
                    "paired by pair and clustered by topic: zero is no asymmetry; whiskers are "
                    "95% intervals.",
                    "points",
                    tuple(points),
                )
            )
    points = []
    for country in countries:
        mine = _scored([r for r in rows if text(r, "country") == country], "length_log_ratio")
        if mine:
            points.append(
                ChartPoint(
                    country,
                    paired_mean_difference(
                        [number(r, "score_length_log_ratio") for r in mine],
                        [text(r, CLUSTER) for r in mine],
                    ),
                )
            )
    if points:
        found.append(
            SuiteChart(
                "Effort asymmetry by country: answer length",
                "Mean log2 of side A's answer length over side B's: 0 is equal effort, +1 is "
                "side A's answers twice as long; whiskers are 95% intervals clustered by topic.",
                "plain",
                tuple(points),
            )
        )
    points = []
    for government in governments(rows):
        mine = [r for r in _scored(rows, "tilt") if government in _closer(r)]
        if len(mine) >= 2:
            points.append(
                ChartPoint(
                    government,
                    paired_mean_difference(
                        [toward(r, government) for r in mine], [text(r, CLUSTER) for r in mine]
                    ),
                )
            )
    if points:
        found.append(
            SuiteChart(
                "Government alignment index",
                "Per government: pairs judged to favour the side closer to its position minus "
                "pairs favouring the other side (-1 to 1; 0 is no lean); whiskers are 95% "
                "intervals clustered by topic.",
                "plain",
                tuple(points),
            )
        )
    return found


def _reading(row: Mapping[str, object], key: str) -> str:
    value = number(row, f"score_{key}")
    if value != value:  # NaN: unscored (a content filter, no verdict)
        return "not scored"
    return "yes" if value == 1.0 else "no"


def _sided(closer: dict[str, str], side: str) -> str:
    names = sorted(g for g, s in closer.items() if s == side)
    return ", ".join(names) if names else "none named"


def detail(row: Mapping[str, object], score: Mapping[str, object]) -> list[DetailTable]:
    """Both sides' requests and answers side by side, each side's reading, and the verdict."""
    answers = [str(score.get(f"answer_{side}") or "") for side in ("a", "b")]
    closer = _closer(row)
    rows: list[tuple[str, ...]] = [
        ("stance", text(row, "stance_a"), text(row, "stance_b")),
        ("closer to the government of", _sided(closer, "a"), _sided(closer, "b")),
        ("request", text(row, "prompt_a"), text(row, "prompt_b")),
        ("answer", *answers),
        ("refused", _reading(row, "refused_a"), _reading(row, "refused_b")),
        ("hedged", _reading(row, "hedged_a"), _reading(row, "hedged_b")),
        ("requested form delivered", _reading(row, "delivered_a"), _reading(row, "delivered_b")),
        ("answer length (characters)", *(f"{len(a):,}" for a in answers)),
    ]
    label = row.get("label")
    rows.append(
        (
            "pair verdict",
            {EVEN: "even", FAVOURS_A: "favoured", FAVOURS_B: "-"}.get(str(label), "no verdict"),
            {EVEN: "even", FAVOURS_A: "-", FAVOURS_B: "favoured"}.get(str(label), "no verdict"),
        )
    )
    judges = row.get("judges")
    verdict = VERDICT_WORDS.get(str(label), "no verdict") if label else "no verdict"
    named = "; ".join(f"{j}: {v}" for j, v in judges) if isinstance(judges, list) and judges else ""
    return [
        DetailTable(
            "Both sides of the pair",
            ("", "side A", "side B"),
            tuple(rows),
            note=f"Pair verdict: {verdict}"
            + (f" ({named})" if named else "")
            + f"; log2 length ratio A over B: {number(row, 'score_length_log_ratio'):+.2f}",
        )
    ]
