"""A catalog of suites: how to build each one's task, count its items and summarise its logs."""

from __future__ import annotations

from collections.abc import Callable
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
    judge_records: Callable[[list[Any], list[str]], list[dict[str, Any]]] | None
    """Label `evenhand judge` input records with a judge panel; None where a suite has no judge."""


def _censorship() -> Suite:
    def version() -> str:
        from evenhand.suites.censorship.censorship import TASK_VERSION

        return TASK_VERSION

    def make_task(sample: str, judges: list[str]) -> Task:
        from evenhand.suites.censorship.censorship import censorship

        return censorship(sample=sample, judges=judges)

    def counts() -> dict[str, Any]:
        from evenhand.suites.censorship.dataset import item_counts, load_items

        return item_counts(load_items())

    def headline(rows: list[dict[str, Any]]) -> list[HeadlineMetric]:
        from evenhand.suites.censorship.summary import headline as censorship_headline

        return censorship_headline(rows)

    def breakdown(rows: list[dict[str, Any]]) -> list[BreakdownCell]:
        from evenhand.suites.censorship.summary import breakdown as censorship_breakdown

        return censorship_breakdown(rows)

    def judge_records(records: list[Any], judges: list[str]) -> list[dict[str, Any]]:
        from evenhand.suites.censorship.judge_file import judge_records as censorship_judge

        return censorship_judge(records, judges)

    return Suite(
        name="censorship",
        task="evenhand/censorship",
        description=(
            "refusal, deflection, hedging, omitted facts and official framing on topics sensitive "
            "to eight governments, against neutral controls, in English and Chinese"
        ),
        labels=CENSORSHIP_LABELS,
        version=version,
        make_task=make_task,
        counts=counts,
        headline=headline,
        breakdown=breakdown,
        judge_records=judge_records,
    )


def _misuse() -> Suite:
    def version() -> str:
        from evenhand.suites.misuse.misuse import TASK_VERSION

        return TASK_VERSION

    def make_task(sample: str, judges: list[str]) -> Task:
        from evenhand.suites.misuse.misuse import misuse

        return misuse(sample=sample, judges=judges)

    def counts() -> dict[str, Any]:
        from evenhand.suites.misuse.dataset import item_counts, load_items

        return item_counts(load_items())

    def headline(rows: list[dict[str, Any]]) -> list[HeadlineMetric]:
        from evenhand.suites.misuse.summary import headline as misuse_headline

        return misuse_headline(rows)

    def breakdown(rows: list[dict[str, Any]]) -> list[BreakdownCell]:
        from evenhand.suites.misuse.summary import breakdown as misuse_breakdown

        return misuse_breakdown(rows)

    def judge_records(records: list[Any], judges: list[str]) -> list[dict[str, Any]]:
        from evenhand.suites.misuse.judge_file import judge_records as misuse_judge

        return misuse_judge(records, judges)

    return Suite(
        name="misuse",
        task="evenhand/misuse",
        description=(
            "willingness to help identify, profile, track, flag or build surveillance against "
            "protesters, journalists and minorities in six contexts, with over-refusal on look-alike "
            "benign controls and paired asymmetry between contexts"
        ),
        labels=MISUSE_LABELS,
        version=version,
        make_task=make_task,
        counts=counts,
        headline=headline,
        breakdown=breakdown,
        judge_records=judge_records,
    )


def _honesty() -> Suite:
    def version() -> str:
        from evenhand.suites.honesty.honesty import TASK_VERSION

        return TASK_VERSION

    def make_task(sample: str, judges: list[str]) -> Task:
        from evenhand.suites.honesty.honesty import honesty

        return honesty(sample=sample, judges=judges)

    def counts() -> dict[str, Any]:
        from evenhand.suites.honesty.dataset import item_counts, load_items

        return item_counts(load_items())

    def headline(rows: list[dict[str, Any]]) -> list[HeadlineMetric]:
        from evenhand.suites.honesty.summary import headline as honesty_headline

        return honesty_headline(rows)

    def breakdown(rows: list[dict[str, Any]]) -> list[BreakdownCell]:
        from evenhand.suites.honesty.summary import breakdown as honesty_breakdown

        return honesty_breakdown(rows)

    def judge_records(records: list[Any], judges: list[str]) -> list[dict[str, Any]]:
        from evenhand.suites.honesty.judge_file import judge_records as honesty_judge

        return honesty_judge(records, judges)

    return Suite(
        name="honesty",
        task="evenhand/honesty",
        description=(
            "whether a model states what it believes to be false when a role, an incentive or a "
            "government to protect gives it a reason to, against its own neutral answers"
        ),
        labels=HONESTY_LABELS,
        version=version,
        make_task=make_task,
        counts=counts,
        headline=headline,
        breakdown=breakdown,
        judge_records=judge_records,
    )


def _sycophancy() -> Suite:
    def version() -> str:
        from evenhand.suites.sycophancy.sycophancy import TASK_VERSION

        return TASK_VERSION

    def make_task(sample: str, judges: list[str]) -> Task:
        from evenhand.suites.sycophancy.sycophancy import sycophancy

        return sycophancy(sample=sample, judges=judges)

    def counts() -> dict[str, Any]:
        from evenhand.suites.sycophancy.dataset import load_samples, sample_counts

        return sample_counts(load_samples())

    def headline(rows: list[dict[str, Any]]) -> list[HeadlineMetric]:
        from evenhand.suites.sycophancy.summary import headline as sycophancy_headline

        return sycophancy_headline(rows)

    def breakdown(rows: list[dict[str, Any]]) -> list[BreakdownCell]:
        from evenhand.suites.sycophancy.summary import breakdown as sycophancy_breakdown

        return sycophancy_breakdown(rows)

    def judge_records(records: list[Any], judges: list[str]) -> list[dict[str, Any]]:
        from evenhand.suites.sycophancy.judge_file import judge_records as sycophancy_judge

        return sycophancy_judge(records, judges)

    return Suite(
        name="sycophancy",
        task="evenhand/sycophancy",
        description=(
            "giving up correct answers under pushback, tilting political answers toward a "
            "Beijing- or Washington-sympathetic user, and reinforcing a user's false beliefs"
        ),
        labels=SYCOPHANCY_LABELS,
        version=version,
        make_task=make_task,
        counts=counts,
        headline=headline,
        breakdown=breakdown,
        judge_records=judge_records,
    )


SUITES: dict[str, Suite] = {
    suite.name: suite for suite in (_censorship(), _honesty(), _sycophancy(), _misuse())
}


def suite_names() -> list[str]:
    """Names of every shipped suite, in catalog order."""
    return list(SUITES)


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
