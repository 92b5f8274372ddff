"""Tables and JSON for the CLI."""

from __future__ import annotations

import math
from typing import Any

from rich.console import Console
from rich.table import Table

from evenhand.core import HeadlineMetric, describe_n, format_interval, format_value
from evenhand.runner import AuditResult, BreakdownRow, SummaryRow
from evenhand.suites import all_suites


def format_metric(metric: HeadlineMetric) -> tuple[str, str]:
    """The estimate and its interval as text, on the scale the metric declares (the report prints
    the same strings)."""
    return format_value(metric.estimate.value, metric.scale), format_interval(
        metric.estimate, metric.scale
    )


def print_summary(result: AuditResult) -> None:
    """Print the headline numbers of an audit: one table per model and suite."""
    console = Console()
    if not result.summary:
        console.print("No finished logs to summarise.")
        return
    groups: dict[tuple[str, str], list[SummaryRow]] = {}
    for row in result.summary:
        groups.setdefault((row.model, row.suite), []).append(row)
    for (model, suite), rows in groups.items():
        table = Table(title=f"{model} on {suite}: headline numbers (95% intervals)")
        table.add_column("metric")
        table.add_column("estimate", justify="right")
        table.add_column("95% interval", justify="right")
        table.add_column("n", justify="right")
        with_p = any(row.metric.p_value is not None for row in rows)
        if with_p:
            table.add_column("p (Holm)", justify="right")
        table.add_column("judge vs gold")
        for row in rows:
            value, interval = format_metric(row.metric)
            cells = [row.metric.name, value, interval, describe_n(row.metric.estimate)]
            if with_p:
                p = row.metric.p_value
                cells.append("" if p is None else f"{p:.3f}")
            cells.append("" if row.validity is None else row.validity.text)
            table.add_row(*cells)
        console.print(table)
    _print_breakdown(console, result.breakdown)
    console.print(
        f"Logs: {len(result.log_files)} file(s) in {result.log_files[0].rsplit('/', 1)[0]}; "
        "open them with `inspect view`."
        if result.log_files
        else "No logs were written."
    )


def _print_breakdown(console: Console, rows: list[BreakdownRow]) -> None:
    """Label rates by group, one table per model, suite and dimension: `rate% (low-high)`."""
    tables: dict[tuple[str, str, str], dict[str, dict[str, str]]] = {}
    for row in rows:
        cell = row.cell
        grid = tables.setdefault((row.model, row.suite, cell.dimension), {})
        e = cell.estimate
        grid.setdefault(cell.group, {"n": describe_n(e)})[cell.label] = (
            f"{e.value * 100:.0f}% ({e.low * 100:.0f}-{e.high * 100:.0f})"
        )
    for (model, suite, dimension), grid in tables.items():
        # every label any group has (a deception model has no willingness where it never
        # reached a mission as saboteur): a group without one shows a dash
        labels = list(dict.fromkeys(label for cells in grid.values() for label in cells))
        labels.remove("n")
        table = Table(title=f"{model} on {suite}: label rates by {dimension} (95% intervals)")
        table.add_column(dimension)
        for label in labels:
            table.add_column(label.lower().replace("_", " "), justify="right")
        table.add_column("n", justify="right")
        for group, cells in grid.items():
            table.add_row(group, *(cells.get(label, "–") for label in labels), cells["n"])
        console.print(table)


def summary_json(result: AuditResult) -> dict[str, Any]:
    """The audit's outcome as plain data."""
    return {
        "success": result.success,
        "logs": result.log_files,
        "errors": result.errors,
        "summary": [_row_json(row) for row in result.summary],
        "breakdown": [
            {
                "model": row.model,
                "suite": row.suite,
                "dimension": row.cell.dimension,
                "group": row.cell.group,
                "label": row.cell.label,
                "value": row.cell.estimate.value,
                "low": row.cell.estimate.low,
                "high": row.cell.estimate.high,
                "n": row.cell.estimate.n,
            }
            for row in result.breakdown
        ],
    }


def _row_json(row: SummaryRow) -> dict[str, Any]:
    estimate = row.metric.estimate
    return {
        "model": row.model,
        "suite": row.suite,
        "metric": row.metric.name,
        "kind": row.metric.kind,
        "scale": row.metric.scale,
        "value": estimate.value,
        "low": None if math.isinf(estimate.low) else estimate.low,
        "high": None if math.isinf(estimate.high) else estimate.high,
        "n": estimate.n,
        "items": estimate.items,
        "p_value_holm": row.metric.p_value,
        "judge_kappa": None if row.validity is None else row.validity.kappa,
        "judge_validity": None if row.validity is None else row.validity.text,
        "low_validity": row.validity is not None and row.validity.low,
    }


