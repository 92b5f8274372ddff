"""Runs against a loopback endpoint that fails a seeded share of requests (evenhand.testing)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner, Result
from inspect_ai.log import read_eval_log

from evenhand.cli import cli
from evenhand.testing import FAULTS, Fault, faulty_openai_server

MODEL = "openai-api/fake/fake-model"


@pytest.fixture(autouse=True)
def api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_API_KEY", "not-a-secret")


def run_against(base_url: str, log_dir: Path, *args: str) -> Result:
    endpoint = ["--model", MODEL, "--model-base-url", base_url]
    options = ["--log-dir", str(log_dir), "--suite", "censorship", "--no-report", "--json"]
    return CliRunner().invoke(cli, ["run", *endpoint, *options, *args])


def samples(result: Result) -> list[object]:
    logs = json.loads(result.stdout)["logs"]
    return [sample for log in logs for sample in read_eval_log(log).samples or []]


def test_malformed_bodies_are_retried_until_every_sample_is_scored(log_dir: Path) -> None:
    with faulty_openai_server(fault_rate=0.3, faults=["malformed_json"], seed=1) as server:
        result = run_against(server.base_url, log_dir, "--limit", "20")
    assert result.exit_code == 0, result.output
    assert server.faults["malformed_json"] > 0
    done = samples(result)
    assert len(done) == 20
    assert all(s.error is None and s.scores for s in done)  # type: ignore[attr-defined]


def test_a_failing_sample_cancels_no_other(log_dir: Path) -> None:
    with faulty_openai_server(fault_rate=0.3, faults=["malformed_json"], seed=1) as server:
        result = run_against(server.base_url, log_dir, "--limit", "20", "--max-retries", "0")
    assert result.exit_code in (0, 1), result.output
    done = samples(result)
    assert len(done) == 20
    failures = [
        error.message
        for sample in done
        for error in [sample.error, *(sample.error_retries or [])]  # type: ignore[attr-defined]
        if error is not None
    ]
    assert not any("Cancelled" in message for message in failures), failures
    assert all("JSONDecodeError" in message for message in failures), failures
    unscored = [s for s in done if not s.scores]  # type: ignore[attr-defined]
    assert all(s.error is not None for s in unscored)  # type: ignore[attr-defined]


@pytest.mark.parametrize("fault", FAULTS)
def test_the_server_injects_each_fault(fault: Fault) -> None:
    with faulty_openai_server(fault_rate=1.0, faults=[fault], stall_seconds=0.1) as server:
        try:
            response = httpx.post(
                f"{server.base_url}/chat/completions",
                json={"model": "m", "messages": []},
                headers={"Authorization": "Bearer sk-planted"},
                timeout=5,
            )
        except httpx.HTTPError as error:
            assert fault in ("dropped_connection", "truncated_body"), error
            return
    expected = {"rate_limit": 429, "server_error": 500, "unavailable": 503}
    assert response.status_code == expected.get(fault, 401 if "cred" in fault else 200)
    if fault == "rate_limit":
        assert response.headers["Retry-After"] == "1"
    elif fault == "malformed_json":
        with pytest.raises(json.JSONDecodeError):
            response.json()
    elif fault == "echoed_credentials":
        assert "sk-planted" in response.text
    elif fault == "stall":
        assert response.json()["choices"][0]["message"]["content"]
    assert server.faults == {fault: 1}


def test_the_fault_sequence_is_seeded() -> None:
    def kinds(seed: int) -> list[int]:
        with faulty_openai_server(fault_rate=0.5, faults=["server_error"], seed=seed) as server:
            codes = [
                httpx.post(f"{server.base_url}/chat/completions", json={}).status_code
                for _ in range(20)
            ]
        return codes

    assert kinds(3) == kinds(3)
    assert kinds(3) != kinds(4)
