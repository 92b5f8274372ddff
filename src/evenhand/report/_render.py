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
from collections import defaultdict
from importlib import resources
from typing import Any

from jinja2 import Environment, select_autoescape
from markupsafe import Markup

from evenhand.analysis import BOOTSTRAP_RESAMPLES, Comparison
from evenhand.core import (
    ChartPoint,
    Estimate,
    HeadlineMetric,
    Scale,
    Suite,
    SuiteChart,
    describe,
    format_value,
)
from evenhand.gate import GateResult
from evenhand.report._charts import colour, forest, scatter
from evenhand.report._collect import SIGNIFICANCE, JudgeSummary, ReportData, SuiteResults
from evenhand.report._drill import Drill
from evenhand.report._gate import gate_view


def render(data: ReportData, drill: Drill, gate: GateResult | None = None) -> str:
    """The report page as a string, with the gate's outcome when a policy was given."""
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    template = env.from_string(_asset("report.html.j2"))
    index = {model: i for i, model in enumerate(data.models)}
    for suite in data.suites:  # players of a joint suite's table keep a colour of their own
        for model, chart in suite.charts:
            for point in chart.points:
                index.setdefault(point.series or model, len(index))
    declarations = {s.name: s.declaration for s in data.suites}
    css = _asset("report.css") + "".join(
        f".m{i}{{background:{colour(i)}}}" for i in range(len(index))
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
        comparison_rows=[
            _comparison_row(c, difference_scale(declarations[c.suite], c.metric))
            for c in data.comparisons
        ],
        judges=[_judge_view(j, declarations[j.suite]) for j in data.judges],
        provenance=[_provenance_view(data, p, index) for p in data.provenance],
        gate=None if gate is None else gate_view(gate),
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


def difference_scale(suite: Suite, compared: str) -> Scale:
    """The scale of a difference between models on a compared score: points for scores printed in
    %, the score's own scale otherwise."""
    for c in suite.compared:
        if c.name == compared:
            scale = suite.score(c.score).scale
            return "points" if scale == "percent" else scale
    return "plain"


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
            text = describe(metric.estimate, metric.scale)
            value, interval = text.split(" (", 1)
            validity = suite.validity.get(model, {}).get(name)
            low = validity is not None and validity.low
            cells.append(
                {
                    "value": value,
                    "interval": "(" + interval,
                    "p": None if metric.p_value is None else f"{metric.p_value:.3g}",
                    "supported": _supported(metric) and not low,
                    "validity": "" if validity is None else validity.text,
                    "low": low,
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
                "degenerate": suite.degenerate.get(m, 0),
            }
            for m in suite.models
        ],
        "table": table,
        "notes": suite.notes,
        "charts": _headline_charts(suite, names, by_model, index),
        "breakdown_charts": _breakdown_charts(suite, index),
        "own_charts": _own_charts(suite, index),
    }


