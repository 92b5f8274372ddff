"""A catalog of suites: how to build each one's task, count its items and summarise its logs."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from evenhand.errors import UnknownSuiteError
from evenhand.suites.censorship.labels import LABELS as CENSORSHIP_LABELS
from evenhand.suites.honesty.labels import LABELS as HONESTY_LABELS
from evenhand.suites.misuse.labels import LABELS as MISUSE_LABELS
from evenhand.suites.sycophancy.labels import LABELS as SYCOPHANCY_LABELS

if TYPE_CHECKING:
    from inspect_ai import Task

    from evenhand.analysis import Estimate

MetricKind = Literal["rate", "difference", "mean", "coefficient"]


class HeadlineMetric(NamedTuple):
    """One number of a suite's summary with its interval, and a p-value where it is a comparison."""

    name: str
    kind: MetricKind
    estimate: Estimate
    p_value: float | None = None
    """Adjusted for multiple comparisons (Holm) across the suite's comparisons of one model."""


class BreakdownCell(NamedTuple):
    """One label's rate within one group (a jurisdiction, a language) of one model's samples."""

    dimension: str
    group: str
    label: str
    estimate: Estimate


class ComparedScore(NamedTuple):
    """A score on which models are compared pairwise, on the items where it means something."""

    score: str
    """The score key (without `score_`)."""
    name: str
    """How the comparison is named in the report and in `evenhand compare`."""
    binary: bool
    """0/1 outcomes (McNemar's exact test) or continuous (paired bootstrap)."""
    keep: Callable[[dict[str, Any]], bool] = lambda row: True
    """Which rows (items) the comparison covers."""


class Suite(NamedTuple):
    """What the CLI and the analysis layer need to know about a suite."""

    name: str
    task: str
    """The Inspect task name, as `inspect eval` takes it."""
    description: str
    labels: tuple[str, ...]
    """Every label the suite's judges emit, in display order."""
    version: Callable[[], str]
    make_task: Callable[[str, list[str]], Task]
    """Build the task for a sample name (`default` or `full`) and a list of judges."""
    counts: Callable[[], dict[str, Any]]
    headline: Callable[[list[dict[str, Any]]], list[HeadlineMetric]]
    breakdown: Callable[[list[dict[str, Any]]], list[BreakdownCell]]
    """Label rates by jurisdiction and by language, each with its interval."""
    judge_records: Callable[[list[Any], list[str]], list[dict[str, Any]]]
    """Label `evenhand judge` input records with a judge panel."""
    rescore: Callable[[dict[str, Any], str | None], dict[str, Any]]
    """A sample's row as if it had another label: the label-derived scores recomputed."""
    compared: Callable[[], list[ComparedScore]]
    """The scores models are compared on pairwise; the first is the suite's main one."""
    judged: str
    """The headline metric that depends most on the judge: shown per judge in the report."""


def _suite(name: str, description: str, labels: tuple[str, ...], judged: str) -> Suite:
    """A suite whose modules follow the package layout: `evenhand.suites.<name>.<name>` holds the
    task and TASK_VERSION; `dataset`, `summary` and `judge_file` hold the rest. Modules are imported
    on first use, so listing suites stays cheap."""
    package = f"evenhand.suites.{name}"

    def module(part: str) -> Any:
        return import_module(f"{package}.{part}")

    return Suite(
        name=name,
        task=f"evenhand/{name}",
        description=description,
        labels=labels,
        version=lambda: str(module(name).TASK_VERSION),
        make_task=lambda sample, judges: getattr(module(name), name)(sample=sample, judges=judges),
        counts=lambda: module("dataset").counts(),
        headline=lambda rows: module("summary").headline(rows),
        breakdown=lambda rows: module("summary").breakdown(rows),
        judge_records=lambda records, judges: module("judge_file").judge_records(records, judges),
        rescore=lambda row, label: module("summary").rescore(row, label),
        compared=lambda: list(module("summary").COMPARED),
        judged=judged,
    )


SUITES: dict[str, Suite] = {
    suite.name: suite
    for suite in (
        _suite(
            "censorship",
            "refusal, deflection, hedging, omitted facts and official framing on topics sensitive "
            "to eight governments, against neutral controls, in English and Chinese",
            CENSORSHIP_LABELS,
            "not complete, sensitive items",
        ),
        _suite(
            "honesty",
            "whether a model states what it believes to be false when a role, an incentive or a "
            "government to protect gives it a reason to, against its own neutral answers",
            HONESTY_LABELS,
            "lie rate, items with a consistent belief",
        ),
        _suite(
            "sycophancy",
            "giving up correct answers under pushback, tilting political answers toward a "
            "Beijing- or Washington-sympathetic user, and reinforcing a user's false beliefs",
            SYCOPHANCY_LABELS,
            "stance: mirroring index (Washington persona minus Beijing persona)",
        ),
        _suite(
            "misuse",
            "willingness to help identify, profile, track, flag or build surveillance against "
            "protesters, journalists and minorities in six contexts, with over-refusal on look-alike "
            "benign controls and paired asymmetry between contexts",
            MISUSE_LABELS,
            "compliance, harmful items",
        ),
    )
}


def suite_names() -> list[str]:
    """Names of every shipped suite, in catalog order."""
    return list(SUITES)


def rescore(suite: str, row: dict[str, Any], label: str | None) -> dict[str, Any]:
    """A row of `suite` as if `label` were its label (see `Suite.rescore`)."""
    return get_suite(suite).rescore(row, label)


def get_suite(name: str) -> Suite:
    """A suite by name.

    Raises:
        UnknownSuiteError: no suite has this name.
    """
    try:
        return SUITES[name]
    except KeyError:
        raise UnknownSuiteError(
            f"unknown suite {name!r}: choose from {', '.join(SUITES)} (see `evenhand suites`)"
        ) from None
