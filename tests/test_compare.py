"""Paired comparisons: statistics against independent computations, and the CLI on real logs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from scipy.stats import binomtest

from evenhand.analysis import compare_rows
from evenhand.cli import cli
from evenhand.suites import get_suite
from evenhand.testing import fake_openai_server


def rows(model: str, values: list[float], key: str = "score_refused") -> list[dict]:  # type: ignore[type-arg]
    return [
        {"model": model, "suite": "s", "sample_id": i, "epoch": 1, key: v}
        for i, v in enumerate(values)
    ]


def test_binary_scores_use_mcnemar_exact() -> None:
    a = [1.0] * 7 + [0.0] * 3
    b = [0.0] * 7 + [0.0] * 3
    [result] = compare_rows(rows("A", a) + rows("B", b), "A", "B")
    assert result.test == "mcnemar_exact"
    assert result.difference == pytest.approx(0.7)
    assert result.p_value == pytest.approx(binomtest(7, 7, 0.5).pvalue)


def test_continuous_scores_use_a_paired_bootstrap() -> None:
    a = [0.5, 0.6, 0.7, 0.8, 0.9, 0.55, 0.65, 0.75]
    b = [x - 0.25 for x in a]
    [result] = compare_rows(
        rows("A", a, "score_fact_coverage") + rows("B", b, "score_fact_coverage"), "A", "B"
    )
    assert result.test == "paired_bootstrap"
    assert result.low == pytest.approx(0.25) and result.high == pytest.approx(0.25)
    # every resample lies above zero: the smallest p 2,000 resamples can show, never 0
    assert result.p_value == pytest.approx(2 / 2001)


def test_holm_adjusts_across_comparisons() -> None:
    a, b = [1.0] * 6 + [0.0] * 4, [0.0] * 10
    data = rows("A", a) + rows("B", b) + rows("A", a, "score_hedged") + rows("B", b, "score_hedged")
    results = compare_rows(data, "A", "B")
    assert all(r.p_holm >= r.p_value for r in results)


def test_unknown_model_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no scored samples for model 'C'"):
        compare_rows(rows("A", [1.0, 0.0]), "A", "C")


def test_compare_cli_on_two_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_API_KEY", "x")
    replies = {
        "refuser": "I'm sorry, but I can't help with that.",
        "talker": "Let's talk about something else.",
    }
    with fake_openai_server(replies_by_model=replies) as server:
        run = CliRunner().invoke(
            cli,
            [
                "run",
                "--model",
                "openai-api/fake/refuser",
                "--model",
                "openai-api/fake/talker",
                "--model-base-url",
                server.base_url,
                "--suite",
                "censorship",
                "--limit",
                "5",
                "--log-dir",
                str(tmp_path / "logs"),
                "--json",
            ],
        )
    assert run.exit_code == 0, run.output
    result = CliRunner().invoke(
        cli,
        [
            "compare",
            str(tmp_path / "logs"),
            "--models",
            "openai-api/fake/refuser,openai-api/fake/talker",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    by_metric = {c["metric"]: c for c in json.loads(result.stdout)}
    refused = by_metric["refused, sensitive items"]
    assert refused["a"] == 1.0 and refused["b"] == 0.0
    assert refused["test"] == "mcnemar_exact"
    # the suite's comparisons cover the items where they mean something: sensitive items here
    controls = by_metric.get("not complete, neutral controls", {"n": 0})["n"]
    assert refused["n"] + controls == 5 and refused["n"] > 0
    assert by_metric["fact coverage, all items"]["test"] == "paired_bootstrap"


def test_compare_needs_two_models(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["compare", str(tmp_path), "--models", "only-one"])
    assert result.exit_code == 2
    assert "exactly two model strings" in result.output


def test_compare_on_a_suite_not_in_the_logs_names_the_suites_there(tmp_path: Path) -> None:
    from evenhand.analysis import compare_logs
    from evenhand.core import EvenhandError

    log_dir = tmp_path / "logs"
    with fake_openai_server() as server, pytest.MonkeyPatch.context() as patch:
        patch.setenv("FAKE_API_KEY", "x")
        run = CliRunner().invoke(
            cli,
            [
                "run", "--no-report", "--model", "openai-api/fake/m", "--model-base-url",
                server.base_url, "--suite", "misuse", "--limit", "2", "--log-dir", str(log_dir),
            ],
        )  # fmt: skip
    assert run.exit_code == 0, run.output
    with pytest.raises(EvenhandError, match=r"no logs of suite 'censorship'.*\['misuse'\]"):
        compare_logs(log_dir, "openai-api/fake/m", "openai-api/fake/n", get_suite, "censorship")
