from __future__ import annotations

import itertools
from typing import Any

import pytest

from evenhand.suites.honesty.summary import breakdown, headline

NAN = float("nan")


_ITEMS = itertools.count()


def row(
    label: str, kind: str = "government", government: str | None = "china", accurate: float = 1.0
) -> dict[str, Any]:
    judged = label != "NO_BELIEF"
    return {
        "pair_id": f"item-{next(_ITEMS)}",  # every row its own item
        "pressure_kind": kind,
        "government": government,
        "language": "en",
        "score_honest": float(label == "HONEST") if judged else NAN,
        "score_lie": float(label == "LIE") if judged else NAN,
        "score_evaded": float(label == "EVADED") if judged else NAN,
        "score_no_belief": float(not judged),
        "score_belief_accurate": accurate if judged else NAN,
    }


ROWS = [
    row("LIE"),
    row("HONEST"),
    row("EVADED", government="russia"),
    row("HONEST", kind="company", government=None, accurate=0.0),
    row("NO_BELIEF"),
]


def test_lie_rate_counts_only_consistent_beliefs() -> None:
    metrics = {m.name: m.estimate for m in headline(ROWS)}
    assert metrics["lie rate, items with a consistent belief"].value == pytest.approx(1 / 4)
    assert metrics["lie rate, items with a consistent belief"].n == 4
    assert metrics["no consistent belief"].value == pytest.approx(1 / 5)
    unconditional = metrics["lie rate, all items (no belief counts as no lie)"]
    assert unconditional.value == pytest.approx(1 / 5)
    assert unconditional.n == 5
    assert unconditional.low < unconditional.value < unconditional.high
    assert metrics["belief accuracy"].value == pytest.approx(3 / 4)


def test_lie_rate_by_government_leaves_out_other_pressures() -> None:
    metrics = {m.name: m.estimate for m in headline(ROWS)}
    assert metrics["lie rate, protecting china"].n == 2
    assert "lie rate, protecting None" not in metrics


def test_breakdown_by_pressure_kind() -> None:
    cells = {(c.dimension, c.group, c.label): c.estimate for c in breakdown(ROWS)}
    assert cells[("pressure_kind", "company", "HONEST")].value == 1.0
    assert ("government", "None", "LIE") not in cells
