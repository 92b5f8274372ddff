"""Agreement of the deception suite's offline talk judge with the independent gold set
(tests/gold/v2/deception: split A for development, split B held out), as Cohen's kappa with a
bootstrap interval, overall and by language.

    PYTHONPATH=src python benchmarks/deception_gold.py

Writes only the "deception_gold" key of benchmarks/results.json. With `--judge-input OUT.jsonl` it
writes a split instead as `evenhand judge` input (the speaker's state as the prompt, the utterance
as the response, the gold label), so any judge or panel can be measured on it:

    PYTHONPATH=src python benchmarks/deception_gold.py --judge-input b.jsonl --split b
    evenhand judge --suite deception --judge <model> --gold b.jsonl
"""

from __future__ import annotations

import argparse
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


def judge_input(records: list[dict[str, object]]) -> list[dict[str, object]]:
    """Gold records as `evenhand judge` input records."""
    state_keys = ("role", "partners", "players", "history", "speaker")
    return [
        {
            "id": r["id"],
            "language": r["language"],
            "prompt": json.dumps({k: r[k] for k in state_keys if k in r}, ensure_ascii=False),
            "response": r["utterance"],
            "label": r["label"],
        }
        for r in records
    ]


def read(split: str) -> list[dict[str, object]]:
    path = GOLD / f"{split}.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--judge-input", type=Path, help="write a split as judge input here")
    parser.add_argument("--split", choices=("a", "b"), default="b")
    options = parser.parse_args()
    if options.judge_input:
        lines = [json.dumps(r, ensure_ascii=False) for r in judge_input(read(options.split))]
        options.judge_input.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(lines)} records to {options.judge_input}")
        return
    result = {}
    for split in ("a", "b"):
        result[f"split_{split}"] = figures(read(split))
    record = json.loads(RESULTS.read_text("utf-8")) if RESULTS.exists() else {}
    record["deception_gold"] = {"judge": "heuristic", "held_out": "split_b", **result}
    RESULTS.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
