"""`evenhand run --workers N`: an audit's shards in N processes over one shared log directory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from inspect_ai.log import list_eval_logs, read_eval_log

from evenhand.cli import cli
from evenhand.logs import read_header
from evenhand.shards import STAGING, plan_shards
from evenhand.suites import get_suite
from evenhand.testing import fake_openai_server, faulty_openai_server

MODELS = ["openai-api/fake/model-a", "openai-api/fake/model-b"]
SUITES = ["censorship", "misuse"]
LIMIT = 4
REPLIES = {  # one model refuses, the other answers: the labels differ by model
    "model-a": "I'm sorry, but I can't help with that.",
    "model-b": "Here is a balanced overview of the facts and the main views on it.",
}


@pytest.fixture
def api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_API_KEY", "not-a-secret")


def _run(base_url: str | None, log_dir: Path, *options: str, models: list[str] = MODELS) -> Any:
    args = ["run", "--log-dir", str(log_dir), "--limit", str(LIMIT), "--json", "--no-report"]
    for model in models:
        args += ["--model", model]
    for suite in SUITES:
        args += ["--suite", suite]
    if base_url is not None:
        args += ["--model-base-url", base_url]
    return CliRunner().invoke(cli, [*args, *options])


def _without_logs(payload: dict[str, Any]) -> dict[str, Any]:
    """The summary with its rows in a fixed order and without the log file names."""
    return {
        "success": payload["success"],
        "errors": payload["errors"],
        "summary": sorted(payload["summary"], key=lambda r: json.dumps(r, sort_keys=True)),
        "breakdown": sorted(payload["breakdown"], key=lambda r: json.dumps(r, sort_keys=True)),
    }


def _samples(log_dir: Path) -> dict[tuple[str, str, Any, int], dict[str, Any]]:
    """Every sample in the directory's logs: its input, output and every score's label."""
    found = {}
    for info in list_eval_logs(str(log_dir)):
        log = read_eval_log(info.name)
        for sample in log.samples or []:
            key = (log.eval.task, log.eval.model, sample.id, sample.epoch)
            assert key not in found, f"{key} in two logs"
            found[key] = {
                "input": sample.input,
                "output": sample.output.completion,
                "labels": {name: score.answer for name, score in (sample.scores or {}).items()},
            }
    return found


@pytest.mark.usefixtures("api_key")
def test_two_workers_give_the_single_process_results_and_a_rerun_skips_them(
    tmp_path: Path,
) -> None:
    with fake_openai_server(replies_by_model=REPLIES) as server:
        single = _run(server.base_url, tmp_path / "single")
        assert single.exit_code == 0, single.output
        single_requests = len(server.requests)
        sharded = _run(server.base_url, tmp_path / "sharded", "--workers", "2")
        assert sharded.exit_code == 0, sharded.output
        assert len(server.requests) == 2 * single_requests == 2 * len(MODELS) * len(SUITES) * LIMIT
        first, second = json.loads(single.stdout), json.loads(sharded.stdout)
        assert _without_logs(first) == _without_logs(second)
        assert {r["model"] for r in second["summary"]} == set(MODELS)
        assert {r["suite"] for r in second["summary"]} == set(SUITES)
        assert len(second["logs"]) == len(MODELS) * len(SUITES)
        samples = _samples(tmp_path / "sharded")
        assert samples == _samples(tmp_path / "single")
        assert len(samples) == len(MODELS) * len(SUITES) * LIMIT
        for suite in SUITES:  # each shard reported once, by its id
            for model in MODELS:
                assert sharded.stderr.count(f"{suite}@{model}: done") == 1, sharded.stderr

        rerun = _run(server.base_url, tmp_path / "sharded", "--workers", "2")
        assert rerun.exit_code == 0, rerun.output
        assert len(server.requests) == 2 * single_requests  # every shard was already finished
        assert _without_logs(json.loads(rerun.stdout)) == _without_logs(second)
        assert len(list_eval_logs(str(tmp_path / "sharded"))) == len(MODELS) * len(SUITES)

        across = _run(server.base_url, tmp_path / "single", "--workers", "2")
        assert across.exit_code == 0, across.output
        assert len(server.requests) == 2 * single_requests  # one process's logs are reused too
        assert _without_logs(json.loads(across.stdout)) == _without_logs(first)


def test_a_failing_endpoint_fails_its_shards_and_the_others_finish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, bad = "openai-api/good/model-a", "openai-api/bad/model-b"
    with (
        fake_openai_server() as working,
        faulty_openai_server(fault_rate=1.0, faults=["echoed_credentials"]) as failing,
    ):
        for service, server in (("GOOD", working), ("BAD", failing)):
            monkeypatch.setenv(f"{service}_BASE_URL", server.base_url)
            monkeypatch.setenv(f"{service}_API_KEY", "not-a-secret")
        result = _run(
            None, tmp_path / "logs", "--workers", "2", "--max-retries", "0", models=[good, bad]
        )
    assert result.exit_code == 1, result.output
    assert len(working.requests) == len(SUITES) * LIMIT, (result.stderr, result.stdout[:3000])
    assert failing.faults["echoed_credentials"] >= len(SUITES)
    payload = json.loads(result.stdout)
    assert not payload["success"]
    assert {r["model"] for r in payload["summary"]} == {good}
    assert {r["suite"] for r in payload["summary"]} == set(SUITES), (result.stderr, payload["logs"])
    for suite in SUITES:
        assert f"{suite}@{good}: done" in result.stderr
        assert f"{suite}@{bad}: failed" in result.stderr
        assert any(e.startswith(f"shard {suite}@{bad} failed: ") for e in payload["errors"])
    assert "not-a-secret" not in result.output


def test_shards_have_stable_ids_and_a_joint_suite_is_one_shard() -> None:
    suites = [get_suite(name) for name in ["censorship", "deception"]]
    shards = plan_shards(suites, MODELS)
    assert [s.id for s in shards] == [
        f"censorship@{MODELS[0]}",
        f"censorship@{MODELS[1]}",
        "deception@joint",
    ]
    assert shards[-1].models == (MODELS[0],)  # the first model runs the table it seats all at
    assert plan_shards(suites, MODELS) == shards
    alone = plan_shards(suites, MODELS[:1])
    assert [s.id for s in alone] == [f"censorship@{MODELS[0]}", f"deception@{MODELS[0]}"]


@pytest.mark.parametrize("value", ["0", "-2", "two", ""])
def test_bad_workers_is_one_line_and_exit_2(value: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["run", "--workers", value, "--log-dir", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1, result.output
    assert "--workers" in result.output
    assert not any(tmp_path.iterdir())


def test_a_joint_suite_is_run_once_by_the_workers_as_in_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from evenhand.runner import AuditRequest, run_audit
    from evenhand.suites.deception import scripted

    def reply(policy: str) -> Any:
        return lambda messages: scripted.reply(str(messages[-1]["content"]), policy)

    # service names of their own: Inspect keeps a model it made, bound to the server it reached
    models = ["openai-api/shardfirst/a", "openai-api/shardsecond/b"]
    results = []
    with (
        fake_openai_server(reply("deceiver"), model="a") as first,
        fake_openai_server(reply("loyal"), model="b") as second,
    ):
        for service, server in (("SHARDFIRST", first), ("SHARDSECOND", second)):
            monkeypatch.setenv(f"{service}_BASE_URL", server.base_url)
            monkeypatch.setenv(f"{service}_API_KEY", "k")
        for workers in (1, 2):
            request = AuditRequest(
                models=models,
                suites=["deception", "censorship"],
                limit=2,
                log_dir=tmp_path / str(workers),
                display="none",
                workers=workers,
            )
            results.append(run_audit(request))
    single, sharded = results
    assert single.success and sharded.success, sharded.errors
    assert len(sharded.log_files) == len(single.log_files) == 1 + len(models)  # deception once
    assert sorted(map(repr, sharded.summary)) == sorted(map(repr, single.summary))
    assert sorted(map(repr, sharded.breakdown)) == sorted(map(repr, single.breakdown))


@pytest.mark.usefixtures("api_key")
@pytest.mark.parametrize("workers", ["1", "2"])
def test_logs_a_stopped_run_left_in_staging_are_resumed_not_lost(
    tmp_path: Path, workers: str
) -> None:
    log_dir = tmp_path / "logs"
    with fake_openai_server(replies_by_model=REPLIES) as server:
        first = _run(server.base_url, log_dir, "--workers", "2")
        assert first.exit_code == 0, first.output
        asked = len(server.requests)
        finished = sorted(p.name for p in log_dir.glob("*.eval"))
        assert len(finished) == len(MODELS) * len(SUITES)
        assert not (log_dir / STAGING).exists()  # nothing left behind by a run that ended
        # A run stopped while its shards ran leaves each shard's logs in its staging folder.
        for name in finished:
            folder = log_dir / STAGING / f"stopped-{name[:20]}"
            folder.mkdir(parents=True, exist_ok=True)
            (log_dir / name).replace(folder / name)
            (folder / "logs.json").write_text("{}")
        rerun = _run(server.base_url, log_dir, "--workers", workers)
        assert rerun.exit_code == 0, rerun.output
        assert len(server.requests) == asked  # every log was found and reused
    assert sorted(p.name for p in log_dir.glob("*.eval")) == finished
    assert not (log_dir / STAGING).exists()
    assert _without_logs(json.loads(rerun.stdout)) == _without_logs(json.loads(first.stdout))


@pytest.mark.usefixtures("api_key")
def test_staging_holds_a_shards_own_logs_and_gives_them_back(tmp_path: Path) -> None:
    from evenhand.shards import stage_shards, sweep_staging, unstage

    with fake_openai_server(replies_by_model=REPLIES) as server:
        result = _run(server.base_url, tmp_path, models=MODELS[:1])
    assert result.exit_code == 0, result.output
    logs = {p.name: p for p in tmp_path.glob("*.eval")}
    assert len(logs) == len(SUITES)
    shards = plan_shards([get_suite("censorship")], MODELS)  # misuse's log belongs to no shard
    earlier = [read_header(str(path)) for path in logs.values()]
    staged = {
        shard: Path(folder)
        for shard, folder in stage_shards(str(tmp_path), shards, earlier).items()
    }
    assert set(staged) == {s.id for s in shards}
    assert len({folder.name for folder in staged.values()}) == len(shards)
    mine = list(staged[f"censorship@{MODELS[0]}"].glob("*.eval"))
    assert len(mine) == 1 and read_eval_log(str(mine[0]), header_only=True).eval.task.endswith(
        "censorship"
    )
    assert not list(staged[f"censorship@{MODELS[1]}"].glob("*.eval"))
    left = list(tmp_path.glob("*.eval"))
    assert len(left) == 1 and "misuse" in read_eval_log(str(left[0]), header_only=True).eval.task
    moved = unstage(str(tmp_path), str(staged[f"censorship@{MODELS[0]}"]))
    assert list(moved) == [mine[0].name] and not staged[f"censorship@{MODELS[0]}"].exists()
    assert sweep_staging(str(tmp_path)) == 0  # the other shard's folder was empty
    assert set(p.name for p in tmp_path.glob("*.eval")) == set(logs)
    assert not (tmp_path / STAGING).exists()


@pytest.mark.usefixtures("api_key")
def test_the_driver_reports_samples_scored_across_the_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re
    import time

    from evenhand.shards import _run as shard_loop

    monkeypatch.setattr(shard_loop, "PROGRESS_SECONDS", 0.5)

    def slow(messages: list[dict[str, Any]]) -> str:
        time.sleep(0.2)
        return "I'm sorry, but I can't help with that."

    with fake_openai_server(slow) as server:
        result = _run(server.base_url, tmp_path, "--workers", "2", "--max-connections", "1")
    assert result.exit_code == 0, result.output
    counts = [int(n) for n in re.findall(r"evenhand: (\d+) samples scored; shards ", result.stderr)]
    total = len(MODELS) * len(SUITES) * LIMIT
    assert len(counts) >= 2, result.stderr
    assert counts == sorted(counts) and 0 < counts[-1] <= total, counts
    assert "4 shards on 2 local processes" in result.stderr
    assert not (tmp_path / ".evenhand-shards").exists()


@pytest.mark.usefixtures("api_key")
def test_a_killed_worker_process_is_replaced_and_its_shard_run_again(tmp_path: Path) -> None:
    import os
    import signal
    import threading
    import time

    samples = 16

    def slow(messages: list[dict[str, Any]]) -> str:
        time.sleep(0.2)
        return "I'm sorry, but I can't help with that."

    killed: list[int] = []

    def kill_first_worker(requests: list[Any]) -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed:
            marks = sorted((tmp_path / STAGING).glob("*/.attempt-1"))
            if marks and len(requests) >= 6:
                pid = int(marks[0].read_text())
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
            time.sleep(0.05)

    with fake_openai_server(slow) as server:
        killer = threading.Thread(target=kill_first_worker, args=(server.requests,))
        killer.start()
        args = ["run", "--log-dir", str(tmp_path), "--limit", str(samples), "--json"]
        args += ["--no-report", "--model-base-url", server.base_url, "--workers", "2"]
        args += ["--max-connections", "2", "--model", MODELS[0]]
        result = CliRunner().invoke(cli, [*args, "--suite", "censorship", "--suite", "misuse"])
        killer.join()
        asked = len(server.requests)
    assert killed, result.stderr
    assert result.exit_code == 0, result.output
    assert "(attempt 2)" in result.stderr, result.stderr
    found = _samples(tmp_path)  # every sample once
    assert len(found) == 2 * samples
    assert 2 * samples <= asked < 4 * samples  # only the samples the killed shards had not saved
    payload = json.loads(result.stdout)
    assert payload["success"] and not payload["errors"]


def test_the_driver_does_its_meanwhile_work_once_after_the_first_shards_start(
    tmp_path: Path,
) -> None:
    from evenhand.runner import AuditRequest
    from evenhand.shards import ShardOutcome, run_shards

    events: list[str] = []

    class Instant:
        """A backend whose shards end at once, in order, writing no log."""

        slots = 2

        def __init__(self) -> None:
            self.started: list[str] = []

        def __str__(self) -> str:
            return "an instant backend"

        def submit(self, shard: Any, request: Any, base_url: Any, endpoint: Any) -> str:
            events.append(f"submit {shard.id}")
            self.started.append(shard.id)
            return shard.id

        def wait(self, handles: list[str], timeout: float) -> tuple[str, ShardOutcome]:
            events.append(f"end {handles[0]}")
            return handles[0], ShardOutcome(True, [])

        def close(self) -> None:
            events.append("close")

    shards = plan_shards([get_suite(s) for s in SUITES], MODELS)
    request = AuditRequest(models=MODELS, suites=SUITES, log_dir=tmp_path)
    ok, logs, errors = run_shards(
        shards, request, None, None, Instant(), [], meanwhile=lambda: events.append("meanwhile")
    )
    assert ok and logs == [] and errors == []
    assert events.count("meanwhile") == 1
    first_end = next(i for i, e in enumerate(events) if e.startswith("end "))
    assert events.index("meanwhile") == 2 < first_end  # after both slots were filled, once
    assert events[-1] == "close" and len([e for e in events if e.startswith("submit")]) == 4
