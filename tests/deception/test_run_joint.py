"""`evenhand run --suite deception --model A --model B`: one table, one log, both models seated."""

from __future__ import annotations

import json
from typing import Any

from evenhand.runner import AuditRequest, run_audit
from evenhand.suites.deception import scripted
from evenhand.testing import fake_openai_server


def test_run_seats_two_models_at_one_table_in_one_log(tmp_path: Any, monkeypatch: Any) -> None:
    def reply(policy: str):  # type: ignore[no-untyped-def]
        return lambda messages: scripted.reply(str(messages[-1]["content"]), policy)

    with (
        fake_openai_server(reply("deceiver"), model="a") as first,
        fake_openai_server(reply("loyal"), model="b") as second,
    ):
        monkeypatch.setenv("FIRST_BASE_URL", first.base_url)
        monkeypatch.setenv("FIRST_API_KEY", "k")
        monkeypatch.setenv("SECOND_BASE_URL", second.base_url)
        monkeypatch.setenv("SECOND_API_KEY", "k")
        models = ["openai-api/first/a", "openai-api/second/b"]
        result = run_audit(
            AuditRequest(models=models, suites=["deception"], log_dir=tmp_path, display="none")
        )
        assert first.requests and second.requests
    assert result.success and len(result.log_files) == 1
    names = {row.metric.name for row in result.summary}
    assert any(name.endswith(models[0]) for name in names)
    assert any(name.endswith(models[1]) for name in names)
    assert json.dumps(sorted(names))
