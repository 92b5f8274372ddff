"""`evenhand report`: one self-contained HTML page over every model and suite in a log directory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from evenhand.core import SuiteLookup

if TYPE_CHECKING:
    from evenhand.gate import GateResult


class ReportWritten(NamedTuple):
    """What `write_report` wrote: where, over how many models, suites and samples, and how big."""

    path: Path
    models: int
    suites: int
    samples: int
    items_shown: int
    items_total: int
    bytes: int
    resume: str | None = None
    """How many logs were left unfinished and how to resume them (None: none were)."""


def write_report(
    log_dir: Path,
    output: Path,
    lookup: SuiteLookup,
    progress: Callable[[int, int], None] | None = None,
    gate: GateResult | None = None,
) -> ReportWritten:
    """Read the logs, compute every number and write the page; the file is replaced only when
    complete. `lookup` gives each suite's declaration (the report imports no suite); `gate`, a
    policy's outcome on the same logs, is shown after the findings.

    Raises:
        EvenhandError: missing or empty log directory, unreadable logs, unwritable output.
    """
    from evenhand.core import write_atomically
    from evenhand.report._collect import collect
    from evenhand.report._drill import build_drill
    from evenhand.report._render import render

    data = collect(log_dir, lookup, progress)
    drill = build_drill(data.drill_rows, data.texts)
    page = render(data, drill, gate).encode("utf-8")
    write_atomically(output, lambda path: path.write_bytes(page))
    return ReportWritten(
        output,
        len(data.models),
        len(data.suites),
        sum(sum(s.samples.values()) for s in data.suites),
        len(drill.index),
        drill.items_total,
        len(page),
        data.resume,
    )


__all__ = ["ReportWritten", "write_report"]
