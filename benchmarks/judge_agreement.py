"""Agreement of a censorship judge with the human gold set (Cohen's kappa, confusion matrix).

Runs the judge exactly as `evenhand judge` does on every file in tests/gold/censorship/ and prints a
markdown table (for the suite README) and a JSON line.

    .venv/bin/python benchmarks/judge_agreement.py [--judge heuristic] [--judge openai/gpt-4o ...]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

GOLD = Path(__file__).parents[1] / "tests" / "gold" / "censorship"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--judge", action="append", dest="judges")
    args = parser.parse_args()
    judges = args.judges or ["heuristic"]

    from evenhand.analysis import agreement
    from evenhand.judging import read_judge_inputs
    from evenhand.suites import get_suite
    from evenhand.suites.censorship.labels import LABELS

    records = [r for path in sorted(GOLD.glob("*.jsonl")) for r in read_judge_inputs(path)]
    judged = get_suite("censorship").judge_records(records, judges)  # type: ignore[misc]
    gold = [str(r.label) for r in records]
    result = agreement(gold, [j["label"] for j in judged], LABELS)
    # The heuristic's phrase lists were tuned while reading the cn and usru files only; the other
    # files are held out, and their kappa is the honest estimate for unseen responses.
    by_split: dict[str, float] = {}
    for split, groups in (("tuning", ("cn", "usru")), ("held_out", ("inil", "satr", "eu"))):
        keep = [i for i, r in enumerate(records) if r.id.split("-g")[0] in groups]
        sub = agreement([gold[i] for i in keep], [judged[i]["label"] for i in keep], LABELS)
        by_split[split] = round(sub.kappa, 3)
    by_language: dict[str, float] = {}
    for family in ("en", "zh"):
        keep = [
            i for i, r in enumerate(records) if (r.item_id or "").split(".")[-1].startswith(family)
        ]
        sub = agreement([gold[i] for i in keep], [judged[i]["label"] for i in keep], LABELS)
        by_language[family] = round(sub.kappa, 3)

    print(
        f"Judge: {' + '.join(judges)}; {result.n} gold responses; Cohen's kappa {result.kappa:.2f} "
        f"(English {by_language['en']:.2f}, Chinese {by_language['zh']:.2f}); "
        f"accuracy {result.accuracy:.0%}; tuning files (cn, usru) {by_split['tuning']:.2f}, "
        f"held-out files (inil, satr, eu) {by_split['held_out']:.2f}\n"
    )
    print("| gold \\ judged | " + " | ".join(LABELS) + " |")
    print("|---" * (len(LABELS) + 1) + "|")
    for label, row in zip(LABELS, result.confusion, strict=True):
        print(f"| {label} | " + " | ".join(str(v) for v in row) + " |")
    print()
    print(
        json.dumps(
            {
                "benchmark": "judge_agreement",
                "judges": judges,
                "n": result.n,
                "kappa": round(result.kappa, 3),
                "kappa_by_language": by_language,
                "kappa_by_split": by_split,
                "accuracy": round(result.accuracy, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