def _own_charts(suite: SuiteResults, index: dict[str, int]) -> list[dict[str, Any]]:
    """The suite's own charts (`Suite.charts`), one per title over every model's logs, each with
    the numbers behind its dots."""
    merged: dict[str, tuple[SuiteChart, list[tuple[str, ChartPoint]]]] = {}
    for model, chart in suite.charts:
        _, points = merged.setdefault(chart.title, (chart, []))
        points.extend((point.series or model, point) for point in chart.points)
    views = []
    for title, (chart, points) in merged.items():
        series = sorted({name for name, _ in points}, key=lambda name: index[name])
        numbers = []
        for name, point in points:
            numbers.append(
                {
                    "group": point.group,
                    "series": name,
                    "index": index[name],
                    "x": "" if point.x is None else describe(point.x, chart.scale),
                    "value": describe(point.estimate, chart.scale),
                }
            )
        if chart.kind == "scatter":
            svg = scatter(
                title,
                [
                    (index[name], f"{name}, {p.group}", p.x, p.estimate)
                    for name, p in points
                    if p.x is not None
                ],
                chart.x_title,
                chart.y_title,
            )
        else:
            groups: dict[str, list[tuple[int, str, Estimate]]] = {}
            for name, point in points:
                groups.setdefault(point.group, []).append((index[name], name, point.estimate))
            svg = forest(title, list(groups.items()), chart.scale)
        views.append(
            {
                "title": title,
                "note": chart.note,
                "svg": svg,
                "kind": chart.kind,
                "x_title": chart.x_title,
                "y_title": chart.y_title or "estimate",
                "legend": [{"name": name, "index": index[name]} for name in series],
                "numbers": numbers,
            }
        )
    return views


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
        scales: dict[str, Scale] = {}
        for name in names:
            points = []
            for model in suite.models:
                metric = by_model.get(model, {}).get(name)
                if metric is not None and metric.kind in wanted:
                    points.append((index[model], model, metric.estimate))
                    scales[name] = metric.scale
            if points:
                groups.append((name, points))
        # one chart per scale: differences of rates in points and a -1..1 index never share an axis
        for scale in sorted({scales[name] for name, _ in groups}):
            same = [g for g in groups if scales[g[0]] == scale]
            suffix = "" if len({scales[name] for name, _ in groups}) == 1 else f" ({scale} scale)"
            charts.append(_chart(title + suffix, note, same, scale))
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
        compared = suite.declaration.compared
        metric = compared[0].name if compared else None
        scale = difference_scale(suite.declaration, metric) if metric else "plain"
        found = {
            (c.model_a, c.model_b): c
            for c in data.comparisons
            if c.suite == suite.name and c.metric == metric
        }
        if not found:
            continue
        models = sorted({m for pair in found for m in pair}, key=lambda m: index.get(m, len(index)))
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
                value = sign * c.difference
                low, high = sorted((sign * c.low, sign * c.high))
                cells.append(
                    {
                        "text": f"{value * 100:+.1f}" if scale == "points" else f"{value:+.2f}",
                        "supported": c.p_holm < SIGNIFICANCE,
                        "title": f"{a} minus {b}: {format_value(value, scale)} (95% CI "
                        f"{format_value(low, scale)} to {format_value(high, scale)}), "
                        f"n = {c.n:,}, {c.test}, p(Holm) = {c.p_holm:.3g}",
                    }
                )
            rows.append({"model": a, "cells": cells})
        matrices.append({"suite": suite.name, "metric": metric, "models": models, "rows": rows})
    return matrices


def _comparison_row(c: Comparison, scale: Scale) -> dict[str, Any]:
    return {
        "suite": c.suite,
        "metric": c.metric,
        "model_a": c.model_a,
        "model_b": c.model_b,
        "n": f"{c.n:,}",
        "a": f"{c.a:.3f}",
        "b": f"{c.b:.3f}",
        "difference": f"{format_value(c.difference, scale)} ({format_value(c.low, scale)} to "
        f"{format_value(c.high, scale)})",
        "supported": c.p_holm < SIGNIFICANCE,
        "test": c.test,
        "p": f"{c.p_value:.3g}",
        "p_holm": f"{c.p_holm:.3g}",
    }


def _judge_view(judge: JudgeSummary, suite: Suite) -> dict[str, Any]:
    rows = []
    gold = {g.judge: g for g in suite.gold}
    for name, count in sorted(judge.labels_by_judge.items()):
        figure = gold.get(name)
        rows.append(
            {
                "judge": name,
                "count": count,
                "gold": f"{figure.kappa:.2f} on {figure.n} gold responses ({figure.source})"
                if figure
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
    for move in judge.moves:
        moves.append(
            {
                "model": move.model,
                "metric": move.metric,
                "judge": move.judge,
                "panel": describe(move.panel, move.scale) if move.panel else "n/a",
                "alone": describe(move.alone, move.scale) if move.alone else "n/a",
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
