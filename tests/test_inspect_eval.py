"""`inspect eval evenhand/<suite>` works for every registered suite: Inspect resolves the task by
its registered name through the package's entry point and runs it against an endpoint."""

from __future__ import annotations

from pathlib import Path

import pytest
from inspect_ai import eval as inspect_eval

from evenhand.suites import get_suite, suite_names
from evenhand.testing import fake_openai_server


@pytest.mark.parametrize("name", suite_names())
def test_inspect_eval_runs_every_suite_by_its_registered_name(name: str, tmp_path: Path) -> None:
    with fake_openai_server("I'm sorry, I can't help with that.") as server:
        [log] = inspect_eval(
            get_suite(name).task_name,
            task_args={"sample": "default"},
            model="openai-api/fake/fake-model",
            model_base_url=server.base_url,
            model_args={"api_key": "test"},
            limit=1,
            log_dir=str(tmp_path),
            display="none",
        )
    assert log.status == "success", log.error
    assert log.eval.task == get_suite(name).task_name
    assert log.samples and log.samples[0].scores, "the sample was scored"
