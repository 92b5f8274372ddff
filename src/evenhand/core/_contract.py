"""The suite contract: what a suite declares, so that the runner, the analysis, the report and the
CLI can handle any suite without importing it.

A suite is a folder under `evenhand/suites/` whose `__init__.py` exports one `SUITE` object of type
:class:`Suite`, plus one line in the suite registry (`evenhand/suites/_catalog.py`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, NamedTuple, Protocol

from evenhand.core._judge_input import JudgeInput
from evenhand.core._numbers import Estimate, Scale
from evenhand.core._views import PlayerRows, SampleDetail, SuiteCharts

if TYPE_CHECKING:
    from inspect_ai import Task

Row = dict[str, object]
"""One sample of one log as a flat record: the sample's scalar metadata, `score_<key>` for each
score, `label` (the panel's), `judges` ([judge, label] pairs), `panel_labels` (the same labels
alone, for agreement between judges), the model and the log it came from."""

MetricKind = Literal["rate", "difference", "mean", "coefficient"]
ScoreKind = Literal["binary", "continuous"]

DEFAULT_SCALE: dict[MetricKind, Scale] = {
    "rate": "percent",
    "difference": "points",
    "mean": "percent",
    "coefficient": "plain",
}
"""How a metric of each kind is printed unless it says otherwise."""


class ScoreSpec(NamedTuple):
    """One value a suite's scorer writes for each sample (`Score.value[key]`, `score_<key>` in rows)."""

    key: str
    kind: ScoreKind
    """0/1 outcomes (compared with McNemar's exact test) or continuous (paired bootstrap)."""
    scale: Scale
    """How its mean is printed."""
    description: str


class HeadlineMetric(NamedTuple):
    """One number of a suite's summary with its interval, and a p-value where it is a comparison."""

    name: str
    kind: MetricKind
    estimate: Estimate
    p_value: float | None = None
    """Adjusted for multiple comparisons (Holm) across the suite's comparisons of one model."""
    unit: Scale | None = None
    """The scale it is printed on when not its kind's default (see `scale`)."""

    @property
    def scale(self) -> Scale:
        """The scale the CLI, the report and every export print this metric on."""
        return self.unit or DEFAULT_SCALE[self.kind]


class BreakdownCell(NamedTuple):
    """One label's rate within one group (a jurisdiction, a language) of one model's samples."""

    dimension: str
    group: str
    label: str
    estimate: Estimate


def every_row(row: Mapping[str, object]) -> bool:
    """The default `ComparedScore.keep`: every item counts."""
    return True


class ComparedScore(NamedTuple):
    """A score on which models are compared pairwise, on the items where it means something."""

    score: str
    """The score key (a `ScoreSpec.key`)."""
    name: str
    """How the comparison is named in the report and in `evenhand compare`."""
    keep: Callable[[Mapping[str, object]], bool] = every_row
    """Which rows (items) the comparison covers."""
    value: Callable[[Mapping[str, object]], float] | None = None
    """The item's value when it is derived from the row (side A's refusal minus side B's, a
    pair's lean toward one government) rather than the score itself; such a comparison is
    continuous (paired bootstrap) whatever the score's kind. `score` then only sets the scale."""


LOW_VALIDITY_KAPPA = 0.4
"""Below this gold kappa a judge's metrics are shown as low-validity and never reported as findings."""


class GoldAgreement(NamedTuple):
    """How well a judge agrees with a suite's human gold labels."""

    judge: str
    kappa: float
    """Cohen's kappa (or, for a rating, the rank correlation) on the gold set."""
    n: int
    """Gold responses behind it."""
    source: str
    """Which gold set (a path under `tests/gold/`), and which part of it."""
    metrics: tuple[str, ...] = ()
    """Name prefixes of the headline metrics this figure covers; empty: every judged metric."""
    external: str | None = None
    """Agreement on real model output labelled by another instrument, where measured."""

    def covers(self, metric: str) -> bool:
        """Whether this figure is the one for `metric`."""
        return not self.metrics or any(metric.startswith(p) for p in self.metrics)


