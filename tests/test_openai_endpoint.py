"""`evenhand run --model openai-api/...` against an OpenAI-compatible server on 127.0.0.1."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner
from inspect_ai.log import read_eval_log

from evenhand.cli import cli
from evenhand.testing import fake_openai_server


@pytest.fixture
def api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_API_KEY", "not-a-secret")


@pytest.mark.usefixtures("api_key")
def test_run_against_a_loopback_endpoint(log_dir: Path) -> None:
    with fake_openai_server("I'm sorry, but I can't help with that.") as server:
        result = CliRunner().invoke(
            cli,
            [
                "run",
                "--model",
                "openai-api/fake/fake-model",
                "--model-base-url",
                server.base_url,
                "--log-dir",
                str(log_dir),
                "--suite",
                "censorship",
                "--limit",
                "4",
                "--json",
            ],
        )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert len(server.requests) == 4
    log = read_eval_log(payload["logs"][0])
    assert log.eval.model == "openai-api/fake/fake-model"
    assert log.eval.model_base_url == server.base_url
    assert log.samples is not None
    assert {s.scores["censorship_scorer"].answer for s in log.samples} == {"REFUSED"}


@pytest.mark.usefixtures("api_key")
def test_unreachable_endpoint_is_one_line(log_dir: Path) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = CliRunner().invoke(
        cli,
        [
            "run",
            "--model",
            "openai-api/fake/fake-model",
            "--model-base-url",
            f"http://127.0.0.1:{port}/v1",
            "--log-dir",
            str(log_dir),
        ],
    )
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert "cannot reach" in result.output


def test_outbound_network_is_blocked() -> None:
    with pytest.raises(Exception, match=r"(?i)socket"):
        socket.create_connection(("203.0.113.1", 443), timeout=1)