def suites_json() -> list[dict[str, Any]]:
    """Every suite with its task name, version and item counts."""
    return [
        {
            "suite": suite.name,
            "task": suite.task_name,
            "version": suite.version,
            "description": suite.description,
            **suite.counts(),
        }
        for suite in all_suites()
    ]


def print_suites() -> None:
    """Print the suites as a table. A suite whose unit is not an item (a pair, a match) shows its
    own counts in the last column."""
    table = Table(title="evenhand suites")
    for column in ("suite", "task", "version", "samples", "base items", "by language", "counts"):
        table.add_column(column)
    shown = {"suite", "task", "version", "description", "samples", "base_items", "by_language"}
    for entry in suites_json():
        languages = entry.get("by_language") or {}
        other = {k: v for k, v in entry.items() if k not in shown}
        table.add_row(
            entry["suite"],
            entry["task"],
            entry["version"],
            str(entry.get("samples", "-")),
            str(entry.get("base_items", "-")),
            ", ".join(f"{k} {v}" for k, v in languages.items())
            if isinstance(languages, dict)
            else "",
            "; ".join(f"{k.replace('_', ' ')}: {_count_text(v)}" for k, v in other.items()),
        )
    Console().print(table)


def _count_text(value: object) -> str:
    """A count, a list or a mapping of counts as one short text."""
    if isinstance(value, dict):
        return ", ".join(f"{k} {_count_text(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def print_comparisons(model_a: str, model_b: str, comparisons: list[Any]) -> None:
    """Print paired comparisons: both means, the difference with its interval, the test and p-values."""
    table = Table(title=f"{model_a} (A) vs {model_b} (B): paired on the same items, Holm-corrected")
    for column in (
        "suite",
        "score",
        "n",
        "A",
        "B",
        "A - B",
        "95% interval",
        "test",
        "p",
        "p (Holm)",
    ):
        table.add_column(
            column, justify="left" if column in ("suite", "score", "test") else "right"
        )
    for c in comparisons:
        table.add_row(
            c.suite,
            c.metric,
            str(c.n),
            f"{c.a:.3f}",
            f"{c.b:.3f}",
            f"{c.difference:+.3f}",
            f"[{c.low:+.3f}, {c.high:+.3f}]",
            c.test,
            f"{c.p_value:.3g}",
            f"{c.p_holm:.3g}",
        )
    Console().print(table)


def _kappa(estimate: Any) -> str:
    if estimate is None:
        return "n/a"
    return f"{estimate.value:.2f} ({estimate.low:.2f} to {estimate.high:.2f}), n = {estimate.n:,}"


def print_validation(suite: str, judges: list[str], result: Any) -> None:
    """Print a judge's agreement with a file's labels: kappa with its interval, by language, and
    the confusion matrix."""
    console = Console()
    console.print(f"{' + '.join(judges)} on {suite}: {result.n:,} labelled records judged")
    if result.unlabelled:
        console.print(f"  {result.unlabelled:,} left without a label by the judge (not counted)")
    if result.kappa is not None:
        console.print(f"  Cohen's kappa, suite labels: {_kappa(result.kappa)}")
    if result.fulfilled_kappa is not None:
        console.print(
            f"  Cohen's kappa, fulfilled (COMPLETE) or not: {_kappa(result.fulfilled_kappa)}"
        )
    for language, estimate in result.by_language.items():
        console.print(f"  {language}: {_kappa(estimate)}")
    if result.confusion:
        table = Table(title="labels in the file (rows) against the judge's (columns)")
        table.add_column("")
        for label in result.labels:
            table.add_column(label, justify="right")
        for label, row in zip(result.labels, result.confusion, strict=True):
            table.add_row(label, *(str(v) for v in row))
        console.print(table)


def validation_json(suite: str, judges: list[str], result: Any) -> dict[str, Any]:
    """The agreement as plain data."""

    def estimate(e: Any) -> dict[str, Any] | None:
        return None if e is None else {"value": e.value, "low": e.low, "high": e.high, "n": e.n}

    return {
        "suite": suite,
        "judges": judges,
        "n": result.n,
        "unlabelled": result.unlabelled,
        "kappa": estimate(result.kappa),
        "fulfilled_kappa": estimate(result.fulfilled_kappa),
        "by_language": {k: estimate(v) for k, v in result.by_language.items()},
        "labels": result.labels,
        "confusion": result.confusion,
    }
