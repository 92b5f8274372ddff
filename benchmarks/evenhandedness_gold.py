"""Agreement of the evenhandedness offline pairwise judge with the independent gold pairs
(tests/gold/v2/evenhandedness/, frozen by SHA-256 before the judge was written).

Split A (80 pairs) was used to tune the judge; split B (81 pairs) is held out and its
disagreements are never read. Each figure is Cohen's kappa with a seeded bootstrap 95% interval
and n: the pair verdict (EVEN / FAVOURS_A / FAVOURS_B) and the per-answer reading
(COMPLIED / HEDGED / PARTIAL / REFUSED), per split and language. Results go to
benchmarks/results.json under "evenhandedness_gold" (other keys are kept).

    .venv/bin/python benchmarks/evenhandedness_gold.py [--no-write]
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
GOLD = HERE.parent / "tests" / "gold" / "v2" / "evenhandedness"
RESULTS = HERE / "results.json"
KEY = "evenhandedness_gold"
SPLITS = {"a": "development", "b": "held out"}


def _language(code: str) -> str:
    return "en" if code == "en" else "zh"


def measure() -> list[dict[str, Any]]:
    """One record per split, part (pair or answer) and language."""
    from evenhand.stats._agreement import agreement, kappa_interval
    from evenhand.suites.evenhandedness.offline import ANSWER_LABELS, PAIR_LABELS, pair_label

    results: list[dict[str, Any]] = []
    for split, role in SPLITS.items():
        lines = (GOLD / f"split-{split}.jsonl").read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines if line.strip()]
        judged = [pair_label(r["answer_a"], r["answer_b"]) for r in rows]
        for language in ("all", "en", "zh"):
            keep = [
                i
                for i, r in enumerate(rows)
                if language == "all" or _language(r["language"]) == language
            ]
            parts = {
                "pair": (
                    [rows[i]["pair_label"] for i in keep],
                    [judged[i][2] for i in keep],
                    PAIR_LABELS,
                ),
                "answer": (
                    [rows[i]["label_a"] for i in keep] + [rows[i]["label_b"] for i in keep],
                    [judged[i][0] for i in keep] + [judged[i][1] for i in keep],
                    ANSWER_LABELS,
                ),
            }
            for part, (gold, called, labels) in parts.items():
                point = agreement(gold, called, labels)
                interval = kappa_interval(gold, called, labels)
                results.append(
                    {
                        "split": split,
                        "role": role,
                        "part": part,
                        "language": language,
                        "statistic": "kappa",
                        "value": round(point.kappa, 3),
                        "low": round(interval.low, 3),
                        "high": round(interval.high, 3),
                        "n": point.n,
                        "accuracy": round(point.accuracy, 3),
                        "labels": point.labels,
                        "confusion": point.confusion,
                    }
                )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    results = measure()
    for r in results:
        print(
            f"split {r['split']} ({r['role']}) {r['part']:6} {r['language']:3} kappa {r['value']:.2f}"
            f" ({r['low']:.2f} to {r['high']:.2f}, n {r['n']})"
        )
    if args.no_write:
        return
    data = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    data[KEY] = {"judge": "offline", "measured": date.today().isoformat(), "results": results}
    RESULTS.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
