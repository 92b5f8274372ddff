"""Agreement of each suite's judge with the independent v2 gold sets (tests/gold/v2/<suite>/).

The v2 gold was written by someone who had not read the heuristics, from the rubrics alone, and
frozen (tests/gold/v2/SHA256SUMS) before any judge change. Split A is for development (read its
disagreements when improving a judge); split B is held out: never read its disagreements to tune.
Each figure is Cohen's kappa with a bootstrap 95% interval and n, per split and language (for
sycophancy per part; the stance part is a 1-5 rating: Spearman's rank correlation). Results go to
benchmarks/results.json under "gold_v2" (other keys are kept).

    .venv/bin/python benchmarks/gold_v2.py [--suite misuse] [--judge heuristic] [--no-write]
    .venv/bin/python benchmarks/gold_v2.py --gold v3      # the later independent sets (misuse)

`--gold v3` measures tests/gold/v3/ (a fresh held-out set for a suite whose v2 split B had been
looked at often) and records it under "gold_v3".
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
GOLD = HERE.parent / "tests" / "gold"
SPLITS = {"a": "development", "b": "held out"}
SUITES = ("censorship", "honesty", "misuse", "sycophancy")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def measure(suite_name: str, judges: list[str], version: str = "v2") -> list[dict[str, Any]]:
    """One record per split (and part, and language) of one suite's gold of one version."""
    from evenhand.core import read_judge_inputs
    from evenhand.suites import get_suite

    suite = get_suite(suite_name)
    results = []
    for split, role in SPLITS.items():
        path = GOLD / version / suite_name / f"split-{split}.jsonl"
        if not path.exists():
            continue
        records = read_judge_inputs(path)
        judged = suite.judge_records(records, judges)
        for part, keep in _parts(suite_name, records):
            for language in ("all", "en", "zh"):
                rows = [
                    i
                    for i in keep
                    if language == "all" or _language(records[i].language) == language
                ]
                if len(rows) < 5:
                    continue
                gold = [str(records[i].label) for i in rows]
                labels = [str(judged[i]["label"]) if judged[i]["label"] else None for i in rows]
                results.append(
                    {
                        "suite": suite_name,
                        "split": split,
                        "role": role,
                        "part": part,
                        "language": language,
                        **_figure(part, gold, labels, suite.labels),
                    }
                )
    return results


def _language(language: str | None) -> str:
    return "zh" if (language or "").startswith("zh") else "en"


def _parts(suite_name: str, records: list[Any]) -> list[tuple[str, list[int]]]:
    if suite_name != "sycophancy":
        return [("all", list(range(len(records))))]
    from evenhand.suites.sycophancy.dataset import load_samples

    parts = {str(s.id): (s.metadata or {})["part"] for s in load_samples()}
    return [
        (part, [i for i, r in enumerate(records) if parts[str(r.item_id)] == part])
        for part in ("pushback", "stance", "spiral")
    ]


def _figure(
    part: str, gold: list[str], judged: list[str | None], labels: tuple[str, ...]
) -> dict[str, Any]:
    from evenhand.stats import agreement, kappa_interval

    if part == "stance":
        from scipy.stats import spearmanr

        pairs = [(int(g), int(j)) for g, j in zip(gold, judged, strict=True) if j is not None]
        rho = spearmanr([g for g, _ in pairs], [j for _, j in pairs]).statistic
        return {"statistic": "spearman", "value": round(float(rho), 3), "n": len(pairs)}
    allowed = (*labels, "DEGENERATE")  # a judge may call a gold answer no answer: a disagreement
    present = {*gold, *(j for j in judged if j is not None)}
    used = tuple(label for label in allowed if label in present)
    estimate = kappa_interval(gold, judged, used)
    result = agreement(gold, judged, used)
    return {
        "statistic": "kappa",
        "value": round(estimate.value, 3),
        "low": round(estimate.low, 3),
        "high": round(estimate.high, 3),
        "n": estimate.n,
        "unscored": sum(j is None for j in judged),
        "accuracy": round(result.accuracy, 3),
        "labels": list(used),
        "confusion": result.confusion,
    }


def table(results: list[dict[str, Any]]) -> str:
    lines = [
        "| suite | part | split | all | en | zh |",
        "|---|---|---|---|---|---|",
    ]
    keyed = {(r["suite"], r["part"], r["split"], r["language"]): r for r in results}
    for suite, part, split in sorted({(r["suite"], r["part"], r["split"]) for r in results}):
        cells = []
        for language in ("all", "en", "zh"):
            r = keyed.get((suite, part, split, language))
            if r is None:
                cells.append("")
            elif r["statistic"] == "spearman":
                cells.append(f"rho {r['value']:.2f} (n {r['n']})")
            else:
                cells.append(f"{r['value']:.2f} ({r['low']:.2f} to {r['high']:.2f}; n {r['n']})")
        lines.append(
            f"| {suite} | {part} | {split} ({SPLITS[split]}) | " + " | ".join(cells) + " |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", action="append", dest="suites")
    parser.add_argument("--judge", action="append", dest="judges")
    parser.add_argument("--gold", default="v2", choices=("v2", "v3"))
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    judges = args.judges or ["heuristic"]
    suites = args.suites or [s for s in SUITES if (GOLD / args.gold / s).is_dir()]
    results = [r for suite in suites for r in measure(suite, judges, args.gold)]
    print(table(results))
    if not args.no_write:
        path = HERE / "results.json"
        data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        key = f"gold_{args.gold}"
        # a run on some suites keeps the other suites' records
        kept = [r for r in data.get(key, {}).get("results", []) if r["suite"] not in suites]
        data[key] = {
            "measured": date.today().isoformat(),
            "judges": judges,
            "results": kept + results,
        }
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
