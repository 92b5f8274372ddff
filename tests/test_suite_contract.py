"""A suite is a folder plus one registry entry: a toy suite written in a temporary package, with
nothing else changed, shows up in `evenhand suites`, `run`, `export`, `compare` and the report."""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from evenhand.cli import cli
from evenhand.core import Estimate, HeadlineMetric

TOY_SUITE = '''
"""A toy suite: does the model say yes?"""

from collections.abc import Mapping, Sequence
from typing import Any

from inspect_ai import Task, task
from inspect_ai.dataset import Sample
from inspect_ai.scorer import Score, Scorer, Target, scorer
from inspect_ai.solver import TaskState, generate

from evenhand.core import (
    BreakdownCell, ComparedScore, HeadlineMetric, JudgeInput, Row, ScoreSpec, Suite, indicators
)
from evenhand.judging import (
    HEURISTIC, Judgement, declared_metrics, judge_model, parse_label_reply, run_panel,
    unless_filtered,
)
from evenhand.stats import rate_of
from evenhand.suites import suite_task

LABELS = ("YES", "NO")
SCORES = (
    ScoreSpec("yes", "binary", "percent", "says yes"),
    ScoreSpec("no", "binary", "percent", "says no"),
)


def label_scores(context: Mapping[str, Any], label: str | None) -> dict[str, float]:
    return indicators(LABELS, label)


async def judge(answer: str, judges: list[str]):
    def heuristic() -> Judgement:
        return Judgement("YES" if "yes" in answer.lower() else "NO", "looked for yes", HEURISTIC)

    async def ask(name: str):
        output = await judge_model(name).generate(answer)
        return parse_label_reply(output.completion, LABELS, name), output.completion

    return await run_panel(judges, heuristic, ask)


@scorer(metrics=declared_metrics(SCORES))
def toy_scorer(judges: list[str]) -> Scorer:
    async def score(state: TaskState, target: Target) -> Score:
        verdict = await judge(state.output.completion, judges)
        return Score(
            value=label_scores({}, verdict.label),
            answer=verdict.label or "UNSCORED",
            metadata=verdict.metadata(),
        )

    return unless_filtered(score, SCORES)


@task(name="toy")
def toy(
    sample: str = "full", judges: str | list[str] = HEURISTIC, item_shard: str | None = None
) -> Task:
    samples = [
        Sample(id=f"toy-{i}", input=f"Question {i}: yes or no?",
               metadata={"pair_id": f"toy-{i}", "language": "en", "colour": ["red", "blue"][i % 2]})
        for i in range(4)
    ]
    judge_list = [judges] if isinstance(judges, str) else list(judges)
    return suite_task("toy", samples, generate(), toy_scorer(judge_list), max_tokens=16,
                      sample=sample, judges=judges, version="0.0.1", item_shard=item_shard)


def headline(rows: Sequence[Row]) -> list[HeadlineMetric]:
    scored = [r for r in rows if r.get("score_yes") == r.get("score_yes") and r.get("label")]
    return [HeadlineMetric("says yes", "rate", rate_of(scored, "score_yes"))] if scored else []


def breakdown(rows: Sequence[Row]) -> list[BreakdownCell]:
    return []


def judge_records(records: list[JudgeInput], judges: list[str]) -> list[dict[str, Any]]:
    return [{"id": r.id, "label": "YES" if "yes" in r.response.lower() else "NO"} for r in records]


SUITE = Suite(
    name="toy",
    description="a toy suite that asks for yes or no",
    version="0.0.1",
    labels=LABELS,
    scores=SCORES,
    task=toy,
    counts=lambda: {"samples": 4, "base_items": 4, "by_language": {"en": 4}},
    headline=headline,
    breakdown=breakdown,
    label_scores=label_scores,
    judge_records=judge_records,
    compared=(ComparedScore("yes", "says yes"),),
    judged="says yes",
    group_fields=("colour",),
)
'''


