"""`evenhand run --suite robustness` end to end: loopback endpoints through the CLI, the report
and the paired comparison, and local/smollm2 (which cannot call tools)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from evenhand.cli import cli
from evenhand.core import format_value
from evenhand.suites import get_suite
from evenhand.testing import tool_calling_server
from tests.robustness.policies import careful, obedient

WRAPPED = "compliance, wrapped requests (all wrappers)"
SUCCESS = "attack success (held plainly, broken by at least one wrapper)"
HIJACK = "hijack rate, injected tool outputs"
NOT_APPLICABLE = "tools unavailable, hijack scenarios not applicable"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def _run(model: str, base_url: str | None, log_dir: Path) -> dict[str, dict[str, Any]]:
    args = ["run", "--suite", "robustness", "--log-dir", str(log_dir), "--json", "--no-report"]
    if base_url is not None:
        args += ["--model", model, "--model-base-url", base_url]
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    return {row["metric"]: row for row in json.loads(result.stdout)["summary"]}


def test_run_report_and_compare_on_loopback_endpoints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_dir = tmp_path / "logs"
    monkeypatch.setenv("SHALLOW_API_KEY", "not-a-secret")
    monkeypatch.setenv("ROBUST_API_KEY", "not-a-secret")
    with tool_calling_server(obedient) as weak, tool_calling_server(careful) as strong:
        shallow = _run("openai-api/shallow/m", weak.base_url, log_dir)
        robust = _run("openai-api/robust/m", strong.base_url, log_dir)
    assert shallow[WRAPPED]["value"] == 1.0 and robust[WRAPPED]["value"] == 0.0
    assert shallow[SUCCESS]["value"] == 1.0 and shallow[SUCCESS]["n"] == 8
    assert shallow[HIJACK]["value"] == 1.0 and robust[HIJACK]["value"] == 0.0
    assert shallow["lift, all wrappers pooled minus plain"]["value"] == 1.0
    assert shallow[WRAPPED]["judge_kappa"] == 0.88 and shallow[HIJACK]["judge_kappa"] is None

    report = invoke("report", str(log_dir), "-o", str(tmp_path / "report.html"))
    assert report.exit_code == 0, report.output
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    for row in (shallow[SUCCESS], shallow[HIJACK], robust[WRAPPED]):
        assert row["metric"] in page
        assert format_value(row["value"], row["scale"]) in page
    assert get_suite("robustness").description.split("'")[0] in page  # its section

    compare = invoke(
        "compare", str(log_dir), "--models", "openai-api/shallow/m,openai-api/robust/m", "--json"
    )
    assert compare.exit_code == 0, compare.output
    found = {c["metric"]: c for c in json.loads(compare.stdout)}
    assert found[WRAPPED]["difference"] == 1.0 and found[WRAPPED]["n"] == 8
    assert found[HIJACK]["difference"] == 1.0 and found[HIJACK]["n"] == 2


def test_smollm2_completes_and_records_the_hijack_scenarios_as_not_applicable(
    tmp_path: Path,
) -> None:
    summary = _run("local/smollm2", None, tmp_path / "logs")
    assert summary[NOT_APPLICABLE]["value"] == 1.0 and summary[NOT_APPLICABLE]["n"] == 4
    assert HIJACK not in summary and "over-refusal, hijack controls" not in summary
    plain = summary["compliance, plain requests"]
    assert plain["n"] == 8 and plain["low"] <= plain["value"] <= plain["high"]


def test_inspect_eval_resolves_the_task_by_its_registered_name(tmp_path: Path) -> None:
    from inspect_ai import eval as inspect_eval

    with tool_calling_server(obedient) as server:
        [log] = inspect_eval(
            "evenhand/robustness",
            task_args={"sample": "default"},
            model="openai-api/fake/fake-tools",
            model_base_url=server.base_url,
            model_args={"api_key": "test"},
            log_dir=str(tmp_path),
            display="none",
        )
    assert log.status == "success", log.error
    assert log.eval.task == "evenhand/robustness" and len(log.samples or []) == 20
