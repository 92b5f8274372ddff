"""`evenhand run --epochs N`: every sample put to the model N times, in every shard and mode; a
rerun adds epochs without repeating the ones it has, and never drops any."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from inspect_ai.log import list_eval_logs

from evenhand.cli import cli
from evenhand.core import EvenhandError
from evenhand.logs import read_header
from evenhand.runner import AuditRequest, run_audit
from evenhand.testing import fake_openai_server
from tests.test_item_shards import _reply
from tests.test_workers import LIMIT, MODELS, SUITES, _run, _samples, _without_logs


@pytest.fixture
def api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_API_KEY", "not-a-secret")


def _digests(log_dir: Path) -> dict[str, str]:
    return {
        Path(info.name).name: hashlib.sha256(
            Path(info.name.removeprefix("file://")).read_bytes()
        ).hexdigest()
        for info in list_eval_logs(str(log_dir))
    }


@pytest.mark.usefixtures("api_key")
def test_epochs_run_every_sample_n_times_alike_in_one_process_and_in_shards(
    tmp_path: Path,
) -> None:
    with fake_openai_server(_reply) as server:
        once = _run(server.base_url, tmp_path / "once")
        assert once.exit_code == 0, once.output
        one_epoch = len(server.requests)
        assert one_epoch == len(MODELS) * len(SUITES) * LIMIT
        single = _run(server.base_url, tmp_path / "single", "--epochs", "2")
        assert single.exit_code == 0, single.output
        assert len(server.requests) == 3 * one_epoch
        sharded = _run(
            server.base_url, tmp_path / "sharded", "--epochs", "2", "--workers", "2",
            "--item-shards", "2",
        )  # fmt: skip
        assert sharded.exit_code == 0, sharded.output
        assert len(server.requests) == 5 * one_epoch

    samples = _samples(tmp_path / "single")
    assert samples == _samples(tmp_path / "sharded")
    assert sorted({key[3] for key in samples}) == [1, 2]
    firsts = {key[:3]: value for key, value in _samples(tmp_path / "once").items()}
    for (task, model, sample_id, _), value in samples.items():  # the same prompts, once each epoch
        assert value["input"] == firsts[task, model, sample_id]["input"]
    headers = [read_header(info.name) for info in list_eval_logs(str(tmp_path / "sharded"))]
    assert {h.epochs for h in headers} == {2}
    assert _without_logs(json.loads(single.stdout)) == _without_logs(json.loads(sharded.stdout))

    # The replies are the same in both epochs: the rates are those of one epoch, over twice the
    # samples but the same items, and the intervals do not narrow (epochs are not independent).
    by_metric = {
        (r["model"], r["suite"], r["metric"]): r for r in json.loads(once.stdout)["summary"]
    }
    twice = json.loads(single.stdout)["summary"]
    assert {(r["model"], r["suite"], r["metric"]) for r in twice} == set(by_metric)
    widths = 0
    for row in twice:
        first = by_metric[row["model"], row["suite"], row["metric"]]
        assert row["value"] == pytest.approx(first["value"])
        if first["n"] == first.get("items") and first["low"] is not None:
            assert (row["n"], row["items"]) == (2 * first["n"], first["items"])
            assert row["high"] - row["low"] >= first["high"] - first["low"] - 1e-9
            widths += 1
    assert widths >= 8  # every model's rates of items asked once, at least


@pytest.mark.usefixtures("api_key")
def test_a_rerun_adds_epochs_without_repeating_any_and_refuses_to_drop_them(
    tmp_path: Path,
) -> None:
    logs = tmp_path / "logs"
    with fake_openai_server(_reply) as server:
        first = _run(server.base_url, logs, "--epochs", "2", models=MODELS[:1])
        assert first.exit_code == 0, first.output
        per_epoch = len(server.requests) // 2
        assert per_epoch == len(SUITES) * LIMIT
        again = _run(server.base_url, logs, "--epochs", "2", models=MODELS[:1])
        assert again.exit_code == 0, again.output
        assert len(server.requests) == 2 * per_epoch  # nothing new to run
        more = _run(server.base_url, logs, "--epochs", "3", "--workers", "2", models=MODELS[:1])
        assert more.exit_code == 0, more.output
        assert len(server.requests) == 3 * per_epoch  # only the third epoch
        kept = _digests(logs)
        fewer = _run(server.base_url, logs, "--epochs", "1", models=MODELS[:1])
        assert len(server.requests) == 3 * per_epoch
    assert fewer.exit_code == 2
    assert fewer.output.count("\n") == 1 and "Traceback" not in fewer.output
    assert "run with --epochs 3" in fewer.output and "rerun with --epochs 3" in fewer.output
    assert _digests(logs) == kept  # the logs were not touched
    samples = _samples(logs)
    assert sorted({key[3] for key in samples}) == [1, 2, 3]
    assert len(samples) == 3 * per_epoch


@pytest.mark.usefixtures("api_key")
def test_the_report_says_how_many_epochs_it_pools(tmp_path: Path) -> None:
    with fake_openai_server(_reply) as server:
        result = _run(server.base_url, tmp_path / "logs", "--epochs", "2", models=MODELS[:1])
        assert result.exit_code == 0, result.output
    report = tmp_path / "report.html"
    made = CliRunner().invoke(cli, ["report", str(tmp_path / "logs"), "-o", str(report)])
    assert made.exit_code == 0, made.output
    assert f"{MODELS[0]}: 2 epochs of the same items" in report.read_text()


def test_epochs_below_one_are_refused_before_anything_runs(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["run", "--epochs", "0", "--log-dir", str(tmp_path / "l")])
    assert result.exit_code == 2 and "--epochs" in result.output
    with pytest.raises(EvenhandError, match="--epochs must be at least 1, got 0"):
        run_audit(AuditRequest(epochs=0, log_dir=tmp_path / "logs"))
    assert not (tmp_path / "l").exists() and not (tmp_path / "logs").exists()
