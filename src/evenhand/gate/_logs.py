"""A gate's numbers from a log directory: each suite's headline metrics per model, recomputable at
any confidence level, read by the same reader as the report (newest task version only)."""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

from evenhand.core import (
    EvenhandError,
    HeadlineMetric,
    Row,
    Suite,
    SuiteLookup,
    UnknownSuiteError,
    Validity,
    at_confidence,
)
from evenhand.logs import LogHeader, list_headers, newest_rows


class LogMeasurements:
    """Headline metrics of every (model, suite) in a log directory. Rows are read once per model
    and suite, on first use; headline numbers are computed once per confidence level."""

    def __init__(self, log_dir: Path, lookup: SuiteLookup) -> None:
        """Raises:
        EvenhandError: a missing directory, no finished logs, or a damaged log.
        """
        headers = list_headers(log_dir)
        self._suites: dict[str, Suite] = {}
        for name in sorted({h.suite for h in headers}):
            try:
                self._suites[name] = lookup(name)
            except UnknownSuiteError:
                continue
        known = [h for h in headers if h.suite in self._suites]
        if not known:
            raise EvenhandError(f"{log_dir}: no logs of evenhand suites; run `evenhand run` first")
        self._groups: dict[tuple[str, str], list[LogHeader]] = {
            key: list(group) for key, group in groupby(known, key=lambda h: (h.model, h.suite))
        }
        self._rows: dict[tuple[str, str], list[Row]] = {}
        self._metrics: dict[tuple[str, str, float], list[HeadlineMetric] | None] = {}
        self.notes: list[str] = []
        """Groups whose headline numbers could not be computed, and why."""

    def models(self) -> list[str]:
        return sorted({model for model, _ in self._groups})

    def metrics(self, model: str, suite: str, confidence: float) -> list[HeadlineMetric] | None:
        key = (model, suite, confidence)
        if key not in self._metrics:
            self._metrics[key] = self._compute(model, suite, confidence)
        return self._metrics[key]

    def validity(self, model: str, suite: str, metric: str) -> Validity | None:
        logs = self._groups.get((model, suite))
        if logs is None:
            return None
        judges = sorted({judge for header in logs for judge in header.judges})
        return self._suites[suite].validity(metric, judges)

    def _compute(self, model: str, suite: str, confidence: float) -> list[HeadlineMetric] | None:
        logs = self._groups.get((model, suite))
        if logs is None:
            return None
        if (model, suite) not in self._rows:
            self._rows[(model, suite)] = newest_rows(logs)
        try:
            with at_confidence(confidence):
                return self._suites[suite].headline(self._rows[(model, suite)])
        except ValueError as error:
            self.notes.append(f"{model}, {suite}: {error}")
            return None
