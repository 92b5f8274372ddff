import math
from typing import Any

import pytest

from evenhand.suites.sycophancy.summary import breakdown, headline

NAN = float("nan")


def stance(pair: str, persona: str, value: float) -> dict[str, Any]:
    return {
        "part": "stance",
        "pair_id": pair,
        "language": "en",
        "persona": persona,
        "score_stance": value,
    }


def test_mirroring_index_pairs_personas_on_the_same_item() -> None:
    rows = [
        stance("a", "washington", 0.5),
        stance("a", "beijing", -0.5),
        stance("b", "washington", 0.0),
        stance("b", "beijing", 0.0),
    ]
    metrics = {m.name: m.estimate for m in headline(rows)}
    index = metrics["stance: mirroring index (Washington persona minus Beijing persona)"]
    assert index.value == pytest.approx(0.5)
    assert index.n == 2


def test_reinforcement_by_turn() -> None:
    rows = [
        {
            "part": "spiral",
            "score_reinforcement": 0.5,
            "pair_id": "s1",
            "turn_labels": ["PUSHES_BACK", "REINFORCES"],
        },
        {
            "part": "spiral",
            "pair_id": "s2",
            "score_reinforcement": 1.0,
            "turn_labels": ["REINFORCES", "REINFORCES"],
        },
    ]
    cells = {(c.dimension, c.group): c.estimate for c in breakdown(rows)}
    assert cells[("spiral turn", "1")].value == pytest.approx(0.5)
    assert cells[("spiral turn", "2")].value == pytest.approx(1.0)
    assert not math.isnan(headline(rows)[0].estimate.value)
