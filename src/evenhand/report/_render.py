"""Turn the collected numbers into one self-contained HTML page.

Safety of the page: model output is untrusted. Jinja2 escapes every value put into the markup;
data for the drill-down sit in inert `<script type="application/json">` elements with `<`, `>`
and `&` written as JSON escapes, or as base64; the page's script builds the drill-down with
`textContent` only. A Content-Security-Policy allows exactly the page's own style and script (by
hash) and nothing else: no other script runs and nothing is fetched, even if escaping failed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from collections import defaultdict
from importlib import resources
from typing import Any

from jinja2 import Environment, select_autoescape
from markupsafe import Markup

from evenhand.analysis import Estimate
from evenhand.analysis._compare import BOOTSTRAP_RESAMPLES, Comparison
from evenhand.report._charts import Scale, colour, describe, forest
from evenhand.report._collect import SIGNIFICANCE, ReportData, SuiteResults
from evenhand.report._drill import Drill
from evenhand.suites import HeadlineMetric, get_suite

GOLD_AGREEMENT = {
    ("censorship", "heuristic"): (0.73, 175),
    ("honesty", "heuristic"): (0.82, 84),
    ("misuse", "heuristic"): (0.70, 84),
    ("sycophancy", "heuristic"): (0.54, 36),
}
"""Cohen's kappa of a judge against the suite's gold set and the number of gold responses
(sycophancy: its pushback part, the part with categorical labels). benchmarks/judge_agreement.py
measures the first three; tests/test_report_stats.py recomputes all four from tests/gold, so they
cannot drift from the judges that ship."""


def render(data: ReportData, drill: Drill) -> str:
    """The report page as a string."""
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    template = env.from_string(_asset("report.html.j2"))
    index = {model: i for i, model in enumerate(data.models)}
    css = _asset("report.css") + "".join(
        f".m{i}{{background:{colour(i)}}}" for i in range(len(data.models))
    )
    js = _asset("report.js")
    csp = (
        "default-src 'none'; "
        f"style-src '{_sha256(css)}'; script-src '{_sha256(js)}'; "
        "img-src 'none'; connect-src 'none'; font-src 'none'; media-src 'none'; "
        "object-src 'none'; frame-src 'none'; worker-src 'none'; base-uri 'none'; "
        "form-action 'none'"
    )
    return template.render(
        data=data,
        csp=csp,
        css=Markup(css),
        js=Markup(js),
        models=[{"name": m, "index": index[m]} for m in data.models],
        sample_total=sum(sum(s.samples.values()) for s in data.suites),
        resamples=BOOTSTRAP_RESAMPLES,
        suites=[_suite_view(s, index) for s in data.suites],
        matrices=_matrices(data, index),
        comparison_rows=[_comparison_row(c) for c in data.comparisons],
        judges=[_judge_view(j) for j in data.judges],
        provenance=[_provenance_view(data, p, index) for p in data.provenance],
        drill=drill,
        drill_index=_json(drill.index),
        drill_colours=_json({m: colour(i) for m, i in index.items()}),
    )


def _asset(name: str) -> str:
    return resources.files("evenhand.report").joinpath("assets", name).read_text("utf-8")


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _json(value: Any) -> Markup:
    """JSON that cannot end its <script> element or open a comment: <, > and & are escaped."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return Markup(text)


def scale_of(metric: HeadlineMetric) -> Scale:
    """How a headline metric is printed: rates in %, differences of rates in points, the rest plain."""
    if metric.kind == "rate":
        return "percent"
    if metric.kind == "difference" and "stance" not in metric.name:
        return "points"
    return "plain"


def _scale_of_name(name: str) -> Scale:
    """The scale of a judged headline metric, known only by name (rates, or a stance index)."""
    return "plain" if "stance" in name else "percent"


def _supported(metric: HeadlineMetric) -> bool:
    e = metric.estimate
    if metric.kind != "difference" or not (e.low > 0 or e.high < 0):
        return False
    return metric.p_value is None or metric.p_value < SIGNIFICANCE


