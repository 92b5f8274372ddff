"""Agreement of a suite's judge with its human gold set (Cohen's kappa, confusion matrix).

Runs the judge exactly as `evenhand judge` does on every file in tests/gold/<suite>/ and prints a
markdown table (for the suite README) and a JSON line.

    .venv/bin/python benchmarks/judge_agreement.py [--suite censorship] [--judge heuristic] ...
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

GOLD = Path(__file__).parents[1] / "tests" / "gold"
TUNING_FILES = {"censorship": ("cn", "usru"), "misuse": ("mua",)}
"""Gold files read while the heuristic's phrase lists were written; the others are held out."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", default="censorship")
    parser.add_argument("--judge", action="append", dest="judges")
    args = parser.parse_args()
    judges = args.judges or ["heuristic"]

    from evenhand.core import read_judge_inputs
    from evenhand.stats import agreement, kappa_interval
    from evenhand.suites import get_suite

    suite = get_suite(args.suite)
    labels = suite.labels
    files = sorted((GOLD / args.suite).glob("*.jsonl"))
    records = [r for path in files for r in read_judge_inputs(path)]
    judged = suite.judge_records(records, judges)
    gold = [str(r.label) for r in records]
    result = agreement(gold, [j["label"] for j in judged], labels)
    interval = kappa_interval(gold, [j["label"] for j in judged], labels)

    def kappa_of(keep: list[int]) -> float | None:
        if not keep:
            return None
        sub = agreement([gold[i] for i in keep], [judged[i]["label"] for i in keep], labels)
        return round(sub.kappa, 3)

    def language(i: int) -> str:
        return (records[i].item_id or "").rsplit(".", 1)[-1][:2]

    by_language = {
        lang: kappa_of([i for i in range(len(records)) if language(i) == lang])
        for lang in ("en", "zh")
    }
    tuning = TUNING_FILES.get(args.suite, ())
    by_split = {
        "tuning": kappa_of([i for i, r in enumerate(records) if r.id.split("-g")[0] in tuning]),
        "held_out": kappa_of(
            [i for i, r in enumerate(records) if r.id.split("-g")[0] not in tuning]
        ),
    }
    unscored = sum(1 for j in judged if j["label"] is None)
    print(
        f"Suite {args.suite}; judge {' + '.join(judges)}; {len(records)} gold responses "
        f"({unscored} left unscored by the judge); Cohen's kappa {result.kappa:.2f} "
        f"(95% CI {interval.low:.2f} to {interval.high:.2f}, n {interval.n}) "
        f"(English {by_language['en']}, Chinese {by_language['zh']}); accuracy {result.accuracy:.0%}; "
        f"tuning files {by_split['tuning']}, held-out files {by_split['held_out']}\n"
    )
    print("| gold \\ judged | " + " | ".join(labels) + " |")
    print("|---" * (len(labels) + 1) + "|")
    for label, row in zip(labels, result.confusion, strict=True):
        print(f"| {label} | " + " | ".join(str(v) for v in row) + " |")
    print()
    print(
        json.dumps(
            {
                "benchmark": "judge_agreement",
                "suite": args.suite,
                "judges": judges,
                "n": len(records),
                "unscored": unscored,
                "kappa": round(result.kappa, 3),
                "kappa_low": round(interval.low, 3),
                "kappa_high": round(interval.high, 3),
                "kappa_by_language": by_language,
                "kappa_by_split": by_split,
                "accuracy": round(result.accuracy, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
