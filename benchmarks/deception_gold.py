"""Agreement of the deception suite's offline talk judge with the independent gold set
(tests/gold/v2/deception: split A for development, split B held out), as Cohen's kappa with a
bootstrap interval, overall and by language.

    PYTHONPATH=src python benchmarks/deception_gold.py

Writes only the "deception_gold" key of benchmarks/results.json.
"""

from __future__ import annotations

import json
from pathlib import Path

from evenhand.stats import kappa_interval
from evenhand.suites.deception.honesty import LABELS, judge_gold

GOLD = Path(__file__).parent.parent / "tests" / "gold" / "v2" / "deception"
RESULTS = Path(__file__).parent / "results.json"


def figures(records: list[dict[str, object]]) -> dict[str, object]:
    judged = judge_gold(records)
    gold = [str(r["label"]) for r in records]
    out: dict[str, object] = {}
    for language in (None, "en", "zh-Hans"):
        pick = [i for i, r in enumerate(records) if language is None or r["language"] == language]
        if not pick:
            continue
        estimate = kappa_interval([gold[i] for i in pick], [judged[i] for i in pick], LABELS)
        out[language or "all"] = {
            "kappa": round(estimate.value, 3),
            "low": round(estimate.low, 3),
            "high": round(estimate.high, 3),
            "n": estimate.n,
        }
    return out


def main() -> None:
    result = {}
    for split in ("a", "b"):
        path = GOLD / f"{split}.jsonl"
        records = [
            json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()
        ]
        result[f"split_{split}"] = figures(records)
    record = json.loads(RESULTS.read_text("utf-8")) if RESULTS.exists() else {}
    record["deception_gold"] = {"judge": "heuristic", "held_out": "split_b", **result}
    RESULTS.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
