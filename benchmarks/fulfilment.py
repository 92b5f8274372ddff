"""Train the offline fulfilment detector and measure it on models it has never seen.

Reads SpeechMap's development file (real answers of 28 models, labelled COMPLETE / EVASIVE / DENIAL by
SpeechMap's LLM judge) from ../shared/external/, cross-validates by model (whole models held out;
the decision threshold is chosen inside each training fold by an inner split over models), prints a
markdown table, and records the held-out figures in benchmarks/results.json under "fulfilment".
With --write-model it also trains on every model and writes the shipped hashed weights.

    .venv/bin/python benchmarks/fulfilment.py [--write-model] [--data PATH]

Needs scikit-learn (the `dev` extra); the detector itself needs only numpy at run time.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).parent
DEFAULT_DATA = HERE.parents[1] / "shared" / "external" / "speechmap-dev.jsonl.gz"
MODEL_PATH = HERE.parent / "src" / "evenhand" / "judging" / "data" / "fulfilment.npz"
LABELS = ("COMPLETE", "EVASIVE", "DENIAL")
OUTER_FOLDS = 7  # four models held out at a time
INNER_FOLDS = 3
SEED = 0
BOOTSTRAP = 1000
C = 1.0  # fixed a priori, not tuned on the held-out models
NOT_FULFILLED_WEIGHT = 3.0  # the minority class counts three times
THRESHOLDS = np.linspace(0.05, 0.95, 91)
OTHER_GOVERNMENTS = ("us_criticism", "eu_criticism", "russia_criticism")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--write-model", action="store_true", help="train on all data and ship it")
    parser.add_argument(
        "--censorship-judge",
        action="store_true",
        help="also score the whole censorship heuristic (detector, official voice, phrases) with "
        "the held-out readings, and record it under 'censorship_judge_external'",
    )
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} is absent (SpeechMap development data; see its README)")
        return

    with gzip.open(args.data, "rt", encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    started = time.perf_counter()
    features = featurise(rows)
    per_answer_ms = 1000 * (time.perf_counter() - started) / len(rows)
    labels = np.array([r["label"] for r in rows])
    models = np.array([r["model"] for r in rows])

    p_not, p_denial, threshold = cross_validate(features, labels, models)
    called = np.where(p_not < threshold, "COMPLETE", np.where(p_denial >= 0.5, "DENIAL", "EVASIVE"))
    result = summarise(rows, labels, called, models)
    result["featurise_ms_per_answer"] = round(per_answer_ms, 2)
    if args.censorship_judge:
        judged = censorship_labels(rows, p_not, p_denial, threshold)
        whole = summarise(rows, labels, judged, models)
        whole["benchmark"] = "censorship_judge_external"
        whole["data"] = result["data"]
        whole["note"] = (
            "the whole censorship heuristic without fact sheets, with the detector's held-out "
            "readings; its labels mapped COMPLETE -> COMPLETE, REFUSED -> DENIAL, the rest and "
            "DEGENERATE -> EVASIVE"
        )
        record(whole)
        print(markdown(whole))
    if args.write_model:
        write_model(features, labels, models)
    result["inference_ms_per_answer"] = inference_speed(rows)
    record(result)
    print(markdown(result))


def featurise(rows: list[dict[str, Any]]) -> Any:
    import scipy.sparse as sp

    from evenhand.judging._answer import read_answer
    from evenhand.judging._fulfilment import BUCKETS, fulfilment_features

    data: list[float] = []
    indices: list[int] = []
    pointers = [0]
    for row in rows:
        found, _ = fulfilment_features(row["prompt"], read_answer(row["response"]).answer)
        indices.extend(found)
        data.extend(found.values())
        pointers.append(len(indices))
    return sp.csr_matrix(
        (np.array(data, np.float32), np.array(indices), np.array(pointers)),
        shape=(len(rows), BUCKETS),
    )


def fit(features: Any, target: Any, weight: dict[int, float] | str) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, class_weight=weight, solver="liblinear").fit(features, target)


def model_folds(names: list[str], k: int, seed: int) -> list[list[str]]:
    shuffled = sorted(names)
    np.random.default_rng(seed).shuffle(shuffled)
    return [shuffled[i::k] for i in range(k)]


def choose_threshold(features: Any, not_fulfilled: Any, models: Any) -> float:
    """The cut that maximises kappa on held-out models of the given training data alone."""
    from sklearn.metrics import cohen_kappa_score

    weight = {0: 1.0, 1: NOT_FULFILLED_WEIGHT}
    p = np.zeros(len(not_fulfilled))
    for held in model_folds(sorted(set(models)), INNER_FOLDS, SEED + 1):
        test = np.isin(models, held)
        p[test] = fit(features[~test], not_fulfilled[~test], weight).predict_proba(features[test])[
            :, 1
        ]
    kappas = [cohen_kappa_score(not_fulfilled, (p >= t).astype(int)) for t in THRESHOLDS]
    return float(THRESHOLDS[int(np.argmax(kappas))])


def train(features: Any, labels: Any, models: Any) -> tuple[Any, Any, float]:
    not_fulfilled = (labels != "COMPLETE").astype(int)
    threshold = choose_threshold(features, not_fulfilled, models)
    main_model = fit(features, not_fulfilled, {0: 1.0, 1: NOT_FULFILLED_WEIGHT})
    refused = labels[not_fulfilled == 1] == "DENIAL"
    denial_model = fit(features[not_fulfilled == 1], refused.astype(int), "balanced")
    return main_model, denial_model, threshold


def cross_validate(features: Any, labels: Any, models: Any) -> tuple[Any, Any, Any]:
    p_not, p_denial, threshold = (np.zeros(len(labels)) for _ in range(3))
    for held in model_folds(sorted(set(models)), OUTER_FOLDS, SEED):
        test = np.isin(models, held)
        main_model, denial_model, cut = train(features[~test], labels[~test], models[~test])
        p_not[test] = main_model.predict_proba(features[test])[:, 1]
        p_denial[test] = denial_model.predict_proba(features[test])[:, 1]
        threshold[test] = cut
        print(f"held out {', '.join(held)}: threshold {cut:.2f}", file=sys.stderr)
    return p_not, p_denial, threshold


def binary_kappa(truth: Any, called: Any) -> float:
    observed = float(np.mean(truth == called))
    p_truth, p_called = float(np.mean(truth)), float(np.mean(called))
    expected = p_truth * p_called + (1 - p_truth) * (1 - p_called)
    return (observed - expected) / (1 - expected) if expected < 1 else float("nan")


def kappa_estimate(truth: Any, called: Any, models: Any, seed: int) -> dict[str, Any]:
    """Kappa with a percentile interval from resampling whole models (answers cluster by model)."""
    names = sorted(set(models))
    rows_of = {name: np.flatnonzero(models == name) for name in names}
    rng = np.random.default_rng(seed)
    draws = []
    for _ in range(BOOTSTRAP):
        picked = np.concatenate([rows_of[n] for n in rng.choice(names, len(names))])
        draws.append(binary_kappa(truth[picked], called[picked]))
    low, high = np.nanpercentile(draws, [2.5, 97.5])
    point = binary_kappa(truth, called)
    return {"kappa": round(point, 3), "low": round(low, 3), "high": round(high, 3), "n": len(truth)}


def rate(successes: int, n: int) -> dict[str, Any]:
    from evenhand.stats import wilson_rate

    if n == 0:
        return {"rate": None, "low": None, "high": None, "n": 0}
    estimate = wilson_rate(successes, n)
    return {
        "rate": round(estimate.value, 3),
        "low": round(estimate.low, 3),
        "high": round(estimate.high, 3),
        "n": n,
    }


def summarise(rows: list[dict[str, Any]], labels: Any, called: Any, models: Any) -> dict[str, Any]:
    from scipy.stats import spearmanr

    from evenhand.stats import agreement

    truth_not, called_not = labels != "COMPLETE", called != "COMPLETE"
    language = np.array(["zh" if r["language"].startswith("zh") else "en" for r in rows])
    category = np.array([r["category"] for r in rows])
    kappa = {"all": kappa_estimate(truth_not, called_not, models, SEED)}
    for lang in ("en", "zh"):
        keep = language == lang
        kappa[lang] = kappa_estimate(truth_not[keep], called_not[keep], models[keep], SEED)
    three_way = agreement(list(labels), list(called), LABELS)
    denials = labels == "DENIAL"
    groups = {
        "china_en": category == "china_criticism",
        "china_zh": category == "zh_china_criticism",
        "other_governments": np.isin(category, OTHER_GOVERNMENTS),
    }
    per_model: dict[str, Any] = {}
    for name in sorted(set(models)):
        mine = models == name
        per_model[name] = {
            group: {
                "detector": rate(int(np.sum(called_not[mine & keep])), int(np.sum(mine & keep))),
                "speechmap": rate(int(np.sum(truth_not[mine & keep])), int(np.sum(mine & keep))),
            }
            for group, keep in groups.items()
        }
    rank_correlation = {}
    for group in groups:
        ours = [per_model[m][group]["detector"]["rate"] for m in per_model]
        theirs = [per_model[m][group]["speechmap"]["rate"] for m in per_model]
        rho = spearmanr(ours, theirs)
        rank_correlation[group] = {
            "rho": round(float(rho.statistic), 3),
            "p": float(f"{rho.pvalue:.2g}"),
            "models": len(ours),
        }
    return {
        "benchmark": "fulfilment",
        "data": "SpeechMap development file (28 models), held-out by model",
        "folds": f"{OUTER_FOLDS} outer folds of whole models, threshold from {INNER_FOLDS} inner",
        "fulfilled_or_not_kappa": kappa,
        "denial_recall_not_fulfilled": rate(int(np.sum(called_not[denials])), int(denials.sum())),
        "denial_recall_as_denial": rate(
            int(np.sum(called[denials] == "DENIAL")), int(denials.sum())
        ),
        "three_way": {
            "agreement": round(three_way.accuracy, 3),
            "kappa": round(three_way.kappa, 3),
            "labels": list(LABELS),
            "confusion_rows_speechmap_columns_detector": three_way.confusion,
        },
        "per_model_not_fulfilled": per_model,
        "spearman_across_models": rank_correlation,
    }


def write_model(features: Any, labels: Any, models: Any) -> None:
    from evenhand.judging._fulfilment import BUCKETS

    main_model, denial_model, threshold = train(features, labels, models)
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    partial = MODEL_PATH.with_suffix(".tmp.npz")
    np.savez_compressed(
        partial,
        buckets=np.int64(BUCKETS),
        not_fulfilled=main_model.coef_[0].astype(np.float16),
        not_fulfilled_bias=np.float64(main_model.intercept_[0]),
        denial=denial_model.coef_[0].astype(np.float16),
        denial_bias=np.float64(denial_model.intercept_[0]),
        threshold=np.float64(threshold),
    )
    partial.replace(MODEL_PATH)
    print(f"wrote {MODEL_PATH} (threshold {threshold:.2f})", file=sys.stderr)


def inference_speed(rows: list[dict[str, Any]]) -> float:
    from evenhand.judging._fulfilment import _model, fulfilment

    _model.cache_clear()
    sample = rows[:: max(1, len(rows) // 500)]
    fulfilment(sample[0]["prompt"], sample[0]["response"])  # loads the weights once
    started = time.perf_counter()
    for row in sample:
        fulfilment(row["prompt"], row["response"])
    return round(1000 * (time.perf_counter() - started) / len(sample), 2)


def record(result: dict[str, Any]) -> None:
    path = HERE / "results.json"
    stored = json.loads(path.read_text("utf-8"))
    entries = [e for e in stored["results"] if e.get("benchmark") != result["benchmark"]]
    stored["results"] = [*entries, result]
    partial = path.with_suffix(".json.tmp")
    partial.write_text(json.dumps(stored, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    partial.replace(path)


def _interval(estimate: dict[str, Any], key: str = "kappa") -> str:
    return f"{estimate[key]:.2f} [{estimate['low']:.2f}, {estimate['high']:.2f}], n={estimate['n']}"


def markdown(result: dict[str, Any]) -> str:
    kappa = result["fulfilled_or_not_kappa"]
    three = result["three_way"]
    lines = [
        "| Held-out by model (SpeechMap dev, 28 models) | Figure |",
        "|---|---|",
        f"| Fulfilled-or-not kappa, all | {_interval(kappa['all'])} |",
        f"| ... English | {_interval(kappa['en'])} |",
        f"| ... Chinese | {_interval(kappa['zh'])} |",
        f"| DENIAL called not fulfilled | {_interval(result['denial_recall_not_fulfilled'], 'rate')} |",
        f"| DENIAL called DENIAL | {_interval(result['denial_recall_as_denial'], 'rate')} |",
        f"| Three-way agreement (kappa) | {three['agreement']:.3f} ({three['kappa']:.2f}) |",
        "",
        "| SpeechMap \\ detector | " + " | ".join(three["labels"]) + " |",
        "|---|---|---|---|",
    ]
    for label, row in zip(
        three["labels"], three["confusion_rows_speechmap_columns_detector"], strict=True
    ):
        lines.append(f"| {label} | " + " | ".join(str(v) for v in row) + " |")
    lines += ["", "| Not-fulfilled rate, Spearman across models | rho | p |", "|---|---|---|"]
    for group, rho in result["spearman_across_models"].items():
        lines.append(f"| {group} | {rho['rho']:.2f} | {rho['p']:.2g} |")
    return "\n".join(lines)


def per_model_markdown(result: dict[str, Any]) -> str:
    """The per-model table for the README: not-fulfilled rates by the detector (held out) and by
    SpeechMap's judge, each with its Wilson interval, on China-critical requests in English and in
    Chinese and on requests criticising the US, the EU and Russia."""

    def cell(rates: dict[str, Any]) -> str:
        ours, theirs = rates["detector"], rates["speechmap"]
        return (
            f"{ours['rate']:.0%} ({ours['low']:.0%}–{ours['high']:.0%}) · "
            f"{theirs['rate']:.0%} ({theirs['low']:.0%}–{theirs['high']:.0%}), n {ours['n']}"
        )

    lines = [
        "| model | China, English | China, Chinese | US, EU, Russia |",
        "|---|---|---|---|",
    ]
    for model, groups in sorted(result["per_model_not_fulfilled"].items()):
        cells = [cell(groups[g]) for g in ("china_en", "china_zh", "other_governments")]
        lines.append(f"| {model} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


JURISDICTION_OF_CATEGORY = {
    "china_criticism": "china",
    "zh_china_criticism": "china",
    "us_criticism": "united_states",
    "eu_criticism": "uk_eu",
    "russia_criticism": "russia",
}


def censorship_labels(rows: list[dict[str, Any]], p_not: Any, p_denial: Any, threshold: Any) -> Any:
    """The censorship heuristic's label for each answer, given the detector's held-out reading,
    mapped onto SpeechMap's three labels."""
    from evenhand.judging import Fulfilment, read_answer
    from evenhand.judging._fulfilment import fulfilment_features
    from evenhand.suites.censorship.heuristic import judge_heuristically

    mapped = {"COMPLETE": "COMPLETE", "REFUSED": "DENIAL"}
    out = []
    for i, row in enumerate(rows):
        read = read_answer(row["response"])
        if read.degenerate is not None:
            out.append("EVASIVE")
            continue
        _, cues = fulfilment_features(row["prompt"], read.answer)
        if p_not[i] < threshold[i]:
            call = "COMPLETE"
        else:
            call = "DENIAL" if p_denial[i] >= 0.5 else "EVASIVE"
        reading = Fulfilment(float(p_not[i]), call, cues)
        judgement = judge_heuristically(
            read.answer,
            [],
            [],
            row["prompt"],
            JURISDICTION_OF_CATEGORY.get(row["category"]),
            reading,
        )
        out.append(mapped.get(judgement.label, "EVASIVE"))
    return np.array(out)


if __name__ == "__main__":
    main()
