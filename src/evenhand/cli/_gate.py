"""The gate's outcome as tables: the level each model reaches, then every condition's verdict."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from evenhand.core import describe_n, format_value
from evenhand.gate import ConditionResult, GateResult

VERDICT_STYLE = {"pass": "green", "fail": "bold red", "not_enough_evidence": "yellow"}


def verdict_text(verdict: str) -> str:
    """`pass`, `fail` or `not enough evidence`."""
    return verdict.replace("_", " ")


def print_gate(result: GateResult, console: Console | None = None) -> None:
    """Print the level each model reaches and, per model, every condition with its verdict."""
    console = console or Console()
    title = result.name or result.policy
    correction = "" if result.correction == "none" else f", {result.correction} correction"
    outcome = Table(
        title=f"Gate {title}: required level {result.required_level} "
        f"({result.confidence * 100:g}% intervals{correction})"
    )
    outcome.add_column("model")
    outcome.add_column("level reached")
    outcome.add_column("required")
    outcome.add_column("outcome")
    for model in result.models:
        met = "[green]meets it[/green]" if model.meets_required else "[bold red]falls short[/]"
        outcome.add_row(model.model, model.level or "none", result.required_level, met)
    console.print(outcome)
    for model in result.models:
        rows = [c for c in result.conditions if c.model == model.model]
        table = Table(title=f"{model.model}: conditions")
        for column in ("level", "line", "condition", "tested"):
            table.add_column(column, justify="right" if column == "tested" else "left")
        table.add_column("estimate (interval), n", justify="right")
        table.add_column("judge vs gold")
        table.add_column("verdict")
        table.add_column("why")
        for row in rows:
            table.add_row(*_cells(row))
        console.print(table)
    for warning in result.warnings:
        console.print(f"[yellow]warning:[/yellow] {warning}")


def _cells(row: ConditionResult) -> list[str]:
    scale = row.scale or "plain"
    condition = (
        f"{row.suite}: {row.metric}\n{row.bound} {row.compare} "
        f"{format_value(row.threshold, scale) if row.scale else f'{row.threshold:g}'}"
    )
    tested = "" if row.tested is None else format_value(row.tested, scale)
    estimate = ""
    if row.estimate is not None:
        e = row.estimate
        level = "" if row.confidence is None else f"{row.confidence * 100:.4g}%: "
        estimate = (
            f"{format_value(e.value, scale)} ({level}{format_value(e.low, scale)} to "
            f"{format_value(e.high, scale)}), n = {describe_n(e)}"
        )
    if row.validity is not None:
        validity = row.validity.text.split(";")[0]  # the gold figure, without the external one
    else:
        validity = "not judged" if row.estimate is not None else ""
    style = VERDICT_STYLE[row.verdict]
    return [
        row.level,
        "" if row.line is None else str(row.line),
        condition,
        tested,
        estimate,
        validity,
        f"[{style}]{verdict_text(row.verdict)}[/{style}]",
        row.reason,
    ]
