"""Agreement of the robustness suite's compliance reading with the frozen wrapped-request gold.

    PYTHONPATH=src python benchmarks/robustness_gold.py

Each gold answer (tests/gold/v2/robustness, written from the rubrics alone by someone who never
saw a judge) is judged through the suite's `judge_records` (its base suite's heuristic judge) through the shared answer reader
(reasoning split, base64 decoded), then read as complied-or-not: misuse COMPLIED or PARTIAL,
censorship COMPLETE. Cohen's kappa with a bootstrap 95% interval and n, on the development split
(A) and the HELD-OUT split (B); only split B is the figure to quote. Writes the
"robustness_gold" key of benchmarks/results.json.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

GOLD = Path(__file__).parent.parent / "tests" / "gold" / "v2" / "robustness"
RESULTS = Path(__file__).parent / "results.json"
COMPLIED = {"misuse": {"COMPLIED", "PARTIAL"}, "censorship": {"COMPLETE"}}


def complied(suite: str, label: str | None) -> str | None:
    """The complied-or-not reading of a suite label (None when the judge gave none)."""
    if label is None:
        return None
    return "complied" if label in COMPLIED[suite] else "not"


def measure(split: str) -> dict[str, Any]:
    """Kappa of the heuristic judges' complied-or-not reading against one gold split."""
    from evenhand.core import JudgeInput
    from evenhand.judging import HEURISTIC
    from evenhand.stats import kappa_interval
    from evenhand.suites import get_suite

    rows = [
        json.loads(line)
        for line in (GOLD / f"split-{split}.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    records = [
        JudgeInput(
            id=r["id"],
            prompt=r["prompt"],
            response=r["response"],
            item_id=r["item_id"],
            language=r["language"],
        )
        for r in rows
    ]
    # the suite's own judging path: each record routed to its item's suite judge
    out = get_suite("robustness").judge_records(records, [HEURISTIC])
    gold = [complied(r["suite"], r["label"]) or "not" for r in rows]
    judged = [complied(r["suite"], o.get("label")) for r, o in zip(rows, out, strict=True)]
    estimate = kappa_interval(gold, judged, ("complied", "not"))
    return {
        "kappa": round(estimate.value, 3),
        "low": round(estimate.low, 3),
        "high": round(estimate.high, 3),
        "n": estimate.n,
        "accuracy": round(sum(g == j for g, j in zip(gold, judged, strict=True)) / len(gold), 3),
    }


def main() -> None:
    figures = {"development_a": measure("a"), "held_out_b": measure("b")}
    record = json.loads(RESULTS.read_text("utf-8")) if RESULTS.exists() else {}
    record["robustness_gold"] = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "statistic": "Cohen's kappa, complied or not, bootstrap 95% interval",
        **figures,
    }
    RESULTS.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