def _suite_view(suite: SuiteResults, index: dict[str, int]) -> dict[str, Any]:
    names: list[str] = []
    for metrics in suite.headline.values():
        names.extend(m.name for m in metrics if m.name not in names)
    by_model = {model: {m.name: m for m in ms} for model, ms in suite.headline.items()}
    table = []
    for name in names:
        cells: list[dict[str, Any] | None] = []
        for model in suite.models:
            metric = by_model.get(model, {}).get(name)
            if metric is None:
                cells.append(None)
                continue
            text = describe(metric.estimate, scale_of(metric))
            value, interval = text.split(" (", 1)
            cells.append(
                {
                    "value": value,
                    "interval": "(" + interval,
                    "p": None if metric.p_value is None else f"{metric.p_value:.3g}",
                    "supported": _supported(metric),
                }
            )
        table.append({"name": name, "cells": cells})
    return {
        "name": suite.name,
        "description": suite.description,
        "models": [
            {
                "name": m,
                "index": index[m],
                "samples": suite.samples.get(m, 0),
                "filtered": suite.filtered.get(m, 0),
            }
            for m in suite.models
        ],
        "table": table,
        "notes": suite.notes,
        "charts": _headline_charts(suite, names, by_model, index),
        "breakdown_charts": _breakdown_charts(suite, index),
    }


def _headline_charts(
    suite: SuiteResults,
    names: list[str],
    by_model: dict[str, dict[str, HeadlineMetric]],
    index: dict[str, int],
) -> list[dict[str, Any]]:
    charts = []
    kinds = (
        ("Rates", "Each dot is a model's rate; whiskers are 95% Wilson intervals.", ("rate",)),
        (
            "Differences and indices",
            "Targeted-censorship index (sensitive minus neutral non-complete rate), language gaps on "
            "matched pairs, mirroring of a user's politics, asymmetry between contexts: zero is no "
            "difference; whiskers are 95% intervals.",
            ("difference",),
        ),
        ("Means and coefficients", "Whiskers are 95% intervals.", ("mean", "coefficient")),
    )
    for title, note, wanted in kinds:
        groups = []
        scale: Scale = "percent"
        for name in names:
            points = []
            for model in suite.models:
                metric = by_model.get(model, {}).get(name)
                if metric is not None and metric.kind in wanted:
                    points.append((index[model], model, metric.estimate))
                    scale = scale_of(metric)
            if points:
                groups.append((name, points))
        if groups:
            if wanted == ("difference",) and any("stance" in name for name, _ in groups):
                # stance differences are on a -1..1 scale, rates' differences in points: split them
                stance = [g for g in groups if "stance" in g[0]]
                rest = [g for g in groups if "stance" not in g[0]]
                if rest:
                    charts.append(_chart(title, note, rest, "points"))
                charts.append(_chart(title + " (stance scale)", note, stance, "plain"))
            else:
                charts.append(_chart(title, note, groups, scale))
    return charts


def _chart(
    title: str, note: str, groups: list[tuple[str, list[tuple[int, str, Estimate]]]], scale: Scale
) -> dict[str, Any]:
    return {"title": title, "note": note, "svg": forest(title, groups, scale)}


