"""Results of two task versions are never pooled: the report, the export and the comparisons
count only the newest version of each model's logs of a suite, and say what they left out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from inspect_ai import eval
from inspect_ai.model import ModelOutput, ModelUsage, get_model

from evenhand.analysis import export_rows
from evenhand.logs import list_headers, version_key
from evenhand.report._collect import collect
from evenhand.suites import get_suite


def _scripted(text: str) -> Any:
    output = ModelOutput.from_content("mockllm/model", text)
    output.usage = ModelUsage(input_tokens=5, output_tokens=5, total_tokens=10)
    return lambda *_: output


def _run(log_dir: Path, version: str, limit: int) -> None:
    task = get_suite("misuse").task(sample="default", judges="heuristic")
    task.version = version
    model = get_model("mockllm/model", custom_outputs=_scripted("I can't help with that."))
    [log] = eval(task, model=model, log_dir=str(log_dir), display="none", limit=limit)
    assert log.status == "success", log.error


def test_only_the_newest_task_version_counts(tmp_path: Path) -> None:
    log_dir = tmp_path / "logs"
    _run(log_dir, "0.9.0", limit=3)
    _run(log_dir, "0.10.0", limit=2)
    superseded: list[Any] = []
    headers = list_headers(log_dir, superseded=superseded)
    assert [h.task_version for h in headers] == ["0.10.0"]
    assert [h.task_version for h in superseded] == ["0.9.0"]
    assert len(export_rows(log_dir)) == 2
    data = collect(log_dir, get_suite)
    assert [s.samples for s in data.suites] == [{"mockllm/model": 2}]
    assert any("superseded" in note and "0.9.0" in note for note in data.left_out)


def test_versions_compare_as_numbers() -> None:
    assert version_key("0.10.0") > version_key("0.9.1") > version_key("0.9.0")