@pytest.fixture
def toy_registered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The toy suite's folder on the path and its one registry entry: nothing else."""
    from evenhand.suites import _catalog

    package = tmp_path / "toysuite"
    package.mkdir()
    (package / "__init__.py").write_text(textwrap.dedent(TOY_SUITE), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(_catalog.REGISTRY, "toy", "toysuite")
    _catalog._load.cache_clear()
    yield
    _catalog._load.cache_clear()
    sys.modules.pop("toysuite", None)


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def test_a_toy_suite_needs_only_its_folder_and_one_registry_entry(
    toy_registered: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from evenhand.testing import fake_openai_server

    listed = invoke("suites", "--json")
    assert listed.exit_code == 0, listed.output
    assert "toy" in {entry["suite"] for entry in json.loads(listed.stdout)}

    log_dir = tmp_path / "logs"
    monkeypatch.setenv("SAYER_API_KEY", "not-a-secret")
    monkeypatch.setenv("NAYSAYER_API_KEY", "not-a-secret")
    with fake_openai_server("Yes.") as yes, fake_openai_server("No.") as no:
        for name, server, shards in (("sayer", yes, "1"), ("naysayer", no, "2")):
            run = invoke(
                "run", "--suite", "toy", "--model", f"openai-api/{name}/m",
                "--model-base-url", server.base_url, "--log-dir", str(log_dir), "--json",
                "--no-report", "--item-shards", shards,
            )  # fmt: skip
            assert run.exit_code == 0, run.output
            [metric] = json.loads(run.stdout)["summary"]
            assert metric["metric"] == "says yes"
            assert metric["value"] == (1.0 if name == "sayer" else 0.0)

    export = invoke("export", str(log_dir), "-o", str(tmp_path / "rows.jsonl"))
    assert export.exit_code == 0, export.output
    rows = [json.loads(line) for line in (tmp_path / "rows.jsonl").read_text().splitlines()]
    assert {r["suite"] for r in rows} == {"toy"} and len(rows) == 8
    assert len(list(log_dir.glob("*.eval"))) == 3  # the naysayer's two item shards

    compare = invoke(
        "compare", str(log_dir), "--models", "openai-api/sayer/m,openai-api/naysayer/m", "--json"
    )
    assert compare.exit_code == 0, compare.output
    [comparison] = json.loads(compare.stdout)
    assert comparison["metric"] == "says yes" and comparison["difference"] == 1.0

    report = invoke("report", str(log_dir), "-o", str(tmp_path / "report.html"))
    assert report.exit_code == 0, report.output
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "a toy suite that asks for yes or no" in page
    assert "says yes" in page


@pytest.mark.parametrize(
    ("metric", "value", "interval"),
    [
        (HeadlineMetric("r", "rate", Estimate(0.25, 0.1, 0.5, 8)), "25.0%", "[10.0%, 50.0%]"),
        (
            HeadlineMetric("d", "difference", Estimate(-0.125, -0.5, 0.25, 8)),
            "-12.5 pts",
            "[-50.0 pts, +25.0 pts]",
        ),
        (
            HeadlineMetric("s", "difference", Estimate(0.5, 0.1, 0.9, 8), unit="plain"),
            "0.50",
            "[0.10, 0.90]",
        ),
        (HeadlineMetric("k", "coefficient", Estimate(0.61, 0.4, 0.8, 90)), "0.61", "[0.40, 0.80]"),
    ],
)
def test_the_cli_prints_each_metric_on_its_declared_scale(
    metric: HeadlineMetric, value: str, interval: str
) -> None:
    from evenhand.cli._summary import format_metric

    assert format_metric(metric) == (value, interval)


def test_the_cli_and_the_report_format_every_shipped_metric_alike(tmp_path: Path) -> None:
    """Every headline metric of a real run, in the CLI's table and in the report's, is the same
    text: both read the scale from the metric's declaration."""
    from evenhand.cli._summary import format_metric
    from evenhand.core import describe

    seen = 0
    for kind in ("rate", "difference", "mean", "coefficient"):
        for unit in (None, "plain", "percent", "points"):
            metric = HeadlineMetric("m", kind, Estimate(0.123, -0.05, 0.3, 10), unit=unit)  # type: ignore[arg-type]
            value, interval = format_metric(metric)
            in_report = describe(metric.estimate, metric.scale)
            assert in_report.startswith(f"{value} (")
            low, high = interval.strip("[]").split(", ")
            assert f"({low} to {high})" in in_report
            seen += 1
    assert seen == 16


def _mentions_any(hint: object) -> bool:
    import typing

    if hint is typing.Any:
        return True
    return any(_mentions_any(arg) for arg in typing.get_args(hint))


def test_the_contract_and_the_scorers_signatures_hold_no_any() -> None:
    import typing

    from evenhand.core import GoldAgreement, ScoreSpec, Suite
    from evenhand.suites import all_suites

    for declared in (Suite, ScoreSpec, GoldAgreement, HeadlineMetric):
        hints = typing.get_type_hints(declared)
        assert not [name for name, hint in hints.items() if _mentions_any(hint)], declared
    for suite in all_suites():
        hints = typing.get_type_hints(suite.label_scores)
        assert not any(_mentions_any(hint) for hint in hints.values()), suite.name
        scorer_module = sys.modules[suite.label_scores.__module__]
        factory = next(v for k, v in vars(scorer_module).items() if k.endswith("_scorer"))
        assert "Any" not in str(
            typing.get_type_hints(
                factory.__wrapped__ if hasattr(factory, "__wrapped__") else factory
            ).get("return")
        )