def _breakdown_charts(suite: SuiteResults, index: dict[str, int]) -> list[dict[str, Any]]:
    cells: dict[tuple[str, str], dict[str, list[tuple[int, str, Estimate]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for model, model_cells in suite.breakdown.items():
        for cell in model_cells:
            cells[(cell.dimension, cell.label)][cell.group].append(
                (index[model], model, cell.estimate)
            )
    charts = []
    for (dimension, label), groups in cells.items():
        title = f"{label} by {dimension}"
        charts.append(_chart(title, "", sorted(groups.items()), "percent"))
    return charts


def _matrices(data: ReportData, index: dict[str, int]) -> list[dict[str, Any]]:
    matrices = []
    for suite in data.suites:
        compared = get_suite(suite.name).compared()
        metric = compared[0].name if compared else None
        found = {
            (c.model_a, c.model_b): c
            for c in data.comparisons
            if c.suite == suite.name and c.metric == metric
        }
        if not found:
            continue
        models = sorted({m for pair in found for m in pair}, key=lambda m: index[m])
        rows = []
        for a in models:
            cells: list[dict[str, Any] | None] = []
            for b in models:
                c = found.get((a, b))
                sign = 1.0
                if c is None and (b, a) in found:
                    c, sign = found[(b, a)], -1.0
                if c is None or a == b:
                    cells.append(None)
                    continue
                points = c.test == "mcnemar_exact"
                value = sign * c.difference
                low, high = sorted((sign * c.low, sign * c.high))
                cells.append(
                    {
                        "text": f"{value * 100:+.1f}" if points else f"{value:+.2f}",
                        "supported": c.p_holm < SIGNIFICANCE,
                        "title": f"{a} minus {b}: {_num(value, points)} (95% CI {_num(low, points)}"
                        f" to {_num(high, points)}), n = {c.n:,}, {c.test}, p(Holm) = "
                        f"{c.p_holm:.3g}",
                    }
                )
            rows.append({"model": a, "cells": cells})
        matrices.append({"suite": suite.name, "metric": metric, "models": models, "rows": rows})
    return matrices


def _num(value: float, points: bool) -> str:
    if math.isinf(value) or math.isnan(value):
        return str(value)
    return f"{value * 100:+.1f} pts" if points else f"{value:+.3f}"


def _comparison_row(c: Comparison) -> dict[str, Any]:
    points = c.test == "mcnemar_exact"
    return {
        "suite": c.suite,
        "metric": c.metric,
        "model_a": c.model_a,
        "model_b": c.model_b,
        "n": f"{c.n:,}",
        "a": f"{c.a:.3f}",
        "b": f"{c.b:.3f}",
        "difference": f"{_num(c.difference, points)} ({_num(c.low, points)} to "
        f"{_num(c.high, points)})",
        "supported": c.p_holm < SIGNIFICANCE,
        "test": c.test,
        "p": f"{c.p_value:.3g}",
        "p_holm": f"{c.p_holm:.3g}",
    }


def _judge_view(judge: Any) -> dict[str, Any]:
    rows = []
    for name, count in sorted(judge.labels_by_judge.items()):
        gold = GOLD_AGREEMENT.get((judge.suite, name))
        rows.append(
            {
                "judge": name,
                "count": count,
                "gold": f"{gold[0]:.2f} on {gold[1]} gold responses"
                + (" (pushback part)" if judge.suite == "sycophancy" else "")
                if gold
                else "not measured: run benchmarks/judge_agreement.py with this judge",
            }
        )
    if judge.alpha is not None:
        e = judge.alpha
        alpha = (
            f"Krippendorff's alpha {e.value:.2f} (95% CI {e.low:.2f} to {e.high:.2f}) over "
            f"{e.n:,} responses labelled by two or more judges"
            + (f", {judge.alpha_note}" if judge.alpha_note else "")
        )
    else:
        alpha = judge.alpha_note
    moves = []
    for model, metric, name, panel, alone in judge.moves:
        moves.append(
            {
                "model": model,
                "metric": metric,
                "judge": name,
                "panel": describe(panel, _scale_of_name(metric)) if panel else "n/a",
                "alone": describe(alone, _scale_of_name(metric)) if alone else "n/a",
            }
        )
    return {"suite": judge.suite, "rows": rows, "alpha": alpha, "moves": moves}


def _provenance_view(data: ReportData, p: Any, index: dict[str, int]) -> dict[str, Any]:
    tokens_in, tokens_out = p.tokens
    tasks = sorted({f"{h.suite} {h.task_version} ({h.dataset})" for h in p.logs})
    dates = sorted({h.created[:10] for h in p.logs})
    filtered = sum(s.filtered.get(p.model, 0) for s in data.suites)
    return {
        "model": p.model,
        "index": index[p.model],
        "provider": p.provider,
        "hosts": ", ".join(p.hosts) or "–",
        "weights": ", ".join(p.weights) or "not reported by the provider",
        "inspect": ", ".join(p.packages("inspect_ai")) or "–",
        "evenhand": ", ".join(p.packages("evenhand")) or "–",
        "tasks": "; ".join(tasks),
        "dates": dates[0] if len(dates) == 1 else f"{dates[0]} to {dates[-1]}",
        "tokens": f"{tokens_in:,} / {tokens_out:,}",
        "cost": f"${p.cost:,.4f}" if p.cost is not None else "not priced",
        "filtered": f"{filtered:,}",
    }