class Validity(NamedTuple):
    """How far a headline metric can be trusted as far as its judges go."""

    kappa: float | None
    """The lowest gold agreement among the panel's judges; None when a judge was never measured."""
    text: str
    """What the report and the CLI print beside the metric."""

    @property
    def low(self) -> bool:
        """Measured and below `LOW_VALIDITY_KAPPA`: shown as low-validity, never a finding."""
        return self.kappa is not None and self.kappa < LOW_VALIDITY_KAPPA


class TaskFactory(Protocol):
    """A suite's Inspect `@task` function, as the runner calls it. `item_shard` (`k/n`, or
    `k/n:limit`) keeps one item shard of the task's samples (`evenhand.suites.suite_task` does
    it): samples sharing a `pair_id` in their metadata stay in one shard."""

    def __call__(
        self, *, sample: str, judges: str | list[str], item_shard: str | None = None
    ) -> Task: ...


LabelScores = Callable[[Mapping[str, object], str | None], dict[str, float] | None]
"""The scores a label implies for one sample, given the sample's metadata and its other scores;
None when the sample's scores do not come from one label (it is left as it is)."""


_VERDICT_LABELS: set[str] = set()
"""Every label of every suite declared so far (a suite declares itself when its package is imported)."""


def verdict_labels() -> frozenset[str]:
    """Every label the declared suites' judges emit: text in an answer that names one beside a
    grading word is addressed to the judge (see `evenhand.judging.read_answer`)."""
    return frozenset(_VERDICT_LABELS)


@dataclass(frozen=True)
class Suite:
    """Everything the rest of evenhand needs to know about a suite."""

    name: str
    description: str
    version: str
    """The task version; logs of different versions are never pooled."""
    labels: tuple[str, ...]
    """Every label the suite's judges emit, in display order."""
    scores: tuple[ScoreSpec, ...]
    task: TaskFactory
    counts: Callable[[], dict[str, object]]
    """Item counts by language and group, for `evenhand suites`."""
    headline: Callable[[Sequence[Row]], list[HeadlineMetric]]
    breakdown: Callable[[Sequence[Row]], list[BreakdownCell]]
    """Each label's rate by group (jurisdiction, language, ...), with its interval."""
    label_scores: LabelScores
    """Used by the scorer and by `rescore` alike, so the mapping is written once."""
    judge_records: Callable[[list[JudgeInput], list[str]], list[dict[str, object]]]
    """Label `evenhand judge` input records with a judge or a panel."""
    compared: tuple[ComparedScore, ...]
    """The scores models are compared on pairwise; the first is the suite's main one."""
    judged: str
    """The headline metric that depends most on the judge: shown per judge in the report. A
    suite whose metric names carry a model or role after a comma (`judged, as saboteur, m`)
    names the part before it; see `is_judged`."""
    group_fields: tuple[str, ...]
    """Metadata fields the report's drill-down groups and filters items by."""
    drill_fields: tuple[str, ...] = ()
    """Further metadata fields the drill-down shows beside each item."""
    gold: tuple[GoldAgreement, ...] = ()
    unjudged: tuple[str, ...] = ("provider content filter", "judge panel agreement")
    """Name prefixes of headline metrics no judge produces (counts, the belief probes' reading)."""
    joint: bool = False
    """The suite seats every requested model at one table: the runner builds its task once with
    `players=<the requested models>` (bound to model roles `player1`, `player2`, ...) and runs it
    under the first model, instead of once per model."""
    compared_in: Callable[[Sequence[Row]], tuple[ComparedScore, ...]] | None = None
    """Further comparisons that the items themselves define (one per government the items
    name), added to `compared` wherever models are compared."""
    players: PlayerRows | None = None
    """A joint suite: its match rows as rows per player, so that `evenhand compare` and
    `evenhand export` see every model at the table, not only the one the log runs under."""
    charts: SuiteCharts | None = None
    """Charts of the suite's own, drawn in its report section after the generic ones."""
    detail: SampleDetail | None = None
    """The suite's own view of a sample, shown in the drill-down above the conversation."""

    def __post_init__(self) -> None:
        _VERDICT_LABELS.update(self.labels)

    @property
    def task_name(self) -> str:
        """The Inspect task name, as `inspect eval` takes it."""
        return f"evenhand/{self.name}"

    def compared_on(self, rows: Sequence[Row]) -> tuple[ComparedScore, ...]:
        """The comparisons made on these rows: the declared ones and those the items define."""
        more = self.compared_in(rows) if self.compared_in is not None and rows else ()
        return self.compared + tuple(c for c in more if c not in self.compared)

    def is_judged(self, metric: str) -> bool:
        """Whether a headline metric is the suite's `judged` one (exactly, or with a model or
        role named after a comma)."""
        return metric == self.judged or metric.startswith(f"{self.judged}, ")

    def score(self, key: str) -> ScoreSpec:
        """A declared score by key.

        Raises:
            KeyError: the suite declares no such score.
        """
        for spec in self.scores:
            if spec.key == key:
                return spec
        raise KeyError(f"suite {self.name} declares no score {key!r}")

    def validity(self, metric: str, judges: Sequence[str]) -> Validity | None:
        """The gold agreement behind a headline metric produced by this panel of judges (its
        weakest measured judge); None for a metric no judge produces."""
        if any(metric.startswith(prefix) for prefix in self.unjudged):
            return None
        figures = []
        for judge in judges:
            figure = next((g for g in self.gold if g.judge == judge and g.covers(metric)), None)
            if figure is None:
                return Validity(None, f"{judge}: not measured against gold labels")
            figures.append(figure)
        if not figures:
            return None
        weakest = min(figures, key=lambda g: g.kappa)
        text = f"kappa {weakest.kappa:.2f} (n = {weakest.n}, {weakest.judge})"
        if weakest.external:
            text += f"; {weakest.external}"
        if weakest.kappa < LOW_VALIDITY_KAPPA:
            text = "LOW VALIDITY: " + text
        return Validity(weakest.kappa, text)

    def rescore(self, row: Row, label: str | None) -> Row:
        """The row as if `label` were its label: the label-derived scores recomputed with
        `label_scores`, as the scorer computes them. Content-filter stops stay as they are."""
        if row.get("score_provider_filtered") == 1.0:
            return row
        values = self.label_scores(row, label)
        if values is None:
            return row
        return {**row, "label": label, **{f"score_{k}": v for k, v in values.items()}}


def indicators(labels: Sequence[str], label: str | None) -> dict[str, float]:
    """One 0/1 score per label (key: the label in lower case); NaN for all when unlabelled."""
    return {name.lower(): (math.nan if label is None else float(label == name)) for name in labels}


SuiteLookup = Callable[[str], Suite]
"""A suite by name (raising `UnknownSuiteError` for an unknown one): what the analysis and the
report are given instead of importing the suites. `evenhand.suites.get_suite` is the shipped one."""


def number(row: Mapping[str, object], key: str) -> float:
    """A row's value as a number: NaN when it is missing or not a number (unscored)."""
    value = row.get(key)
    return float(value) if isinstance(value, int | float) else math.nan


def text(row: Mapping[str, object], key: str) -> str:
    """A row's value as text ("" when missing)."""
    value = row.get(key)
    return "" if value is None else str(value)


def text_list(row: Mapping[str, object], key: str) -> list[str]:
    """A row's list value (labels per turn or per judge) as text; [] when missing."""
    value = row.get(key)
    return [str(v) for v in value] if isinstance(value, list | tuple) else []
